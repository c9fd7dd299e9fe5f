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
_MIN_PERSON_RMS = 0.006
_PERSON_SHARE = 0.4
_CONVERGE_BLOCKS = 6


class EchoGuard:
    def __init__(
        self, playback: PlaybackBuffer, max_delay_s: float = 0.25, window_s: float = 0.4
    ) -> None:
        self._playback = playback
        self._max_delay = int(max_delay_s * CAPTURE_RATE)
        self._window = int(window_s * CAPTURE_RATE)
        self._mic = np.zeros(self._window, dtype=np.float32)
        self._delay: int | None = None
        self._recent_delays: list[int] = []
        self._blocks_since_estimate = 0
        self.engaged = False  # True while recent playback could be echoing into the microphone
        self._engaged_blocks = 0

    def clean(self, block: Samples, capture_end: float) -> Samples:
        """The block with the estimated echo of recent playback removed."""
        n = len(block)
        self._mic = np.concatenate([self._mic[n:], block])
        ref = self._playback.reference()
        end = len(ref.audio) - round((ref.end_time - capture_end) * CAPTURE_RATE)
        span = self._window + self._max_delay
        history = ref.audio
        if end > len(history):  # captured after the newest played block: nothing newer to hear
            history = np.concatenate([history, np.zeros(end - len(history), dtype=np.float32)])
        self.engaged = False
        if end - span < 0:
            return block
        reference = history[end - span : end]
        if float(np.abs(reference).max()) < _SILENT:
            self._delay = None
            self._recent_delays.clear()
            self._engaged_blocks = 0
            return block
        self.engaged = True
        self._engaged_blocks += 1
        converging = len(self._recent_delays) < _CONVERGE_BLOCKS
        if self._delay is None or converging or self._blocks_since_estimate >= 4:
            self._recent_delays = [*self._recent_delays[-4:], self._estimate_delay(reference)]
            self._delay = int(np.median(self._recent_delays))
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

    def person_speaking(self, raw: Samples, cleaned: Samples) -> bool:
        """Double-talk check while engaged: is there more in the block than our own echo?

        A level-invariant VAD still hears speech in the faint residual of imperfect echo
        removal, so while the portrait is speaking a block only counts as the person when the
        guard removed less than about 60 % of its level and what is left is clearly audible.
        """
        if not self.engaged:
            return True
        if self._engaged_blocks < _CONVERGE_BLOCKS:
            return False  # the first ~200 ms of a reply: the delay estimate is still settling
        left = block_rms(cleaned)
        return left >= _MIN_PERSON_RMS and left >= _PERSON_SHARE * block_rms(raw)


def block_rms(block: Samples) -> float:
    return float(np.sqrt(np.mean(np.square(block)))) if len(block) else 0.0


__all__ = ["CAPTURE_BLOCK", "EchoGuard", "block_rms"]
