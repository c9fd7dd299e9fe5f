"""Speculative recognition on pauses: one transcription at a time, each of only what is new,
and a transcription not started yet is dropped when a newer pause comes (speculative_stt.py).
A fake recogniser that says how many samples it read; a gate holds the first job so that
pauses come while it runs, as on a busy machine."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from desktop.voice import speculative_stt
from desktop.voice.audio import CAPTURE_RATE, Samples
from desktop.voice.speculative_stt import OVERLAP, WHOLE_TURN, SpeculativeTranscripts


class Recogniser:
    def __init__(self, fail_first: bool = False) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.read: list[int] = []
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()
        self._fail_first = fail_first

    def __call__(self, audio: Samples) -> str:
        with self._lock:
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)
            first = not self.read
            self.read.append(len(audio))
        self.started.set()
        self.gate.wait(10)
        with self._lock:
            self.running -= 1
        if first and self._fail_first:
            raise RuntimeError("recognition failed")
        return f"<{len(audio)}>"


def turn(seconds: float) -> Samples:
    return np.zeros(round(seconds * CAPTURE_RATE), dtype=np.float32)


def test_pauses_while_recognition_runs_make_one_more_transcription_of_what_is_new(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speculative_stt, "WHOLE_TURN", 0)  # a long turn: read in parts
    recogniser = Recogniser()
    audio = turn(3.0)
    first_len, second_len = CAPTURE_RATE, 2 * CAPTURE_RATE
    with ThreadPoolExecutor(max_workers=1) as worker:
        transcripts = SpeculativeTranscripts(worker, recogniser)
        first = transcripts.ask(audio[:first_len])
        assert recogniser.started.wait(10)  # the first transcription is running
        second = transcripts.ask(audio[:second_len])  # waits behind the first ...
        third = transcripts.ask(audio)  # ... and is dropped: this one reads its audio too
        recogniser.gate.set()
        assert first.result(10) == f"<{first_len}>"
        assert second.cancelled()
        rest = len(audio) - (first_len - OVERLAP)
        assert third.result(10) == f"<{first_len}> <{rest}>"
    assert recogniser.read == [first_len, rest]
    assert recogniser.most_at_once == 1


def test_a_failed_earlier_transcription_means_the_whole_turn_is_read() -> None:
    recogniser = Recogniser(fail_first=True)
    recogniser.gate.set()
    audio = turn(2.0)
    with ThreadPoolExecutor(max_workers=1) as worker:
        transcripts = SpeculativeTranscripts(worker, recogniser)
        first = transcripts.ask(audio[:CAPTURE_RATE])
        assert first.exception(10) is not None
        assert transcripts.ask(audio).result(10) == f"<{len(audio)}>"


def test_a_new_turn_reads_from_its_own_start() -> None:
    recogniser = Recogniser()
    recogniser.gate.set()
    with ThreadPoolExecutor(max_workers=1) as worker:
        transcripts = SpeculativeTranscripts(worker, recogniser)
        transcripts.ask(turn(2.0)).result(10)
        transcripts.forget()  # the turn ended
        assert transcripts.ask(turn(1.0)).result(10) == f"<{CAPTURE_RATE}>"


def test_a_short_turn_is_read_whole_at_every_pause_with_its_context() -> None:
    recogniser = Recogniser()
    recogniser.gate.set()
    audio = turn(WHOLE_TURN / CAPTURE_RATE)
    with ThreadPoolExecutor(max_workers=1) as worker:
        transcripts = SpeculativeTranscripts(worker, recogniser)
        transcripts.ask(audio[:CAPTURE_RATE]).result(10)
        assert transcripts.ask(audio).result(10) == f"<{len(audio)}>"
        longer = turn(WHOLE_TURN / CAPTURE_RATE + 1.0)
        assert transcripts.ask(longer).result(10) == f"<{len(audio)}> <{CAPTURE_RATE + OVERLAP}>"
