"""Bringing a synthetic voice closer to a real one: pitch and speaking rate.

`measure()` finds a recording's median fundamental frequency (autocorrelation on voiced
frames) and its syllable rate (peaks of the loudness envelope per second of speech).
`pitch_shift()` changes pitch but keeps duration (WSOLA time-stretch, then resampling), so
phoneme timings for lip-sync stay valid. Piper's length scale adjusts the rate.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.voice.audio import Samples, resample


@dataclass(frozen=True, slots=True)
class VoiceProfile:
    f0_hz: float
    syllables_per_s: float


@dataclass(frozen=True, slots=True)
class VoiceAdjustment:
    length_scale: float = 1.0
    pitch_semitones: float = 0.0


def _yin_period(frame: Samples, lo: int, hi: int, threshold: float = 0.15) -> float | None:
    """YIN: the lag where the cumulative-mean-normalised difference first dips (sub-sample)."""
    n = len(frame) - hi - 2
    if n <= 0:
        return None
    x = frame.astype(np.float64)
    energy = np.cumsum(np.concatenate([[0.0], x**2]))
    spectrum = np.fft.rfft(x, 2 * len(x))
    corr = np.fft.irfft(spectrum * np.conj(np.fft.rfft(x[:n], 2 * len(x))))[: hi + 2]
    taus = np.arange(hi + 2)
    diff = energy[n] + (energy[taus + n] - energy[taus]) - 2 * corr
    diff[0] = 0.0
    cmnd = np.ones_like(diff)
    running = np.cumsum(diff[1:])
    cmnd[1:] = diff[1:] * taus[1:] / np.maximum(running, 1e-12)
    below = np.flatnonzero(cmnd[lo:hi] < threshold)
    if not len(below):
        return None
    tau = lo + int(below[0])
    while tau + 1 < hi and cmnd[tau + 1] < cmnd[tau]:
        tau += 1
    a, b, c = cmnd[tau - 1], cmnd[tau], cmnd[tau + 1]
    denom = a - 2 * b + c
    return tau + (0.5 * (a - c) / denom if denom != 0 else 0.0)


def median_f0(audio: Samples, rate: int, fmin: float = 60.0, fmax: float = 450.0) -> float:
    """Median pitch (Hz) over voiced frames (YIN); 0 when nothing is voiced."""
    frame, hop = int(0.05 * rate), int(0.01 * rate)
    if len(audio) < frame:
        return 0.0
    lo, hi = int(rate / fmax), int(rate / fmin)
    frames = np.lib.stride_tricks.sliding_window_view(audio, frame)[::hop]
    loud = np.sqrt(np.mean(frames**2, axis=1))
    threshold = 0.15 * float(loud.max())
    pitches = []
    for seg, level in zip(frames, loud, strict=False):
        if level < threshold:
            continue
        period = _yin_period(seg, lo, hi)
        if period:
            pitches.append(rate / period)
    if not pitches:
        return 0.0
    first = float(np.median(pitches))
    steady = [p for p in pitches if first / 1.5 <= p <= first * 1.5]  # drop octave slips
    return float(np.median(steady)) if steady else first


_VOWELS = re.compile(r"[aeiouy]+", re.IGNORECASE)
_CJK = re.compile(r"[\u3400-\u9fff]")


def count_syllables(text: str) -> int:
    """Vowel groups per English word (at least one), and one per Chinese character."""
    total = len(_CJK.findall(text))
    for word in re.findall(r"[A-Za-z']+", text):
        groups = len(_VOWELS.findall(word))
        if word.lower().endswith("e") and groups > 1 and not word.lower().endswith("le"):
            groups -= 1
        total += max(1, groups)
    return total


def speech_seconds(audio: Samples, rate: int) -> float:
    """Time spent speaking: loud 10 ms frames, with gaps under 200 ms counted as speech."""
    hop = int(0.01 * rate)
    frames = len(audio) // hop
    if frames == 0:
        return 0.0
    env = np.sqrt(np.mean(audio[: frames * hop].reshape(frames, hop) ** 2, axis=1))
    active = env > 0.08 * float(env.max() or 1.0)
    idx = np.flatnonzero(active)
    if not len(idx):
        return 0.0
    total = 1
    for a, b in itertools.pairwise(idx):
        total += int(b - a) if b - a <= 20 else 1
    return total / 100


def syllable_rate(audio: Samples, rate: int, text: str) -> float:
    """Syllables of `text` per second of speech in `audio`."""
    seconds = speech_seconds(audio, rate)
    return count_syllables(text) / seconds if seconds > 0 else 0.0


def measure(audio: Samples, rate: int, text: str) -> VoiceProfile:
    """Pitch and speaking rate of a recording whose words are `text`."""
    return VoiceProfile(median_f0(audio, rate), syllable_rate(audio, rate, text))


def time_stretch(audio: Samples, factor: float, rate: int) -> Samples:
    """WSOLA: `factor` > 1 makes the audio longer without changing its pitch."""
    frame = int(0.04 * rate)
    hop_out = frame // 2
    hop_in = hop_out / factor
    tolerance = int(0.01 * rate)
    window = np.hanning(frame).astype(np.float32)
    n_out = int(len(audio) * factor)
    out = np.zeros(n_out + frame, dtype=np.float32)
    norm = np.zeros(n_out + frame, dtype=np.float32)
    padded = np.concatenate(
        [np.zeros(tolerance, np.float32), audio, np.zeros(frame + tolerance, np.float32)]
    )
    previous: Samples | None = None
    k = 0
    while k * hop_out < n_out:
        centre = int(k * hop_in) + tolerance
        if previous is None:
            start = centre
        else:
            region = padded[centre - tolerance : centre + tolerance + frame]
            target = previous
            corr = np.correlate(region[: 2 * tolerance + len(target)], target, mode="valid")
            start = centre - tolerance + int(np.argmax(corr))
        chunk = padded[start : start + frame]
        pos = k * hop_out
        out[pos : pos + frame] += chunk * window
        norm[pos : pos + frame] += window
        previous = padded[start + hop_out : start + hop_out + frame // 2]
        k += 1
    norm[norm < 1e-3] = 1.0
    return (out / norm)[:n_out].astype(np.float32)


def pitch_shift(audio: Samples, rate: int, semitones: float) -> Samples:
    """Raise (or lower) the pitch by `semitones`, keeping the length."""
    if abs(semitones) < 0.05 or not len(audio):
        return audio
    factor = 2 ** (semitones / 12)
    longer = time_stretch(audio, factor, rate)
    shifted = resample(longer, len(longer), len(audio))
    return shifted[: len(audio)]


def adjustment_for(
    synthetic: VoiceProfile, target: VoiceProfile, current: VoiceAdjustment
) -> VoiceAdjustment:
    """The next adjustment, given what the voice measured with `current`."""
    length = current.length_scale
    if synthetic.syllables_per_s > 0 and target.syllables_per_s > 0:
        length *= synthetic.syllables_per_s / target.syllables_per_s
    semis = current.pitch_semitones
    if synthetic.f0_hz > 0 and target.f0_hz > 0:
        semis += 12 * math.log2(target.f0_hz / synthetic.f0_hz)
    return VoiceAdjustment(min(max(length, 0.6), 1.8), min(max(semis, -8.0), 8.0))


Sample = tuple[Samples, int, str]  # audio, sample rate, the words said


def target_profile(clips: list[Sample]) -> VoiceProfile:
    """Their voice across all clips: median pitch, and syllables over total speaking time."""
    pitches = [median_f0(audio, rate) for audio, rate, _text in clips]
    pitches = [p for p in pitches if p > 0]
    syllables = sum(count_syllables(text) for _a, _r, text in clips)
    seconds = sum(speech_seconds(audio, rate) for audio, rate, _t in clips)
    return VoiceProfile(
        float(np.median(pitches)) if pitches else 0.0, syllables / seconds if seconds else 0.0
    )


def fit_voice(
    synthesize: Callable[[str, VoiceAdjustment], tuple[Samples, int]],
    clips: list[Sample],
    rounds: int = 3,
) -> VoiceAdjustment:
    """Adjust the synthetic voice, saying the clips' own words, until it measures like them."""
    target = target_profile(clips)
    text = " ".join(t for _a, _r, t in clips)
    adjustment = VoiceAdjustment()
    for _ in range(rounds):
        audio, rate = synthesize(text, adjustment)
        adjustment = adjustment_for(measure(audio, rate, text), target, adjustment)
    return adjustment
