"""The ports of the conversation engine: what it asks of speech recognition, the language
model, the voice, the VAD and the reply planner. The real adapters (Whisper, llama.cpp, Piper,
Silero, the grounded planner) and the tests' fakes both honour them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from desktop.core.conversation import Message
from desktop.core.grounding import ReplyPlan
from desktop.core.jobs import CancelToken
from desktop.voice.audio import Samples
from desktop.voice.tts import SpeechChunk


class Transcriber(Protocol):
    def load(self) -> None: ...
    def transcribe(self, audio: Samples) -> str: ...


class Replier(Protocol):
    def load(self) -> None: ...
    def warm_up(self, system_prompt: str) -> None: ...
    def count_tokens(self, text: str) -> int: ...
    @property
    def prompt_budget(self) -> int: ...
    def stream(self, messages: list[Message], cancel: CancelToken) -> Iterator[str]: ...


class ReplyPlanner(Protocol):
    def plan(self, user_text: str) -> ReplyPlan: ...


class Speaker(Protocol):
    def load(self) -> None: ...
    @property
    def sample_rate(self) -> int: ...
    def synthesize(self, text: str) -> SpeechChunk: ...


Vad = Callable[[Samples], float]
"""Speech probability of one 512-sample block at 16 kHz (keeps its state between blocks)."""

VadFactory = Callable[[], Vad]
"""Makes the listener's VAD on the listener thread (one per stream)."""
