"""The echo guard on a simulated clock: a speaker, a room and a microphone without threads.

The played stream and the microphone are laid out on one timeline (16 kHz), the output device
reads 20 ms blocks and the listener handles 32 ms microphone blocks, optionally late (a busy
listener thread). Every block is decided the same way on every run.
"""

from __future__ import annotations

import numpy as np
import pytest

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples
from desktop.voice.echo import EchoGuard
from tests.support.voice import silence, speech

_OUT_BLOCK = 320  # 20 ms
_DELAY_S = 0.06
_GAIN = 0.35


def _reply() -> Samples:
    parts = [
        speech("Oh, love, the summers by the sea were the best of times."),
        silence(0.35),
        speech("Your father always burnt the sausages."),
        silence(0.5),
        speech("And you would not come out of the water until your lips were blue."),
    ]
    return np.concatenate(parts)


def _run(voice: Samples | None, voice_at_s: float, listener_lag_s: float) -> list[bool | None]:
    """Per microphone block: None while the guard is not engaged, else `person_speaking`."""
    reply = _reply()
    total = len(reply) + CAPTURE_RATE
    played = np.zeros(total + CAPTURE_RATE, dtype=np.float32)
    played[: len(reply)] = reply
    delay = int(_DELAY_S * CAPTURE_RATE)
    mic = np.zeros(total, dtype=np.float32)
    mic[delay:] += _GAIN * played[: total - delay]
    mic += np.random.default_rng(3).normal(0, 0.002, total).astype(np.float32)
    if voice is not None:
        at = int(voice_at_s * CAPTURE_RATE)
        mic[at : at + len(voice)] += voice[: total - at]
    buffer = PlaybackBuffer(CAPTURE_RATE)
    buffer.write(reply)
    guard = EchoGuard(buffer)
    decisions: list[bool | None] = []
    read = 0
    for start in range(0, total - CAPTURE_BLOCK, CAPTURE_BLOCK):
        capture_end = (start + CAPTURE_BLOCK) / CAPTURE_RATE
        handled_at = capture_end + listener_lag_s
        while (read + _OUT_BLOCK) / CAPTURE_RATE <= handled_at:
            buffer.read(_OUT_BLOCK, (read + _OUT_BLOCK) / CAPTURE_RATE)
            read += _OUT_BLOCK
        raw = mic[start : start + CAPTURE_BLOCK]
        cleaned = guard.clean(raw, capture_end)
        decisions.append(guard.person_speaking(raw, cleaned) if guard.engaged else None)
    return decisions


@pytest.mark.parametrize("listener_lag_s", [0.0, 0.7])
def test_the_portraits_own_voice_is_never_taken_for_the_person(listener_lag_s: float) -> None:
    decisions = _run(None, 0.0, listener_lag_s)
    engaged = [d for d in decisions if d is not None]
    assert len(engaged) > 100  # the guard listened through the whole reply, pauses included
    assert not any(engaged)


def test_a_person_talking_over_the_reply_is_heard() -> None:
    voice = speech("Wait, Mum, stop, I want to tell you something.")
    at_s = 2.0
    decisions = _run(voice, at_s, 0.0)
    first = int(at_s * CAPTURE_RATE) // CAPTURE_BLOCK
    during = decisions[first : first + len(voice) // CAPTURE_BLOCK]
    assert sum(1 for d in during if d) >= 0.5 * len(during)
    assert not any(d for d in decisions[:first])


def test_a_block_captured_long_after_playback_is_passed_through_untouched() -> None:
    buffer = PlaybackBuffer(CAPTURE_RATE)
    buffer.write(_reply()[:CAPTURE_RATE])
    for i in range(50):
        buffer.read(_OUT_BLOCK, (i + 1) * _OUT_BLOCK / CAPTURE_RATE)
    guard = EchoGuard(buffer)
    block = np.random.default_rng(1).normal(0, 0.1, CAPTURE_BLOCK).astype(np.float32)
    cleaned = guard.clean(block, capture_end=1e6)  # far ahead: nothing of ours to hear
    assert not guard.engaged and np.array_equal(cleaned, block)
