"""How alike two short texts are, the same way for the reply guard and the conversation eval.

Pure. English is compared word by word (lower case, punctuation dropped), Chinese character by
character; the measure is difflib's ratio over those units (1.0: the same words in the same
order).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from desktop.core.language import is_cjk

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
NEAR_REPEAT = 0.8  # the definition: a reply at least 0.8 similar to an earlier one


def units(text: str) -> list[str]:
    """The units compared: Chinese characters and English words, in order."""
    lowered = text.lower().replace("’", "'")
    out: list[str] = []
    for token in re.findall(r"[a-z0-9']+|[^\sa-z0-9']", lowered):
        if (len(token) == 1 and is_cjk(token)) or _WORD.fullmatch(token):
            out.append(token)
    return out


def similarity(a: str, b: str) -> float:
    """0..1; two empty texts are not alike (0)."""
    ua, ub = units(a), units(b)
    if not ua or not ub:
        return 0.0
    return SequenceMatcher(None, ua, ub, autojunk=False).ratio()


def most_similar(text: str, others: list[str] | tuple[str, ...]) -> float:
    """The highest similarity of `text` to any of `others` (0 when there are none)."""
    return max((similarity(text, o) for o in others), default=0.0)
