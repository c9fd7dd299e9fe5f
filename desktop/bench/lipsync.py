"""The lip-sync estimator of `keepsake bench`: the lag between the mouth and the voice.

A mouth sampled as a display would, (time, how open it looks), is correlated with the loudness
of what the output played, at every 1 ms lag within ±LAG_RANGE_MS (`lag_scores`). A run of
utterances is fitted together (`fit_lags`): their common lag, then each one's peak near it.
Every utterance said is kept, measured or not, with the reason and any other peak.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from desktop.voice.file_devices import PlayedBlock

LAG_RANGE_MS = 200
SEARCH_HALF_MS = 60  # under half a syllable: the next syllable's peak lies outside
LOBE_DIP = 0.02  # a peak of its own: the correlation dips this much between it and the fit's
CLEAR_MARGIN = 0.02  # an other peak within this of the fit's makes the fit ambiguous
LOUDNESS_WINDOW_S = 0.04
MIN_SAMPLES = 50
GRID_S = 0.001  # the mouth between its samples, read on this grid (`_between_samples`)
MAX_GAP_S = 0.025  # no longer gap is bridged: a stalled sampler saw nothing there


class PlayedAudio(Protocol):
    """What an output played, block by block (`FileOutput`)."""

    sample_rate: int

    @property
    def blocks(self) -> Sequence[PlayedBlock]: ...

    def recording(self) -> npt.NDArray[np.float32]: ...


Curve = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]


@dataclass(frozen=True, slots=True)
class LagFit:
    """One utterance's fit: the lag (ms, positive when the mouth moves after the sound) and its
    correlation, found within ±SEARCH_HALF_MS of the run's common lag; the best peak outside
    that window (`other_ms`, higher than the fit's own when `ambiguous`); and why no lag was
    measured (`reason`, else None)."""

    lag_ms: float | None
    score: float | None = None
    other_ms: float | None = None
    other_score: float | None = None
    reason: str | None = None

    @property
    def ambiguous(self) -> bool:
        return (
            self.score is not None
            and self.other_score is not None
            and self.other_score >= self.score - CLEAR_MARGIN
        )

    def to_json(self) -> dict[str, float | str | bool | None]:
        def r(value: float | None, digits: int) -> float | None:
            return None if value is None else round(value, digits)

        return {
            "offset_ms": r(self.lag_ms, 1),
            "score": r(self.score, 3),
            "other_peak_ms": r(self.other_ms, 1),
            "other_peak_score": r(self.other_score, 3),
            "ambiguous": self.ambiguous,
            "reason": self.reason,
        }


def lag_scores(
    output: PlayedAudio, samples: list[tuple[float, float]]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]] | str:
    """The correlation of the mouth samples (time, opening) with the loudness of what `output`
    played, at every 1 ms lag within ±LAG_RANGE_MS (-inf where the sound is flat); or why
    there is nothing to correlate."""
    audio = output.recording().astype(np.float64)
    rate = output.sample_rate
    blocks = list(output.blocks)
    if len(samples) < MIN_SAMPLES or not blocks:
        return "too few mouth samples"
    starts = np.cumsum([0] + [b.samples for b in blocks[:-1]])
    times = np.array([b.time for b in blocks])
    t, mouth = _between_samples(
        np.array([s[0] for s in samples]), np.array([s[1] for s in samples], dtype=np.float64)
    )
    if mouth.std() < 1e-3:
        return "the mouth did not move"
    half = int(LOUDNESS_WINDOW_S / 2 * rate)
    energy = np.concatenate([[0.0], np.cumsum(audio**2)])

    def loudness(at: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        idx = np.searchsorted(times, at) - 1
        i = np.clip(idx, 0, None)
        pos = (starts[i] + (at - times[i]) * rate).astype(int)
        lo, hi = np.clip(pos - half, 0, len(audio)), np.clip(pos + half, 0, len(audio))
        mean = (energy[hi] - energy[lo]) / np.maximum(hi - lo, 1)
        return np.where((idx >= 0) & (hi > lo), np.maximum(mean, 0.0) ** 0.25, 0.0)

    lags = np.arange(-LAG_RANGE_MS, LAG_RANGE_MS + 1)
    scores = np.full(len(lags), -np.inf)
    for k, lag_ms in enumerate(lags):
        env = loudness(t - lag_ms / 1000)
        if env.std() > 1e-6:
            scores[k] = float(np.corrcoef(mouth, env)[0, 1])
    return lags, scores


def _between_samples(
    t: npt.NDArray[np.float64], mouth: npt.NDArray[np.float64]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """The mouth read every GRID_S, straight between its samples (not across a gap longer
    than MAX_GAP_S).

    Correlated at its 100 Hz samples alone, a sentence's lag moved with where those samples
    fell: on a perfect clock, shifting the sampler by 2.5, 5 or 7.5 ms moved it by 5.1 ms on
    average (up to 7.1), over four syntheses of the ten sentences; read between them, by
    0.1 ms, the same lags a 1 kHz sampler gives (scripts/lipsync_runs.py --perfect-clock)."""
    if len(t) < 2:
        return t, mouth
    grid = np.arange(t[0], t[-1], GRID_S)
    after = np.clip(np.searchsorted(t, grid, side="right"), 1, len(t) - 1)
    at = grid[(t[after] - t[after - 1]) <= MAX_GAP_S]
    return at, np.interp(at, t, mouth)


def fit_lag(output: PlayedAudio, samples: list[tuple[float, float]]) -> LagFit:
    """One utterance on its own: its lag, searched around its own best peak."""
    return fit_lags([lag_scores(output, samples)])[1][0]


def best_lag(output: PlayedAudio, samples: list[tuple[float, float]]) -> float | None:
    """`fit_lag`'s lag alone."""
    return fit_lag(output, samples).lag_ms


def fit_lags(curves: Sequence[Curve | str]) -> tuple[float | None, list[LagFit]]:
    """The run's common lag (the peak of its utterances' mean correlation) and each
    utterance's fit around it.

    One short sentence's correlation is ambiguous: a sentence of even syllables correlates
    almost as well one syllable later (two peaks, about 150 ms apart, which of them is higher
    changes from one synthesis to the next). Ten different sentences together are not:
    their rhythms differ. So each utterance's lag is its peak within ±SEARCH_HALF_MS of the
    common lag (on the 1 ms grid, refined by a parabola through its neighbours); a sentence
    whose peak there is only the window's edge is not measured (its `reason` says so), and
    a peak elsewhere as high (within CLEAR_MARGIN) is kept with the fit (`ambiguous`)."""
    usable = [c for c in curves if not isinstance(c, str)]
    if not usable:
        return None, [LagFit(None, reason=c if isinstance(c, str) else "") for c in curves]
    lags = usable[0][0]
    mean = np.mean([np.where(np.isfinite(c[1]), c[1], np.nan) for c in usable], axis=0)
    if not np.any(np.isfinite(mean)):
        return None, [LagFit(None, reason="no sound under the mouth") for _ in curves]
    common = int(np.nanargmax(mean))
    if common in (0, len(lags) - 1):
        reason = f"the run's common peak is at the edge of the ±{LAG_RANGE_MS} ms search"
        return None, [LagFit(None, reason=reason) for _ in curves]
    fits = [
        LagFit(None, reason=c) if isinstance(c, str) else _fit_near(lags, c[1], common)
        for c in curves
    ]
    return float(lags[common]) + _parabola_peak(mean, common), fits


def _fit_near(lags: npt.NDArray[np.int64], scores: npt.NDArray[np.float64], common: int) -> LagFit:
    lo, hi = max(common - SEARCH_HALF_MS, 0), min(common + SEARCH_HALF_MS, len(lags) - 1)
    inside = np.where(np.isfinite(scores[lo : hi + 1]), scores[lo : hi + 1], -np.inf)
    k = lo + int(np.argmax(inside))
    other = _other_peak(scores, k, lo, hi)
    other_ms = None if other is None else float(lags[other])
    other_score = None if other is None else float(scores[other])
    if not np.isfinite(scores[k]):
        return LagFit(None, reason="no sound under the mouth")
    if k in (lo, hi):
        return LagFit(
            None,
            float(scores[k]),
            other_ms,
            other_score,
            f"no peak within ±{SEARCH_HALF_MS} ms of the run's common lag ({int(lags[common])} ms)",
        )
    return LagFit(
        float(lags[k]) + _parabola_peak(scores, k), float(scores[k]), other_ms, other_score
    )


def _other_peak(scores: npt.NDArray[np.float64], k: int, lo: int, hi: int) -> int | None:
    """The highest score outside lags lo..hi that stands on a peak of its own: the curve dips
    at least LOBE_DIP below it on the way to `k` (not the shoulder of k's peak)."""
    best: int | None = None
    for j in (*range(0, lo), *range(hi + 1, len(scores))):
        if not np.isfinite(scores[j]) or (best is not None and scores[j] <= scores[best]):
            continue
        a, b = sorted((j, k))
        between = scores[a : b + 1]
        if scores[j] - np.min(np.where(np.isfinite(between), between, np.inf)) >= LOBE_DIP:
            best = j
    return best


def _parabola_peak(scores: npt.NDArray[np.float64], k: int) -> float:
    """Where, within ±0.5 of index `k`, a parabola through scores k-1, k, k+1 peaks."""
    if not 0 < k < len(scores) - 1 or not np.all(np.isfinite(scores[k - 1 : k + 2])):
        return 0.0
    a, b, c = scores[k - 1], scores[k], scores[k + 1]
    den = a - 2 * b + c
    return float(np.clip(0.5 * (a - c) / den, -0.5, 0.5)) if den < 0 else 0.0
