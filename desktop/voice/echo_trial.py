"""The portrait speaking into a simulated room, on a simulated clock: what the listener hears.

The played stream and the microphone are laid out on one 16 kHz timeline. The output device
reads 20 ms blocks; the room (room.py) turns what was played into echo and adds its hiss; a
second voice may talk over the reply; the listener's ear (barge_in.py: echo cancellation, VAD,
the barge-in rule) handles 32 ms blocks in order. Nothing depends on the machine's speed, so
tests and `keepsake bench` get the same figures on every run, and every trial happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples
from desktop.voice.barge_in import BargeIn
from desktop.voice.room import RoomAcoustics, RoomEcho, energy_db

OUTPUT_BLOCK = 320  # the output device reads 20 ms at a time
Ear = Callable[[PlaybackBuffer], BargeIn]


@dataclass(frozen=True, slots=True)
class Listened:
    barge_ins: tuple[float, ...]  # capture times (s) at which the reply would be stopped
    raw: Samples  # the microphone
    cleaned: Samples  # what the ear passed on (to the VAD and speech recognition)
    played_until: float  # when the reply's audio ended (s)


def listen(
    played: Samples,
    room: RoomAcoustics,
    ear: Ear,
    voice: Samples | None = None,
    voice_at_s: float = 0.0,
    tail_s: float = 0.5,
) -> Listened:
    """The whole reply through the room, a second voice talking over it if given."""
    total = len(played) + int(tail_s * CAPTURE_RATE)
    total -= total % CAPTURE_BLOCK
    stream = np.zeros(total, dtype=np.float32)
    stream[: len(played)] = played[:total]
    echo = RoomEcho(room)
    mic = echo.render(stream) + echo.noise(total, np.random.default_rng(room.seed))
    if voice is not None:
        at = int(voice_at_s * CAPTURE_RATE)
        mic[at : at + len(voice)] += voice[: max(0, total - at)]
    buffer = PlaybackBuffer(CAPTURE_RATE)
    buffer.write(played)
    listener = ear(buffer)
    barge_ins: list[float] = []
    cleaned: list[Samples] = []
    read = 0
    for start in range(0, total, CAPTURE_BLOCK):
        capture_end = (start + CAPTURE_BLOCK) / CAPTURE_RATE
        while (read + OUTPUT_BLOCK) / CAPTURE_RATE <= capture_end:
            buffer.read(OUTPUT_BLOCK, (read + OUTPUT_BLOCK) / CAPTURE_RATE)
            read += OUTPUT_BLOCK
        heard = listener.hear(mic[start : start + CAPTURE_BLOCK], capture_end, start < len(played))
        cleaned.append(heard.cleaned)
        if heard.barge_in:
            barge_ins.append(capture_end)
    return Listened(tuple(barge_ins), mic, np.concatenate(cleaned), len(played) / CAPTURE_RATE)


def echo_return_loss_db(listened: Listened) -> float:
    """How much quieter the portrait's own voice is after the ear than at the microphone."""
    end = int(listened.played_until * CAPTURE_RATE)
    return energy_db(listened.raw[:end]) - energy_db(listened.cleaned[:end])


@dataclass(frozen=True, slots=True)
class BargeInTrial:
    onset_s: float  # when the person's voice became audible
    detected: bool
    stop_s: float | None  # from their onset until the speakers went silent


def barge_in_trial(
    played: Samples, room: RoomAcoustics, ear: Ear, voice: Samples, at_s: float
) -> BargeInTrial:
    """The person talks over the reply from `at_s`: was it stopped, and how soon?

    The reply stops when the listener decides (the end of the block that decided it) plus the
    block the output device is playing (it is cut at the next read)."""
    heard = listen(played, room, ear, voice, at_s)
    onset = at_s + int(np.flatnonzero(np.abs(voice) > 0.005)[0]) / CAPTURE_RATE
    after = [t for t in heard.barge_ins if t > at_s]
    if not after:
        return BargeInTrial(onset, False, None)
    return BargeInTrial(onset, True, max(0.0, after[0] + OUTPUT_BLOCK / CAPTURE_RATE - onset))
