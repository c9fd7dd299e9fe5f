"""Fake adapters for the conversation engine: the same interfaces and timing as the real ones,
deterministic and instant, so the engine's own logic is tested in milliseconds.

- `Voices` makes "speech" a fake recogniser can read back: a square wave whose level names the
  sentence (the VAD hears it as speech; silence is silence).
- `FakeTranscriber`, `FakeReplier` (streams a scripted reply word by word, honouring the cancel
  token), `FakeSpeaker` (silent audio as long as real speech would be), `FakeVad`.
- `PushedInput`: a microphone the test feeds block by block (a file: it may wait for room);
  `ManualOutput`: a speaker that plays only as much as the test says.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np

from desktop.core.conversation import Message
from desktop.core.jobs import CancelToken
from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, InputCallback, PlaybackBuffer, Samples
from desktop.voice.tts import SpeechChunk

SPEECH_LEVEL = 0.05  # a block louder than this is speech to the fake VAD
_BASE, _STEP = 0.2, 0.01  # the level of sentence k is _BASE + k * _STEP


class Voices:
    """Sentences as recognisable audio, and back."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def say(self, text: str, seconds: float = 0.6) -> Samples:
        if text not in self.texts:
            self.texts.append(text)
        level = _BASE + self.texts.index(text) * _STEP
        n = int(seconds * CAPTURE_RATE)
        square = np.where(np.arange(n) % 32 < 16, level, -level)
        return square.astype(np.float32)

    def heard(self, audio: Samples) -> str:
        loud = np.abs(audio[np.abs(audio) > SPEECH_LEVEL])
        if not len(loud):
            return ""
        return self.texts[round((float(np.median(loud)) - _BASE) / _STEP)]


def silence(seconds: float) -> Samples:
    return np.zeros(int(seconds * CAPTURE_RATE), dtype=np.float32)


def joined(*parts: Samples) -> Samples:
    return np.concatenate(parts).astype(np.float32)


class FakeTranscriber:
    def __init__(self, voices: Voices) -> None:
        self.voices = voices
        self.heard: list[str] = []

    def load(self) -> None: ...

    def transcribe(self, audio: Samples) -> str:
        text = self.voices.heard(audio)
        self.heard.append(text)
        return text


class FakeReplier:
    """Streams its replies word by word, one reply a turn (the last one again when they run
    out); `pulled` counts the pieces the engine took."""

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies) or ["Hello, love."]
        self.pulled = 0
        self.prompts: list[list[Message]] = []

    @property
    def reply(self) -> str:
        return self.replies[min(len(self.prompts), len(self.replies) - 1)]

    @reply.setter
    def reply(self, text: str) -> None:
        self.replies = [text]

    def load(self) -> None: ...
    def warm_up(self, system_prompt: str) -> None: ...

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    @property
    def prompt_budget(self) -> int:
        return 2000

    def stream(self, messages: list[Message], cancel: CancelToken) -> Iterator[str]:
        reply = self.reply
        self.prompts.append(messages)
        for word in reply.split(" "):
            if cancel.cancelled:
                return
            self.pulled += 1
            yield word + " "


class FakeSpeaker:
    """Silent audio, 60 ms a character: as long as speech, so positions mean something (and
    silent, so the echo guard has nothing of its own to hear)."""

    sample_rate = 16_000

    def __init__(self) -> None:
        self.said: list[str] = []

    def load(self) -> None: ...

    def synthesize(self, text: str) -> SpeechChunk:
        self.said.append(text)
        samples = int(len(text) * 0.06 * self.sample_rate)
        return SpeechChunk(np.zeros(samples, dtype=np.float32), self.sample_rate, ())


def fake_vad() -> FakeVad:
    return FakeVad()


class FakeVad:
    def __call__(self, block: Samples) -> float:
        return 1.0 if float(np.sqrt(np.mean(np.square(block)))) > SPEECH_LEVEL else 0.0


class PushedInput:
    """A microphone fed by the test: `feed` delivers each block on the calling thread, as a
    file-backed input would (not real time: it waits when the engine has no room)."""

    realtime = False

    def __init__(self) -> None:
        self._callback: InputCallback | None = None

    def start(self, callback: InputCallback) -> None:
        self._callback = callback

    def stop(self) -> None:
        self._callback = None

    def feed(self, audio: Samples) -> None:
        callback = self._callback
        assert callback is not None, "the engine has not started its microphone"
        for start in range(0, len(audio), CAPTURE_BLOCK):
            block = np.zeros(CAPTURE_BLOCK, dtype=np.float32)
            piece = audio[start : start + CAPTURE_BLOCK]
            block[: len(piece)] = piece
            callback(block, time.monotonic())


class ManualOutput:
    """A speaker that plays only when told (`play`), so barge-in positions are exact."""

    def __init__(self, sample_rate: int = FakeSpeaker.sample_rate) -> None:
        self._buffer = PlaybackBuffer(sample_rate)
        self.started = threading.Event()

    @property
    def buffer(self) -> PlaybackBuffer:
        return self._buffer

    def start(self) -> None:
        self.started.set()

    def stop(self) -> None:
        self.started.clear()

    def play(self, samples: int) -> None:
        """The device takes `samples` more of what is queued (the playback clock moves)."""
        self._buffer.read(samples, time.monotonic())
