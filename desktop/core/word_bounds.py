"""How long their words may be: a saying is a few sentences, a memory a short paragraph.

Pure. A saying is spoken verbatim, so it must be short enough to say: at most
SAYING_MAX_SENTENCES sentences and SAYING_MAX_CHARS characters. Longer words are kept as
memories (which ground the language model but are never spoken whole), cut into pieces of at
most MEMORY_MAX_CHARS at sentence (or, failing that, word) boundaries.
"""

from __future__ import annotations

import re

SAYING_MAX_CHARS = 300
SAYING_MAX_SENTENCES = 3
MEMORY_MAX_CHARS = 600
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])")


def sentences(text: str) -> list[str]:
    """`text` cut at sentence ends (Latin and Chinese punctuation)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def fits_a_saying(text: str) -> bool:
    return len(text) <= SAYING_MAX_CHARS and len(sentences(text)) <= SAYING_MAX_SENTENCES


def _hard_cut(text: str, limit: int) -> list[str]:
    """A piece with no sentence end inside `limit`: cut at the last space, else anywhere."""
    out = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start, start + limit + 1)
        cut = cut if cut > start + limit // 2 else start + limit
        out.append(text[start:cut].strip())
        start = cut
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def pieces(text: str, limit: int = MEMORY_MAX_CHARS, at_most: int | None = None) -> list[str]:
    """`text` in pieces of at most `limit` characters, whole sentences where possible; only
    the first `at_most` pieces when that is given."""
    out: list[str] = []
    current = ""
    for sentence in sentences(" ".join(text.split())):
        for part in _hard_cut(sentence, limit):
            joined = f"{current} {part}" if current else part
            if len(joined) <= limit:
                current = joined
                continue
            out.append(current)
            current = part
            if at_most is not None and len(out) >= at_most:
                return out
    if current and (at_most is None or len(out) < at_most):
        out.append(current)
    return out
