"""Tamper evidence for the care records: a hash chain over every change to the usage log, the
usage policy and the therapist's PIN state, anchored in a record that exists once any of them
was ever written.

The limits are a commitment a person made with their therapist, not a lock against the owner
of the computer: someone with the vault's key can change the database. What this module makes
sure of is that such a change does not pass unnoticed. Every change Keepsake makes appends an
entry (its sequence number, time, kind and the new state, chained to the previous entry by an
HMAC keyed from the vault key) and moves the anchor (the head of the chain, the policy
version). A deleted, edited or reordered row, an older policy written back, a reset PIN counter
or a removed anchor no longer matches the chain: `verify()` says so, and the strictest setting
applies until the therapist re-enters the PIN (`desktop/care/therapist.py`).

Pure apart from the rows it is given; `desktop/care/store.py` reads and writes them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

PolicyRow = tuple[str, str, str]  # body, tag, set_at
PinRow = tuple[str, int, str | None]  # hash, failures, next_try_at
UsageRow = tuple[int, str, str | None]  # id, started_at, ended_at


class EntryKind(StrEnum):
    GENESIS = "genesis"  # the state when the chain began (a snapshot)
    RESEAL = "reseal"  # the therapist accepted the state after a change outside Keepsake
    POLICY = "policy"
    PIN = "pin"
    USAGE_START = "usage-start"
    USAGE_END = "usage-end"


SNAPSHOTS = (EntryKind.GENESIS, EntryKind.RESEAL)


@dataclass(frozen=True, slots=True)
class Entry:
    seq: int
    at: str
    kind: EntryKind
    body: str  # canonical JSON
    prev: str
    hash: str


@dataclass(frozen=True, slots=True)
class Anchor:
    head_seq: int
    head_hash: str
    policy_version: int
    segment_start: int
    tag: str


@dataclass
class CareState:
    """What the rows must hold, as the chain tells it."""

    policy: PolicyRow | None = None
    pin: PinRow | None = None
    usage: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    policy_version: int = 0

    def snapshot(self) -> dict[str, Any]:
        return {
            "policy": list(self.policy) if self.policy else None,
            "pin": list(self.pin) if self.pin else None,
            "usage": [[i, s, e] for i, (s, e) in sorted(self.usage.items())],
            "policy_version": self.policy_version,
        }


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


Tagger = Callable[[str, str], str]  # (purpose, data) -> hex HMAC (Vault.tag)


def entry_hash(tag: Tagger, seq: int, at: str, kind: str, body: str, prev: str) -> str:
    return tag("care chain", f"{seq}\n{at}\n{kind}\n{body}\n{prev}")


def anchor_tag(tag: Tagger, head_seq: int, head_hash: str, version: int, start: int) -> str:
    return tag("care anchor", f"{head_seq}\n{head_hash}\n{version}\n{start}")


def state_from_rows(
    policy: PolicyRow | None, pin: PinRow | None, usage: Sequence[UsageRow], version: int
) -> CareState:
    return CareState(policy, pin, {i: (s, e) for i, s, e in usage}, version)


def apply(state: CareState, kind: EntryKind, body: Any) -> None:
    """The state after one entry (for snapshots, the state it records)."""
    if kind in SNAPSHOTS:
        snap = body["state"]
        state.policy = tuple(snap["policy"]) if snap["policy"] else None
        state.pin = tuple(snap["pin"]) if snap["pin"] else None
        state.usage = {int(i): (s, e) for i, s, e in snap["usage"]}
        state.policy_version = int(snap["policy_version"])
    elif kind is EntryKind.POLICY:
        state.policy = tuple(body) if body else None
        state.policy_version += 1
    elif kind is EntryKind.PIN:
        state.pin = tuple(body) if body else None
    elif kind is EntryKind.USAGE_START:
        state.usage[int(body[0])] = (body[1], None)
    elif kind is EntryKind.USAGE_END:
        started = state.usage.get(int(body[0]))
        if started is not None:
            state.usage[int(body[0])] = (started[0], body[1])


@dataclass(frozen=True, slots=True)
class ChainCheck:
    intact: bool
    problem: str = ""  # for the therapist's report, in plain words
    state: CareState | None = None  # the chain's state, when intact


def _broken(problem: str) -> ChainCheck:
    return ChainCheck(False, problem)


def verify(
    tag: Tagger,
    anchor: Anchor | None,
    entries: Sequence[Entry],
    rows: CareState,
    sealed: bool,
    mirror: tuple[int, str] | None = None,
) -> ChainCheck:
    """Do the rows match the chain, and the chain its anchor (and the copy of its head kept
    beside the vault)? `entries` are those of the current segment, in order; `sealed`: the
    chain was begun (so an anchor must exist)."""
    if anchor is None:
        if sealed:
            return _broken("the record of the limits was removed")
        return ChainCheck(True, state=rows)
    expected = anchor_tag(
        tag, anchor.head_seq, anchor.head_hash, anchor.policy_version, anchor.segment_start
    )
    if expected != anchor.tag:
        return _broken("the record of the limits was altered")
    state = CareState()
    prev = ""
    for number, entry in enumerate(entries, start=anchor.segment_start):
        if entry.seq != number:
            return _broken("an entry of the usage record is missing")
        if entry.hash != entry_hash(tag, entry.seq, entry.at, entry.kind, entry.body, prev):
            return _broken("an entry of the usage record was altered")
        if number == anchor.segment_start and entry.kind not in SNAPSHOTS:
            return _broken("the start of the usage record is missing")
        try:
            apply(state, entry.kind, json.loads(entry.body))
        except (ValueError, KeyError, TypeError, IndexError):
            return _broken("an entry of the usage record cannot be read")
        prev = entry.hash
    if not entries or entries[-1].seq != anchor.head_seq or prev != anchor.head_hash:
        return _broken("the latest entries of the usage record are missing")
    if mirror is not None:
        seq, head = mirror
        if seq > anchor.head_seq:
            return _broken("an older copy of the records was put back")
        if seq >= anchor.segment_start and entries[seq - anchor.segment_start].hash != head:
            return _broken("an older copy of the records was put back")
    if state.policy_version != anchor.policy_version:
        return _broken("an older version of the limits was put back")
    if state.policy != rows.policy:
        return _broken("the limits were changed or removed")
    if state.pin != rows.pin:
        return _broken("the PIN or its count of wrong tries was changed or removed")
    if state.usage != rows.usage:
        return _broken("conversations were removed from the usage log, or changed")
    return ChainCheck(True, state=state)
