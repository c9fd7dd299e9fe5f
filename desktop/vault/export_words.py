"""The words an export and the journal's reading view use, so the window can give them in the
person's language (the window passes translated ones; the command line uses these English ones).
Pure: no Qt here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop.core.journal import Ending
from desktop.core.persona import Agreement

MOODS = ("1 · very low", "2 · low", "3 · so-so", "4 · all right", "5 · good")
_ENDINGS = {
    Ending.ENDED: "ended",
    Ending.UNEXPECTED: "ended unexpectedly",
    Ending.TIME_LIMIT: "the time limit ended it",
}


_AGREED = {Agreement.YES: "agreed", Agreement.NO: "did not agree", Agreement.UNKNOWN: "not known"}


def _minutes(n: int) -> str:
    return f"{n} min"


def _conversations(n: int) -> str:
    return f"{n} conversation" if n == 1 else f"{n} conversations"


@dataclass(frozen=True, slots=True)
class ExportWords:
    """Everything a rendered conversation says besides what was said in it."""

    you: str = "You"
    you_on_pause: str = "You, on the pause screen"
    keepsake_pause: str = "Keepsake (paused for your safety)"
    portrait_ai: str = "{0} (AI)"
    portrait_life: str = "{0} (said in life)"
    interrupted: str = "(interrupted)"
    under_a_minute: str = "under a minute"
    mood_before: str = "Before the call you felt: {0}"
    mood_after: str = "After the call you felt: {0}"
    mood_words: str = "In your words: {0}"
    note: str = "Your note after the call"
    title: str = "Keepsake journal"
    exported: str = "Exported {0}."
    summary: str = "Summary"
    usage: str = "{0}, {1} in all."
    consent: str = "Consent"
    consent_line: str = "{0}: portrait made by {1} ({2}); agreed in life: {3}."
    warning: str = (
        "Exported files are not encrypted: anyone who can open the file can read it. "
        "Keep it somewhere private, and delete it when you no longer need it."
    )
    minutes: Callable[[int], str] = _minutes
    conversations: Callable[[int], str] = _conversations
    moods: tuple[str, ...] = MOODS
    ending: Callable[[Ending], str] = _ENDINGS.__getitem__
    agreed: Callable[[Agreement], str] = _AGREED.__getitem__
    when: Callable[[datetime], str] = lambda at: f"{at.astimezone():%A %d %B %Y, %H:%M}"
    day: Callable[[datetime], str] = lambda at: f"{at.astimezone():%d %B %Y}"

    def mood(self, value: int) -> str:
        return self.moods[value - 1] if 1 <= value <= len(self.moods) else str(value)


ENGLISH = ExportWords()
