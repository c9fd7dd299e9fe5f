"""File-backed audio devices for tests, benchmarks and headless runs.

`FileInput` plays a 16 kHz signal into the engine block by block, in real time or as fast as
possible, and can add an echo of what the output is playing (an `EchoRoom`: speakers without a
headset) plus noise. `FileOutput` drains its PlaybackBuffer like a sound card would, in real
time, and records what it played together with the time each block was played.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

import numpy as np

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, InputCallback, PlaybackBuffer, Samples
from desktop.voice.device_thread import DeviceThread
from desktop.voice.room import RoomAcoustics, RoomEcho


@dataclass(frozen=True, slots=True)
class PlayedBlock:
    """One block the output played: when it was heard (monotonic), from which stream position,
    and how loud."""

    time: float
    position: int
    samples: int
    peak: float


class FileOutput:
    """A speaker that records to memory. Its thread pulls `block_s` of audio per period; like
    a sound card, it sounds each block `latency_s` after pulling it (the time kept with each
    played block is when it was heard)."""

    def __init__(
        self,
        sample_rate: int,
        realtime: bool = True,
        block_s: float = 0.02,
        latency_s: float = 0.0,
    ) -> None:
        self._buffer = PlaybackBuffer(sample_rate)
        self._buffer.latency_s = latency_s
        self.latency_s = latency_s
        self.sample_rate = sample_rate
        self.realtime = realtime
        self.block = max(1, int(sample_rate * block_s))
        self.blocks: list[PlayedBlock] = []
        self._audio: list[Samples] = []
        self._device = DeviceThread("file-output")
        self._stop = self._device.stopping
        self._lock = threading.Lock()

    @property
    def buffer(self) -> PlaybackBuffer:
        return self._buffer

    def start(self) -> None:
        self._device.start(self._run)

    def stop(self) -> None:
        self._device.stop()

    def _run(self) -> None:  # output thread
        period = self.block / self.sample_rate
        next_time = time.monotonic()
        while not self._stop.is_set():
            stamp = time.monotonic()
            if self.realtime:
                delay = next_time - stamp
                if delay > 0:
                    self._stop.wait(delay)
                stamp = next_time  # the card's own steady clock, not when this thread woke
                next_time += period
            elif self._buffer.pending == 0:
                self._stop.wait(0.002)
                continue
            position = self._buffer.played
            block = self._buffer.read(self.block, stamp)
            with self._lock:
                self.blocks.append(
                    PlayedBlock(
                        stamp + self.latency_s, position, len(block), float(np.abs(block).max())
                    )
                )
                self._audio.append(block)

    def recording(self) -> Samples:
        """Everything played so far, silence included."""
        with self._lock:
            if not self._audio:
                return np.zeros(0, dtype=np.float32)
            return np.concatenate(self._audio)

    def first_sound_after(self, since: float, threshold: float = 0.01) -> float | None:
        """Monotonic time of the first audible block played after `since`."""
        with self._lock:
            for b in self.blocks:
                if b.time >= since and b.peak > threshold:
                    return b.time - self.block / self.sample_rate
        return None

    def silent_since(self, since: float, threshold: float = 0.01) -> float | None:
        """Monotonic time at which output went silent for good after `since`, if it did."""
        with self._lock:
            last_loud = None
            for b in self.blocks:
                if b.time >= since and b.peak > threshold:
                    last_loud = b.time
            if last_loud is None:
                return since
            if self.blocks and self.blocks[-1].time > last_loud:
                return last_loud
        return None


@dataclass
class EchoRoom:
    """The portrait's voice coming back into the microphone: delayed, quieter, plus noise;
    with `acoustics`, through a simulated room (reverberation, a compressing speaker: see
    desktop/voice/room.py), whose delay and level then replace `delay_s` and `gain`."""

    output: PlaybackBuffer
    delay_s: float = 0.06
    gain: float = 0.35
    noise: float = 0.002
    seed: int = 7
    acoustics: RoomAcoustics | None = None

    def __post_init__(self) -> None:
        self._rng = np.random.default_rng(self.seed)
        self._output_running = True  # until a wait times out: a stopped speaker is not waited for
        self._room = RoomEcho(self.acoustics) if self.acoustics is not None else None

    def pickup(self, capture_end: float, frames: int) -> Samples:
        """What the microphone hears of the speaker in the block ending at `capture_end`.

        Sound in a room is there when it is there: if the output thread runs late (a busy
        machine), wait briefly for it rather than record a silence the speaker never made.
        """
        room = self._room
        delay = 0.0 if room is not None else self.delay_s  # the room's response holds its delay
        heard_at = capture_end - (self.acoustics.delay_s if self.acoustics else self.delay_s)
        if self._output_running:
            self._output_running = self.output.wait_played_until(heard_at, timeout=0.25)
        ref = self.output.reference()
        self._output_running = self._output_running or ref.end_time >= heard_at - 0.1
        hist = ref.audio
        end = len(hist) - round((ref.end_time - (capture_end - delay)) * CAPTURE_RATE)
        span = frames + (room.span - 1 if room is not None else 0)
        played = np.zeros(span, dtype=np.float32)
        lo, hi = end - span, end
        src_lo, src_hi = max(lo, 0), min(hi, len(hist))
        if src_hi > src_lo:
            played[src_lo - lo : src_hi - lo] = hist[src_lo:src_hi]
        out = room.block(played, frames) if room is not None else played * self.gain
        out = out + self._rng.normal(0, self.noise, frames).astype(np.float32)
        return out.astype(np.float32)


class FileInput:
    """A microphone that plays `source` (16 kHz mono), then silence until stopped."""

    def __init__(
        self,
        source: Samples | None = None,
        realtime: bool = True,
        room: EchoRoom | None = None,
        stop_after_s: float | None = None,
    ) -> None:
        self._source = source if source is not None else np.zeros(0, dtype=np.float32)
        self.realtime = realtime
        self.room = room
        self._stop_after = stop_after_s
        self._injected: list[tuple[int, Samples]] = []
        self._lock = threading.Lock()
        self._device = DeviceThread("file-input")
        self._stop = self._device.stopping
        self._position = 0
        self.started_at: float | None = None
        self.finished = threading.Event()

    def sample_time(self, index: int) -> float | None:
        """Monotonic time at which sample `index` of the stream was (or will be) captured."""
        if self.started_at is None:
            return None
        return self.started_at + index / CAPTURE_RATE

    def play(self, audio: Samples) -> int:
        """Mix `audio` in from the next block on (a voice speaking now); returns its start index."""
        with self._lock:
            start = self._position + CAPTURE_BLOCK
            self._injected.append((start, audio.astype(np.float32)))
            return start

    def start(self, callback: InputCallback) -> None:
        self._device.start(lambda: self._run(callback))

    def stop(self) -> None:
        self._device.stop()

    def _block(self, start: int) -> Samples:
        block = np.zeros(CAPTURE_BLOCK, dtype=np.float32)
        src = self._source[start : start + CAPTURE_BLOCK]
        block[: len(src)] += src
        with self._lock:
            for at, audio in self._injected:
                lo, hi = max(start, at), min(start + CAPTURE_BLOCK, at + len(audio))
                if hi > lo:
                    block[lo - start : hi - start] += audio[lo - at : hi - at]
        return block

    def _run(self, callback: InputCallback) -> None:  # capture thread
        self.started_at = time.monotonic()
        limit = None if self._stop_after is None else int(self._stop_after * CAPTURE_RATE)
        while not self._stop.is_set():
            start = self._position
            if limit is not None and start >= limit:
                break
            capture_end = self.started_at + (start + CAPTURE_BLOCK) / CAPTURE_RATE
            if self.realtime:
                delay = capture_end - time.monotonic()
                if delay > 0 and self._stop.wait(delay):
                    break
            block = self._block(start)
            if self.room is not None:
                block += self.room.pickup(capture_end, CAPTURE_BLOCK)
            with self._lock:
                self._position += CAPTURE_BLOCK
            callback(block, capture_end)
        self.finished.set()
