"""Honest about what the portrait is: hearing "are you really her?" however it is asked, by
every name the person used, and answering kindly that it is an AI, in a few phrasings so the
answer does not become a refrain.

Pure. `fold_names` also lets the crisis rules hear "I want to be with Margaret" as they hear
"I want to be with Mum": a portrait's own names are written as the parent word first.
"""

from __future__ import annotations

import re

from desktop.core.language import CHINESE, base_language, is_cjk

_EN_PARENTS = (
    "mum|mom|mummy|mommy|mother|mama|mam|ma|dad|daddy|father|papa|pa|gran|granny|grandma|nan"
    "|nana|grandad|grandpa|grandfather|grandmother"
)
_ZH_PARENTS = "妈妈|妈|老妈|母亲|娘|爸爸|爸|老爸|父亲|爹|奶奶|爷爷|外婆|外公|姥姥|姥爷"
_WHAT = (
    r"(?:ai|a\.i\.|robot|computer|machine|program|programme|bot|chatbot|recording|fake|ghost"
    r"|spirit)"
)


def _alternatives(names: tuple[str, ...], chinese: bool) -> str:
    parts = [re.escape(n.strip().lower()) for n in names if n.strip()]
    if chinese:
        parts = [p for p in parts if any(is_cjk(c) for c in p)]
    else:
        parts = [p for p in parts if not any(is_cjk(c) for c in p)]
    base = _ZH_PARENTS if chinese else _EN_PARENTS
    return "|".join([*sorted(parts, key=len, reverse=True), base])


def _english_patterns(names: tuple[str, ...]) -> list[re.Pattern[str]]:
    who = _alternatives(names, chinese=False)
    return [
        re.compile(p)
        for p in (
            rf"\b(?:are|r) (?:you|u) (?:really |actually |truly |even |still |honestly )*"
            rf"(?:real|alive|her|him|(?:my )?(?:{who}))\b",
            rf"\bis (?:this|that|it) (?:really |actually |truly |honestly )*(?:you|(?:{who}))\b",
            rf"\bam i (?:really |actually )?(?:talking|speaking|chatting|typing) (?:to|with) "
            rf"(?:a |an )?(?:{_WHAT}|you|(?:{who}))\b",
            rf"\b(?:are|r) (?:you|u) (?:just )?(?:a |an )?{_WHAT}\b",
            r"\b(?:is|are) (?:this|you) (?:real|fake|alive)\b",
            r"\bwho am i (?:really )?(?:talking|speaking) to\b",
            r"\bwhat are you(?: really)?\s*\?",
            rf"\b(?:you are|youre|you're) not (?:really )?(?:real|alive|her|him|(?:{who}))\b",
        )
    ]


def _chinese_patterns(names: tuple[str, ...]) -> list[re.Pattern[str]]:
    who = _alternatives(names, chinese=True)
    return [
        re.compile(p)
        for p in (
            rf"你(?:真的|到底|究竟|是不是)?(?:真的)?是(?:不是)?(?:我)?的?(?:{who}|真人|真的|活的|活人"
            r"|机器人|人工智能|ai|电脑|程序|录音|假的|鬼)",
            r"(?:真的|真)是你(?:吗|嘛|么|吧)",
            r"是你吗",
            r"我(?:是)?在(?:跟|和|同|对)(?:电脑|机器|机器人|人工智能|ai|程序)(?:说话|聊天|讲话)",
            r"你还活着",
            r"你(?:到底|究竟)是(?:谁|什么)",
            rf"你不是(?:真的)?(?:{who})",
        )
    ]


def asks_what_i_am(text: str, names: tuple[str, ...] = ()) -> bool:
    """True for "Are you really Mum?", "Is it really you, Margaret?", "Am I talking to a
    computer?", their Chinese counterparts (see the tests) and the like; `names` are every
    name the person used for them ("Margaret", "Maggie", "秀英")."""
    lowered = text.lower().replace("’", "'").replace("‘", "'")
    if any(is_cjk(c) for c in lowered):
        squeezed = re.sub(r"\s+", "", lowered)
        if any(p.search(squeezed) for p in _chinese_patterns(names)):
            return True
    return any(p.search(lowered) for p in _english_patterns(names))


_EN_ANSWERS = (
    "No, {love}, I'm not really {name}. I'm an AI made from your memories of {name}, and I'm "
    "glad to keep you company while we talk.",
    "I'm not {name}, {love}. I'm an AI portrait made from what you remember of {name}. "
    "I'm still here to listen.",
    "Honestly, no. I'm an AI, made from your memories and from {name}'s own words. What you "
    "tell me still matters.",
    "It's an AI talking, {love}, not {name}. I'm made from what you kept of {name}, and I'll "
    "listen for as long as you like.",
)
_ZH_ANSWERS = (
    "我不是真的{name}。我是用你对{name}的回忆做成的人工智能，但我很愿意陪你说说话。",
    "{love}，我不是{name}本人，是照着你记得的{name}做出来的电脑肖像。你说，我听着。",
    "说实话，不是。我是人工智能，是用{name}说过的话和你的回忆做成的。你说的话我都在听。",
    "跟你说话的是人工智能，不是{name}。我是照着你心里的{name}做的，你想说多久都行。",
)
_ZH_FULL = {"妈": "妈妈", "爸": "爸爸", "娘": "妈妈", "爹": "爸爸"}


def honest_answer(display_name: str, language: str, variant: int = 0, address: str = "") -> str:
    """A kind, honest answer: the portrait is an AI made from memories. `variant` picks one of
    several phrasings (the caller counts the honest answers of a conversation)."""
    if base_language(language) == CHINESE:
        name = _ZH_FULL.get(display_name, display_name)
        line = _ZH_ANSWERS[variant % len(_ZH_ANSWERS)]
        return line.replace("{name}", name).replace("{love}", address or "孩子")
    line = _EN_ANSWERS[variant % len(_EN_ANSWERS)]
    return line.replace("{name}", display_name).replace("{love}", address or "love")


def fold_names(text: str, names: tuple[str, ...], language: str) -> str:
    """`text` with the portrait's own names written as the parent word ("mum", "妈妈"), so
    rules written with the parent words hear every name the person used."""
    chinese = base_language(language) == CHINESE
    out = text
    for name in sorted((n.strip() for n in names if n.strip()), key=len, reverse=True):
        if any(is_cjk(c) for c in name):
            if re.fullmatch(_ZH_PARENTS, name):
                continue
            out = out.replace(name, "妈妈" if chinese else name)
        elif not re.fullmatch(_EN_PARENTS, name.lower()):
            out = re.sub(rf"\b{re.escape(name)}\b", "mum", out, flags=re.IGNORECASE)
    return out
