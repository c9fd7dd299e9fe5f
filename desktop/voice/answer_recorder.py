"""Recording one interview answer from the microphone: pause, resume, a level for the meter.

`feed` runs on the audio device's thread (the sounddevice callback, or a FileInput's thread in
tests): it only appends the block and updates the level. Everything else is called from the
GUI thread. A recording stops taking sound at `max_seconds` (and says so), so memory stays
bounded however long the microphone is left open.
"""

from __future__ import annotations

import math
import threading

import numpy as np

from desktop.core.interview import MAX_ANSWER_SECONDS
from desktop.voice.audio import CAPTURE_RATE, AudioInput, Samples

SILENCE_DB = -60.0  # the meter's floor


def level_of(block: Samples) -> float:
    """How loud a block is, for a meter: 0 at -60 dBFS or quieter, 1 at full scale."""
    if not len(block):
        return 0.0
    rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
    if rms <= 0.0:
        return 0.0
    db = 20 * math.log10(rms)
    return min(1.0, max(0.0, (db - SILENCE_DB) / -SILENCE_DB))


class AnswerRecorder:
    """One answer's recording. `start()` opens the device; `stop()` closes it and returns
    the sound; `pause()`/`resume()` leave it open but keep nothing meanwhile."""

    def __init__(self, device: AudioInput, max_seconds: float = MAX_ANSWER_SECONDS) -> None:
        self._device = device
        self._limit = int(max_seconds * CAPTURE_RATE)
        self._lock = threading.Lock()
        self._blocks: list[Samples] = []
        self._frames = 0
        self._level = 0.0
        self._paused = False
        self._running = False
        self.full = False  # stopped taking sound at max_seconds

    def start(self) -> None:
        with self._lock:
            self._blocks, self._frames, self.full, self._paused = [], 0, False, False
            self._running = True
        self._device.start(self.feed)

    def feed(self, block: Samples, _capture_end: float) -> None:
        """Audio thread: keep the block unless paused or full; update the level."""
        with self._lock:
            if not self._running:
                return
            self._level = 0.0 if self._paused else level_of(block)
            if self._paused or self.full:
                return
            room = self._limit - self._frames
            if room <= 0:
                self.full = True
                return
            piece = np.asarray(block[:room], dtype=np.float32).copy()
            self._blocks.append(piece)
            self._frames += len(piece)
            self.full = self._frames >= self._limit

    def pause(self) -> None:
        with self._lock:
            self._paused = True

    def resume(self) -> None:
        with self._lock:
            self._paused = False

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def level(self) -> float:
        """The last block's loudness (0..1); 0 while paused."""
        return self._level

    @property
    def seconds(self) -> float:
        return self._frames / CAPTURE_RATE

    def stop(self) -> Samples:
        """Close the device and return what was recorded (16 kHz mono)."""
        self._device.stop()
        with self._lock:
            self._running = False
            self._level = 0.0
            blocks, self._blocks = self._blocks, []
        if not blocks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(blocks)

    def cancel(self) -> None:
        """Close the device and keep nothing (a re-record, or leaving the question)."""
        self.stop()
