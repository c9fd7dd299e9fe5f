"""The care chain in the vault (`care_log`, `care_anchor`) and the copy of its head kept beside
the vault file (`keepsake.db.care`), which shows when an older copy of the whole database was
put back. The rules are in `chain.py`. Writes happen inside the caller's transaction.

The chain's HMACs use a random secret kept in the (encrypted) vault itself, not the vault key:
it is no weaker against whoever holds the key, and a backup restored on another computer keeps
a chain that still verifies.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from desktop.care.chain import (
    Anchor,
    CareState,
    ChainCheck,
    Entry,
    EntryKind,
    Tagger,
    anchor_tag,
    canonical,
    entry_hash,
    state_from_rows,
    verify,
)
from desktop.core.files import atomic_write_text
from desktop.vault.database import Vault

MIRROR_SUFFIX = ".care"
_FLAG, _NOTICE, _SECRET = "care_chain", "care_changed_outside", "care_chain_secret"


@dataclass(frozen=True, slots=True)
class ChangeOutside:
    """A change to the care records made outside Keepsake, as Keepsake noticed it."""

    noticed_at: datetime
    problem: str
    resealed_at: datetime | None = None  # when the therapist accepted the state again


def _no_tags(purpose: str, data: str) -> str:
    return ""


def mirror_path(vault_file: Path) -> Path:
    return vault_file.with_name(vault_file.name + MIRROR_SUFFIX)


def _one(cur: Any, sql: str, params: tuple[Any, ...] = ()) -> Any:
    rows = cur.execute(sql, params).fetchall()
    return tuple(rows[0]) if rows else None


class ChainRecorder:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # --- reading -------------------------------------------------------------------------

    def _rows(self, cur: Any) -> CareState:
        policy = _one(cur, "SELECT body, tag, set_at FROM care_policy WHERE id = 1")
        pin = _one(cur, "SELECT hash, failures, next_try_at FROM therapist_pin WHERE id = 1")
        usage = cur.execute("SELECT id, started_at, ended_at FROM usage_session").fetchall()
        return state_from_rows(
            policy, None if pin is None else (pin[0], int(pin[1]), pin[2]), usage, 0
        )

    def _anchor(self, cur: Any) -> Anchor | None:
        row = _one(
            cur,
            "SELECT head_seq, head_hash, policy_version, segment_start, tag "
            "FROM care_anchor WHERE id = 1",
        )
        return (
            None if row is None else Anchor(int(row[0]), row[1], int(row[2]), int(row[3]), row[4])
        )

    def _entries(self, cur: Any, start: int) -> list[Entry]:
        rows = cur.execute(
            "SELECT seq, at, kind, body, prev, hash FROM care_log WHERE seq >= ? ORDER BY seq",
            (start,),
        ).fetchall()
        out = []
        for seq, at, kind, body, prev, digest in rows:
            try:
                out.append(Entry(int(seq), at, EntryKind(kind), body, prev, digest))
            except ValueError:
                out.append(Entry(int(seq), at, EntryKind.GENESIS, "", prev, ""))  # fails the check
        return out

    def _sealed(self, cur: Any) -> bool:
        row = _one(cur, "SELECT value FROM app_meta WHERE key = ?", (_FLAG,))
        return row is None or row[0] != "unsealed"

    def _tagger(self, cur: Any) -> Tagger | None:
        row = _one(cur, "SELECT value FROM app_meta WHERE key = ?", (_SECRET,))
        try:
            secret = bytes.fromhex(row[0]) if row else b""
        except ValueError:
            secret = b""
        if len(secret) != 32:
            return None

        def tag(purpose: str, data: str) -> str:
            message = purpose.encode() + b"\0" + data.encode()
            return hmac.new(secret, message, hashlib.sha256).hexdigest()

        return tag

    def _mirror(self, tag: Tagger | None) -> tuple[int, str] | Literal[False] | None:
        """(seq, hash) from the file beside the vault; None without one; False if altered."""
        path = mirror_path(self.vault.path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            seq, head, check = int(raw["seq"]), str(raw["hash"]), str(raw["tag"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return False
        if tag is None or not hmac.compare_digest(tag("care mirror", f"{seq}\n{head}"), check):
            return False
        return seq, head

    def _check(self, cur: Any) -> ChainCheck:
        anchor = self._anchor(cur)
        rows = self._rows(cur)
        tag = self._tagger(cur)
        mirror = self._mirror(tag)
        sealed = self._sealed(cur) or mirror is not None  # a head was kept: it was begun
        if anchor is not None and tag is None:
            return ChainCheck(False, "the key of the usage record was removed")
        if mirror is False:
            return ChainCheck(False, "the record kept beside the vault was altered")
        if tag is None:  # not begun yet: nothing can have been recorded
            return verify(_no_tags, None, [], rows, sealed, None)
        entries = self._entries(cur, anchor.segment_start) if anchor else []
        return verify(tag, anchor, entries, rows, sealed, mirror)

    def check(self) -> ChainCheck:
        """Whether the care records are as Keepsake left them (read only)."""
        with self.vault.reading() as cur:
            return self._check(cur)

    def notice(self) -> ChangeOutside | None:
        """The change outside Keepsake noticed and not yet accepted by the therapist."""
        rows = self.vault.query("SELECT value FROM app_meta WHERE key = ?", (_NOTICE,))
        if not rows:
            return None
        try:
            raw = json.loads(rows[0][0])
            return ChangeOutside(datetime.fromisoformat(raw["noticed_at"]), str(raw["problem"]))
        except (ValueError, KeyError, TypeError):
            return ChangeOutside(datetime.min, "the record of a change could not be read")

    def history(self) -> list[ChangeOutside]:
        """Every change outside Keepsake noticed so far, oldest first (for the report)."""
        found = []
        for at, body in self.vault.query(
            "SELECT at, body FROM care_log WHERE kind = ? ORDER BY seq", (EntryKind.RESEAL.value,)
        ):
            try:
                raw = json.loads(body)
                found.append(
                    ChangeOutside(
                        datetime.fromisoformat(raw["noticed_at"]),
                        str(raw["problem"]),
                        datetime.fromisoformat(at),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue
        pending = self.notice()
        return [*found, pending] if pending else found

    def last_pin_hash(self) -> str | None:
        """The PIN hash Keepsake last recorded (the therapist's, even if the row was removed)."""
        rows = self.vault.query(
            "SELECT kind, body FROM care_log WHERE kind IN (?, ?, ?) ORDER BY seq DESC",
            (EntryKind.PIN.value, EntryKind.GENESIS.value, EntryKind.RESEAL.value),
        )
        for kind, body in rows:
            try:
                raw = json.loads(body)
                pin = raw if kind == EntryKind.PIN.value else raw["state"]["pin"]
            except (ValueError, KeyError, TypeError):
                continue
            if pin:
                return str(pin[0])
            if kind == EntryKind.PIN.value:
                return None  # removed by the therapist
        return None

    def note(self, problem: str, now: datetime) -> None:
        """Remember when a change outside Keepsake was first noticed (not part of the chain)."""
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                (_NOTICE, canonical({"noticed_at": now.isoformat(), "problem": problem})),
            )

    # --- writing (inside the caller's transaction) ----------------------------------------

    def intact(self, cur: Any, now: datetime) -> bool:
        """Before a care write: is the chain intact? Begins it (a snapshot) on first use; a
        broken chain is noted (once, with the time) and stays broken until `reseal`."""
        check = self._check(cur)
        if not check.intact:
            cur.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                (_NOTICE, canonical({"noticed_at": now.isoformat(), "problem": check.problem})),
            )
            return False
        if self._anchor(cur) is None:
            self._start_segment(cur, EntryKind.GENESIS, {}, self._rows(cur), 0, now)
        return True

    def _next_seq(self, cur: Any) -> int:
        row = _one(cur, "SELECT max(seq) FROM care_log")
        return int(row[0] or 0) + 1 if row else 1

    def _write(
        self, cur: Any, seq: int, kind: EntryKind, body: str, prev: str, now: datetime
    ) -> str:
        at = now.isoformat()
        tag = self._tagger(cur)
        assert tag is not None
        digest = entry_hash(tag, seq, at, kind.value, body, prev)
        cur.execute(
            "INSERT INTO care_log (seq, at, kind, body, prev, hash) VALUES (?, ?, ?, ?, ?, ?)",
            (seq, at, kind.value, body, prev, digest),
        )
        return digest

    def _set_anchor(self, cur: Any, seq: int, digest: str, version: int, start: int) -> None:
        tagger = self._tagger(cur)
        assert tagger is not None
        tag = anchor_tag(tagger, seq, digest, version, start)
        cur.execute(
            "INSERT INTO care_anchor (id, head_seq, head_hash, policy_version, segment_start, tag)"
            " VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET head_seq = excluded.head_seq,"
            " head_hash = excluded.head_hash, policy_version = excluded.policy_version,"
            " segment_start = excluded.segment_start, tag = excluded.tag",
            (seq, digest, version, start, tag),
        )

    def _start_segment(
        self,
        cur: Any,
        kind: EntryKind,
        extra: dict[str, Any],
        state: CareState,
        version: int,
        now: datetime,
    ) -> None:
        state.policy_version = version
        if self._tagger(cur) is None:
            cur.execute(
                "INSERT INTO app_meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_SECRET, secrets.token_hex(32)),
            )
        seq = self._next_seq(cur)
        digest = self._write(
            cur, seq, kind, canonical({**extra, "state": state.snapshot()}), "", now
        )
        self._set_anchor(cur, seq, digest, version, seq)
        cur.execute("UPDATE app_meta SET value = 'sealed' WHERE key = ?", (_FLAG,))
        cur.execute(
            "INSERT INTO app_meta (key, value) VALUES (?, 'sealed') ON CONFLICT(key) DO NOTHING",
            (_FLAG,),
        )

    def append(self, cur: Any, kind: EntryKind, body: Any, now: datetime) -> None:
        """Record one change (call only when `intact` said so, in the same transaction)."""
        anchor = self._anchor(cur)
        assert anchor is not None
        seq = anchor.head_seq + 1
        digest = self._write(cur, seq, kind, canonical(body), anchor.head_hash, now)
        version = anchor.policy_version + (1 if kind is EntryKind.POLICY else 0)
        self._set_anchor(cur, seq, digest, version, anchor.segment_start)

    def reseal(self, cur: Any, now: datetime) -> None:
        """The therapist accepts the records as they are now: a new segment begins, and the
        change that was noticed goes into the history."""
        notice = self.notice()
        anchor = self._anchor(cur)
        extra = {
            "noticed_at": (notice.noticed_at if notice else now).isoformat(),
            "problem": notice.problem if notice else "the records could not be verified",
        }
        version = anchor.policy_version if anchor else 0
        self._start_segment(cur, EntryKind.RESEAL, extra, self._rows(cur), version, now)
        cur.execute("DELETE FROM app_meta WHERE key = ?", (_NOTICE,))

    def write_mirror(self) -> None:
        """After a commit: keep a copy of the chain's head beside the vault file."""
        with self.vault.reading() as cur:
            row = _one(cur, "SELECT head_seq, head_hash FROM care_anchor WHERE id = 1")
            tagger = self._tagger(cur)
        if row is None or tagger is None:
            return
        seq, head = int(row[0]), str(row[1])
        tag = tagger("care mirror", f"{seq}\n{head}")
        atomic_write_text(
            mirror_path(self.vault.path), canonical({"seq": seq, "hash": head, "tag": tag})
        )
