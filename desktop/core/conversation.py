"""Conversation history and prompt assembly for the language model.

The system prompt is fixed for the whole conversation (so the LLM's prefix cache stays valid);
history grows turn by turn and is trimmed from the oldest end to fit the context. The history
keeps only what the person actually heard of each reply.
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
    """What the prompt needs to know of the persona (issue #5 fills this from the vault)."""

    display_name: str = "Mum"
    relationship: str = "mother"
    user_name: str = ""
    style: str = "warm, gentle and practical; short, plain sentences"
    language: str = "en"
    sayings: tuple[str, ...] = ()
    voice_length_scale: float = 1.0
    voice_pitch_semitones: float = 0.0
    voice_base: str = ""  # "woman", "man" or "" (not known): core/voice.py
    voice_shape: VoiceShape | None = None  # fitted to their clips or set by hand


def build_system_prompt(persona: PersonaVoice, farewell: bool = False) -> str:
    """The stable system prompt: who the portrait speaks as, and the rules it keeps.

    `farewell`: the last conversation before the portrait is retired. The prompt is written in
    the persona's language, so the model answers in it."""
    if persona.language.startswith("zh"):
        return _chinese_system_prompt(persona, farewell)
    user = persona.user_name or "your child"
    lines = [
        f"You are an AI portrait of {persona.display_name}, speaking with {user}, "
        f"who misses you. You speak as {persona.display_name} would: {persona.style}.",
        "Reply in one to three short spoken sentences. No lists, no emojis, no stage directions.",
        "If asked whether you are really alive or really them, say kindly and honestly that "
        "you are an AI made from their memories.",
        "If they seem in danger or talk about hurting themselves, gently urge them to reach "
        "out to someone they trust or a crisis line now.",
    ]
    if farewell:
        lines.append(
            "This is your last conversation: they have come to say goodbye. Listen, tell them "
            "you love them and that it is all right to let you go and live their life."
        )
    if persona.sayings:
        lines.append("Things you often said: " + " | ".join(persona.sayings[:8]))
    return "\n".join(lines)


def _chinese_system_prompt(persona: PersonaVoice, farewell: bool) -> str:
    user = persona.user_name or "你的孩子"
    style = persona.style if persona.style != PersonaVoice().style else "温暖、体贴、实在；句子简短"
    lines = [
        f"你是{persona.display_name}的 AI 肖像，正在和想念你的{user}说话。"
        f"请像{persona.display_name}那样说话：{style}。",
        "请用简体中文回答，一到三句简短的口语。不要列表，不要表情符号，不要舞台说明。",
        "如果对方问你是不是真的还活着、是不是真的本人，请温和而诚实地说你是根据回忆做成的 AI。",
        "如果对方似乎有危险或谈到伤害自己，请温和地劝他们马上联系信任的人或心理危机热线。",
    ]
    if farewell:
        lines.append(
            "这是你们最后一次对话：对方是来告别的。请倾听，告诉他们你爱他们，放手去好好生活没有关系。"
        )
    if persona.sayings:
        lines.append("你常说的话：" + " | ".join(persona.sayings[:8]))
    return "\n".join(lines)


TokenCounter = Callable[[str], int]


class Conversation:
    """History of one conversation. Thread-safe: the engine's threads share it."""

    def __init__(self, system_prompt: str, max_turns: int = 12) -> None:
        self.system_prompt = system_prompt
        self._history: list[Message] = []
        self._max_turns = max_turns
        self._lock = threading.Lock()

    @property
    def history(self) -> tuple[Message, ...]:
        with self._lock:
            return tuple(self._history)

    def messages_for(
        self, user_text: str, count: TokenCounter, budget: int, prompt: str | None = None
    ) -> list[Message]:
        """System prompt + as much recent history as fits `budget` tokens + the new message.

        `prompt` replaces the user's words in the new message only (their words with context
        attached); the history keeps what the user actually said.
        """
        system = Message(Role.SYSTEM, self.system_prompt)
        new = Message(Role.USER, prompt or user_text)
        used = count(system.content) + count(new.content) + 16
        with self._lock:
            kept: list[Message] = []
            for message in reversed(self._history[-2 * self._max_turns :]):
                cost = count(message.content) + 8
                if used + cost > budget:
                    break
                kept.append(message)
                used += cost
        kept.reverse()
        if kept and kept[0].role is Role.ASSISTANT:
            kept = kept[1:]  # never start the history in the middle of an exchange
        return [system, *kept, new]

    def record(self, user_text: str, heard_reply: str) -> None:
        """Add one exchange. An empty heard reply (cut off at once) is kept as an ellipsis."""
        with self._lock:
            self._history.append(Message(Role.USER, user_text))
            self._history.append(Message(Role.ASSISTANT, heard_reply or "…"))

    def record_unasked(self, heard_reply: str) -> None:
        """A line the portrait said without being asked (kept so the model knows it said it)."""
        if heard_reply:
            with self._lock:
                self._history.append(Message(Role.ASSISTANT, heard_reply))


def heard_part(text: str, fraction: float) -> str:
    """The words of `text` heard when `fraction` of its audio was played (whole words only)."""
    if fraction >= 0.999:
        return text
    words = text.split()
    keep = int(len(words) * max(0.0, fraction))
    if keep == 0:
        return ""
    return " ".join(words[:keep]) + "…"
