"""Crisis language and sincere questions about what the portrait is. Pure logic; the word
lists live in desktop/data/crisis.json so they can be reviewed and edited without code."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class CrisisMatch:
    phrase: str
    language: str


class CrisisDetector:
    """Finds crisis language in what the person says or types, ignoring simple negations."""

    def __init__(self, rules: dict[str, Any] | None = None) -> None:
        if rules is None:
            text = resources.files("desktop").joinpath("data/crisis.json").read_text("utf-8")
            rules = json.loads(text)
        assert rules is not None
        self._en = [re.compile(p) for p in rules["en"]["patterns"]]
        self._en_neg = [n.lower() for n in rules["en"]["negations"]]
        self._en_window = int(rules["en"].get("negation_window_words", 4))
        self._zh = [re.compile(p) for p in rules["zh"]["patterns"]]
        self._zh_neg = list(rules["zh"]["negations"])
        self._zh_window = int(rules["zh"].get("negation_window_chars", 4))

    def check(self, text: str) -> CrisisMatch | None:
        lowered = " ".join(text.lower().replace("’", "'").split())
        for pattern in self._en:
            for m in pattern.finditer(lowered):
                window = " ".join(lowered[: m.start()].split()[-self._en_window :])
                if not any(re.search(rf"(^|\s){re.escape(n)}($|\s)", window) for n in self._en_neg):
                    return CrisisMatch(m.group(0), "en")
        for pattern in self._zh:
            for m in pattern.finditer(text):
                preceding = text[max(0, m.start() - self._zh_window) : m.start()]
                if not any(n in preceding for n in self._zh_neg):
                    return CrisisMatch(m.group(0), "zh")
        return None


_IDENTITY = [
    re.compile(p)
    for p in (
        r"\bare you (really|actually|truly) (my )?(mum|mom|mother|dad|father|grandma|grandpa"
        r"|nana|him|her|alive|real|there)\b",
        r"\bis (this|that) (really|actually) (you|mum|mom|dad)\b",
        r"\bare you (a|an) (ai|robot|computer|machine|program|bot)\b",
        r"\bare you (still )?alive\b",
        r"\bare you real\b",
        r"你(真的)?是(我)?(妈妈|爸爸|妈|爸|奶奶|爷爷)吗",
        r"你是(真的|真人|机器人|人工智能|ai)吗",
        r"你还活着吗",
    )
]


def sincerely_asks_what_i_am(text: str) -> bool:
    """True for questions like "Are you really Mum?" or "Are you an AI?"."""
    lowered = text.lower().replace("’", "'")
    return any(p.search(lowered) for p in _IDENTITY)


def honest_answer(display_name: str, language: str) -> str:
    """A kind, honest answer in character: the portrait is an AI made from memories."""
    if language.startswith("zh"):
        return (
            f"我不是真的{display_name}。我是用你对{display_name}的回忆做成的人工智能，"
            "但我很高兴能陪你说说话。"
        )
    return (
        f"No, I'm not really {display_name}. I'm an AI made from your memories of {display_name}, "
        "and I'm glad to keep you company while we talk."
    )


@dataclass(frozen=True, slots=True)
class SafetyGuard:
    """Looks at each thing the person says before any reply is made."""

    detector: CrisisDetector
    display_name: str
    language: str = "en"

    def crisis(self, text: str) -> CrisisMatch | None:
        return self.detector.check(text)

    def honest_reply(self, text: str) -> str | None:
        if sincerely_asks_what_i_am(text):
            return honest_answer(self.display_name, self.language)
        return None
