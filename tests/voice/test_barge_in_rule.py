"""A sooner barge-in decision: one block both witnesses hear stops the reply (barge_in.py)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

import numpy as np

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, Samples
from desktop.voice.end_of_turn import EndOfTurnConfig
from desktop.voice.turn_taking import TurnEvent, TurnTaking
from desktop.voice.vad import TurnConfig

BLOCK_MS = CAPTURE_BLOCK * 1000 / CAPTURE_RATE


class Inline(Executor):
    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn(*args, **kwargs))
        return future


class Heard:
    """Speech recognition: how much audio (in blocks) each call read."""

    def __init__(self) -> None:
        self.read: list[int] = []

    def __call__(self, audio: Samples) -> str:
        self.read.append(len(audio) // CAPTURE_BLOCK)
        return "I went to the market this morning."


def _taking(heard: Heard) -> TurnTaking:
    return TurnTaking(TurnConfig(), EndOfTurnConfig(), Inline(), lambda _a: 0.9, heard)


def _feed(taking: TurnTaking, blocks: int, speaking: bool) -> list[TurnEvent]:
    events = []
    for _ in range(blocks):
        block = np.full(CAPTURE_BLOCK, 0.1 if speaking else 0.0, dtype=np.float32)
        events += taking.push(block, 1.0 if speaking else 0.0)
    return events


def test_one_block_both_witnesses_hear_stops_the_reply_and_one_witness_needs_two() -> None:
    from desktop.voice.audio import PlaybackBuffer
    from desktop.voice.barge_in import BargeIn

    ear = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0, lambda _b: 0.0)
    assert ear._count(True, 0.9, 0.9)  # both at once: 32 ms
    assert not ear._count(True, 0.9, 0.0) and ear._count(True, 0.9, 0.0)  # one: two blocks
    assert not ear._count(True, 0.0, 0.9) and not ear._count(True, 0.9, 0.0)  # not in a row
    assert not ear._count(False, 0.9, 0.9)  # nothing playing: nothing to stop
    alone = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0)  # no raw witness
    assert not alone._count(True, 0.9, 0.9) and alone._count(True, 0.9, 0.9)
