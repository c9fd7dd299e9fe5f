"""Echo guard: the portrait's own voice, coming back through the microphone, is not the person.

The engine knows exactly what it played (the PlaybackBuffer keeps the last second at 16 kHz).
For each microphone block, the guard finds the delay at which the played audio best matches
the recent microphone signal (FFT cross-correlation over up to 250 ms), fits its gain, and
subtracts that delayed, scaled copy. What is left is the room and the person; the VAD listens
to that. Runs on the engine's listener thread.
"""

from __future__ import annotations

import numpy as np

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples

_SILENT = 1e-3


class EchoGuard:
    def __init__(
        self, playback: PlaybackBuffer, max_delay_s: float = 0.25, window_s: float = 0.4
    ) -> None:
        self._playback = playback
        self._max_delay = int(max_delay_s * CAPTURE_RATE)
        self._window = int(window_s * CAPTURE_RATE)
        self._mic = np.zeros(self._window, dtype=np.float32)
        self._delay: int | None = None
        self._blocks_since_estimate = 0

    def clean(self, block: Samples, capture_end: float) -> Samples:
        """The block with the estimated echo of recent playback removed."""
        n = len(block)
        self._mic = np.concatenate([self._mic[n:], block])
        ref = self._playback.reference()
        end = len(ref.audio) - round((ref.end_time - capture_end) * CAPTURE_RATE)
        span = self._window + self._max_delay
        if end - span < 0 or end > len(ref.audio):
            return block
        reference = ref.audio[end - span : end]
        if float(np.abs(reference).max()) < _SILENT:
            self._delay = None
            return block
        if self._delay is None or self._blocks_since_estimate >= 4:
            self._delay = self._estimate_delay(reference)
            self._blocks_since_estimate = 0
        self._blocks_since_estimate += 1
        d = self._delay
        aligned = reference[self._max_delay - d : self._max_delay - d + self._window]
        energy = float(np.dot(aligned, aligned))
        if energy < 1e-9:
            return block
        gain = float(np.dot(self._mic, aligned)) / energy
        gain = min(max(gain, 0.0), 2.0)
        cleaned: Samples = (block - gain * aligned[-n:]).astype(np.float32)
        return cleaned

    def _estimate_delay(self, reference: Samples) -> int:
        """Lag (samples, 0..max_delay) at which the reference best explains the microphone."""
        size = 1 << int(np.ceil(np.log2(len(reference) + self._window)))
        spec = np.fft.rfft(reference, size) * np.conj(np.fft.rfft(self._mic, size))
        corr = np.fft.irfft(spec / (np.abs(spec) + 1e-9), size)  # PHAT weighting
        # corr[k] compares mic with reference shifted by k; lag d corresponds to k = D - d.
        lags = corr[: self._max_delay + 1]
        k = int(np.argmax(lags))
        return self._max_delay - k


def block_rms(block: Samples) -> float:
    return float(np.sqrt(np.mean(np.square(block)))) if len(block) else 0.0


__all__ = ["CAPTURE_BLOCK", "EchoGuard", "block_rms"]
