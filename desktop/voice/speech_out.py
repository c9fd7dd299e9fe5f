"""Speech out: sentences through the voice (or their real recording) into the playback buffer,
waiting while it plays, and what the person actually heard of it.

The reply in flight (`InFlight`) records where each sentence starts in the playback stream, so
after a barge-in or a time limit the history keeps only the words that were played. The
responder thread speaks and waits; `interrupt` and `cut_after_sentence` come from any thread,
under the engine's flight lock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from desktop.core.conversation import heard_part
from desktop.core.events import (
    EngineEvent,
    EngineState,
    PlaybackProgress,
    SpeakingStarted,
    StateChanged,
)
from desktop.core.grounding import RecordedClip, ReplySource
from desktop.core.jobs import CancelToken
from desktop.core.sentences import SentenceSplitter, clean_for_speech
from desktop.voice.audio import AudioOutput, resample
from desktop.voice.ports import Speaker
from desktop.voice.tts import SpeechChunk

READY_KEPT = 4  # sentences synthesized ahead and not yet said


def split_sentences(text: str) -> list[str]:
    """`text`'s sentences, as they are spoken one by one."""
    splitter = SentenceSplitter()
    return [s for s in (*splitter.feed(text), splitter.flush()) if s]


@dataclass
class Spoken:
    """One sentence queued for playback: from stream position `start`, `samples` long."""

    text: str
    start: int
    samples: int


@dataclass
class InFlight:
    """The reply being made and played; cancelled by a barge-in, a new turn or `stop()`."""

    token: CancelToken = field(default_factory=CancelToken)
    spoken: list[Spoken] = field(default_factory=list)
    interrupted_at: int | None = None  # the stream position heard when it was cut


class SpeechOut:
    def __init__(
        self,
        tts: Speaker | None,
        output: AudioOutput | None,
        emit: Callable[[EngineEvent], None],
        flight_lock: threading.Lock,
        progress_every_s: float = 0.1,
    ) -> None:
        self.tts = tts
        self.output = output
        self._emit = emit
        self._lock = flight_lock
        self._progress_every_s = progress_every_s
        self._ready: dict[str, SpeechChunk] = {}  # sentences synthesized ahead (prepare)

    def speak(
        self, sentence: str, flight: InFlight, source: ReplySource = ReplySource.AI
    ) -> float | None:
        """Synthesize and queue one sentence; the monotonic time its audio was queued when it is
        the reply's first sound (None otherwise). Responder thread."""
        if self.tts is None or self.output is None or flight.token.cancelled:
            flight.spoken.append(Spoken(sentence, 0, 0))
            return None
        spoken_text = clean_for_speech(sentence)
        if not spoken_text:
            return None
        chunk = self._ready.pop(spoken_text, None) or self.tts.synthesize(spoken_text)
        with self._lock:
            if flight.token.cancelled:
                return None
            start = self.output.buffer.write(chunk.audio)
            flight.spoken.append(Spoken(sentence, start, len(chunk.audio)))
        first = not any(s.samples for s in flight.spoken[:-1])
        if first:
            self._emit(StateChanged(EngineState.SPEAKING))
        self._emit(
            SpeakingStarted(
                sentence, start, len(chunk.audio), chunk.sample_rate, chunk.phonemes, None, source
            )
        )
        return time.monotonic() if first else None

    def speak_all(
        self, text: str, flight: InFlight, source: ReplySource = ReplySource.AI
    ) -> float | None:
        """A fixed text, sentence by sentence (sooner, and it can end after any sentence)."""
        first: float | None = None
        for sentence in split_sentences(text):
            first = self.speak(sentence, flight, source) or first
        return first

    def prepare(self, text: str) -> None:
        """Synthesize the first sentence of `text` now, so that saying it later (`speak_all`)
        sounds at once: a fallback made ready while the model is still trying. Responder
        thread; only the last few are kept."""
        if self.tts is None or self.output is None:
            return
        first = next(iter(split_sentences(text)), "")
        spoken_text = clean_for_speech(first)
        if spoken_text and spoken_text not in self._ready:
            self._ready[spoken_text] = self.tts.synthesize(spoken_text)
            while len(self._ready) > READY_KEPT:
                del self._ready[next(iter(self._ready))]

    def play_recording(self, text: str, clip: RecordedClip, flight: InFlight) -> float | None:
        """Their own recording of `text` (said in life); falls back to the voice without a
        speaker to play it on."""
        if self.output is None:
            return self.speak(text, flight, ReplySource.SAID_IN_LIFE)
        audio = np.frombuffer(clip.samples, dtype=np.float32)
        rate = self.output.buffer.sample_rate
        if clip.sample_rate != rate:
            audio = resample(audio, clip.sample_rate, rate)
        with self._lock:
            start = self.output.buffer.write(audio)
            flight.spoken.append(Spoken(text, start, len(audio)))
        self._emit(StateChanged(EngineState.SPEAKING))
        self._emit(
            SpeakingStarted(text, start, len(audio), rate, (), clip, ReplySource.SAID_IN_LIFE)
        )
        return time.monotonic()

    def wait_played(self, flight: InFlight) -> None:
        """Until the reply has played (or was cut), reporting the playback clock."""
        if self.output is None:
            return
        buffer = self.output.buffer
        while not flight.token.cancelled:
            if buffer.wait_drained(self._progress_every_s):
                break
            self._emit(PlaybackProgress(buffer.played, buffer.sample_rate))

    def heard(self, flight: InFlight, reply: str) -> str:
        """What the person heard of the reply: all of it, or up to where it was cut."""
        if self.output is None or flight.interrupted_at is None:
            return " ".join(s.text for s in flight.spoken) or reply
        position = flight.interrupted_at
        parts = []
        for s in flight.spoken:
            if s.samples == 0 or position <= s.start:
                break
            parts.append(heard_part(s.text, (position - s.start) / s.samples))
        return " ".join(p for p in parts if p)

    # --- cutting the reply short (any thread, with the flight lock held) -----------------

    def stop_now(self) -> int | None:
        """Drop everything queued; the stream position actually played (None: no speaker)."""
        return self.output.buffer.clear() if self.output is not None else None

    def cut_after_sentence(self, flight: InFlight) -> int | None:
        """Keep only the sentence being played, so it ends whole; the position it ends at."""
        if self.output is None:
            return None
        position = self.output.buffer.played
        keep = position
        for s in flight.spoken:
            if s.samples and s.start <= position < s.start + s.samples:
                keep = s.start + s.samples
        self.output.buffer.truncate(keep)
        return keep

    def playing(self) -> bool:
        return self.output is not None and self.output.buffer.pending > 0

    def wait_drained(self, timeout: float) -> bool:
        return self.output is None or self.output.buffer.wait_drained(timeout)
