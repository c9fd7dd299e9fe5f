"""Usage limits a therapist (or the user) can set, and the pure decision that applies them.

`evaluate(policy, history, now)` says whether a conversation may start, how long it may last,
when the next one is possible, and why. Days, weeks and allowed hours are the user's local
ones (an IANA time zone), so daylight-saving changes are handled by the time-zone database.
No policy means no limits. The policy also says which guided exercises are enabled (part of
what the therapist signs, so a change outside Keepsake shows); it does not limit them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.care.exercises import Exercise


@dataclass(frozen=True, slots=True)
class TaperStep:
    """From this local date on, this many conversations a week."""

    starts: date
    sessions_per_week: int


@dataclass(frozen=True, slots=True)
class UsagePolicy:
    max_session_minutes: int | None = None
    sessions_per_week: int | None = None
    sessions_per_day: int | None = None
    min_gap_minutes: int | None = None
    allowed_from: time | None = None  # local; with allowed_until, e.g. 08:00-23:00
    allowed_until: time | None = None  # may be earlier than allowed_from (overnight)
    taper: tuple[TaperStep, ...] = ()
    timezone: str = "UTC"
    exercises: tuple[Exercise, ...] = ()  # guided exercises the person may start (sorted)
    locked: bool = False  # the strictest setting: no conversations (the stored policy failed
    # its integrity check); never stored, only made by `locked_policy()`


def locked_policy(timezone: str = "UTC") -> UsagePolicy:
    """What applies when the stored policy cannot be trusted: no conversations until the
    therapist re-enters the PIN. The journal stays readable."""
    return UsagePolicy(sessions_per_week=0, sessions_per_day=0, timezone=timezone, locked=True)


@dataclass(frozen=True, slots=True)
class UsageRecord:
    started_at: datetime
    ended_at: datetime | None = None


class Reason(StrEnum):
    ALLOWED = "allowed"
    OUTSIDE_HOURS = "outside the agreed hours"
    TOO_SOON = "too soon after the last conversation"
    DAILY_LIMIT = "today's conversations are used"
    WEEKLY_LIMIT = "this week's conversations are used"
    LOCKED = "the limits could not be verified"


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: Reason
    time_left: timedelta | None = None  # for a conversation starting now; None: no limit
    next_possible: datetime | None = None  # when not allowed


def has_limits(policy: UsagePolicy | None) -> bool:
    """Whether the policy limits conversations at all (exercises alone are not a limit)."""
    return policy is not None and policy != UsagePolicy(
        timezone=policy.timezone, exercises=policy.exercises
    )


def enabled_exercises(policy: UsagePolicy | None) -> tuple[Exercise, ...]:
    """The exercises the person may start (none without a policy, or while it is locked)."""
    if policy is None or policy.locked:
        return ()
    return policy.exercises


def taper_plan(
    start: date, from_per_week: int, every_weeks: int, down_to: int
) -> tuple[TaperStep, ...]:
    """One fewer conversation a week every `every_weeks` weeks, from `start`, to `down_to`."""
    if every_weeks < 1:
        raise ValueError("every_weeks must be at least 1")
    steps = []
    allowance, when = from_per_week - 1, start + timedelta(weeks=every_weeks)
    while allowance >= down_to:
        steps.append(TaperStep(when, allowance))
        allowance -= 1
        when += timedelta(weeks=every_weeks)
    return tuple(steps)


def _local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=zone)


def weekly_allowance(policy: UsagePolicy, today: date) -> int | None:
    steps = [s for s in sorted(policy.taper, key=lambda s: s.starts) if s.starts <= today]
    return steps[-1].sessions_per_week if steps else policy.sessions_per_week


def _window(policy: UsagePolicy, local: datetime) -> tuple[bool, datetime | None, datetime | None]:
    """(inside the allowed hours?, when the current window ends, when the next one starts)."""
    start, end = policy.allowed_from, policy.allowed_until
    if start is None or end is None or start == end:
        return True, None, None
    zone = local.tzinfo
    assert isinstance(zone, ZoneInfo)
    day = local.date()

    def at(d: date, t: time) -> datetime:
        return datetime.combine(d, t, tzinfo=zone)

    clock = local.time()
    if start < end:
        if start <= clock < end:
            return True, at(day, end), None
        next_day = day if clock < start else day + timedelta(days=1)
        return False, None, at(next_day, start)
    # overnight window, e.g. 20:00-02:00
    if clock >= start:
        return True, at(day + timedelta(days=1), end), None
    if clock < end:
        return True, at(day, end), None
    return False, None, at(day, start)


def evaluate(policy: UsagePolicy | None, history: Sequence[UsageRecord], now: datetime) -> Decision:
    """Decide for a conversation starting at `now` (timezone-aware)."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if policy is None:
        return Decision(True, Reason.ALLOWED)
    if policy.locked:
        return Decision(False, Reason.LOCKED)
    zone = ZoneInfo(policy.timezone)
    local = now.astimezone(zone)
    inside, window_end, next_window = _window(policy, local)
    if not inside:
        return Decision(False, Reason.OUTSIDE_HOURS, next_possible=next_window)
    if policy.min_gap_minutes and history:
        last_end = max((r.ended_at or r.started_at) for r in history)
        ready = last_end + timedelta(minutes=policy.min_gap_minutes)
        if now < ready:
            return Decision(False, Reason.TOO_SOON, next_possible=ready)
    today = local.date()
    if policy.sessions_per_day is not None:
        day_start = _local_midnight(today, zone)
        count = sum(1 for r in history if r.started_at >= day_start and r.started_at <= now)
        if count >= policy.sessions_per_day:
            return Decision(
                False,
                Reason.DAILY_LIMIT,
                next_possible=_local_midnight(today + timedelta(days=1), zone),
            )
    allowance = weekly_allowance(policy, today)
    if allowance is not None:
        monday = today - timedelta(days=today.weekday())
        week_start = _local_midnight(monday, zone)
        count = sum(1 for r in history if r.started_at >= week_start and r.started_at <= now)
        if count >= allowance:
            return Decision(
                False,
                Reason.WEEKLY_LIMIT,
                next_possible=_local_midnight(monday + timedelta(days=7), zone),
            )
    limits = []
    if policy.max_session_minutes is not None:
        limits.append(timedelta(minutes=policy.max_session_minutes))
    if window_end is not None:
        limits.append(window_end - now)
    return Decision(True, Reason.ALLOWED, time_left=min(limits) if limits else None)


def time_left_in_session(
    policy: UsagePolicy | None, started_at: datetime, history: Sequence[UsageRecord], now: datetime
) -> timedelta | None:
    """During a call: how long it may still last (None: no limit)."""
    decision = evaluate(policy, [r for r in history if r.started_at < started_at], started_at)
    if decision.time_left is None:
        return None
    return max(timedelta(0), decision.time_left - (now - started_at))
