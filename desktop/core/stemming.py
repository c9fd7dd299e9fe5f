"""A light English stemmer, so "raining", "rained" and "rains" all meet "rain".

Pure. Not Porter: it only has to put the forms a person uses in a chat on one stem, the same
way on both sides of a comparison (the stem need not be a word: "making" and "make" are both
"mak"). The vault's full-text index matches substrings (trigram tokenizer), so searching for a
stem finds every form of it.
"""

from __future__ import annotations

import functools

_IRREGULAR = {
    "made": "make",
    "ate": "eat",
    "eaten": "eat",
    "went": "go",
    "gone": "go",
    "told": "tell",
    "said": "say",
    "says": "say",
    "thought": "think",
    "brought": "bring",
    "bought": "buy",
    "felt": "feel",
    "kept": "keep",
    "slept": "sleep",
    "left": "leave",
    "lost": "lose",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "came": "come",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "wrote": "write",
    "written": "write",
    "sat": "sit",
    "spoke": "speak",
    "taught": "teach",
    "caught": "catch",
    "fought": "fight",
    "children": "child",
    "kids": "kid",
    "mice": "mouse",
    "feet": "foot",
    "teeth": "tooth",
    "men": "man",
    "women": "woman",
    "worse": "bad",
    "worst": "bad",
    "better": "good",
    "best": "good",
    "mum's": "mum",
    "mom's": "mom",
    "dad's": "dad",
    "mummy": "mum",
    "mommy": "mom",
    "mother": "mum",
    "mom": "mum",
    "daddy": "dad",
    "father": "dad",
    "grandma": "gran",
    "granny": "gran",
    "nana": "gran",
    "nan": "gran",
}
_DOUBLE = frozenset("bdfgklmnprtz")
_VOWELS = frozenset("aeiouy")


def _undouble(stem: str) -> str:
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] in _DOUBLE and stem[-1] not in "l":
        return stem[:-1]
    return stem


def _has_vowel(stem: str) -> bool:
    return any(c in _VOWELS for c in stem)


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The stem of one lower-case English word ("raining" → "rain", "worries" → "worri")."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _IRREGULAR.get(w, w)
    if len(w) <= 3:
        return w
    for suffix, keep in (("ies", "i"), ("ied", "i"), ("iness", "i"), ("ily", "i")):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            return w[: -len(suffix)] + keep
    for suffix in ("ings", "ing", "edly", "ed", "ness", "ful", "ly", "es", "s"):
        if not w.endswith(suffix):
            continue
        base = w[: -len(suffix)]
        if len(base) < 3 or not _has_vowel(base):
            continue
        if suffix == "s" and base.endswith(("s", "u", "i")):  # "glass", "bus", "taxis"
            continue
        if suffix == "es" and not base.endswith(("sh", "ch", "x", "ss", "z", "o")):
            base = w[:-1]  # "makes" → "make", then the final e goes below
        w = _undouble(base) if suffix in ("ing", "ings", "ed", "edly") else base
        break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    elif w.endswith("y") and len(w) > 3 and w[-2] not in _VOWELS:
        w = w[:-1] + "i"  # "worry" meets "worries", "happy" meets "happily"
    return w
