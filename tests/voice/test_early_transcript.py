"""Sooner decisions. Speech recognition is asked at ~100 ms of silence, before the end-of-turn
model at ~200 ms, and that transcript stands for the pause when no speech came in between
(turn_taking.py); one block both barge-in witnesses hear stops the reply (barge_in.py). Fed
block by block on an inline executor, so every answer is there by the next block."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

import numpy as np

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, Samples
from desktop.voice.end_of_turn import EndOfTurnConfig
from desktop.voice.turn_taking import TurnEvent, TurnEventKind, TurnTaking
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


def test_the_transcript_is_asked_at_100_ms_and_kept_for_the_pause() -> None:
    heard = Heard()
    taking = _taking(heard)
    _feed(taking, 20, speaking=True)
    assert _feed(taking, 2, speaking=False) == [] and heard.read == []  # 64 ms: not yet
    _feed(taking, 1, speaking=False)
    assert heard.read == [23]  # at three blocks (~100 ms) of silence
    ended = _feed(taking, 5, speaking=False)  # the model asked at ~200 ms: the turn ends
    assert [e.kind for e in ended] == [TurnEventKind.TURN_ENDED]
    assert heard.read == [23]  # the transcript asked sooner stands for the pause
    assert ended[0].transcript is not None and ended[0].transcript.result().startswith("I went")
    assert ended[0].silence_ms < 300


def test_speech_after_the_early_transcript_is_read_at_the_next_pause() -> None:
    heard = Heard()
    taking = _taking(heard)
    _feed(taking, 20, speaking=True)
    _feed(taking, 4, speaking=False)  # ~130 ms: asked, then the person goes on
    _feed(taking, 10, speaking=True)
    assert taking.in_turn and heard.read == [23]
    ended = _feed(taking, 8, speaking=False)
    assert [e.kind for e in ended] == [TurnEventKind.TURN_ENDED]
    # the next pause reads what came after the first (from 100 ms before it) and joins them
    assert len(heard.read) == 2 and heard.read[1] < 20
    assert ended[0].transcript is not None
    assert ended[0].transcript.result().count("market") == 2


def test_the_fixed_pause_asks_for_the_transcript_as_before() -> None:
    heard = Heard()
    taking = TurnTaking(
        TurnConfig(), EndOfTurnConfig(semantic=False), Inline(), lambda _a: 0.9, heard
    )
    _feed(taking, 20, speaking=True)
    _feed(taking, 5, speaking=False)
    assert heard.read == []  # nothing before the detector's pause (240 ms)
    _feed(taking, 3, speaking=False)
    assert len(heard.read) == 1


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
