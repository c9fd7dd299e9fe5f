"""Piper's phoneme timings folded into the sounds a mouth makes.

Piper (espeak's IPA) times every character of its phoneme string, marks included: the
stress marks before a vowel (U+02C8, U+02CC), the length mark after one (U+02D0),
palatalisation (U+02B2), tone letters and digits, combining marks. None of them is a sound
of its own, but each gets samples, and those samples are loud: on the default voice, over
the bench's ten sentences, the audio under a stress mark is as loud as the vowel it precedes
(0.99 of a median vowel in its first half, 1.38 in its second: the vowel's onset), and under
a length mark as loud as the vowel it lengthens (1.03, then 0.78). Shown as a mouth at rest
they shut the lips in the middle of a vowel ("worry": w, then 70 ms of the stress mark, then
23 ms of the vowel) and the mouth closed before the voice did. So a stress mark's span is
given to the sound after it, and a mark that modifies a sound to the sound before it. Word
spaces and punctuation stay what they are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from desktop.core.events import PhonemeTiming

BEFORE = frozenset("ˈˌ")  # marks that belong to the sound after them (stress)
AFTER = frozenset("ːˑ˥˦˧˨˩ʰʲʷ0123456789")  # marks that modify the sound before them
PAUSES = frozenset(" ^$_-.,!?;:")


def _is_mark(phoneme: str, marks: frozenset[str]) -> bool:
    chars = [c for c in unicodedata.normalize("NFD", phoneme) if c not in marks]
    return bool(phoneme) and all(unicodedata.category(c) == "Mn" for c in chars)


def _is_sound(phoneme: str) -> bool:
    return not _is_mark(phoneme, BEFORE | AFTER) and not all(c in PAUSES for c in phoneme)


def articulated(phonemes: Sequence[PhonemeTiming]) -> list[PhonemeTiming]:
    """The sounds of `phonemes` with the marks' spans joined to them: a stress mark's to the
    sound after it, a modifier's to the sound before it. A mark with no sound to join (a
    stress mark before a pause, a length mark after one) stays as it is, a mouth at rest."""
    out: list[PhonemeTiming] = []
    held: list[PhonemeTiming] = []  # stress marks waiting for their sound
    for p in phonemes:
        if _is_mark(p.phoneme, BEFORE):
            held.append(p)
            continue
        if _is_sound(p.phoneme):
            start = held[0].start_s if held else p.start_s
            out.append(PhonemeTiming(p.phoneme, start, p.start_s + p.duration_s - start))
            held.clear()
            continue
        out.extend(held)
        held.clear()
        if _is_mark(p.phoneme, AFTER) and out and _is_sound(out[-1].phoneme):
            last = out[-1]
            out[-1] = PhonemeTiming(
                last.phoneme, last.start_s, p.start_s + p.duration_s - last.start_s
            )
            continue
        out.append(p)
    out.extend(held)
    return out
