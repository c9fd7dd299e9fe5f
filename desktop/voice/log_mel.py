"""Whisper's log-mel features in numpy, for the end-of-turn model (Smart Turn v3).

Smart Turn v3 is a Whisper encoder with a classifier head, trained on the features of
Hugging Face's `WhisperFeatureExtractor(chunk_length=8)`: 8 s of 16 kHz audio normalised to
zero mean and unit variance, a centred (reflect-padded) 400-point STFT with a periodic Hann
window every 160 samples, the power spectrum projected on 80 Slaney mel filters, log10,
clamped to 8 (decades) below the maximum, then scaled to about [-1, 1]. This module computes
exactly that without transformers or torch (tests/test_smart_turn.py holds it to values
computed once by transformers). Plain numpy, any thread.
"""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt

from desktop.voice.audio import CAPTURE_RATE, Samples

N_FFT = 400
HOP = 160
N_MELS = 80
WINDOW_S = 8
WINDOW_SAMPLES = WINDOW_S * CAPTURE_RATE
FRAMES = WINDOW_SAMPLES // HOP  # 800
_MEL_FLOOR = 1e-10
_VARIANCE_EPS = 1e-7

Matrix = npt.NDArray[np.float64]


def _hz_to_mel(freq: Matrix) -> Matrix:
    """Slaney's mel scale: linear below 1 kHz, logarithmic above."""
    mels = 3.0 * freq / 200.0
    log_region = freq >= 1000.0
    mels[log_region] = 15.0 + np.log(freq[log_region] / 1000.0) * (27.0 / np.log(6.4))
    return mels


def _mel_to_hz(mels: Matrix) -> Matrix:
    freq = 200.0 * mels / 3.0
    log_region = mels >= 15.0
    freq[log_region] = 1000.0 * np.exp((np.log(6.4) / 27.0) * (mels[log_region] - 15.0))
    return freq


@functools.cache
def mel_filters(
    n_fft: int = N_FFT, n_mels: int = N_MELS, rate: int = CAPTURE_RATE
) -> npt.NDArray[np.float64]:
    """Slaney-normalised triangular mel filters, shape (n_fft // 2 + 1, n_mels)."""
    edges = _mel_to_hz(
        np.linspace(
            _hz_to_mel(np.array([0.0]))[0], _hz_to_mel(np.array([rate / 2.0]))[0], n_mels + 2
        )
    )
    bins = np.linspace(0, rate // 2, n_fft // 2 + 1)
    slopes = edges[None, :] - bins[:, None]
    widths = np.diff(edges)
    down = -slopes[:, :-2] / widths[:-1]
    up = slopes[:, 2:] / widths[1:]
    filters = np.maximum(0.0, np.minimum(down, up))
    filters *= (2.0 / (edges[2 : n_mels + 2] - edges[:n_mels]))[None, :]
    filters.setflags(write=False)
    return filters


def last_window(audio: Samples, samples: int = WINDOW_SAMPLES) -> Samples:
    """The last `samples` of `audio`, zero-padded at the front when it is shorter."""
    audio = np.asarray(audio, dtype=np.float32)
    if len(audio) >= samples:
        return audio[len(audio) - samples :]
    return np.concatenate([np.zeros(samples - len(audio), np.float32), audio])


def whisper_log_mel(audio: Samples) -> npt.NDArray[np.float32]:
    """(80, 800) features of the last 8 s of 16 kHz `audio` (silence before, if shorter)."""
    x = last_window(audio)
    x = (x - x.mean()) / np.sqrt(x.var() + _VARIANCE_EPS)
    padded = np.pad(x.astype(np.float64), N_FFT // 2, mode="reflect")
    frames = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::HOP]
    window = np.hanning(N_FFT + 1)[:-1]  # periodic Hann
    power = np.abs(np.fft.rfft(frames * window, axis=-1)) ** 2  # (801, 201)
    mel = np.maximum(_MEL_FLOOR, power @ mel_filters())  # (801, 80)
    log_spec = np.log10(mel).T[:, :-1]  # (80, 800): the last frame is dropped
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    features: npt.NDArray[np.float32] = ((log_spec + 4.0) / 4.0).astype(np.float32)
    return features
