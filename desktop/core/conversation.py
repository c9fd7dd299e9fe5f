"""Conversation history and prompt assembly for the language model.

The system prompt and the example exchanges are fixed for the whole conversation, and the
history shown to the model grows turn by turn inside a window that restarts in one step
(`HistoryWindow`), so the LLM's cached prefix stays valid and each turn reads only what is new.
The history keeps only what the person actually heard of each reply; a rejected reply never
enters it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.voice import VoiceShape


class Role(StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True, slots=True)
class Message:
    role: Role
    content: str

    def as_chat(self) -> dict[str, str]:
        return {"role": self.role.value, "content": self.content}


@dataclass(frozen=True, slots=True)
class PersonaVoice:
    """What the prompt, the guard and the voice need to know of the persona.

    `names`: every name the person used for them ("Margaret", "Maggie"); `address`: how they
    addressed the person ("love", "Tommy"); `examples`: real exchanges from their messages
    (what was said to them, what they answered); `memories`: what the person remembers."""

    display_name: str = "Mum"
    relationship: str = "mother"
    user_name: str = ""
    style: str = "warm, gentle and practical; short, plain sentences"
    language: str = "en"
    sayings: tuple[str, ...] = ()
    voice_length_scale: float = 1.0
    voice_pitch_semitones: float = 0.0
    name: str = ""
    names: tuple[str, ...] = ()
    address: tuple[str, ...] = ()
    memories: tuple[str, ...] = ()
    examples: tuple[tuple[str, str], ...] = ()
    voice_base: str = ""  # "woman", "man" or "" (not known): core/voice.py
    voice_shape: VoiceShape | None = None  # fitted to their clips or set by hand


def build_system_prompt(persona: PersonaVoice, farewell: bool = False) -> str:
    """The stable system prompt: who the portrait speaks as, to whom, and the rules it keeps
    (see `mind.py`, which also gives the example exchanges). `farewell`: the last conversation
    before the portrait is retired. Written in the persona's language, so the model answers in
    it."""
    from desktop.core.mind import build_mind

    return build_mind(persona, farewell).system


TokenCounter = Callable[[str], int]


@dataclass(frozen=True, slots=True)
class HistoryWindow:
    """How much of the conversation the model sees. The window grows by one exchange a turn,
    so the language model's cached prefix stays valid and only the new turn is read; when it
    holds `max_exchanges` (or would not fit the budget) it restarts from the last
    `keep_on_trim` exchanges, in one step, instead of dropping the oldest turn every turn
    (which would make the model re-read the whole history each time)."""

    max_exchanges: int = 6
    keep_on_trim: int = 1


class Conversation:
    """History of one conversation. Thread-safe: the engine's threads share it.

    `examples` are fixed exchanges after the system prompt (real exchanges from their messages);
    together they are the prefix the model evaluates once per conversation."""

    def __init__(
        self,
        system_prompt: str,
        max_turns: int = 6,
        examples: tuple[Message, ...] = (),
        window: HistoryWindow | None = None,
    ) -> None:
        self.system_prompt = system_prompt
        self.examples = examples
        self._history: list[Message] = []
        self._window = window or HistoryWindow(max_exchanges=max_turns)
        self._anchor = 0  # the window starts here; it only moves forward, in large steps
        self._lock = threading.Lock()

    @property
    def history(self) -> tuple[Message, ...]:
        with self._lock:
            return tuple(self._history)

    @property
    def prefix(self) -> list[Message]:
        """What every prompt starts with: the system prompt and the example exchanges."""
        return [Message(Role.SYSTEM, self.system_prompt), *self.examples]

    @property
    def window_start(self) -> int:
        """Where the history shown to the model starts (for tests of the cache design)."""
        with self._lock:
            return self._anchor

    def messages_for(
        self, user_text: str, count: TokenCounter, budget: int, prompt: str | None = None
    ) -> list[Message]:
        """The prefix + the history window + the new message, within `budget` tokens.

        `prompt` replaces the user's words in the new message (their words with context
        attached); `record(..., sent=prompt)` then keeps it as sent, so the next prompt starts
        with exactly the tokens the model has already read.
        """
        prefix = self.prefix
        new = Message(Role.USER, prompt or user_text)
        fixed = sum(count(m.content) + 8 for m in prefix) + count(new.content) + 16
        with self._lock:
            window = self._history[self._anchor :]
            cost = fixed + sum(count(m.content) + 8 for m in window)
            if _exchanges(window) >= self._window.max_exchanges or cost > budget:
                self._anchor = self._start_of_last(self._window.keep_on_trim)
                window = self._history[self._anchor :]
                cost = fixed + sum(count(m.content) + 8 for m in window)
                while window and cost > budget:  # a very long last exchange: drop it too
                    self._anchor = self._start_of_last(_exchanges(window) - 1)
                    window = self._history[self._anchor :]
                    cost = fixed + sum(count(m.content) + 8 for m in window)
            kept = list(window)
        return [*prefix, *kept, new]

    def _start_of_last(self, exchanges: int) -> int:
        """Index of the user message that starts the last `exchanges` exchanges (lock held)."""
        if exchanges <= 0:
            return len(self._history)
        seen = 0
        for index in range(len(self._history) - 1, self._anchor - 1, -1):
            if self._history[index].role is Role.USER:
                seen += 1
                if seen == exchanges:
                    return index
        return self._anchor

    def record(self, user_text: str, heard_reply: str, sent: str | None = None) -> None:
        """Add one exchange: the user's message as it was sent to the model (`sent`, with any
        context attached; else what they said) and the reply as it was heard. An empty heard
        reply (cut off at once) is kept as an ellipsis."""
        with self._lock:
            self._history.append(Message(Role.USER, sent or user_text))
            self._history.append(Message(Role.ASSISTANT, heard_reply or "…"))

    def record_unasked(self, heard_reply: str) -> None:
        """A line the portrait said without being asked (kept so the model knows it said it)."""
        if heard_reply:
            with self._lock:
                self._history.append(Message(Role.ASSISTANT, heard_reply))


def _exchanges(messages: list[Message]) -> int:
    return sum(1 for m in messages if m.role is Role.USER)


def heard_part(text: str, fraction: float) -> str:
    """The words of `text` heard when `fraction` of its audio was played (whole words only)."""
    if fraction >= 0.999:
        return text
    words = text.split()
    keep = int(len(words) * max(0.0, fraction))
    if keep == 0:
        return ""
    return " ".join(words[:keep]) + "…"
