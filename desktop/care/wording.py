"""Plain sentences about a policy and a decision, for the limit screen and the policy view.

Pure. The UI passes its `tr` (Qt's translation) and a date formatter in the user's language;
the defaults give English, which the tests and the report use.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.care.exercises import SPECS
from desktop.care.policy import Decision, Reason, UsagePolicy, has_limits, weekly_allowance

Translate = Callable[[str], str]
DateText = Callable[[date], str]


def _same(text: str) -> str:
    return text


def english_date(day: date) -> str:
    """'Monday 30 November'."""
    return f"{day:%A} {day.day} {day:%B}"


def describe_policy(
    policy: UsagePolicy | None,
    today: datetime,
    tr: Translate = _same,
    long_date: DateText = english_date,
) -> list[str]:
    """One sentence per limit that applies (a single sentence when there are none), and one
    for the guided exercises the therapist enabled."""
    if policy is None:
        return [tr("No usage limits are set.")]
    lines = [] if has_limits(policy) else [tr("No usage limits are set.")]
    if policy.max_session_minutes is not None:
        lines.append(
            tr("A conversation lasts at most {0} minutes.").format(policy.max_session_minutes)
        )
    allowance = weekly_allowance(policy, today.astimezone(ZoneInfo(policy.timezone)).date())
    if allowance is not None:
        lines.append(tr("Up to {0} conversation(s) a week, counted from Monday.").format(allowance))
    for step in sorted(policy.taper, key=lambda s: s.starts):
        lines.append(
            tr("From {0} {1}: {2} conversation(s) a week.").format(
                long_date(step.starts), step.starts.year, step.sessions_per_week
            )
        )
    if policy.sessions_per_day is not None:
        lines.append(tr("Up to {0} conversation(s) a day.").format(policy.sessions_per_day))
    if policy.min_gap_minutes:
        lines.append(
            tr("At least {0} between conversations.").format(_span(policy.min_gap_minutes, tr))
        )
    if policy.allowed_from is not None and policy.allowed_until is not None:
        lines.append(
            tr("Conversations between {0} and {1}.").format(
                f"{policy.allowed_from:%H:%M}", f"{policy.allowed_until:%H:%M}"
            )
        )
    if policy.exercises:
        names = tr(", ").join(tr(SPECS[e].name) for e in policy.exercises)
        lines.append(tr("Guided exercises the person can start: {0}.").format(names))
    return lines or [tr("No usage limits are set.")]


def _span(minutes: int, tr: Translate) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return (tr("{0} hour") if hours == 1 else tr("{0} hours")).format(hours)
    return tr("{0} minutes").format(minutes)


def when(
    moment: datetime,
    now: datetime,
    zone: ZoneInfo,
    tr: Translate = _same,
    long_date: DateText = english_date,
) -> str:
    """'today at 18:00', 'tomorrow at 08:00' or 'Monday 30 November at 00:00'."""
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return tr("today at {0}").format(clock)
    if local.date() == today + timedelta(days=1):
        return tr("tomorrow at {0}").format(clock)
    return tr("{0} at {1}").format(long_date(local.date()), clock)


def describe_decision(
    decision: Decision,
    now: datetime,
    zone: ZoneInfo,
    tr: Translate = _same,
    long_date: DateText = english_date,
) -> str:
    """Why a conversation cannot start now, and when it can; calm, no pressure."""
    if decision.allowed:
        return tr("A conversation is possible now.")
    reasons = {
        Reason.OUTSIDE_HOURS: tr("It is outside the hours agreed for conversations."),
        Reason.TOO_SOON: tr("It is a little soon after the last conversation."),
        Reason.DAILY_LIMIT: tr("Today's conversations have been had."),
        Reason.WEEKLY_LIMIT: tr("This week's conversations have been had."),
        Reason.LOCKED: tr(
            "The usage limits could not be verified (they may have been changed outside "
            "Keepsake), so conversations are paused until the therapist's PIN is entered "
            "again in Therapist settings."
        ),
        Reason.ALLOWED: "",
    }
    text = reasons[decision.reason]
    if decision.next_possible is not None:
        moment = when(decision.next_possible, now, zone, tr, long_date)
        text += tr(" The next conversation is possible {0}.").format(moment)
    return text
