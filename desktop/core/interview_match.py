"""Whether what the family says now asks an interview question the person answered.

Pure. Each answered question is known by the words it was asked in and the ways the question
set says the family might ask it ("How did you meet Dad?"). The family's words match when they
share at least MIN_SHARED content words with one of those (each Chinese character counting as
one) and the Dice overlap reaches MIN_OVERLAP; the best match wins. Little words that every
question has are left out first, and so are the names the family calls the portrait by ("Mum",
"妈妈") from what they said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core.grounding import content_terms

MIN_OVERLAP = 0.55
MIN_SHARED = 2
_LITTLE = frozenset(
    "did does do tell me please ever about like were "  # noqa: SIM905
    "的 了 吗 呢 吧 啊 呀 你 我 是 在 就 都 也 还 么 说 那 这 个".split()
)


@dataclass(frozen=True, slots=True)
class AnsweredQuestion:
    """An answer of the interview, by the ways its question can be asked."""

    answer_id: int
    question_id: str
    phrasings: tuple[str, ...]  # the question as asked, and the set's other ways of asking


@dataclass(frozen=True, slots=True)
class AnswerMatch:
    answer_id: int
    question_id: str
    overlap: float


_NOW = re.compile(
    r"\b(today|tonight|yesterday|this (morning|afternoon|evening|week))\b|今天|昨天|今晚|现在"
)


def _about_now(asked: str) -> bool:
    """A question about today ("Did you go to work today?") is not one about their life,
    though it may share the one word of a question's phrasing ("Tell me about your work")."""
    return _NOW.search(asked.lower()) is not None


def _terms(text: str, ignore: frozenset[str]) -> set[str]:
    return {t for t in content_terms(text) if t not in _LITTLE and t not in ignore}


def overlap(asked: str, phrasing: str, ignore: Iterable[str] = ()) -> tuple[float, bool]:
    """The Dice overlap between what was asked and one phrasing of a question, and whether
    they share enough words (MIN_SHARED; a phrasing of one word only matches that word)."""
    names = frozenset(t for w in ignore for t in content_terms(w))
    said, question = _terms(asked, names), _terms(phrasing, frozenset())
    if not said or not question:
        return 0.0, False
    shared = len(said & question)
    single = len(question) == 1 and said == question and not _about_now(asked)
    enough = shared >= MIN_SHARED or single
    return 2 * shared / (len(said) + len(question)), enough


def match_answer(
    asked: str, answered: Sequence[AnsweredQuestion], ignore: Iterable[str] = ()
) -> AnswerMatch | None:
    """The answered question that `asked` asks, if any. `ignore`: the portrait's names."""
    names = tuple(ignore)
    best: AnswerMatch | None = None
    for candidate in answered:
        for phrasing in candidate.phrasings:
            score, enough = overlap(asked, phrasing, names)
            if not enough or score < MIN_OVERLAP:
                continue
            if best is None or score > best.overlap:
                best = AnswerMatch(candidate.answer_id, candidate.question_id, round(score, 3))
    return best
