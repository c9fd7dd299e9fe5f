"""Bringing the synthetic voice toward a person's recordings: pitch and speaking rate."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.voice.voice_match import (
    VoiceAdjustment,
    count_syllables,
    fit_voice,
    measure,
    pitch_shift,
    time_stretch,
)
from tests.voice_helpers import shared_adapters

pytestmark = pytest.mark.slow

SENTENCES = (
    "I went to the market this morning and bought apples and pears for you.",
    "Remember to wear your warm coat when you go out tonight.",
)


def test_pitch_shift_keeps_duration_and_the_measures_follow_known_changes() -> None:
    tts = shared_adapters().tts
    chunk = tts.synthesize(SENTENCES[0])
    base = measure(chunk.audio, chunk.sample_rate, SENTENCES[0])
    higher = pitch_shift(chunk.audio, chunk.sample_rate, 4.0)
    assert len(higher) == len(chunk.audio)
    shifted = measure(higher, chunk.sample_rate, SENTENCES[0])
    assert shifted.f0_hz / base.f0_hz == pytest.approx(2 ** (4 / 12), rel=0.04)
    slower = measure(
        time_stretch(chunk.audio, 1.25, chunk.sample_rate), chunk.sample_rate, SENTENCES[0]
    )
    assert slower.syllables_per_s / base.syllables_per_s == pytest.approx(0.8, rel=0.05)
    assert count_syllables("Have you eaten yet") == 5 and count_syllables("你吃饭了吗") == 5


HELD_OUT = "Have you eaten yet? Come home early, the soup is ready for you."


def test_after_adaptation_pitch_is_within_10_percent_and_rate_within_15() -> None:
    """Fit on two of their recordings; compare on a third sentence they also said."""
    tts = shared_adapters().tts

    def their_voice(text: str) -> tuple[np.ndarray, int, str]:
        # "Their" recordings: a different voice, made here by shifting and speeding Piper's.
        tts.adjust(0.72, 0.0)
        try:
            chunk = tts.synthesize(text)
        finally:
            tts.adjust(1.0, 0.0)
        return pitch_shift(chunk.audio, chunk.sample_rate, 4.5), chunk.sample_rate, text

    clips = [their_voice(t) for t in SENTENCES]
    audio, rate, _text = their_voice(HELD_OUT)
    target = measure(audio, rate, HELD_OUT)
    plain = tts.synthesize(HELD_OUT)
    assert abs(measure(plain.audio, plain.sample_rate, HELD_OUT).f0_hz / target.f0_hz - 1) > 0.15

    def synthesize(text: str, adjustment: VoiceAdjustment) -> tuple[np.ndarray, int]:
        tts.adjust(adjustment.length_scale, adjustment.pitch_semitones)
        chunk = tts.synthesize(text)
        return chunk.audio, chunk.sample_rate

    try:
        adjustment = fit_voice(synthesize, clips)
        tts.adjust(adjustment.length_scale, adjustment.pitch_semitones)
        after = tts.synthesize(HELD_OUT)
    finally:
        tts.adjust(1.0, 0.0)
    result = measure(after.audio, after.sample_rate, HELD_OUT)
    assert result.f0_hz == pytest.approx(target.f0_hz, rel=0.10)
    assert result.syllables_per_s == pytest.approx(target.syllables_per_s, rel=0.15)
