"""The portrait's mind for a small model: a short system prompt and real exchanges as examples.

Pure. A 135M-parameter model follows concrete, positive instructions and copies examples far
better than it follows rules, so the prompt says plainly who speaks to whom and how they
addressed each other, gives a few of their real sayings and of the person's memories, and sets
the stance of a listener (short replies, one gentle question at a time). Their real exchanges
(what was said to them, what they answered) follow as example turns. All of it is the fixed
prefix of every prompt, evaluated once per conversation.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.conversation import Message, PersonaVoice, Role
from desktop.core.language import CHINESE, base_language

MAX_SAYINGS = 8
MAX_MEMORIES = 4
MAX_EXAMPLES = 4
MAX_PIECE_CHARS = 180
_DEFAULT_STYLE = PersonaVoice().style


@dataclass(frozen=True, slots=True)
class Mind:
    system: str
    examples: tuple[Message, ...]


def _short(text: str, limit: int = MAX_PIECE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;: ") + "…"


def _relation_en(relationship: str) -> str:
    r = relationship.strip().lower()
    return r if r and r != "parent" else "parent"


def build_mind(persona: PersonaVoice, farewell: bool = False) -> Mind:
    if base_language(persona.language) == CHINESE:
        system = _chinese(persona, farewell)
    else:
        system = _english(persona, farewell)
    examples: list[Message] = []
    for said_to_them, answer in persona.examples[:MAX_EXAMPLES]:
        if said_to_them.strip() and answer.strip():
            examples.append(Message(Role.USER, _short(said_to_them)))
            examples.append(Message(Role.ASSISTANT, _short(answer)))
    return Mind(system, tuple(examples))


def _english(persona: PersonaVoice, farewell: bool) -> str:
    me = persona.name or persona.display_name
    child = persona.user_name or "your child"
    calls = persona.display_name
    address = " or ".join(a for a in (*persona.address, persona.user_name) if a) or "love"
    lines = [
        f"You are an AI portrait of {me}, {child}'s {_relation_en(persona.relationship)}, "
        f"talking with {child}, who misses you. {child} calls you {calls}; you call "
        f"{'them' if child == 'your child' else child} {address}.",
        f"You speak as {me} did: {persona.style}.",
        "You mostly listen. Answer in one or two short, kind sentences about what they just "
        "told you, and sometimes ask one gentle question. Talk about their life, not yours.",
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
        quoted = " | ".join(_short(s) for s in persona.sayings[:MAX_SAYINGS])
        lines.append(f"Things you often said: {quoted}")
    if persona.memories:
        remembered = " | ".join(_short(m) for m in persona.memories[:MAX_MEMORIES])
        lines.append(f"{child[:1].upper() + child[1:]} remembers: {remembered}")
    return "\n".join(lines)


def _chinese(persona: PersonaVoice, farewell: bool) -> str:
    me = persona.name or persona.display_name
    child = persona.user_name or "你的孩子"
    address = "、".join(a for a in (*persona.address, persona.user_name) if a) or "孩子"
    style = persona.style if persona.style != _DEFAULT_STYLE else "温暖、体贴、实在；句子简短"
    lines = [
        f"你是{me}的 AI 肖像，正在和想念你的{child}说话。{child}叫你“{persona.display_name}”，"
        f"你叫对方“{address}”。",
        f"请像{me}那样说话：{style}。",
        "请用简体中文回答。你主要是倾听：针对对方刚说的话，用一两句简短、温和的口语回应，"
        "有时问一个关心的问题。说对方的生活，不说你自己的。",
        "如果对方问你是不是真的还活着、是不是真的本人，请温和而诚实地说你是根据回忆做成的 AI。",
        "如果对方似乎有危险或谈到伤害自己，请温和地劝他们马上联系信任的人或心理危机热线。",
    ]
    if farewell:
        lines.append(
            "这是你们最后一次对话：对方是来告别的。请倾听，告诉他们你爱他们，放手去好好生活没有关系。"
        )
    if persona.sayings:
        lines.append("你常说的话：" + " | ".join(_short(s) for s in persona.sayings[:MAX_SAYINGS]))
    if persona.memories:
        lines.append(
            f"{child}记得：" + " | ".join(_short(m) for m in persona.memories[:MAX_MEMORIES])
        )
    return "\n".join(lines)
