"""A simulated room: what a microphone hears of the portrait's voice through the speakers.

Three things make real echo hard to remove, and the room has all three, each with a known
amount so tests and `keepsake bench` measure the same thing on every run:
- a *delay* (the sound card's buffers and the distance from speaker to microphone);
- *reverberation*: walls and furniture add a decaying tail of reflections (an exponentially
  decaying noise impulse response with a chosen RT60) to the direct sound;
- a *speaker non-linearity*: a small laptop speaker compresses loud peaks (tanh soft clipping),
  so the echo is not a linear copy of what was played.

`RoomEcho.render()` turns a whole played signal into its echo (offline, for tests on a
simulated clock); `RoomEcho.block()` computes the echo of one microphone block from the
recent playback history (for the file-backed devices, block by block). Both are exact and
agree sample for sample: the non-linearity is memoryless and the impulse response is finite.
Plain numpy, any thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from desktop.voice.audio import CAPTURE_RATE, Samples


@dataclass(frozen=True, slots=True)
class RoomAcoustics:
    """The room's echo path. Defaults: a laptop on a kitchen table, speakers at normal volume."""

    delay_s: float = 0.06
    gain: float = 0.35  # level of the direct sound at the microphone
    rt60_s: float = 0.3  # reverberation time: the tail falls by 60 dB in this long
    reverb_share: float = 0.5  # energy of the reflections relative to the direct sound
    drive: float = 1.5  # speaker non-linearity: 0 is linear, higher compresses more
    noise: float = 0.002  # the room's own hiss (RMS)
    seed: int = 7


_TAIL_DB = 60.0


def impulse_response(acoustics: RoomAcoustics, rate: int = CAPTURE_RATE) -> Samples:
    """The room's impulse response at `rate`: the delay, the direct sound, then the tail."""
    delay = round(acoustics.delay_s * rate)
    length = max(1, round(acoustics.rt60_s * rate)) if acoustics.reverb_share > 0 else 1
    rng = np.random.default_rng(acoustics.seed)
    ir = np.zeros(delay + length, dtype=np.float64)
    ir[delay] = 1.0
    if length > 1:
        t = np.arange(1, length) / rate
        decay = np.exp(-t * math.log(10 ** (_TAIL_DB / 20)) / acoustics.rt60_s)
        tail = rng.normal(0.0, 1.0, length - 1) * decay
        # The first reflections arrive a few milliseconds after the direct sound.
        tail[: round(0.003 * rate)] = 0.0
        energy = float(np.dot(tail, tail))
        if energy > 0:
            tail *= math.sqrt(acoustics.reverb_share / energy)
        ir[delay + 1 :] = tail
    return (ir * acoustics.gain).astype(np.float32)


def speaker(audio: Samples, drive: float) -> Samples:
    """A loudspeaker that compresses its peaks (unity gain for quiet sounds)."""
    if drive <= 0:
        return audio.astype(np.float32)
    return (np.tanh(drive * audio.astype(np.float64)) / drive).astype(np.float32)


@dataclass(frozen=True)
class RoomEcho:
    """The echo of played audio (16 kHz) at the microphone, without the room's noise."""

    acoustics: RoomAcoustics = RoomAcoustics()

    @cached_property
    def response(self) -> Samples:
        return impulse_response(self.acoustics)

    @property
    def span(self) -> int:
        """How many samples of playback history one echo sample depends on."""
        return len(self.response)

    def render(self, played: Samples) -> Samples:
        """The echo of a whole played signal, as long as it (the tail beyond is dropped)."""
        if not len(played):
            return np.zeros(0, dtype=np.float32)
        driven = speaker(played, self.acoustics.drive)
        size = 1 << math.ceil(math.log2(len(driven) + self.span))
        spectrum = np.fft.rfft(driven, size) * np.fft.rfft(self.response, size)
        return np.fft.irfft(spectrum, size)[: len(played)].astype(np.float32)

    def block(self, history: Samples, frames: int) -> Samples:
        """The echo of the last `frames` samples, given at least `frames + span - 1` samples of
        playback history ending with them (zeros before the history began)."""
        need = frames + self.span - 1
        if len(history) < need:
            history = np.concatenate([np.zeros(need - len(history), np.float32), history])
        echo = self.render(history[-need:])
        return echo[-frames:]

    def noise(self, frames: int, rng: np.random.Generator) -> Samples:
        return rng.normal(0.0, self.acoustics.noise, frames).astype(np.float32)


def energy_db(signal: Samples) -> float:
    """Mean power in dB (relative to a full-scale square wave); -inf for silence."""
    power = float(np.mean(np.square(signal.astype(np.float64)))) if len(signal) else 0.0
    return 10 * math.log10(power) if power > 0 else -math.inf
