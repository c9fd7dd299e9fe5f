"""The playback clock the portrait's mouth follows (`PlaybackBuffer.position_at`): it advances
with time between the device's reads, never past what the device was given, and runs
`latency_s` behind the reads, as the sound comes out of a real card after it took a block."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.voice.audio import PlaybackBuffer
from desktop.voice.file_devices import FileOutput

RATE = 22_050
BLOCK = 441


def _buffer_with_reads(latency_s: float) -> PlaybackBuffer:
    buffer = PlaybackBuffer(RATE)
    buffer.latency_s = latency_s
    buffer.write(np.ones(BLOCK * 2 + 100, dtype=np.float32))
    for k in range(4):  # reads at 0, 20, 40 and 60 ms: the last two run out of audio
        buffer.read(BLOCK, 10.0 + 0.02 * k)
    return buffer


def test_the_position_advances_between_reads_up_to_what_was_handed_over() -> None:
    buffer = _buffer_with_reads(0.0)
    assert buffer.position_at(9.99) == 0.0  # before the first read
    assert buffer.position_at(10.01) == pytest.approx(BLOCK / 2)
    assert buffer.position_at(10.03) == pytest.approx(BLOCK * 1.5)
    assert buffer.position_at(10.05) == pytest.approx(BLOCK * 2 + 100)  # the audio ran out
    assert buffer.position_at(11.0) == pytest.approx(BLOCK * 2 + 100)


def test_the_position_is_what_is_heard_after_the_output_latency() -> None:
    buffer = _buffer_with_reads(0.05)
    assert buffer.position_at(10.04) == 0.0  # taken by the card, not yet heard
    assert buffer.position_at(10.06) == pytest.approx(BLOCK / 2)
    assert buffer.position_at(10.08) == pytest.approx(BLOCK * 1.5)
    assert buffer.played == BLOCK * 2 + 100


def test_a_file_output_keeps_when_each_block_was_heard_on_the_mouths_clock() -> None:
    output = FileOutput(RATE, realtime=True, latency_s=0.08)
    output.buffer.write(np.ones(BLOCK * 6, dtype=np.float32))
    output.start()
    assert output.buffer.wait_drained(5)
    output.stop()
    assert output.buffer.latency_s == 0.08
    heard = [b for b in output.blocks if b.position < BLOCK * 6][-6:]
    assert len(heard) == 6
    for block in heard:  # each block starts sounding at the time the output kept for it
        assert output.buffer.position_at(block.time) == pytest.approx(block.position)
        assert output.buffer.position_at(block.time - 0.001) == pytest.approx(
            max(0, block.position - 0.001 * RATE)
        )
