"""Therapist mode on a real SQLCipher vault: PIN, back-off across restarts, tampering."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.care.pin import PinHash, hash_pin, pause_after, pin_matches
from desktop.care.policy import Reason, TaperStep, UsagePolicy
from desktop.care.policy_codec import policy_from_json, policy_to_json
from desktop.care.session_limit import LimitAction, SessionCountdown, format_left
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.care.wording import describe_decision, describe_policy
from desktop.core.clock import ManualClock
from desktop.core.errors import PinFormatError, PinLockedError, PinRequiredError, WrongPinError
from desktop.vault.database import Vault

KEY = b"\x11" * 32
POLICY = UsagePolicy(max_session_minutes=30, sessions_per_week=2, timezone="Europe/London")


def _mode(path: Path, clock: ManualClock) -> tuple[Vault, TherapistMode]:
    vault = Vault.open(path, KEY)
    return vault, TherapistMode(CareStore(vault), clock)


def test_a_pin_is_stored_as_a_salted_scrypt_hash() -> None:
    first, second = hash_pin("246802"), hash_pin("246802")
    assert first.salt != second.salt and first.digest != second.digest
    assert "246802" not in first.encode()
    assert pin_matches("246802", PinHash.decode(first.encode()))
    assert not pin_matches("246803", first)
    for bad in ("123", "12345", "12a456", "1234567890123", "١٢٣٤٥٦"):
        with pytest.raises(PinFormatError):
            hash_pin(bad)


def test_changing_the_policy_needs_the_pin(tmp_path: Path) -> None:
    clock = ManualClock()
    vault, mode = _mode(tmp_path / "v.db", clock)
    mode.set_policy(POLICY)  # before a PIN is chosen, anyone may set limits
    mode.set_pin("246802")
    with pytest.raises(PinRequiredError):
        mode.set_policy(None)
    with pytest.raises(WrongPinError):
        mode.set_policy(None, pin="111111")
    assert mode.applied().policy == POLICY
    mode.set_policy(UsagePolicy(max_session_minutes=20), pin="246802")
    assert mode.applied().policy == UsagePolicy(max_session_minutes=20)
    with pytest.raises(PinRequiredError):
        mode.set_pin("135790")
    mode.set_pin("135790", current_pin="246802")
    assert mode.applied().policy == UsagePolicy(max_session_minutes=20)  # re-signed, still valid
    vault.close()


def test_wrong_pins_slow_entry_down_and_the_pause_survives_a_restart(tmp_path: Path) -> None:
    clock = ManualClock()
    vault, mode = _mode(tmp_path / "v.db", clock)
    mode.set_pin("246802")
    for _ in range(2):
        with pytest.raises(WrongPinError) as wrong:
            mode.check_pin("000000")
        assert wrong.value.wait_s == 0
    with pytest.raises(WrongPinError) as third:
        mode.check_pin("000000")
    assert third.value.wait_s == 30
    with pytest.raises(PinLockedError):
        mode.check_pin("246802")  # even the right PIN waits
    vault.close()

    vault, mode = _mode(tmp_path / "v.db", clock)  # the app restarted
    assert mode.pin_wait_s() == 30
    with pytest.raises(PinLockedError):
        mode.check_pin("246802")
    clock.advance(30)
    with pytest.raises(WrongPinError) as fourth:
        mode.check_pin("000000")
    assert fourth.value.wait_s == 60  # doubling
    clock.advance(60)
    mode.check_pin("246802")
    assert mode.pin_wait_s() == 0
    with pytest.raises(WrongPinError) as fresh:
        mode.check_pin("000000")
    assert fresh.value.wait_s == 0  # a right PIN started the count again
    vault.close()


def test_the_pause_grows_to_at_most_an_hour() -> None:
    assert [pause_after(n).total_seconds() for n in range(1, 7)] == [0, 0, 30, 60, 120, 240]
    assert pause_after(40) == timedelta(hours=1)


def test_a_modified_policy_row_locks_to_the_strictest_setting(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 24, 12, tzinfo=UTC))
    vault, mode = _mode(tmp_path / "v.db", clock)
    mode.set_policy(POLICY)
    mode.set_pin("246802")
    assert mode.decide().allowed
    loosened = policy_to_json(UsagePolicy(max_session_minutes=300, timezone="Europe/London"))
    with vault.transaction() as cur:
        cur.execute("UPDATE care_policy SET body = ?", (loosened,))
    applied = mode.applied()
    assert applied.tampered and applied.policy is not None and applied.policy.locked
    decision = mode.decide()
    assert not decision.allowed and decision.reason is Reason.LOCKED
    assert "PIN" in describe_decision(decision, clock.now(), clock.now().tzinfo)  # type: ignore[arg-type]
    with pytest.raises(WrongPinError):
        mode.set_policy(POLICY, pin="000000")
    mode.set_policy(POLICY, pin="246802")  # the therapist sets it again
    assert not mode.applied().tampered and mode.decide().allowed
    vault.close()


@pytest.mark.parametrize("removed", ["policy", "pin"])
def test_removing_the_policy_or_the_pin_outside_keepsake_also_locks(
    tmp_path: Path, removed: str
) -> None:
    clock = ManualClock()
    vault, mode = _mode(tmp_path / "v.db", clock)
    mode.set_policy(POLICY)
    mode.set_pin("246802")
    table = "care_policy" if removed == "policy" else "therapist_pin"
    with vault.transaction() as cur:
        cur.execute(f"DELETE FROM {table}")
    assert mode.applied().tampered
    assert mode.decide().reason is Reason.LOCKED
    vault.close()


def test_a_policy_signed_with_another_vault_key_is_not_trusted(tmp_path: Path) -> None:
    clock = ManualClock()
    vault, mode = _mode(tmp_path / "a.db", clock)
    mode.set_policy(POLICY)
    stored = CareStore(vault).policy()
    vault.close()
    assert stored is not None
    other = Vault.open(tmp_path / "b.db", b"\x22" * 32)
    CareStore(other).save_policy(stored.body, stored.tag, stored.set_at)
    assert TherapistMode(CareStore(other), clock).applied().tampered
    other.close()


def test_usage_is_logged_and_counted(tmp_path: Path) -> None:
    clock = ManualClock(datetime(2026, 11, 23, 10, tzinfo=UTC))  # a Monday
    vault, mode = _mode(tmp_path / "v.db", clock)
    mode.set_policy(POLICY)
    store = CareStore(vault)
    for _ in range(2):
        usage = store.start_usage(None, None, clock.now())
        clock.advance(20 * 60)
        store.end_usage(usage, clock.now())
        clock.advance(3600)
    decision = mode.decide()
    assert not decision.allowed and decision.reason is Reason.WEEKLY_LIMIT
    text = describe_decision(
        decision, clock.now(), __import__("zoneinfo").ZoneInfo("Europe/London")
    )
    assert "Monday 30 November at 00:00" in text
    vault.close()


@settings(max_examples=100, deadline=None)
@given(
    minutes=st.none() | st.integers(0, 600),
    week=st.none() | st.integers(0, 14),
    gap=st.none() | st.integers(0, 10_000),
    hours=st.none() | st.tuples(st.integers(0, 23), st.integers(0, 23)),
    taper=st.lists(st.tuples(st.dates(), st.integers(0, 14)), max_size=4),
)
def test_a_policy_survives_storage_unchanged(minutes, week, gap, hours, taper) -> None:
    policy = UsagePolicy(
        max_session_minutes=minutes,
        sessions_per_week=week,
        min_gap_minutes=gap,
        allowed_from=time(hours[0]) if hours else None,
        allowed_until=time(hours[1]) if hours else None,
        taper=tuple(TaperStep(d, n) for d, n in taper),
        timezone="Asia/Shanghai",
    )
    assert policy_from_json(policy_to_json(policy)) == policy


def test_the_countdown_says_goodbye_two_minutes_before_and_ends_once() -> None:
    countdown = SessionCountdown(timedelta(minutes=10))
    steps = {s: countdown.step(timedelta(seconds=s)) for s in (0, 479, 480, 481, 599, 600, 601)}
    assert steps[479] is LimitAction.NONE
    assert steps[480] is LimitAction.SAY_GOODBYE
    assert steps[481] is LimitAction.NONE
    assert steps[600] is LimitAction.END and steps[601] is LimitAction.NONE
    assert format_left(timedelta(seconds=61)) == "2 min left"
    assert format_left(timedelta(seconds=45)) == "0:45 left"
    assert SessionCountdown(None).step(timedelta(hours=5)) is LimitAction.NONE


def test_the_policy_reads_as_plain_sentences() -> None:
    now = datetime(2026, 11, 24, tzinfo=UTC)
    lines = describe_policy(
        UsagePolicy(
            max_session_minutes=30,
            sessions_per_week=3,
            min_gap_minutes=1440,
            allowed_from=time(8),
            allowed_until=time(22),
        ),
        now,
    )
    assert lines == [
        "A conversation lasts at most 30 minutes.",
        "Up to 3 conversation(s) a week, counted from Monday.",
        "At least 24 hours between conversations.",
        "Conversations between 08:00 and 22:00.",
    ]
    assert describe_policy(None, now) == ["No usage limits are set."]
