"""Plain sentences about a policy and a decision, for the limit screen and the policy view."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.care.policy import Decision, Reason, UsagePolicy, weekly_allowance


def describe_policy(policy: UsagePolicy | None, today: datetime) -> list[str]:
    """One sentence per limit that applies; a single sentence when there are none."""
    if policy is None:
        return ["No usage limits are set."]
    lines = []
    if policy.max_session_minutes is not None:
        lines.append(f"A conversation lasts at most {policy.max_session_minutes} minutes.")
    allowance = weekly_allowance(policy, today.astimezone(ZoneInfo(policy.timezone)).date())
    if allowance is not None:
        lines.append(f"Up to {allowance} conversation(s) a week, counted from Monday.")
    for step in sorted(policy.taper, key=lambda s: s.starts):
        lines.append(
            f"From {step.starts:%A %d %B %Y}: {step.sessions_per_week} conversation(s) a week."
        )
    if policy.sessions_per_day is not None:
        lines.append(f"Up to {policy.sessions_per_day} conversation(s) a day.")
    if policy.min_gap_minutes:
        lines.append(f"At least {_span(policy.min_gap_minutes)} between conversations.")
    if policy.allowed_from is not None and policy.allowed_until is not None:
        lines.append(
            f"Conversations between {policy.allowed_from:%H:%M} and {policy.allowed_until:%H:%M}."
        )
    return lines or ["No usage limits are set."]


def _span(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour" + ("s" if hours != 1 else "")
    return f"{minutes} minutes"


def when(moment: datetime, now: datetime, zone: ZoneInfo) -> str:
    """'today at 18:00', 'tomorrow at 08:00' or 'Monday 30 November at 00:00'."""
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    if local.date() == today:
        day = "today"
    elif local.date() == today + timedelta(days=1):
        day = "tomorrow"
    else:
        day = f"{local:%A} {local.day} {local:%B}"
    return f"{day} at {local:%H:%M}"


def describe_decision(decision: Decision, now: datetime, zone: ZoneInfo) -> str:
    """Why a conversation cannot start now, and when it can; calm, no pressure."""
    if decision.allowed:
        return "A conversation is possible now."
    reasons = {
        Reason.OUTSIDE_HOURS: "It is outside the hours agreed for conversations.",
        Reason.TOO_SOON: "It is a little soon after the last conversation.",
        Reason.DAILY_LIMIT: "Today's conversations have been had.",
        Reason.WEEKLY_LIMIT: "This week's conversations have been had.",
        Reason.LOCKED: (
            "The usage limits could not be verified (they may have been changed outside "
            "Keepsake), so conversations are paused until the therapist's PIN is entered "
            "again in Therapist settings."
        ),
        Reason.ALLOWED: "",
    }
    text = reasons[decision.reason]
    if decision.next_possible is not None:
        text += f" The next conversation is possible {when(decision.next_possible, now, zone)}."
    return text
