"""Where care lives in the vault: the usage log, the signed policy, the therapist's PIN.

Thin persistence only; the rules are in `policy.py`, `pin.py` and `therapist.py`. Every write
is also recorded in the care chain, in the same transaction (`chain_store.py`), so a change made
outside Keepsake shows. Safe to call from any thread (the vault serialises access).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop.care.chain import ChainCheck, EntryKind
from desktop.care.chain_store import ChainRecorder, ChangeOutside
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


log = logging.getLogger(__name__)


class CareStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.chain = ChainRecorder(vault)

    @contextmanager
    def _write(self, now: datetime) -> Iterator[tuple[Any, bool]]:
        """A transaction for one care change: (cursor, whether to chain it)."""
        with self.vault.transaction() as cur:
            yield cur, self.chain.intact(cur, now)
        try:
            self.chain.write_mirror()
        except OSError:  # a full disk: the chain in the vault is what counts
            log.warning("care: the copy of the chain's head could not be written")

    def integrity(self) -> ChainCheck:
        """Whether the usage log, the policy and the PIN state are as Keepsake left them."""
        return self.chain.check()

    def changed_outside(self) -> ChangeOutside | None:
        return self.chain.notice()

    def changes_outside(self) -> list[ChangeOutside]:
        return self.chain.history()

    def reseal(self, now: datetime) -> None:
        """The therapist (PIN checked by the caller) accepts the records as they are now."""
        with self.vault.transaction() as cur:
            self.chain.reseal(cur, now)
        try:
            self.chain.write_mirror()
        except OSError:
            log.warning("care: the copy of the chain's head could not be written")

    # --- usage ---------------------------------------------------------------------------

    def start_usage(
        self, persona_id: int | None, journal_session_id: int | None, at: datetime
    ) -> int:
        with self._write(at) as (cur, chained):
            cur.execute(
                "INSERT INTO usage_session (persona_id, journal_session_id, started_at) "
                "VALUES (?, ?, ?)",
                (persona_id, journal_session_id, at.isoformat()),
            )
            usage_id = int(cur.lastrowid)
            if chained:
                self.chain.append(cur, EntryKind.USAGE_START, [usage_id, at.isoformat()], at)
        return usage_id

    def end_usage(self, usage_id: int, at: datetime) -> None:
        with self._write(at) as (cur, chained):
            cur.execute(
                "UPDATE usage_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                (at.isoformat(), usage_id),
            )
            if chained and cur.rowcount:
                self.chain.append(cur, EntryKind.USAGE_END, [usage_id, at.isoformat()], at)

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
        with self._write(at) as (cur, chained):
            cur.execute(
                "INSERT INTO care_policy (id, body, tag, set_at) VALUES (1, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET body = excluded.body, tag = excluded.tag, "
                "set_at = excluded.set_at",
                (body, tag, at.isoformat()),
            )
            if chained:
                self.chain.append(cur, EntryKind.POLICY, [body, tag, at.isoformat()], at)

    def clear_policy(self) -> None:
        now = datetime.now(UTC)
        with self._write(now) as (cur, chained):
            cur.execute("DELETE FROM care_policy")
            if chained:
                self.chain.append(cur, EntryKind.POLICY, None, now)

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
        now = datetime.now(UTC)
        with self._write(now) as (cur, chained):
            cur.execute(
                "INSERT INTO therapist_pin (id, hash) VALUES (1, ?) "
                "ON CONFLICT(id) DO UPDATE SET hash = excluded.hash, failures = 0, "
                "next_try_at = NULL",
                (hash_text,),
            )
            if chained:
                self.chain.append(cur, EntryKind.PIN, [hash_text, 0, None], now)

    def save_attempts(self, attempts: PinAttempts) -> None:
        next_try = attempts.next_try_at.isoformat() if attempts.next_try_at else None
        now = datetime.now(UTC)
        with self._write(now) as (cur, chained):
            cur.execute(
                "UPDATE therapist_pin SET failures = ?, next_try_at = ? WHERE id = 1",
                (attempts.failures, next_try),
            )
            row = cur.execute("SELECT hash FROM therapist_pin WHERE id = 1").fetchall()
            if chained and row:
                body = [row[0][0], attempts.failures, next_try]
                self.chain.append(cur, EntryKind.PIN, body, now)

    def clear_pin(self) -> None:
        now = datetime.now(UTC)
        with self._write(now) as (cur, chained):
            cur.execute("DELETE FROM therapist_pin")
            if chained:
                self.chain.append(cur, EntryKind.PIN, None, now)
