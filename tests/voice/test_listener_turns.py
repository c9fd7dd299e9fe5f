"""The engine's listener ends turns by the end-of-turn rules: the model and the speculative
transcript asked at ~200 ms of silence, the cap, the fixed pause, and a failing model falling
back to the fixed pause. Fake adapters; the microphone fed block by block at a gentle pace so
the turn workers answer between blocks, as they do in real time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from desktop.core.conversation import Conversation
from desktop.core.events import FinalTranscript
from desktop.core.settings import Settings, TurnEnding
from desktop.services.engine_setup import engine_config, turn_judges
from desktop.voice.audio import CAPTURE_BLOCK, Samples
from desktop.voice.config import EngineConfig
from desktop.voice.end_of_turn import EndOfTurnConfig
from desktop.voice.engine import ConversationEngine
from desktop.voice.turn_taking import Judge
from tests.support.events import Recorder
from tests.support.fakes import (
    FakeReplier,
    FakeSpeaker,
    FakeTranscriber,
    PushedInput,
    Voices,
    fake_vad,
    silence,
)

FINISHED = "I went to the market this morning."
GOES_ON = "I went to the market and"


class Line:
    def __init__(self, judge: Judge | None, config: EngineConfig | None = None) -> None:
        self.voices, self.events, self.mic = Voices(), Recorder(), PushedInput()
        self.engine = ConversationEngine(
            FakeTranscriber(self.voices),
            FakeReplier("Yes, love."),
            FakeSpeaker(),
            Conversation("You are Mum."),
            self.events,
            audio_input=self.mic,
            config=config or EngineConfig(),
            vad_factory=fake_vad,
            end_of_turn=judge,
        )
        self.engine.start()
        assert self.engine.wait_ready(10)

    def speak(self, text: str, then_silent_s: float) -> None:
        self.feed(self.voices.say(text, 0.8))
        self.feed(silence(then_silent_s))

    def feed(self, audio: Samples) -> None:
        for start in range(0, len(audio), CAPTURE_BLOCK):
            self.mic.feed(audio[start : start + CAPTURE_BLOCK])
            time.sleep(0.004)

    def heard(self, wait_s: float = 1.0) -> list[str]:
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline and not self.events.of(FinalTranscript):
            time.sleep(0.02)
        return [e.text for e in self.events.of(FinalTranscript)]


@pytest.fixture
def line() -> Iterator[type[Line]]:
    made: list[Line] = []

    class Made(Line):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            made.append(self)

    yield Made
    for each in made:
        each.engine.stop()


def test_a_finished_sentence_ends_the_turn_well_before_the_fixed_pause(line: type[Line]) -> None:
    call = line(lambda audio: 0.9)
    call.speak(FINISHED, 0.4)  # less than the fixed 600 ms
    assert call.heard() == [FINISHED]


def test_words_that_go_on_wait_for_more_up_to_the_cap(line: type[Line]) -> None:
    call = line(lambda audio: 0.9)
    call.speak(GOES_ON, 1.2)  # "…and": not finished, whatever the model says
    assert call.heard(0.3) == []
    call.feed(silence(0.6))  # past the cap of 1.6 s: the turn ends anyway
    assert call.heard() == [GOES_ON]


def test_the_fixed_pause_and_a_failing_model_keep_todays_rule(line: type[Line]) -> None:
    fixed = line(lambda audio: 0.9, EngineConfig(ending=EndOfTurnConfig(semantic=False)))
    fixed.speak(FINISHED, 0.4)
    assert fixed.heard(0.3) == []
    fixed.feed(silence(0.3))
    assert fixed.heard() == [FINISHED]

    def broken(audio: Samples) -> float:
        raise RuntimeError("the model file is damaged")

    failing = line(broken)
    failing.speak(FINISHED, 0.4)
    assert failing.heard(0.3) == []
    failing.feed(silence(0.3))
    assert failing.heard() == [FINISHED]


def test_settings_choose_the_rule_and_a_missing_model_leaves_the_fixed_pause(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    finished = Settings()
    assert finished.end_of_turn is TurnEnding.FINISHED
    assert engine_config(finished).ending.semantic
    fixed = replace(finished, end_of_turn=TurnEnding.FIXED, end_of_turn_silence_ms=900)
    config = engine_config(fixed)
    assert not config.ending.semantic and config.turn.end_silence_ms == 900
    assert turn_judges(fixed, tmp_path).voice is None  # type: ignore[arg-type]

    from desktop.voice import bundled

    gone = bundled.BundledFile("Smart Turn v3", "no_such_package_here", "data", "*.onnx")
    monkeypatch.setattr(bundled, "SMART_TURN", gone)
    judges = turn_judges(finished, tmp_path)  # type: ignore[arg-type]
    assert judges.voice is None and judges.words is None
