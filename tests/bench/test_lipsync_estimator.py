"""The lip-sync estimator of `keepsake bench --only avatar` finds a known lag between a mouth
and the loudness of what was played, to a millisecond or two (the bench's figure is only
as good as this)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from desktop.bench.avatar import _offset_figures
from desktop.bench.lipsync import (
    LAG_RANGE_MS,
    Curve,
    LagFit,
    best_lag,
    fit_lag,
    fit_lags,
    lag_scores,
)
from desktop.voice.file_devices import PlayedBlock

RATE = 22_050
BLOCK = 441  # 20 ms, as FileOutput plays


def _syllables(t: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """A speech-like loudness: syllables of uneven length and strength, pauses between."""
    env = np.zeros_like(t)
    for start, length, peak in (
        (0.2, 0.18, 1.0),
        (0.45, 0.12, 0.6),
        (0.7, 0.25, 0.9),
        (1.1, 0.09, 0.4),
        (1.3, 0.2, 0.8),
        (1.7, 0.15, 0.7),
    ):
        inside = (t >= start) & (t < start + length)
        env[inside] = peak * np.sin(np.pi * (t[inside] - start) / length)
    return env


@dataclass
class _Played:
    sample_rate: int
    audio: npt.NDArray[np.float32]
    played: list[PlayedBlock]

    @property
    def blocks(self) -> Sequence[PlayedBlock]:
        return self.played

    def recording(self) -> npt.NDArray[np.float32]:
        return self.audio


def _played(t0: float) -> _Played:
    n = int(2.2 * RATE) // BLOCK * BLOCK
    t = np.arange(n) / RATE
    noise = np.random.default_rng(3).normal(0, 1, n)
    audio = (_syllables(t) * noise * 0.3).astype(np.float32)
    blocks = [PlayedBlock(t0 + k * BLOCK / RATE, k * BLOCK, BLOCK, 0.3) for k in range(n // BLOCK)]
    return _Played(RATE, audio, blocks)


@pytest.mark.parametrize("lag_ms", [-17.0, 0.0, 6.5, 23.0])
def test_best_lag_finds_a_known_lag_of_the_mouth(lag_ms: float) -> None:
    t0 = 1000.0
    output = _played(t0)
    # a display sampling at about 100 Hz, unevenly, as a busy machine does
    times = t0 + np.cumsum(np.random.default_rng(4).uniform(0.008, 0.014, 180))
    mouth = np.sqrt(_syllables(times - t0 - lag_ms / 1000))
    samples = list(zip(times.tolist(), mouth.tolist(), strict=True))
    found = best_lag(output, samples)
    assert found is not None
    assert found == pytest.approx(lag_ms, abs=1.5)


def test_best_lag_needs_a_moving_mouth() -> None:
    output = _played(0.0)
    assert best_lag(output, [(0.01 * k, 0.0) for k in range(100)]) is None
    assert best_lag(output, [(0.01 * k, 0.5) for k in range(10)]) is None


def _sentence(seed: int) -> list[tuple[float, float, float]]:
    """(start, length, peak) syllables of uneven length and strength, from a seed."""
    rng = np.random.default_rng(seed)
    syllables, at = [], 0.2
    while at < 1.8:
        length = float(rng.uniform(0.08, 0.26))
        syllables.append((at, length, float(rng.uniform(0.4, 1.0))))
        at += length + float(rng.uniform(0.02, 0.12))
    return syllables


def _envelope(t: npt.NDArray[np.float64], syllables: list[tuple[float, float, float]]) -> Any:
    env = np.zeros_like(t)
    for start, length, peak in syllables:
        inside = (t >= start) & (t < start + length)
        env[inside] = peak * np.sin(np.pi * (t[inside] - start) / length)
    return env


def _utterance(
    syllables: list[tuple[float, float, float]],
    lag_ms: float,
    seed: int,
) -> Curve | str:
    """One sentence's correlation curve, its mouth `lag_ms` after its sound."""
    n = int(2.2 * RATE) // BLOCK * BLOCK
    t = np.arange(n) / RATE
    noise = np.random.default_rng(seed).normal(0, 1, n)
    audio = (_envelope(t, syllables) * noise * 0.3).astype(np.float32)
    t0 = 1000.0
    blocks = [PlayedBlock(t0 + k * BLOCK / RATE, k * BLOCK, BLOCK, 0.3) for k in range(n // BLOCK)]
    times = t0 + np.cumsum(np.random.default_rng(seed + 1).uniform(0.008, 0.014, 180))
    mouth = np.sqrt(_envelope(times - t0 - lag_ms / 1000, syllables))
    samples = list(zip(times.tolist(), mouth.tolist(), strict=True))
    return lag_scores(_Played(RATE, audio, blocks), samples)


def _two_peaks(first_ms: float, first: float, second_ms: float, second: float) -> Curve:
    """A correlation curve on the bench's lag grid with two peaks (each about 40 ms wide)."""
    lags = np.arange(-LAG_RANGE_MS, LAG_RANGE_MS + 1)
    scores = np.full(len(lags), 0.1)
    for at, height in ((first_ms, first), (second_ms, second)):
        scores += (height - 0.1) * np.exp(-0.5 * ((lags - at) / 20) ** 2)
    return lags, scores


def test_a_later_peak_as_high_is_not_taken_and_the_sentence_is_called_ambiguous() -> None:
    # as Piper's "Call your brother, he misses you more than he says." often correlates: a
    # syllable later almost as well, sometimes better (the bench once reported 139.9 ms)
    curves = [_two_peaks(4.0 + k, 0.55, -150.0, 0.3) for k in range(3)]
    brother = _two_peaks(-6.0, 0.47, 152.0, 0.52)
    common, fits = fit_lags([*curves, brother])
    assert common == pytest.approx(4.0, abs=3.0)
    assert fits[3].lag_ms == pytest.approx(-6.0, abs=0.5)
    assert fits[3].ambiguous
    assert fits[3].other_ms == pytest.approx(152.0, abs=0.5)
    assert fits[3].to_json()["ambiguous"] is True
    assert [f.lag_ms for f in fits[:3]] == pytest.approx([4.0, 5.0, 6.0], abs=0.5)
    assert not any(f.ambiguous for f in fits[:3])
    assert fit_lags([brother])[1][0].lag_ms == pytest.approx(152.0, abs=0.5)  # alone, it can't tell


def test_a_shoulder_of_the_peak_is_not_an_other_peak() -> None:
    lags = np.arange(-LAG_RANGE_MS, LAG_RANGE_MS + 1)
    broad = (0.6 - 0.4 * (lags / 200.0) ** 2).astype(np.float64)  # one wide peak, no other
    _, fits = fit_lags([(lags, broad)])
    assert fits[0].lag_ms == pytest.approx(0.0, abs=0.5)
    assert fits[0].other_ms is None
    assert not fits[0].ambiguous


def test_a_sentence_whose_mouth_is_late_is_counted_unmeasured_not_dropped_or_hidden() -> None:
    curves = [_utterance(_sentence(s), 0.0, s) for s in (21, 22, 23)]
    late = _utterance(_sentence(24), 140.0, 24)
    common, fits = fit_lags([*curves, late])
    assert common == pytest.approx(0.0, abs=1.5)
    assert len(fits) == 4
    assert fits[3].lag_ms is None
    assert fits[3].reason is not None and "common lag" in fits[3].reason
    assert fits[3].other_ms == pytest.approx(140.0, abs=3.0)  # where its own peak is, kept
    figures = _offset_figures((common, fits))
    assert figures["utterances"] == 3
    assert figures["said"] == 4
    assert figures["unmeasured"] == 1
    assert figures["per_utterance"][3]["offset_ms"] is None
    assert figures["per_utterance"][3]["other_peak_ms"] == pytest.approx(140.0, abs=3.0)


def test_a_run_of_one_utterance_is_fitted_around_its_own_peak() -> None:
    fit = fit_lag(_played(0.0), [(0.01 * k, 0.0) for k in range(100)])
    assert fit.lag_ms is None and fit.reason == "the mouth did not move"
    assert fit_lags(["too few mouth samples"]) == (
        None,
        [LagFit(None, reason="too few mouth samples")],
    )


def test_where_the_100_hz_samples_fall_does_not_move_the_lag() -> None:
    # a smooth mouth (as the portrait's: its syllables eased in and out) lagging its sound by
    # 8 ms, watched by a 100 Hz display whose ticks fall at four phases: one lag, not four
    t0 = 1000.0
    output = _played(t0)
    fine = np.arange(-0.2, 2.4, 0.001)
    kernel = np.hanning(121) / np.hanning(121).sum()
    smooth = np.convolve(_syllables(fine), kernel, mode="same")
    lags = []
    for phase in (0.0, 0.0025, 0.005, 0.0075):
        times = t0 + phase + np.arange(0, 2.1, 0.01)
        mouth = np.interp(times - t0 - 0.008, fine, smooth)
        fit = fit_lag(output, list(zip(times.tolist(), mouth.tolist(), strict=True)))
        assert fit.lag_ms is not None
        lags.append(fit.lag_ms)
    assert max(lags) - min(lags) <= 0.3  # 1.5 ms correlated at the samples alone
    assert np.mean(lags) == pytest.approx(8.0, abs=1.0)


def test_a_stalled_sampler_is_not_bridged() -> None:
    from desktop.bench.lipsync import _between_samples

    t = np.array([0.0, 0.01, 0.02, 0.12, 0.13])
    at, mouth = _between_samples(t, np.array([0.0, 1.0, 0.0, 1.0, 0.0]))
    assert not np.any((at > 0.021) & (at < 0.12))  # nothing made up in the 100 ms stall
    assert mouth[np.argmin(np.abs(at - 0.005))] == pytest.approx(0.5)
