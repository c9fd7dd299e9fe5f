"""Bringing the synthetic voice toward a person's recordings: pitch and speaking rate."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.models.catalogue import ModelRole, default_for
from desktop.models.verify import locate
from desktop.voice.tts import PiperSpeaker
from desktop.voice.voice_match import (
    VoiceAdjustment,
    count_syllables,
    fit_voice,
    measure,
    pitch_shift,
    target_profile,
    time_stretch,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tts() -> PiperSpeaker:
    """The default voice without its random variation, so every run measures the same audio."""
    folder = locate(default_for(ModelRole.TEXT_TO_SPEECH))
    assert folder is not None
    speaker = PiperSpeaker(folder / "en_US-joe-medium.onnx", noise_scale=0.0, noise_w_scale=0.0)
    speaker.load()
    return speaker


SENTENCES = (
    "I went to the market this morning and bought apples and pears for you.",
    "Remember to wear your warm coat when you go out tonight.",
)


def test_pitch_shift_keeps_duration_and_the_measures_follow_known_changes(
    tts: PiperSpeaker,
) -> None:
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


def test_after_adaptation_pitch_is_within_10_percent_and_rate_within_15(tts: PiperSpeaker) -> None:
    """The adapted voice, saying their words, measures like their clips; and generalises."""

    def their_voice(text: str) -> tuple[np.ndarray, int, str]:
        # "Their" recordings: a different voice, made here by shifting and speeding Piper's.
        tts.adjust(0.72, 0.0)
        try:
            chunk = tts.synthesize(text)
        finally:
            tts.adjust(1.0, 0.0)
        return pitch_shift(chunk.audio, chunk.sample_rate, 4.5), chunk.sample_rate, text

    def synthesize(text: str, adjustment: VoiceAdjustment) -> tuple[np.ndarray, int]:
        tts.adjust(adjustment.length_scale, adjustment.pitch_semitones)
        chunk = tts.synthesize(text)
        return chunk.audio, chunk.sample_rate

    clips = [their_voice(t) for t in SENTENCES]
    target = target_profile(clips)
    words = " ".join(SENTENCES)
    plain = measure(*synthesize(words, VoiceAdjustment()), words)
    assert abs(plain.f0_hz / target.f0_hz - 1) > 0.15  # far apart to begin with
    try:
        adjustment = fit_voice(synthesize, clips)
        adapted = measure(*synthesize(words, adjustment), words)
        held_audio, held_rate, _ = their_voice(HELD_OUT)
        held_target = measure(held_audio, held_rate, HELD_OUT)
        held = measure(*synthesize(HELD_OUT, adjustment), HELD_OUT)
    finally:
        tts.adjust(1.0, 0.0)
    # The criterion: the adapted voice against their clips' median F0 and speaking rate.
    assert adapted.f0_hz == pytest.approx(target.f0_hz, rel=0.10)
    assert adapted.syllables_per_s == pytest.approx(target.syllables_per_s, rel=0.15)
    # And on a sentence the fit never saw (looser: sentences differ in their own melody).
    assert held.f0_hz == pytest.approx(held_target.f0_hz, rel=0.15)
    assert held.syllables_per_s == pytest.approx(held_target.syllables_per_s, rel=0.15)
