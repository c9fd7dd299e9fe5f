"""Long silences inside a turn are shortened before Whisper reads it; speech never is."""

from __future__ import annotations

import numpy as np

from desktop.voice.audio import CAPTURE_RATE
from desktop.voice.shorter_pauses import KEPT_S, shorten_pauses


def _tone(seconds: float, level: float = 0.3) -> np.ndarray:
    t = np.arange(round(seconds * CAPTURE_RATE)) / CAPTURE_RATE
    return (level * np.sin(2 * np.pi * 220 * t)).astype(np.float32)


def _quiet(seconds: float, level: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(1)
    return (level * rng.standard_normal(round(seconds * CAPTURE_RATE))).astype(np.float32)


def test_a_long_pause_inside_is_shortened_and_the_speech_around_it_kept() -> None:
    before, after = _tone(1.0), _tone(0.8, 0.2)
    turn = np.concatenate([_quiet(0.5), before, _quiet(1.0, 0.001), after, _quiet(0.4)])
    shorter = shorten_pauses(turn)
    removed = (len(turn) - len(shorter)) / CAPTURE_RATE
    assert 1.0 - KEPT_S - 0.07 <= removed <= 1.0 - KEPT_S + 0.07
    loud = np.abs(shorter) > 0.05
    assert np.sum(loud) == np.sum(np.abs(turn) > 0.05)  # not one loud sample lost
    assert shorter[: round(0.5 * CAPTURE_RATE)].max() == 0.0  # the lead-in is untouched
    assert shorter.dtype == turn.dtype


def test_short_pauses_soft_speech_and_silence_alone_are_left_as_they_are() -> None:
    breath = np.concatenate([_tone(1.0), _quiet(0.3), _tone(1.0)])
    assert shorten_pauses(breath) is breath
    soft = np.concatenate([_tone(1.0), _tone(1.0, 0.05), _tone(1.0)])  # -16 dB: still speech
    assert shorten_pauses(soft) is soft
    nothing = _quiet(2.0)
    assert shorten_pauses(nothing) is nothing
    empty = np.zeros(0, dtype=np.float32)
    assert shorten_pauses(empty) is empty
