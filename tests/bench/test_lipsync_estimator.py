"""The lip-sync estimator of `keepsake bench --only avatar` finds a known lag between a mouth
and the loudness of what was played, to a millisecond or two (the bench's figure is only
as good as this)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pytest

from desktop.bench.avatar import best_lag
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
