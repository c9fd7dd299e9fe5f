"""What the conversation engine reports, as typed events (consumed by the UI and the journal).

Events are created on the engine's worker threads and handed to one callback; the UI bridge
re-emits them as Qt signals on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.core.grounding import RecordedClip, ReplySource
from desktop.core.risk import RiskTier


class InputSource(StrEnum):
    SPOKEN = "spoken"
    TYPED = "typed"
    PORTRAIT = "portrait"  # a line the portrait says unasked (the goodbye before a time limit)


class EngineState(StrEnum):
    STARTING = "starting"
    LISTENING = "listening"
    THINKING = "thinking"
    SPEAKING = "speaking"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class PhonemeTiming:
    """One phoneme of synthesized speech, relative to the start of its audio chunk."""

    phoneme: str
    start_s: float
    duration_s: float


@dataclass(frozen=True, slots=True)
class StateChanged:
    state: EngineState


@dataclass(frozen=True, slots=True)
class SpeechStarted:
    """The person started speaking (after the minimum speech length)."""


@dataclass(frozen=True, slots=True)
class FinalTranscript:
    text: str
    source: InputSource


@dataclass(frozen=True, slots=True)
class NothingHeard:
    """A turn ended but no words were recognised ("I didn't catch that")."""


@dataclass(frozen=True, slots=True)
class ReplyText:
    """The reply as it streams: the new piece and everything so far."""

    delta: str
    text: str
    source: ReplySource = ReplySource.AI


@dataclass(frozen=True, slots=True)
class SpeakingStarted:
    """A chunk of speech was queued for playback; it starts at `start_sample` of the stream."""

    text: str
    start_sample: int
    num_samples: int
    sample_rate: int
    phonemes: tuple[PhonemeTiming, ...]
    recording: RecordedClip | None = None  # their real voice: the mouth follows the audio
    source: ReplySource = ReplySource.AI


@dataclass(frozen=True, slots=True)
class PlaybackProgress:
    played_samples: int
    sample_rate: int


@dataclass(frozen=True, slots=True)
class Interrupted:
    """The person spoke over the reply; only `heard_text` was actually heard."""

    heard_text: str


@dataclass(frozen=True, slots=True)
class TurnFinished:
    user_text: str
    source: InputSource
    reply_text: str
    heard_text: str
    interrupted: bool
    latency_s: float | None
    reply_source: ReplySource = ReplySource.AI
    kind: str = ""  # generated, saying, listening or honest (the eval's; "" when not known)


@dataclass(frozen=True, slots=True)
class CrisisDetected:
    """The person said something that sounds like a crisis: the portrait stops (imminent) or
    pauses (concern), and stays silent until `ConversationEngine.resume_after_pause()`."""

    phrase: str
    tier: RiskTier = RiskTier.CONCERN
    language: str = "en"


@dataclass(frozen=True, slots=True)
class PausedTurn:
    """Something the person said while the conversation was paused for their safety: no reply
    is made; the crisis screen reads it (a yes or a no to Keepsake's question)."""

    text: str


@dataclass(frozen=True, slots=True)
class ReplyWithheld:
    """A reply was not said because it could read as an invitation to join them: a generated
    one was replaced by a safe line, a saying from life was skipped."""

    source: ReplySource


@dataclass(frozen=True, slots=True)
class EngineError:
    """A stage failed; the engine keeps running when it can (`fatal` says when it cannot)."""

    error: BaseException
    stage: str
    fatal: bool = False


@dataclass(frozen=True, slots=True)
class ReadyToEnd:
    """After `end_after_sentence()`: the last sentence has been played; the call may close."""


EngineEvent = (
    StateChanged
    | SpeechStarted
    | FinalTranscript
    | NothingHeard
    | ReplyText
    | SpeakingStarted
    | PlaybackProgress
    | Interrupted
    | TurnFinished
    | CrisisDetected
    | PausedTurn
    | ReplyWithheld
    | EngineError
    | ReadyToEnd
)
