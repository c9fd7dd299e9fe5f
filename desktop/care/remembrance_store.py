"""Where remembrance days live in the vault, and what happened on each (the ritual opened,
words written to them, or "not today"). Thin persistence; the rules are in `remembrance.py`.
What the person writes on such a day goes into the journal (`desktop/vault/journal.py`); a
visit keeps only which entry it was. Any thread (the vault serialises access)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.care.remembrance import DayKind, RemembranceDay, check_day
from desktop.vault.database import Vault
from desktop.vault.journal import insert_entry

_COLUMNS = "SELECT id, persona_id, kind, month, day, year, label, country FROM remembrance_day"


@dataclass(frozen=True, slots=True)
class RitualVisit:
    """What happened on one marked day, for the person's history and the report."""

    remembrance_day_id: int | None
    persona_id: int | None
    kind: DayKind
    label: str
    on_day: date
    opened_at: datetime | None
    set_aside_at: datetime | None
    journal_entry_id: int | None


def _day(row: Any) -> RemembranceDay:
    return RemembranceDay(
        int(row[0]), row[1], DayKind(row[2]), row[3], row[4], row[5], str(row[6]), str(row[7])
    )


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class RemembranceStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- the days --------------------------------------------------------------------------

    def days(self, persona_id: int | None = None) -> list[RemembranceDay]:
        sql = _COLUMNS
        params: tuple[int, ...] = ()
        if persona_id is not None:
            sql, params = sql + " WHERE persona_id = ?", (persona_id,)
        found = []
        for row in self.vault.query(sql + " ORDER BY id", params):
            try:
                found.append(_day(row))
            except ValueError:  # a kind this version does not know: left alone
                continue
        return found

    def add(self, day: RemembranceDay, now: datetime) -> RemembranceDay:
        """Keep a new day (its id is ignored); raises RemembranceDayError for a bad date."""
        check_day(day.kind, day.month, day.day, day.year)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO remembrance_day (persona_id, kind, month, day, year, label, "
                "country, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    day.persona_id,
                    day.kind.value,
                    day.month,
                    day.day,
                    day.year,
                    day.label.strip(),
                    day.country,
                    now.isoformat(),
                ),
            )
            new_id = int(cur.lastrowid)
        return RemembranceDay(
            new_id,
            day.persona_id,
            day.kind,
            day.month,
            day.day,
            day.year,
            day.label.strip(),
            day.country,
        )

    def remove(self, day_id: int) -> None:
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM remembrance_day WHERE id = ?", (day_id,))

    # --- what happened on them -------------------------------------------------------------

    def visits(self) -> list[RitualVisit]:
        rows = self.vault.query(
            "SELECT remembrance_day_id, persona_id, kind, label, on_day, opened_at, "
            "set_aside_at, journal_entry_id FROM remembrance_visit ORDER BY on_day, id"
        )
        return [
            RitualVisit(
                r[0],
                r[1],
                DayKind(r[2]),
                str(r[3]),
                date.fromisoformat(r[4]),
                _time(r[5]),
                _time(r[6]),
                r[7],
            )
            for r in rows
        ]

    def visit(self, day: RemembranceDay, on_day: date) -> RitualVisit | None:
        for found in self.visits():
            if found.remembrance_day_id == day.id and found.on_day == on_day:
                return found
        return None

    def _upsert(self, cur: Any, day: RemembranceDay, on_day: date, column: str, at: str) -> None:
        cur.execute(
            "INSERT INTO remembrance_visit (remembrance_day_id, persona_id, kind, label, on_day, "
            f"{column}) VALUES (?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT(remembrance_day_id, on_day) DO UPDATE SET {column} = "
            f"coalesce(remembrance_visit.{column}, excluded.{column})",
            (day.id, day.persona_id, day.kind.value, day.label, on_day.isoformat(), at),
        )

    def opened(self, day: RemembranceDay, on_day: date, now: datetime) -> None:
        """The person opened the day's ritual (the first time that day is kept)."""
        with self.vault.transaction() as cur:
            self._upsert(cur, day, on_day, "opened_at", now.isoformat())

    def set_aside(self, day: RemembranceDay, on_day: date, now: datetime) -> None:
        """ "Not today": the home screen stops offering this day's ritual until next year."""
        with self.vault.transaction() as cur:
            self._upsert(cur, day, on_day, "set_aside_at", now.isoformat())

    def write(self, day: RemembranceDay, on_day: date, title: str, body: str, now: datetime) -> int:
        """What the person wrote to them goes into the journal; returns the entry's id."""
        with self.vault.transaction() as cur:
            entry_id = insert_entry(cur, day.persona_id, title, body, now)
            self._upsert(cur, day, on_day, "opened_at", now.isoformat())
            cur.execute(
                "UPDATE remembrance_visit SET journal_entry_id = ? "
                "WHERE remembrance_day_id = ? AND on_day = ?",
                (entry_id, day.id, on_day.isoformat()),
            )
        return entry_id
