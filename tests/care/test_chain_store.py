"""Tamper evidence: each way the issue found to bypass the limits with the vault's key now shows
as "changed outside Keepsake", the strictest setting applies, and the therapist's PIN (the last
one Keepsake knew) brings the limits back."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.care.chain_store import mirror_path
from desktop.care.policy import Reason, UsagePolicy
from desktop.care.policy_codec import policy_to_json
from desktop.care.report import report_csv, usage_report
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.core.clock import ManualClock
from desktop.core.errors import PinFormatError, PinRequiredError, WrongPinError
from desktop.vault.database import Vault

KEY = b"\x11" * 32
PIN = "246802"
STRICT = UsagePolicy(sessions_per_week=1, timezone="UTC")
START = datetime(2026, 11, 23, 10, tzinfo=UTC)  # a Monday


def _set_up(path: Path) -> tuple[Vault, TherapistMode, ManualClock]:
    clock = ManualClock(START)
    vault = Vault.open(path, KEY)
    mode = TherapistMode(CareStore(vault), clock)
    mode.set_policy(STRICT)
    mode.set_pin(PIN)
    usage = mode.store.start_usage(None, None, clock.now())
    clock.advance(20 * 60)
    mode.store.end_usage(usage, clock.now())
    clock.advance(3600)
    assert not mode.decide().allowed  # this week's one conversation was had
    assert mode.store.integrity().intact
    return vault, mode, clock


def _sql(vault: Vault, *statements: str) -> None:
    with vault.transaction() as cur:
        for statement in statements:
            cur.execute(statement)


def _locked(mode: TherapistMode) -> None:
    applied = mode.applied()
    assert applied.tampered and applied.policy is not None and applied.policy.locked
    assert applied.changed_outside_at is not None
    assert mode.decide().reason is Reason.LOCKED


ATTACKS = {
    "policy and PIN rows deleted": ("DELETE FROM care_policy", "DELETE FROM therapist_pin"),
    "usage rows deleted": ("DELETE FROM usage_session",),
    "PIN failures reset": ("UPDATE therapist_pin SET failures = 0, next_try_at = NULL",),
    "anchor deleted": ("DELETE FROM care_anchor",),
    "a chain entry deleted": ("DELETE FROM care_log WHERE seq = 2",),
    "everything care deleted": (
        "DELETE FROM care_policy",
        "DELETE FROM therapist_pin",
        "DELETE FROM usage_session",
        "DELETE FROM care_log",
        "DELETE FROM care_anchor",
        "UPDATE app_meta SET value = 'unsealed' WHERE key = 'care_chain'",
    ),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_a_change_outside_keepsake_shows_and_the_strictest_setting_applies(
    tmp_path: Path, attack: str
) -> None:
    vault, mode, clock = _set_up(tmp_path / "v.db")
    if attack == "PIN failures reset":
        for _ in range(4):
            with pytest.raises(WrongPinError):
                mode.check_pin("000000")
            clock.advance(300)
        assert mode.store.integrity().intact
    _sql(vault, *ATTACKS[attack])
    _locked(mode)
    report = usage_report(mode.store, START.tzinfo, clock.now(), [])  # type: ignore[arg-type]
    assert report.changes_outside and "Changed outside Keepsake on" in report.changes_outside[0]
    table = report_csv(report).splitlines()
    heading = table.index("changed_outside_keepsake")
    assert table[heading - 1] == "" and "Changed outside Keepsake on" in table[heading + 1]
    if attack != "everything care deleted":  # then no PIN is left to ask for; it still shows
        with pytest.raises((PinRequiredError, WrongPinError)):
            mode.set_policy(STRICT, pin=None if attack != "usage rows deleted" else "111111")
    mode.set_policy(STRICT, pin=PIN)  # the therapist's PIN, even where its row was deleted
    assert mode.store.integrity().intact and not mode.applied().tampered
    history = mode.store.changes_outside()
    assert len(history) == 1 and history[0].resealed_at is not None
    vault.close()


def test_an_older_validly_signed_lenient_policy_put_back_is_noticed(tmp_path: Path) -> None:
    clock = ManualClock(START)
    vault = Vault.open(tmp_path / "v.db", KEY)
    mode = TherapistMode(CareStore(vault), clock)
    mode.set_policy(UsagePolicy(sessions_per_week=7, timezone="UTC"))  # lenient, signed
    lenient = vault.query_one("SELECT body, tag, set_at FROM care_policy")
    mode.set_policy(STRICT)
    with vault.transaction() as cur:
        cur.execute("UPDATE care_policy SET body = ?, tag = ?, set_at = ?", lenient)
    assert mode.applied().tampered  # its own tag is valid; the chain's version is not
    vault.close()


def test_an_older_copy_of_the_whole_vault_put_back_is_noticed(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    clock = ManualClock(START)
    vault = Vault.open(path, KEY)
    mode = TherapistMode(CareStore(vault), clock)
    mode.set_policy(STRICT)
    vault.close()
    shutil.copyfile(path, tmp_path / "older.db")
    vault = Vault.open(path, KEY)
    mode = TherapistMode(CareStore(vault), clock)
    mode.store.start_usage(None, None, clock.now())
    vault.close()
    shutil.copyfile(tmp_path / "older.db", path)  # the conversation disappears from the log
    vault = Vault.open(path, KEY)
    mode = TherapistMode(CareStore(vault), clock)
    assert mode.applied().tampered
    assert "older copy" in mode.applied().problem
    vault.close()
    assert mirror_path(path).exists()


def test_an_untouched_vault_stays_intact_through_every_kind_of_change(tmp_path: Path) -> None:
    vault, mode, clock = _set_up(tmp_path / "v.db")
    with pytest.raises(WrongPinError):
        mode.check_pin("999999")
    mode.set_policy(None, pin=PIN)
    mode.set_pin("135790", current_pin=PIN)
    mode.remove_pin("135790")
    mode.set_policy(STRICT)
    mode.store.start_usage(None, None, clock.now())
    assert mode.store.integrity().intact and not mode.applied().tampered
    vault.close()
    reopened = Vault.open(tmp_path / "v.db", KEY)
    assert CareStore(reopened).integrity().intact
    reopened.close()


def test_a_vault_without_limits_never_set_is_fine_and_the_chain_begins_quietly(
    tmp_path: Path,
) -> None:
    vault = Vault.open(tmp_path / "v.db", KEY)
    store = CareStore(vault)
    assert store.integrity().intact
    assert vault.query("SELECT count(*) FROM care_log") == [(0,)]
    store.start_usage(None, None, START)
    assert store.integrity().intact
    assert [r[0] for r in vault.query("SELECT kind FROM care_log ORDER BY seq")] == [
        "genesis",
        "usage-start",
    ]
    vault.close()


def test_pins_are_six_to_twelve_digits_and_an_edited_policy_body_locks(tmp_path: Path) -> None:
    vault, mode, _clock = _set_up(tmp_path / "v.db")
    for short in ("1234", "12345"):
        with pytest.raises(PinFormatError):
            mode.set_pin(short, current_pin=PIN)
    loosened = policy_to_json(UsagePolicy(sessions_per_week=9, timezone="UTC"))
    with vault.transaction() as cur:
        cur.execute("UPDATE care_policy SET body = ?", (loosened,))
    _locked(mode)
    vault.close()


def test_a_pin_chosen_under_the_old_rules_still_works_and_is_called_weak(tmp_path: Path) -> None:
    import hashlib
    import os

    from desktop.care.pin import PinHash

    vault = Vault.open(tmp_path / "v.db", KEY)
    mode = TherapistMode(CareStore(vault), ManualClock(START))
    mode.set_pin(PIN)
    assert not mode.pin_is_weak
    salt = os.urandom(16)
    old = PinHash(
        2**14, 8, 1, salt, hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32)
    )
    mode.store.save_pin(old.encode())  # as Keepsake stored a 4-digit PIN before
    assert mode.pin_is_weak
    mode.check_pin("2468")
    vault.close()
