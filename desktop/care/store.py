"""Where care lives in the vault: the usage log, the signed policy, the therapist's PIN.

Thin persistence only; the rules are in `policy.py`, `pin.py` and `therapist.py`. Safe to call
from any thread (the vault serialises access).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.care.pin import PinAttempts
from desktop.care.policy import UsageRecord
from desktop.core.journal import PAUSE_LABELS
from desktop.vault.database import Vault


@dataclass(frozen=True, slots=True)
class StoredPolicy:
    body: str
    tag: str
    set_at: datetime


@dataclass(frozen=True, slots=True)
class StoredPin:
    hash_text: str
    attempts: PinAttempts


@dataclass(frozen=True, slots=True)
class UsageRow:
    """One conversation for the usage report: when, how long, and the optional check-ins."""

    started_at: datetime
    ended_at: datetime | None
    persona_name: str
    mood_before: int | None
    mood_after: int | None
    journal_session_id: int | None
    pauses: int = 0  # times Keepsake paused this conversation for the person's safety


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class CareStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- usage ---------------------------------------------------------------------------

    def start_usage(
        self, persona_id: int | None, journal_session_id: int | None, at: datetime
    ) -> int:
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO usage_session (persona_id, journal_session_id, started_at) "
                "VALUES (?, ?, ?)",
                (persona_id, journal_session_id, at.isoformat()),
            )
            return int(cur.lastrowid)

    def end_usage(self, usage_id: int, at: datetime) -> None:
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE usage_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                (at.isoformat(), usage_id),
            )

    def usage(self) -> list[UsageRecord]:
        rows = self.vault.query(
            "SELECT started_at, ended_at FROM usage_session ORDER BY started_at"
        )
        return [UsageRecord(datetime.fromisoformat(r[0]), _time(r[1])) for r in rows]

    def usage_rows(self) -> list[UsageRow]:
        rows = self.vault.query(
            "SELECT u.started_at, u.ended_at, coalesce(j.persona_name, p.name, ''), "
            "j.mood_before, j.mood_after, u.journal_session_id, "
            "(SELECT count(*) FROM journal_turn t WHERE t.session_id = u.journal_session_id "
            f"AND t.label IN ({', '.join(repr(label.value) for label in PAUSE_LABELS)})) "
            "FROM usage_session u "
            "LEFT JOIN journal_session j ON j.id = u.journal_session_id "
            "LEFT JOIN persona p ON p.id = u.persona_id "
            "ORDER BY u.started_at"
        )
        return [
            UsageRow(datetime.fromisoformat(r[0]), _time(r[1]), r[2], r[3], r[4], r[5], int(r[6]))
            for r in rows
        ]

    # --- policy ----------------------------------------------------------------------------

    def policy(self) -> StoredPolicy | None:
        rows = self.vault.query("SELECT body, tag, set_at FROM care_policy WHERE id = 1")
        if not rows:
            return None
        body, tag, set_at = rows[0]
        return StoredPolicy(body, tag, datetime.fromisoformat(set_at))

    def save_policy(self, body: str, tag: str, at: datetime) -> None:
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO care_policy (id, body, tag, set_at) VALUES (1, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET body = excluded.body, tag = excluded.tag, "
                "set_at = excluded.set_at",
                (body, tag, at.isoformat()),
            )

    def clear_policy(self) -> None:
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM care_policy")

    # --- PIN -------------------------------------------------------------------------------

    def pin(self) -> StoredPin | None:
        rows = self.vault.query(
            "SELECT hash, failures, next_try_at FROM therapist_pin WHERE id = 1"
        )
        if not rows:
            return None
        hash_text, failures, next_try = rows[0]
        return StoredPin(hash_text, PinAttempts(int(failures), _time(next_try)))

    def save_pin(self, hash_text: str) -> None:
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO therapist_pin (id, hash) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, failures = 0, "
                "next_try_at = NULL",
                (hash_text,),
            )

    def save_attempts(self, attempts: PinAttempts) -> None:
        next_try = attempts.next_try_at.isoformat() if attempts.next_try_at else None
        with self.vault.transaction() as cur:
            cur.execute(
                "UPDATE therapist_pin SET failures = ?, next_try_at = ? WHERE id = 1",
                (attempts.failures, next_try),
            )

    def clear_pin(self) -> None:
        with self.vault.transaction() as cur:
            cur.execute("DELETE FROM therapist_pin")
