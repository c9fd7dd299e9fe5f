"""A usage policy as canonical JSON: what is stored in the vault and signed for integrity."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from desktop.care.exercises import Exercise
from desktop.care.policy import TaperStep, UsagePolicy


def policy_to_json(policy: UsagePolicy) -> str:
    """Canonical text (sorted keys, no spaces): the same policy always gives the same bytes."""
    body: dict[str, Any] = {
        "max_session_minutes": policy.max_session_minutes,
        "sessions_per_week": policy.sessions_per_week,
        "sessions_per_day": policy.sessions_per_day,
        "min_gap_minutes": policy.min_gap_minutes,
        "allowed_from": policy.allowed_from.strftime("%H:%M") if policy.allowed_from else None,
        "allowed_until": policy.allowed_until.strftime("%H:%M") if policy.allowed_until else None,
        "taper": [[s.starts.isoformat(), s.sessions_per_week] for s in policy.taper],
        "timezone": policy.timezone,
    }
    if policy.exercises:  # left out when none, so a policy saved before keeps its bytes
        body["exercises"] = sorted(e.value for e in policy.exercises)
    return json.dumps(body, sort_keys=True, separators=(",", ":"))


def policy_from_json(text: str) -> UsagePolicy:
    """Raises ValueError (or KeyError/TypeError) for text that is not a stored policy."""
    body = json.loads(text)

    def clock(value: str | None) -> time | None:
        return time.fromisoformat(value) if value else None

    def number(key: str) -> int | None:
        value = body[key]
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError(f"{key} must be a whole number of at least 0")
        return value

    return UsagePolicy(
        max_session_minutes=number("max_session_minutes"),
        sessions_per_week=number("sessions_per_week"),
        sessions_per_day=number("sessions_per_day"),
        min_gap_minutes=number("min_gap_minutes"),
        allowed_from=clock(body["allowed_from"]),
        allowed_until=clock(body["allowed_until"]),
        taper=tuple(TaperStep(date.fromisoformat(d), int(n)) for d, n in body["taper"]),
        timezone=str(body["timezone"]),
        exercises=tuple(sorted({Exercise(str(e)) for e in body.get("exercises", [])})),
    )
