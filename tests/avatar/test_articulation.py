"""Piper's stress and length marks are part of the sounds around them, not a mouth at rest."""

from __future__ import annotations

import numpy as np

from desktop.avatar.articulation import articulated
from desktop.avatar.measure import bilabial_times
from desktop.avatar.visemes import SHAPES, Viseme, curve_from_phonemes, viseme_for
from desktop.core.events import PhonemeTiming as P


def test_a_stress_mark_joins_the_sound_after_it_and_a_length_mark_the_one_before() -> None:
    # "worry" as Piper times it: w, 70 ms of stress mark, then 23 ms of the vowel
    spans = [P("w", 0.44, 0.023), P("ˈ", 0.463, 0.07), P("ʌ", 0.533, 0.023), P("ɹ", 0.556, 0.035)]
    assert [
        (p.phoneme, round(p.start_s, 3), round(p.duration_s, 3)) for p in articulated(spans)
    ] == [
        ("w", 0.44, 0.023),
        ("ʌ", 0.463, 0.093),
        ("ɹ", 0.556, 0.035),
    ]
    long_u = [P("d", 0.0, 0.05), P("u", 0.05, 0.05), P("ː", 0.1, 0.05), P("ʲ", 0.15, 0.03)]
    assert [(p.phoneme, round(p.duration_s, 3)) for p in articulated(long_u)] == [
        ("d", 0.05),
        ("u", 0.13),
    ]


def test_marks_with_no_sound_to_join_and_pauses_stay_as_they_are() -> None:
    spans = [P("ː", 0.0, 0.04), P("a", 0.04, 0.05), P(" ", 0.09, 0.04), P("ˈ", 0.13, 0.03)]
    spans += [P(",", 0.16, 0.1), P("a˥˩", 0.26, 0.08), P("5", 0.34, 0.02)]
    out = articulated(spans)
    assert [p.phoneme for p in out] == ["ː", "a", " ", "ˈ", ",", "a˥˩"]
    assert round(out[-1].duration_s, 3) == 0.1  # a tone digit lengthens its syllable
    assert articulated([]) == []


def test_the_mouth_stays_open_through_a_long_vowel_and_into_a_stressed_one() -> None:
    marked = [P("t", 0.0, 0.05), P("ˈ", 0.05, 0.07), P("ɑ", 0.12, 0.04), P("ː", 0.16, 0.08)]
    marked.append(P("t", 0.24, 0.05))
    plain = [P("t", 0.0, 0.05), P("ɑ", 0.05, 0.19), P("t", 0.24, 0.05)]
    assert np.allclose(curve_from_phonemes(marked, 0.4), curve_from_phonemes(plain, 0.4))


def test_bilabials_are_timed_on_the_same_spans_as_the_mouth() -> None:
    spans = [P("ˈ", 0.0, 0.06), P("m", 0.06, 0.04), P("a", 0.1, 0.05)]
    assert bilabial_times(spans) == [0.05]


def test_a_w_is_made_with_the_lips_not_the_jaw() -> None:
    assert viseme_for("w") is Viseme.PUCKER and viseme_for("u") is Viseme.ROUND
    pucker, o = SHAPES[Viseme.PUCKER], SHAPES[Viseme.ROUND]
    assert pucker.round >= 0.8 * o.round and pucker.open <= o.open / 4
