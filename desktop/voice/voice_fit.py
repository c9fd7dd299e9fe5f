"""Fitting the voice shape to their recordings: rate, pitch level and range, formants.

The synthetic voice says the clips' own words, so both sides say the same thing:
- speaking rate: syllables per second of speech, matched through Piper's length scale
  (desktop/voice/voice_match.py measures it);
- pitch level: the ratio of the median F0 (WORLD's DIO and StoneMask on both), in semitones;
- pitch range: the ratio of the spread of log F0 around its median;
- formants: the stretch of the frequency axis that best lays the synthetic voice's average
  spectral envelope (over voiced frames, level and tilt removed) onto theirs;
- then, when the speaker encoder is installed, the shapes around that estimate are heard by
  it, and the one whose d-vector is closest to theirs wins (the likeness a listener hears,
  not only the numbers).
Runs on a worker thread (seconds per fit: the vocoder and the encoder run a few times).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from desktop.core.voice import VoiceShape
from desktop.voice.audio import CAPTURE_RATE, Samples, resample
from desktop.voice.speaker_embedding import SpeakerEncoder, cosine
from desktop.voice.voice_match import Sample, VoiceAdjustment, adjustment_for, measure
from desktop.voice.voice_match import target_profile as rate_profile
from desktop.voice.world_voice import analyse, reshape, track_f0

Synthesize = Callable[[str, float], tuple[Samples, int]]  # text, length scale → audio, rate
_GRID_HZ = np.linspace(150.0, 6500.0, 256)
FORMANT_CANDIDATES = np.round(np.arange(0.80, 1.351, 0.01), 3)
ROUNDS = 3


@dataclass(frozen=True, slots=True)
class PitchProfile:
    median_hz: float
    log_spread: float  # spread of log F0 over voiced frames (interquartile, as a deviation)


def pitch_profile(clips: list[tuple[Samples, int]]) -> PitchProfile:
    voiced = []
    for audio, rate in clips:
        f0 = track_f0(audio, rate)
        voiced.append(f0[f0 > 0])
    f0s = np.concatenate(voiced) if voiced else np.zeros(0)
    if len(f0s) < 10:
        return PitchProfile(0.0, 0.0)
    logs = np.log(f0s)
    low, high = np.percentile(logs, [25, 75])  # robust to a tracker's octave slips
    return PitchProfile(float(np.exp(np.median(logs))), float(high - low) / 1.349)


def mean_envelope(clips: list[tuple[Samples, int]]) -> npt.NDArray[np.float64]:
    """Average log spectral envelope over voiced frames on a common Hz grid, with its level
    and spectral tilt (a straight line over log frequency) removed."""
    rows = []
    for audio, rate in clips:
        analysis = analyse(audio, rate)
        voiced = analysis.envelope[analysis.f0 > 0]
        if not len(voiced):
            continue
        freqs = np.linspace(0, rate / 2, voiced.shape[1])
        log_env = np.log(np.mean(voiced, axis=0) + 1e-12)
        rows.append(np.interp(_GRID_HZ, freqs, log_env))
    if not rows:
        return np.zeros(len(_GRID_HZ))
    env = np.mean(rows, axis=0)
    x = np.log(_GRID_HZ)
    slope, offset = np.polyfit(x, env, 1)
    detrended: npt.NDArray[np.float64] = env - (slope * x + offset)
    return detrended


def formant_scale_between(base: npt.NDArray[np.float64], target: npt.NDArray[np.float64]) -> float:
    """The stretch of the base envelope's frequency axis that best matches the target's."""
    x = np.log(_GRID_HZ)
    best, best_err = 1.0, math.inf
    for scale in FORMANT_CANDIDATES:
        warped = np.interp(_GRID_HZ / scale, _GRID_HZ, base)
        slope, offset = np.polyfit(x, warped, 1)
        warped = warped - (slope * x + offset)
        err = float(np.mean((warped - target) ** 2))
        if err < best_err:
            best, best_err = float(scale), err
    return best


def fit_rate(synthesize: Synthesize, clips: list[Sample], rounds: int = 2) -> float:
    target = rate_profile(clips)
    text = " ".join(t for _a, _r, t in clips)
    adjustment = VoiceAdjustment()
    for _ in range(rounds):
        audio, rate = synthesize(text, adjustment.length_scale)
        adjustment = adjustment_for(measure(audio, rate, text), target, adjustment)
    return adjustment.length_scale


def fit_shape(
    synthesize: Synthesize, clips: list[Sample], encoder: SpeakerEncoder | None = None
) -> VoiceShape:
    """The shape that brings the synthetic voice closest to the clips (audio, rate, words).

    Every measure compares like with like: the synthetic voice is measured after the shape
    found so far is applied, so what a pitch tracker or the rate measure gets wrong about
    reshaped speech cancels out; two rounds settle it."""
    theirs = [(audio, rate) for audio, rate, _t in clips]
    target = pitch_profile(theirs)
    target_envelope = mean_envelope(theirs)
    target_rate = rate_profile(clips)
    text = " ".join(t for _a, _r, t in clips)
    shape = VoiceShape(length_scale=fit_rate(synthesize, clips))
    spoken = [synthesize(words, shape.length_scale) for _a, _r, words in clips]
    shape = replace(
        shape, formant_scale=formant_scale_between(mean_envelope(spoken), target_envelope)
    )
    for _ in range(ROUNDS):
        shaped = [(reshape(a, r, shape), r) for a, r in spoken]
        ours = pitch_profile(shaped)
        semitones, spread = shape.pitch_semitones, shape.pitch_range
        if target.median_hz > 0 and ours.median_hz > 0:
            semitones += 12 * math.log2(target.median_hz / ours.median_hz)
            if ours.log_spread > 0:
                spread *= target.log_spread / ours.log_spread
        audio = np.concatenate([a for a, _r in shaped])
        rate = shaped[0][1]
        length = adjustment_for(
            measure(audio, rate, text), target_rate, VoiceAdjustment(shape.length_scale)
        ).length_scale
        shape = VoiceShape(semitones, spread, shape.formant_scale, length).clamped()
        spoken = [synthesize(words, shape.length_scale) for _a, _r, words in clips]
    if encoder is None:
        return shape
    return _closest_by_ear(shape, spoken, theirs, encoder)


def _closest_by_ear(
    estimate: VoiceShape,
    spoken: list[tuple[Samples, int]],
    theirs: list[tuple[Samples, int]],
    encoder: SpeakerEncoder,
) -> VoiceShape:
    """Among formant scales around the estimate, the one the speaker encoder hears as most
    like them (it hears formants well; pitch, which it hears less, stays as measured)."""
    target = encoder.embed(np.concatenate([_at_16k(a, r) for a, r in theirs]))
    best, best_similarity = estimate, -math.inf
    for formants in (0.0, -0.04, -0.03, -0.02, -0.01, 0.01, 0.02, 0.03, 0.04):
        shape = replace(estimate, formant_scale=estimate.formant_scale + formants).clamped()
        voice = np.concatenate([_at_16k(reshape(a, r, shape), r) for a, r in spoken])
        similarity = cosine(encoder.embed(voice), target)
        if similarity > best_similarity + 1e-4:  # ties keep the estimate
            best, best_similarity = shape, similarity
    return best


def _at_16k(audio: Samples, rate: int) -> Samples:
    return resample(audio, rate, CAPTURE_RATE)


REFERENCE_SENTENCES = (
    "I kept your drawings in the blue tin under the stairs.",
    "Be kind to yourself, that's all I ask.",
)


def voice_pitch_hz(synthesize: Synthesize) -> float:
    """The median pitch of the synthetic voice as it is (to tell a woman's from a man's and
    to aim a base's default pitch); 0 when nothing was voiced."""
    spoken = [synthesize(text, 1.0) for text in REFERENCE_SENTENCES]
    return pitch_profile(spoken).median_hz
