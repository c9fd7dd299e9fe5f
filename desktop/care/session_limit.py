"""The countdown of one call under a usage limit: when to say goodbye, when to end.

Pure: the call screen feeds it the time elapsed (from the injected clock) once a second and
acts on what it returns. Each action is returned once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum

GOODBYE_BEFORE = timedelta(minutes=2)


class LimitAction(Enum):
    NONE = "none"
    SAY_GOODBYE = "say goodbye"  # the portrait says a gentle goodbye in its own voice
    END = "end"  # end after the sentence being spoken


@dataclass
class SessionCountdown:
    limit: timedelta | None  # None: no limit for this call
    goodbye_before: timedelta = GOODBYE_BEFORE
    _said_goodbye: bool = field(default=False, init=False)
    _ended: bool = field(default=False, init=False)

    def remaining(self, elapsed: timedelta) -> timedelta | None:
        if self.limit is None:
            return None
        return max(timedelta(0), self.limit - elapsed)

    def step(self, elapsed: timedelta) -> LimitAction:
        left = self.remaining(elapsed)
        if left is None or self._ended:
            return LimitAction.NONE
        if left <= timedelta(0):
            self._ended = True
            return LimitAction.END
        if left <= self.goodbye_before and not self._said_goodbye:
            self._said_goodbye = True
            return LimitAction.SAY_GOODBYE
        return LimitAction.NONE


def goodbye_line(display_name: str, user_name: str, language: str) -> str:
    """What the portrait says two minutes before the end: warm, unhurried, no pressure."""
    if language.startswith("zh"):
        return "我们今天的时间快到了。谢谢你来和我说话，好好照顾自己。"
    to = f", {user_name}" if user_name else ""
    return (
        f"We're nearly at the end of our time for today{to}. "
        "Thank you for talking with me. Take good care of yourself until next time."
    )


def format_left(left: timedelta) -> str:
    """'12 min left', or '0:45 left' in the last minute."""
    seconds = int(left.total_seconds())
    if seconds >= 60:
        return f"{(seconds + 59) // 60} min left"
    return f"0:{seconds:02d} left"
