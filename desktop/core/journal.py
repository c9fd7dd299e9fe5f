"""The journal's types: conversations written as they happen, and free entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Speaker(StrEnum):
    PERSON = "person"  # the user
    PORTRAIT = "portrait"
    KEEPSAKE = "keepsake"  # Keepsake's own voice: a pause for the person's safety


class TurnLabel(StrEnum):
    TYPED = "typed"
    SPOKEN = "spoken"
    AI = "ai"
    SAID_IN_LIFE = "said-in-life"
    PAUSE_IMMINENT = "pause-imminent"  # the portrait stopped: helplines shown
    PAUSE_CONCERN = "pause-concern"  # the portrait paused: Keepsake asked about suicide
    PAUSE_ANSWER = "pause-answer"  # what the person chose on the pause screen


PAUSE_LABELS = (TurnLabel.PAUSE_IMMINENT, TurnLabel.PAUSE_CONCERN)


class Ending(StrEnum):
    ENDED = "ended"
    UNEXPECTED = "ended unexpectedly"
    TIME_LIMIT = "time limit"


class Channel(StrEnum):
    WINDOW = "window"
    COMMAND = "keepsake talk"


@dataclass(frozen=True, slots=True)
class JournalTurn:
    at: datetime
    speaker: Speaker
    text: str
    label: TurnLabel
    interrupted: bool = False


@dataclass(frozen=True, slots=True)
class JournalSession:
    id: int
    persona_id: int | None
    persona_name: str
    started_at: datetime
    ended_at: datetime | None
    ending: Ending | None
    channel: Channel
    turns: tuple[JournalTurn, ...] = ()
    mood_before: int | None = None
    mood_after: int | None = None
    mood_words: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """Something written without a call: a letter to them, a memory of the day."""

    id: int
    persona_id: int | None
    at: datetime
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    session_id: int | None
    entry_id: int | None
    at: datetime
    persona_name: str
    snippet: str  # with [[ ]] around the matched text
