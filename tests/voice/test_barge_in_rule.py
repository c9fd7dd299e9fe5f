"""A sooner barge-in decision: one block both witnesses hear stops the reply (barge_in.py)."""

from __future__ import annotations

from desktop.voice.audio import CAPTURE_RATE, PlaybackBuffer
from desktop.voice.barge_in import BargeIn


def test_one_block_both_witnesses_hear_stops_the_reply_and_one_witness_needs_two() -> None:
    ear = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0, lambda _b: 0.0)
    assert ear._count(True, 0.9, 0.9)  # both at once: 32 ms
    assert not ear._count(True, 0.9, 0.0) and ear._count(True, 0.9, 0.0)  # one: two blocks
    assert not ear._count(True, 0.0, 0.9) and not ear._count(True, 0.9, 0.0)  # not in a row
    assert not ear._count(False, 0.9, 0.9)  # nothing playing: nothing to stop
    alone = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0)  # no raw witness
    assert not alone._count(True, 0.9, 0.9) and alone._count(True, 0.9, 0.9)
