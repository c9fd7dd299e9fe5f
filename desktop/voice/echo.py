"""Echo guard: the portrait's own voice, coming back through the microphone, is not the person.

The engine knows exactly what it played (the PlaybackBuffer keeps the last seconds at 16 kHz).
For each microphone block, the guard finds the delay at which the played audio best matches
the recent microphone signal (PHAT cross-correlation over up to 250 ms), fits its gain, and
subtracts that delayed, scaled copy. What is left is the room and the person; the VAD listens
to that.

A room's echo path does not change within a call, so the guard keeps the delay it trusts (the
median of recent confident estimates) across pauses, and for every block also tries the fresh
estimate: whichever explains the microphone better is subtracted. A single unlucky estimate (a
sentence starting, a near-silent window) therefore cannot make the portrait's own voice look
like the person. Runs on the engine's listener thread.
"""

from __future__ import annotations

import numpy as np

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples

_SILENT = 1e-3
_MIN_PERSON_RMS = 0.006
_PERSON_SHARE = 0.4
_CONVERGE_BLOCKS = 6
_CONFIDENT_PEAK = 0.08  # PHAT peak height of a real match; noise peaks stay well below
_KEEP_ESTIMATES = 7


class EchoGuard:
    def __init__(
        self, playback: PlaybackBuffer, max_delay_s: float = 0.25, window_s: float = 0.4
    ) -> None:
        self._playback = playback
        self._max_delay = int(max_delay_s * CAPTURE_RATE)
        self._window = int(window_s * CAPTURE_RATE)
        self._mic = np.zeros(self._window, dtype=np.float32)
        self._confident: list[int] = []  # recent confident delay estimates (samples)
        self.engaged = False  # True while recent playback could be echoing into the microphone
        self._engaged_blocks = 0

    @property
    def delay(self) -> int | None:
        """The echo delay the guard trusts, in samples at 16 kHz (None until it found one)."""
        return int(np.median(self._confident)) if self._confident else None

    def clean(self, block: Samples, capture_end: float) -> Samples:
        """The block with the estimated echo of recent playback removed."""
        n = len(block)
        self._mic = np.concatenate([self._mic[n:], block])
        reference = self._reference(capture_end)
        self.engaged = reference is not None
        if reference is None:
            self._engaged_blocks = 0
            return block
        self._engaged_blocks += 1
        fresh, peak = self._estimate_delay(reference)
        if peak >= _CONFIDENT_PEAK:
            self._confident = [*self._confident[-(_KEEP_ESTIMATES - 1) :], fresh]
        candidates = {fresh} if self.delay is None else {fresh, self.delay}
        best = min((self._fit(reference, d) for d in candidates), key=lambda fit: fit[0])
        _residual, gain, aligned = best
        cleaned: Samples = (block - gain * aligned[-n:]).astype(np.float32)
        return cleaned

    def _reference(self, capture_end: float) -> Samples | None:
        """Played audio that could be in the microphone window, or None if it was silent."""
        ref = self._playback.reference()
        end = len(ref.audio) - round((ref.end_time - capture_end) * CAPTURE_RATE)
        span = self._window + self._max_delay
        history = ref.audio
        if end - span >= len(history) or end - span < 0:
            return None  # the window lies wholly after what was played, or before the history
        if end > len(history):  # partly after the newest played block: silence there
            history = np.concatenate([history, np.zeros(end - len(history), dtype=np.float32)])
        reference = history[end - span : end]
        if float(np.abs(reference).max()) < _SILENT:
            return None
        return reference

    def _fit(self, reference: Samples, delay: int) -> tuple[float, float, Samples]:
        """(residual energy, gain, aligned reference) of subtracting the echo at `delay`."""
        aligned = reference[self._max_delay - delay : self._max_delay - delay + self._window]
        energy = float(np.dot(aligned, aligned))
        if energy < 1e-9:
            return float(np.dot(self._mic, self._mic)), 0.0, aligned
        gain = min(max(float(np.dot(self._mic, aligned)) / energy, 0.0), 2.0)
        residual = self._mic - gain * aligned
        return float(np.dot(residual, residual)), gain, aligned

    def _estimate_delay(self, reference: Samples) -> tuple[int, float]:
        """(lag in samples 0..max_delay, PHAT peak height) best explaining the microphone."""
        size = 1 << int(np.ceil(np.log2(len(reference) + self._window)))
        spec = np.fft.rfft(reference, size) * np.conj(np.fft.rfft(self._mic, size))
        corr = np.fft.irfft(spec / (np.abs(spec) + 1e-9), size)  # PHAT weighting
        # corr[k] compares mic with reference shifted by k; lag d corresponds to k = D - d.
        lags = corr[: self._max_delay + 1]
        k = int(np.argmax(lags))
        return self._max_delay - k, float(lags[k])

    def person_speaking(self, raw: Samples, cleaned: Samples) -> bool:
        """Double-talk check while engaged: is there more in the block than our own echo?

        A level-invariant VAD still hears speech in the faint residual of imperfect echo
        removal, so while the portrait is speaking a block only counts as the person when the
        guard removed less than about 60 % of its level and what is left is clearly audible.
        """
        if not self.engaged:
            return True
        if self.delay is None and self._engaged_blocks < _CONVERGE_BLOCKS:
            return False  # the first ~200 ms of the first reply: no delay to trust yet
        left = block_rms(cleaned)
        return left >= _MIN_PERSON_RMS and left >= _PERSON_SHARE * block_rms(raw)


def block_rms(block: Samples) -> float:
    return float(np.sqrt(np.mean(np.square(block)))) if len(block) else 0.0


__all__ = ["CAPTURE_BLOCK", "EchoGuard", "block_rms"]
