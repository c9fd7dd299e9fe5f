"""What Whisper is asked to do per call: a turn the listener cut is not searched for speech
again (its own VAD found it), other audio is (stt.py). The model is a stand-in recording the
options: the real one is exercised by the end-to-end tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop.voice.audio import CAPTURE_RATE
from desktop.voice.stt import VAD_FROM_S, WhisperTranscriber, turn_transcriber
from tests.support.fakes import FakeTranscriber, Voices


class Segment:
    text = " I went to the market."
    no_speech_prob = 0.01


class Options:
    def __init__(self) -> None:
        self.asked: list[dict[str, Any]] = []

    def transcribe(self, audio: Any, **options: Any) -> tuple[list[Segment], None]:
        self.asked.append(options)
        return [Segment()], None


def _whisper() -> tuple[WhisperTranscriber, Options]:
    stt = WhisperTranscriber(Path("unused"))
    model = Options()
    stt._model = model
    return stt, model


def test_a_turn_is_not_searched_for_speech_again_but_a_recording_is() -> None:
    stt, model = _whisper()
    turn = np.zeros(2 * CAPTURE_RATE, dtype=np.float32)
    assert turn_transcriber(stt)(turn) == "I went to the market."
    assert stt.transcribe(turn) == "I went to the market."
    long_turn = np.zeros(int((VAD_FROM_S + 1) * CAPTURE_RATE), dtype=np.float32)
    stt.transcribe_speech(long_turn)
    assert [o["vad_filter"] for o in model.asked] == [False, True, True]


def test_a_transcriber_without_the_option_is_used_as_it_is() -> None:
    fake = FakeTranscriber(Voices())
    assert turn_transcriber(fake) == fake.transcribe
