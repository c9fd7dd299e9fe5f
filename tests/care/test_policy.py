"""Usage limits as a pure function: tables, daylight-saving changes, and properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.care.policy import (
    Reason,
    TaperStep,
    UsagePolicy,
    UsageRecord,
    evaluate,
    time_left_in_session,
)

LONDON = ZoneInfo("Europe/London")


def at(y: int, m: int, d: int, hh: int, mm: int = 0, zone: ZoneInfo = LONDON) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=zone)


def talks(*starts: datetime, minutes: int = 20) -> list[UsageRecord]:
    return [UsageRecord(s, s + timedelta(minutes=minutes)) for s in starts]


WEEKLY = UsagePolicy(sessions_per_week=2, timezone="Europe/London")
HOURS = UsagePolicy(allowed_from=time(8), allowed_until=time(23), timezone="Europe/London")


@pytest.mark.parametrize(
    ("policy", "history", "now", "allowed", "reason", "next_possible"),
    [
        (None, talks(at(2026, 6, 1, 9)), at(2026, 6, 1, 10), True, Reason.ALLOWED, None),
        (WEEKLY, talks(at(2026, 6, 1, 9)), at(2026, 6, 3, 10), True, Reason.ALLOWED, None),
        (
            WEEKLY,
            talks(at(2026, 6, 1, 9), at(2026, 6, 2, 9)),
            at(2026, 6, 3, 10),
            False,
            Reason.WEEKLY_LIMIT,
            at(2026, 6, 8, 0),
        ),
        (HOURS, [], at(2026, 6, 1, 23, 30), False, Reason.OUTSIDE_HOURS, at(2026, 6, 2, 8)),
        (HOURS, [], at(2026, 6, 1, 6), False, Reason.OUTSIDE_HOURS, at(2026, 6, 1, 8)),
        (
            UsagePolicy(min_gap_minutes=120),
            talks(at(2026, 6, 1, 9)),
            at(2026, 6, 1, 10),
            False,
            Reason.TOO_SOON,
            at(2026, 6, 1, 11, 20),
        ),
        (
            UsagePolicy(sessions_per_day=1, timezone="Europe/London"),
            talks(at(2026, 6, 1, 9)),
            at(2026, 6, 1, 20),
            False,
            Reason.DAILY_LIMIT,
            at(2026, 6, 2, 0),
        ),
    ],
)
def test_policy_table(policy, history, now, allowed, reason, next_possible) -> None:
    decision = evaluate(policy, history, now)
    assert (decision.allowed, decision.reason, decision.next_possible) == (
        allowed,
        reason,
        next_possible,
    )


def test_time_left_is_the_shorter_of_the_session_limit_and_the_allowed_hours() -> None:
    policy = UsagePolicy(
        max_session_minutes=45,
        allowed_from=time(8),
        allowed_until=time(23),
        timezone="Europe/London",
    )
    assert evaluate(policy, [], at(2026, 6, 1, 12)).time_left == timedelta(minutes=45)
    assert evaluate(policy, [], at(2026, 6, 1, 22, 40)).time_left == timedelta(minutes=20)
    started = at(2026, 6, 1, 12)
    assert time_left_in_session(policy, started, [], started + timedelta(minutes=43)) == timedelta(
        minutes=2
    )


def test_daylight_saving_changes_keep_local_days_weeks_and_hours() -> None:
    # The clocks go forward in London at 01:00 UTC on Sunday 29 March 2026.
    hours = evaluate(HOURS, [], at(2026, 3, 29, 7, 30))
    assert hours.next_possible == at(
        2026, 3, 29, 8
    ) and hours.next_possible.utcoffset() == timedelta(hours=1)
    daily = UsagePolicy(sessions_per_day=1, timezone="Europe/London")
    blocked = evaluate(daily, talks(at(2026, 3, 28, 23, 30)), at(2026, 3, 28, 23, 50))
    assert blocked.next_possible == at(2026, 3, 29, 0)
    assert evaluate(daily, talks(at(2026, 3, 28, 23, 30)), at(2026, 3, 29, 0, 10)).allowed
    # Back in October: the week still starts at local midnight on Monday.
    weekly = evaluate(WEEKLY, talks(at(2026, 10, 21, 9), at(2026, 10, 24, 9)), at(2026, 10, 25, 12))
    assert weekly.next_possible == at(2026, 10, 26, 0)
    assert weekly.next_possible.utcoffset() == timedelta(0)


def test_a_taper_plan_lowers_the_weekly_allowance_step_by_step() -> None:
    policy = UsagePolicy(
        sessions_per_week=3,
        timezone="Europe/London",
        taper=(TaperStep(date(2026, 6, 8), 2), TaperStep(date(2026, 6, 15), 1)),
    )
    two = talks(at(2026, 6, 1, 9), at(2026, 6, 2, 9))
    assert evaluate(policy, two, at(2026, 6, 3, 9)).allowed
    two_later = talks(at(2026, 6, 8, 9), at(2026, 6, 9, 9))
    assert not evaluate(policy, two_later, at(2026, 6, 10, 9)).allowed
    assert not evaluate(policy, talks(at(2026, 6, 15, 9)), at(2026, 6, 16, 9)).allowed


ZONES = st.sampled_from(
    ["UTC", "Europe/London", "America/New_York", "Asia/Shanghai", "Australia/Sydney"]
)


@settings(max_examples=200, deadline=None)
@given(
    zone=ZONES,
    now=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
    offsets=st.lists(st.integers(min_value=1, max_value=60 * 24 * 10), max_size=6),
    per_week=st.one_of(st.none(), st.integers(1, 4)),
    per_day=st.one_of(st.none(), st.integers(1, 2)),
    gap=st.one_of(st.none(), st.integers(10, 600)),
    hours=st.booleans(),
)
def test_a_refusal_always_names_a_later_time_when_that_reason_is_gone(
    zone, now, offsets, per_week, per_day, gap, hours
) -> None:
    policy = UsagePolicy(
        sessions_per_week=per_week,
        sessions_per_day=per_day,
        min_gap_minutes=gap,
        allowed_from=time(9) if hours else None,
        allowed_until=time(22) if hours else None,
        timezone=zone,
    )
    moment = now.replace(tzinfo=UTC)
    history = talks(
        *(moment - timedelta(minutes=m) for m in sorted(offsets, reverse=True)), minutes=5
    )
    decision = evaluate(policy, history, moment)
    if decision.allowed:
        assert decision.next_possible is None
        if decision.time_left is not None:
            assert decision.time_left > timedelta(0)
        return
    assert decision.next_possible is not None and decision.next_possible > moment
    later = evaluate(policy, history, decision.next_possible + timedelta(seconds=1))
    assert later.allowed or later.reason is not decision.reason
