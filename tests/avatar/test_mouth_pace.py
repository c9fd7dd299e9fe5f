"""The gap between the lips changes at a face's pace, whichever movement parts them."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

import numpy as np
import pytest
from skimage import data

from desktop.avatar.face import analyse_photo
from desktop.avatar.life import AvatarState
from desktop.avatar.photo import decode_photo
from desktop.avatar.render import Renderer
from desktop.avatar.visemes import (
    CURVE_RATE,
    GAP_RATE_IOD,
    JAW_GAP_RATE_IOD,
    JAW_RATE,
    LIP_SHAPE_RATE,
    TEETH_RATE,
    MouthPace,
    MouthShape,
    curve_from_phonemes,
)
from desktop.core.events import PhonemeTiming as P


def _grace() -> np.ndarray:
    raw = resources.files("desktop").joinpath("data/grace_hopper.jpg").read_bytes()
    return decode_photo(raw)


@pytest.mark.parametrize("photo", [data.astronaut, _grace], ids=["smiling", "closed-mouth"])
def test_neither_the_jaw_nor_the_pressing_lips_move_the_gap_faster_than_a_face(photo) -> None:
    image = photo()
    renderer = Renderer(image, analyse_photo(image).rig, 256)

    def gap(shape: MouthShape) -> float:
        return renderer.gap_iod(renderer.vertices(AvatarState(mouth=shape)))

    rest = gap(MouthShape())
    jaw, lips = gap(MouthShape(open=1.0)) - rest, rest - gap(MouthShape(press=1.0))
    pace = renderer.mouth_pace
    assert max(jaw, lips) * pace.jaw <= JAW_GAP_RATE_IOD + 1e-6
    assert lips * pace.lips <= GAP_RATE_IOD + 1e-6


@pytest.mark.parametrize("photo", [data.astronaut, _grace], ids=["smiling", "closed-mouth"])
def test_the_jaw_keeps_its_own_pace_to_follow_the_syllables(photo) -> None:
    # held to the pressing lips' pace the jaw opened at 3.4 strengths a second on both photos
    image = photo()
    renderer = Renderer(image, analyse_photo(image).rig, 256)
    spans = []
    for k in range(4):  # "ma ma ma ma", five syllables a second
        spans += [P("m", 0.1 + 0.2 * k, 0.07), P("ɑ", 0.17 + 0.2 * k, 0.13)]
    curve = curve_from_phonemes(spans, 1.0, renderer.mouth_pace)
    assert np.abs(np.diff(curve[:, 0])).max() * CURVE_RATE >= 0.95 * JAW_RATE


def test_the_lower_lip_goes_to_the_teeth_at_a_face_s_pace_and_still_gets_there() -> None:
    # "very far": the lip goes to the teeth between an r and a vowel
    spans = [P("v", 0.1, 0.06), P("ɛ", 0.16, 0.06), P("ɹ", 0.22, 0.04), P("i", 0.26, 0.05)]
    spans += [P("f", 0.31, 0.07), P("ɑ", 0.38, 0.08), P("ɹ", 0.46, 0.05)]
    curve = curve_from_phonemes(spans, 0.7)
    teeth = curve[:, 4]
    assert np.abs(np.diff(teeth)).max() <= TEETH_RATE / CURVE_RATE + 1e-5
    middle_of_f = round(0.345 * CURVE_RATE)
    assert teeth[middle_of_f] >= 0.3 and teeth[middle_of_f] == teeth[25:40].max()


def test_the_lips_round_and_spread_at_a_face_s_pace() -> None:
    # "I ... you": spread lips straight into rounded ones
    spans = [P("a", 0.1, 0.05), P("ɪ", 0.15, 0.06), P("j", 0.21, 0.04), P("u", 0.25, 0.08)]
    curve = curve_from_phonemes(spans, 0.5)
    for k in (1, 2):
        assert np.abs(np.diff(curve[:, k])).max() <= LIP_SHAPE_RATE / CURVE_RATE + 1e-5
    assert curve[:, 1].max() >= 0.5 and curve[:, 2].max() >= 0.5  # both still made


def _gap_speed(renderer: Renderer, curve: np.ndarray) -> float:
    """The fastest change of the gap the curve commands, in eye distances a second."""
    gaps = [
        renderer.gap_iod(renderer.vertices(AvatarState(mouth=MouthShape.from_array(row))))
        for row in curve
    ]
    return float(np.abs(np.diff(gaps)).max() * CURVE_RATE)


@pytest.mark.parametrize("photo", [data.astronaut, _grace], ids=["smiling", "closed-mouth"])
def test_the_jaw_the_lips_and_the_teeth_together_keep_the_gap_s_pace(photo) -> None:
    # "ah, ft...": the jaw closes from an open vowel as the lower lip goes to the teeth; with
    # the lip-to-teeth shape outside the limit the gap moved at 1.6 IOD a second
    image = photo()
    renderer = Renderer(image, analyse_photo(image).rig, 256)
    spans = [P("a", 0.1, 0.1), P("f", 0.2, 0.05), P("t", 0.25, 0.04), P("a", 0.29, 0.1)]
    pace = renderer.mouth_pace
    assert 0.3 <= pace.teeth_share <= 0.6  # 0.08 of 0.19 IOD a strength on both photos
    curve = curve_from_phonemes(spans, 0.6, pace)
    assert _gap_speed(renderer, curve) <= 1.05 * JAW_GAP_RATE_IOD
    loose = curve_from_phonemes(spans, 0.6, replace(pace, teeth_share=0.0))
    assert _gap_speed(renderer, loose) >= 1.3 * JAW_GAP_RATE_IOD
    assert curve[round(0.225 * CURVE_RATE), 4] >= 0.3  # the f is still made


def test_the_opening_the_three_make_together_is_rate_limited() -> None:
    # a whole sentence of jaw, m, f and v: what the limit holds, in strengths a second
    spans, t = [], 0.1
    for ph in "mafəvimofaθvumɛfma":
        spans.append(P(ph, t, 0.055))
        t += 0.055
    pace = MouthPace(jaw=6.0, lips=4.0, teeth_share=0.43)
    curve = curve_from_phonemes(spans, t + 0.1, pace)
    opening = curve[:, 0] + (1 - curve[:, 3]) + pace.teeth_share * curve[:, 4]
    assert np.abs(np.diff(opening)).max() * CURVE_RATE <= pace.jaw + 1e-3
    assert curve[:, 4].max() >= 0.3 and curve[:, 3].max() >= 0.99 and curve[:, 0].max() >= 0.3
