"""Audio device interfaces, the playback buffer every output shares, and WAV helpers.

Capture is 16 kHz mono float32 in blocks of 512 samples (32 ms). Playback runs at the voice's
sample rate. An output device pulls from a `PlaybackBuffer`; the number of samples it has
pulled is the *playback clock* that the avatar follows and that barge-in uses to know what
was heard.
"""

from __future__ import annotations

import threading
import wave
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

CAPTURE_RATE = 16_000
CAPTURE_BLOCK = 512
Samples = npt.NDArray[np.float32]

InputCallback = Callable[[Samples, float], None]
"""Called on the capture thread with one block and the monotonic time of its last sample."""


class AudioInput(Protocol):
    """A microphone: calls back with 16 kHz mono blocks from its own thread."""

    @property
    def realtime(self) -> bool:
        """True for a live device: its blocks come at the speed of sound and cannot wait, so
        a block the engine has no room for is dropped. False for a file played as fast as
        possible: the callback may block until there is room, and nothing is lost."""
        ...

    def start(self, callback: InputCallback) -> None: ...

    def stop(self) -> None: ...


class AudioOutput(Protocol):
    """A speaker fed through a PlaybackBuffer."""

    @property
    def buffer(self) -> PlaybackBuffer: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Reference:
    """Recently played audio at 16 kHz, ending at monotonic time `end_time` (for echo guard)."""

    audio: Samples
    end_time: float


class PlaybackBuffer:
    """Audio queued for playback. `write` on the producer thread, `read` on the device thread.

    Positions are counted in samples of the stream: `enqueued` samples were ever written,
    `played` samples were handed to the device. `clear()` drops what is queued (barge-in).
    """

    def __init__(self, sample_rate: int, history_s: float = 3.0) -> None:
        self.sample_rate = sample_rate
        self._queue: deque[Samples] = deque()
        self._offset = 0  # samples of the first queued array already read
        self._lock = threading.Lock()
        self._drained = threading.Condition(self._lock)
        self._advanced = threading.Condition(self._lock)
        self._enqueued = 0
        self._played = 0
        self._history = np.zeros(int(CAPTURE_RATE * history_s), dtype=np.float32)
        self._history_end = 0.0
        self._reads: deque[tuple[float, int, int]] = deque(maxlen=64)  # (time, start, filled)
        self.latency_s = 0.0  # from a read to its sound (the device's reported output latency)

    def write(self, audio: Samples) -> int:
        """Queue audio; returns the stream position where it starts."""
        data = np.ascontiguousarray(audio, dtype=np.float32)
        with self._lock:
            start = self._enqueued
            if len(data):
                self._queue.append(data)
                self._enqueued += len(data)
            return start

    def read(self, frames: int, now: float) -> Samples:
        """Take the next `frames` samples (zero-padded). Device thread; never blocks."""
        out = np.zeros(frames, dtype=np.float32)
        with self._lock:
            filled = 0
            while filled < frames and self._queue:
                head = self._queue[0]
                take = min(frames - filled, len(head) - self._offset)
                out[filled : filled + take] = head[self._offset : self._offset + take]
                filled += take
                self._offset += take
                if self._offset >= len(head):
                    self._queue.popleft()
                    self._offset = 0
            self._reads.append((now, self._played, filled))
            self._played += filled
            self._remember(out, now)
            self._advanced.notify_all()
            if not self._queue:
                self._drained.notify_all()
        return out

    def _remember(self, block: Samples, now: float) -> None:
        resampled = resample(block, self.sample_rate, CAPTURE_RATE)
        n_out = len(resampled)
        if n_out == 0:
            return
        keep = len(self._history) - n_out
        self._history[:keep] = self._history[n_out:]
        self._history[keep:] = resampled
        self._history_end = now

    def truncate(self, position: int) -> None:
        """Drop queued audio after stream `position` (what is before it still plays). Any thread."""
        with self._lock:
            excess = self._enqueued - max(position, self._played)
            while excess > 0 and self._queue:
                tail = self._queue[-1]
                available = len(tail) - (self._offset if len(self._queue) == 1 else 0)
                if available <= excess:
                    self._queue.pop()
                    self._enqueued -= available
                    excess -= available
                    if not self._queue:
                        self._offset = 0
                else:
                    self._queue[-1] = tail[: len(tail) - excess]
                    self._enqueued -= excess
                    excess = 0
            if not self._queue:
                self._drained.notify_all()

    def clear(self) -> int:
        """Drop everything queued; returns the stream position actually played. Any thread."""
        with self._lock:
            self._queue.clear()
            self._offset = 0
            self._enqueued = self._played
            self._drained.notify_all()
            return self._played

    def wait_played_until(self, when: float, timeout: float) -> bool:
        """Block until the device has played up to monotonic time `when`; False on timeout."""
        with self._lock:
            return self._advanced.wait_for(lambda: self._history_end >= when, timeout)

    @property
    def played(self) -> int:
        with self._lock:
            return self._played

    def position_at(self, now: float) -> float:
        """Playback position (samples) heard at monotonic time `now`, between device reads.

        The device takes 20 ms at a time and its sound comes out `latency_s` after it took
        it; between reads the position advances with time, but never past what was
        actually handed to the device. Any thread.
        """
        with self._lock:
            heard = now - self.latency_s
            for read_at, start, filled in reversed(self._reads):
                if read_at <= heard:
                    return start + min((heard - read_at) * self.sample_rate, float(filled))
            return float(self._reads[0][1]) if self._reads else float(self._played)

    @property
    def pending(self) -> int:
        with self._lock:
            return self._enqueued - self._played

    def wait_drained(self, timeout: float) -> bool:
        """Block until everything queued was played; False on timeout."""
        with self._lock:
            return self._drained.wait_for(lambda: not self._queue, timeout)

    def reference(self) -> Reference:
        with self._lock:
            return Reference(self._history.copy(), self._history_end)


def read_wav_16k(path: Path) -> Samples:
    """Any audio file as 16 kHz mono float32 (PyAV decodes it); AudioFileError otherwise."""
    from desktop.voice.audio_file import decode_audio_file

    return decode_audio_file(path, CAPTURE_RATE)


def write_wav(path: Path, audio: Samples, sample_rate: int) -> None:
    """Write mono float32 audio as a 16-bit PCM WAV."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(sample_rate)
        handle.writeframes(pcm.tobytes())


def resample(audio: Samples, rate_in: int, rate_out: int) -> Samples:
    """Linear resampling; good enough for level meters, echo references and test signals."""
    if rate_in == rate_out or not len(audio):
        return audio.astype(np.float32)
    n_out = round(len(audio) * rate_out / rate_in)
    x = np.linspace(0, len(audio) - 1, n_out)
    return np.interp(x, np.arange(len(audio)), audio).astype(np.float32)
