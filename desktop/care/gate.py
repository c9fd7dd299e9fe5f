"""The check every door makes before a conversation: the window's call button and
`keepsake talk --persona` ask the same question and refuse with the same words.
Pure apart from the vault read through `TherapistMode`; any thread.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.care.policy import Decision, evaluate
from desktop.care.therapist import AppliedPolicy, TherapistMode
from desktop.care.wording import (
    DateText,
    Translate,
    describe_decision,
    describe_policy,
    english_date,
)


@dataclass(frozen=True, slots=True)
class GateAnswer:
    decision: Decision
    applied: AppliedPolicy
    now: datetime

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.applied.policy.timezone if self.applied.policy else "UTC")


def check_conversation(therapist: TherapistMode, timezone: str) -> GateAnswer:
    """May a conversation start now (the usage log and the policy in force)?"""
    now = therapist.clock.now()
    applied = therapist.applied(timezone)
    return GateAnswer(evaluate(applied.policy, therapist.store.usage(), now), applied, now)


def _same(text: str) -> str:
    return text


def changed_outside_line(
    applied: AppliedPolicy, tr: Translate = _same, long_date: DateText = english_date
) -> str:
    when = applied.changed_outside_at
    if when is None:
        return tr("They could not be verified, so the strictest setting applies for now.")
    local = when.astimezone() if when.tzinfo else when
    return tr(
        "The usage limits or the usage record were changed outside Keepsake on {0}, so the "
        "strictest setting applies until the therapist enters the PIN again."
    ).format(long_date(local.date()))


def refusal(
    answer: GateAnswer, tr: Translate = _same, long_date: DateText = english_date
) -> tuple[str, list[str]]:
    """Why not now and when (one sentence), and the limits that apply (or what was changed)."""
    text = describe_decision(answer.decision, answer.now, answer.zone, tr, long_date)
    lines = (
        [changed_outside_line(answer.applied, tr, long_date)]
        if answer.applied.tampered
        else describe_policy(answer.applied.policy, answer.now, tr, long_date)
    )
    return text, lines


def local_timezone_name(environ: dict[str, str] | None = None) -> str:
    """This computer's IANA time zone without Qt (TZ, /etc/localtime, /etc/timezone); UTC."""
    env = os.environ if environ is None else environ
    candidates = [env.get("TZ", "").lstrip(":")]
    target = os.path.realpath("/etc/localtime")
    if "zoneinfo/" in target:
        candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if not name:
            continue
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    return "UTC"
