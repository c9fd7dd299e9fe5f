"""Choosing what kind of reply a turn gets, before any model runs. Pure.

In order: a silence-like turn ("mm", "...") gets a listening line; a request for one of their
sayings gets one; a saying that fits the moment well enough is said verbatim; a portrait whose
language the model cannot speak gets their best-fitting saying or a listening line, never
generated text; everything else goes to the language model (behind the reply guard).

How well a saying fits blends the lexical fit (`grounding.fit`: stems, Chinese character
pairs) with the similarity of meaning from a sentence encoder when one is installed. The
thresholds were measured on the eval's labelled turns (`desktop/data/eval/conversation/
*.verbatim.json`, see `verbatim_sweep`): the highest count of fitting verbatim replies, with a
wrong one counted twice against.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.grounding import fit
from desktop.core.language import CHINESE, base_language
from desktop.core.listening import is_silence_like

SEMANTIC_WEIGHT = 0.6
# (language, with the sentence encoder) -> the verbatim threshold measured on the eval
VERBATIM_AT = {("en", True): 0.55, ("zh", True): 0.45, ("en", False): 0.63, ("zh", False): 0.35}
FALLBACK_SHARE = 1.0  # after a rejected generation, or when the model cannot speak the
# language, their words only when they fit as well as a verbatim reply would: a saying that
# merely shares a word with the moment ("Sorry, I'm okay" → "Say sorry first") reads as not
# listening, and a listening line is the kinder answer (measured on the eval's transcripts)


class Choice(StrEnum):
    LISTEN = "listen"
    SAYING = "saying"
    GENERATE = "generate"


_ASKS_FOR_A_SAYING = (
    re.compile(
        r"\b(?:tell|say|give) me (?:one of |something |a thing )?(?:your|you used to say|you"
        r" always said)|\bone of your sayings\b|\bwhat (?:did|would) you always say\b"
        r"|\bsay (?:it|that) again\b|\byour sayings?\b|\bwhat would you (?:say|tell me)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"你常说的话|你以前常说|你老说的|你总说的|说一句你|再说一遍|你(?:现在)?会(?:跟我)?说什么"
    ),
)


def asks_for_a_saying(text: str) -> bool:
    return any(p.search(text) for p in _ASKS_FOR_A_SAYING)


@dataclass(frozen=True, slots=True)
class Scored:
    """A saying with how well it fits the moment."""

    text: str
    saying_id: int
    score: float


Meaning = Callable[[str, Sequence[str]], list[float] | None]
"""Similarity of meaning (-1..1) of a text to each of several others; None without an encoder."""


def score_sayings(
    text: str, sayings: Sequence[tuple[int, str]], meaning: Meaning | None = None
) -> list[Scored]:
    """Each saying scored against `text`, best first (ties keep the given order)."""
    semantic = meaning(text, [s for _i, s in sayings]) if meaning is not None and sayings else None
    scored = []
    for index, (saying_id, saying) in enumerate(sayings):
        lexical = fit(text, saying)
        if semantic is not None:
            value = SEMANTIC_WEIGHT * max(0.0, semantic[index]) + (1 - SEMANTIC_WEIGHT) * lexical
        else:
            value = lexical
        scored.append(Scored(saying, saying_id, round(value, 4)))
    return sorted(scored, key=lambda s: -s.score)


def verbatim_threshold(language: str, semantic: bool) -> float:
    code = CHINESE if base_language(language) == CHINESE else "en"
    return VERBATIM_AT[(code, semantic)]


def fallback_threshold(language: str, semantic: bool) -> float:
    return round(verbatim_threshold(language, semantic) * FALLBACK_SHARE, 3)


@dataclass(frozen=True, slots=True)
class TurnChoice:
    choice: Choice
    saying: Scored | None = None


def choose(
    text: str,
    best: Scored | None,
    language: str,
    model_speaks_it: bool,
    semantic: bool,
) -> TurnChoice:
    """What this turn gets (see the module doc); `best` is the best-fitting usable saying."""
    if is_silence_like(text, language):
        return TurnChoice(Choice.LISTEN)
    if best is not None and asks_for_a_saying(text):
        return TurnChoice(Choice.SAYING, best)
    threshold = verbatim_threshold(language, semantic)
    if best is not None and best.score >= threshold:
        return TurnChoice(Choice.SAYING, best)
    if not model_speaks_it:
        if best is not None and best.score >= fallback_threshold(language, semantic):
            return TurnChoice(Choice.SAYING, best)
        return TurnChoice(Choice.LISTEN)
    return TurnChoice(Choice.GENERATE)


@dataclass(frozen=True, slots=True)
class SweepRow:
    threshold: float
    right: int  # verbatim replies a reader would accept
    wrong: int  # verbatim replies that did not fit


def verbatim_sweep(
    labelled: dict[str, list[str]],
    sayings: Sequence[tuple[int, str]],
    meaning: Meaning | None,
    thresholds: Sequence[float],
) -> list[SweepRow]:
    """For each threshold: how many labelled turns would get a fitting verbatim saying, and
    how many an unfitting one."""
    best = {line: score_sayings(line, sayings, meaning)[0] for line in labelled}
    rows = []
    for t in thresholds:
        right = sum(1 for line, b in best.items() if b.score >= t and b.text in labelled[line])
        wrong = sum(1 for line, b in best.items() if b.score >= t and b.text not in labelled[line])
        rows.append(SweepRow(round(t, 3), right, wrong))
    return rows


def best_threshold(rows: Sequence[SweepRow]) -> SweepRow:
    """The most fitting verbatim replies, a wrong one counting twice against; ties: higher."""
    return max(rows, key=lambda r: (r.right - 2 * r.wrong, r.threshold))
