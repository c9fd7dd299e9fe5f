"""Reshaping a synthetic voice with the WORLD vocoder: pitch level and range, and formants.

A pitch shift alone makes a man's voice sound like a man pitched up: the resonances of the
vocal tract (the formants, carried by the spectral envelope) stay where a man's are. WORLD
(`pyworld`) analyses speech into three parts that can be changed independently: the
fundamental frequency F0 (DIO, refined by StoneMask), the spectral envelope (CheapTrick) and
the aperiodicity (D4C); then it synthesises speech from them. Here:
- F0 is found by DIO and StoneMask, its voicing steadied (flicker between voiced and unvoiced
  frames makes a vocoded voice hoarse), then moved to a new level (semitones) and its
  movement around the median is widened or narrowed (`pitch_range`: a woman's intonation
  usually spans more than a man's);
- the spectral envelope and aperiodicity are stretched along the frequency axis by
  `formant_scale` (above 1, the formants move up as for a shorter vocal tract);
- the duration is kept to the sample, so Piper's phoneme timings (lip-sync) still hold, and
  the loudness is kept.
Speaking rate is not changed here: Piper's own length scale does it better (see tts.py).
Plain numpy and pyworld; any thread, one call at a time per array.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.core.errors import KeepsakeError
from desktop.core.voice import VoiceShape
from desktop.voice.audio import Samples

FRAME_MS = 5.0
F0_FLOOR, F0_CEIL = 65.0, 450.0  # speaking voices, a deep man's to a high woman's
Matrix = npt.NDArray[np.float64]


class VocoderUnavailableError(KeepsakeError):
    """The WORLD vocoder (pyworld) is not installed or does not load."""


def _world() -> Any:
    try:
        import pyworld
    except Exception as exc:  # ImportError, or a broken native extension
        raise VocoderUnavailableError(f"the WORLD vocoder (pyworld): {exc}") from exc
    return pyworld


def vocoder_available() -> bool:
    try:
        _world()
    except VocoderUnavailableError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Analysis:
    """WORLD's view of one utterance."""

    f0: npt.NDArray[np.float64]  # Hz per 5 ms frame, 0 where unvoiced
    envelope: Matrix  # (frames, bins) spectral envelope
    aperiodicity: Matrix  # (frames, bins)
    rate: int
    samples: int


def track_f0(audio: Samples, rate: int, precise: bool = False) -> npt.NDArray[np.float64]:
    """F0 per 5 ms frame (0 where unvoiced): DIO refined by StoneMask, its voicing steadied
    (steady_f0); or Harvest, which on Piper's slightly creaky voice often locks onto a
    subharmonic (a reshaped voice then lands several semitones off)."""
    f0, _times = _track(np.ascontiguousarray(audio, dtype=np.float64), rate, precise)
    tracked: npt.NDArray[np.float64] = np.asarray(f0, dtype=np.float64)
    return tracked


def _track(x: npt.NDArray[np.float64], rate: int, precise: bool) -> tuple[Any, Any]:
    pw = _world()
    if precise:
        f0, times = pw.harvest(x, rate, f0_floor=F0_FLOOR, f0_ceil=F0_CEIL, frame_period=FRAME_MS)
        return f0, times
    f0, times = pw.dio(x, rate, f0_floor=F0_FLOOR, f0_ceil=F0_CEIL, frame_period=FRAME_MS)
    return steady_f0(pw.stonemask(x, f0, times, rate)), times


def steady_f0(
    f0: npt.NDArray[np.float64], gap: int = 5, island: int = 3
) -> npt.NDArray[np.float64]:
    """Voicing without flicker: unvoiced gaps of up to `gap` frames (25 ms) inside voiced
    speech are filled (log-linear), voiced islands shorter than `island` frames are dropped.
    Flicker between voiced and unvoiced is what makes a vocoded voice sound hoarse."""
    out = np.asarray(f0, dtype=np.float64).copy()
    voiced = out > 0
    runs = np.flatnonzero(np.diff(np.concatenate([[0], voiced.astype(np.int8), [0]])))
    for start, end in zip(runs[::2], runs[1::2], strict=True):
        if end - start < island:
            out[start:end] = 0.0
    voiced = out > 0
    idx = np.flatnonzero(voiced)
    for a, b in itertools.pairwise(idx):
        if 1 < b - a <= gap + 1:
            out[a + 1 : b] = np.exp(np.linspace(np.log(out[a]), np.log(out[b]), b - a + 1)[1:-1])
    return out


def analyse(audio: Samples, rate: int, precise: bool = False) -> Analysis:
    pw = _world()
    x = np.ascontiguousarray(audio, dtype=np.float64)
    f0, times = _track(x, rate, precise)
    envelope = pw.cheaptrick(x, f0, times, rate)
    aperiodicity = pw.d4c(x, f0, times, rate)
    return Analysis(f0, envelope, aperiodicity, rate, len(x))


def voiced_f0(f0: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    voiced: npt.NDArray[np.float64] = f0[f0 > 0]
    return voiced


def reshape_f0(
    f0: npt.NDArray[np.float64], semitones: float, pitch_range: float
) -> npt.NDArray[np.float64]:
    """F0 moved by `semitones` and its log-spread around the median scaled by `pitch_range`."""
    out = f0.copy()
    voiced = f0 > 0
    if not voiced.any():
        return out
    logs = np.log(f0[voiced])
    centre = float(np.median(logs))
    moved = centre + pitch_range * (logs - centre) + semitones * math.log(2) / 12
    out[voiced] = np.clip(np.exp(moved), F0_FLOOR, F0_CEIL * 1.5)
    return out


def warp_frequency(matrix: Matrix, scale: float) -> Matrix:
    """Each row stretched along frequency: what was at f moves to f * scale."""
    if abs(scale - 1.0) < 1e-6:
        return matrix
    bins = matrix.shape[1]
    source = np.minimum(np.arange(bins) / scale, bins - 1)
    lo = np.floor(source).astype(int)
    hi = np.minimum(lo + 1, bins - 1)
    frac = source - lo
    warped: Matrix = matrix[:, lo] * (1 - frac) + matrix[:, hi] * frac
    return warped


def synthesise(analysis: Analysis, shape: VoiceShape) -> Samples:
    pw = _world()
    f0 = reshape_f0(analysis.f0, shape.pitch_semitones, shape.pitch_range)
    envelope = np.ascontiguousarray(warp_frequency(analysis.envelope, shape.formant_scale))
    aperiodicity = np.clip(warp_frequency(analysis.aperiodicity, shape.formant_scale), 0.0, 1.0)
    y = pw.synthesize(f0, envelope, np.ascontiguousarray(aperiodicity), analysis.rate, FRAME_MS)
    out = np.zeros(analysis.samples, dtype=np.float32)
    n = min(len(y), analysis.samples)
    out[:n] = y[:n]
    return out


def reshape(audio: Samples, rate: int, shape: VoiceShape) -> Samples:
    """The same words in the reshaped voice: same length, same loudness."""
    if not shape.reshapes or len(audio) < rate // 20:
        return audio
    shaped = synthesise(analyse(audio, rate), shape.clamped())
    before = float(np.sqrt(np.mean(np.square(audio.astype(np.float64)))))
    after = float(np.sqrt(np.mean(np.square(shaped.astype(np.float64)))))
    if after > 1e-9:
        shaped *= before / after
    peak = float(np.abs(shaped).max()) if len(shaped) else 0.0
    if peak > 0.99:
        shaped *= 0.99 / peak
    return shaped.astype(np.float32)
