"""A pause's words get their reply's first sound made ahead (reply_preview.py): the sentence
looked at is the one the turn then says, nothing is chosen by looking (the conversation goes
on exactly as without), crisis words and a safety pause get none; the listener tells the
words once per pause, only finished ones; the reply's time budget counts from the person's
last word; and in a call the sentence made ahead sounds without being made again."""

from __future__ import annotations

import threading
from typing import Any

from desktop.bench.conversation import builtin_portrait
from desktop.core.events import FinalTranscript, TurnFinished
from desktop.core.grounding import Generate, Listen, Verbatim
from desktop.core.jobs import CancelToken
from desktop.core.reply_guard import GuardInput
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard
from desktop.services.guarded_setup import guarded_conversation
from desktop.voice.audio import CAPTURE_BLOCK, Samples
from desktop.voice.config import EngineConfig
from desktop.voice.end_of_turn import EndOfTurnConfig
from desktop.voice.engine import ConversationEngine
from desktop.voice.file_devices import FileOutput
from desktop.voice.guarded_reply import GuardedReplier, ReplyKind
from desktop.voice.reply_preview import first_sentence
from desktop.voice.tts import SpeechChunk
from desktop.voice.turn_policy import Answer, Honest, TurnPolicy
from desktop.voice.turn_taking import TurnEventKind, TurnTaking
from desktop.voice.vad import TurnConfig
from tests.support.events import Recorder
from tests.support.fakes import FakeSpeaker, FakeTranscriber, PushedInput, Voices, fake_vad, silence
from tests.voice.test_end_of_turn import QUIET, SPEECH, Workers
from tests.voice.test_guarded_engine import SeededModel

SAID = (
    "Work was awful today.",
    "mm",
    "Are you really Mum?",
    "I made your apple cake on Sunday.",
    "What would you say to me right now?",
    "The garden misses you.",
    "I got the job!",
)


def _set_up(seed: int = 3) -> tuple[TurnPolicy, GuardedReplier]:
    voice, sayings = builtin_portrait("en")
    setup = guarded_conversation(voice, sayings, SeededModel(), ("en",), seed=seed)
    assert setup.guarded is not None
    safety = SafetyGuard(display_name=voice.display_name, names=voice.names)
    return TurnPolicy(safety, setup.planner, can_generate=True), setup.guarded


def _first_said(policy: TurnPolicy, guarded: GuardedReplier, text: str) -> str:
    """What the turn starts with when the model has no time: as the responder chooses it."""
    decision = policy.answer(text)
    if isinstance(decision, Honest):
        return decision.text
    assert isinstance(decision, Answer)
    plan = decision.plan
    if isinstance(plan, Generate):
        return guarded.fallback_for(text).text
    assert isinstance(plan, Listen | Verbatim)
    return plan.text


def test_looking_ahead_chooses_nothing_and_sees_the_sentence_then_said() -> None:
    looked, plain = _set_up(), _set_up()
    for text in SAID:
        for other in ("I went to the market and", "Do you remember the lake?", text):
            first_sentence(*looked, other, None)  # pauses that came to nothing, and this one
        ahead = first_sentence(*looked, text, None)
        said = _first_said(*looked, text)
        assert said == _first_said(*plain, text)  # the same conversation as without looking
        assert ahead is not None and said.startswith(ahead)


def test_crisis_words_and_a_pause_in_force_get_nothing_made_ahead() -> None:
    policy, guarded = _set_up()
    assert first_sentence(policy, guarded, "I have the pills ready.", None) is None
    assert first_sentence(policy, guarded, "The garden misses you.", RiskTier.CONCERN) is None
    assert first_sentence(policy, guarded, "   ", None) is None


def test_the_words_are_told_once_a_pause_and_only_finished_ones() -> None:
    def taking(words: str) -> TurnTaking:
        # the model says "not yet", so the turn waits for the 800 ms confirmation
        return TurnTaking(
            TurnConfig(), EndOfTurnConfig(), Workers(), lambda a: 0.1, lambda a: words
        )

    def told(t: TurnTaking, quiet_blocks: int) -> list[Any]:
        events = [e for _ in range(15) for e in t.push(SPEECH, 0.9)]
        events += [e for _ in range(quiet_blocks) for e in t.push(QUIET, 0.0)]
        return [e for e in events if e.kind is not TurnEventKind.SPEECH_STARTED]

    finished = told(taking("I made your apple cake."), 30)
    assert [e.kind for e in finished] == [TurnEventKind.WORDS_READY, TurnEventKind.TURN_ENDED]
    assert finished[0].text == "I made your apple cake."
    assert [e.kind for e in told(taking("I made your apple and"), 60)] == [
        TurnEventKind.TURN_ENDED  # words that go on: nothing to make ahead
    ]


def test_the_budget_counts_from_the_last_word() -> None:
    text = "Work was awful today."
    for since, asked in ((99.0, False), (None, True)):
        _policy, guarded = _set_up()
        guarded.clock = lambda: 100.0
        said = list(guarded.reply([], _given(text), 1, CancelToken(), since=since))
        assert guarded.report.model_asked is asked  # heard 1 s late: no time left to ask it
        assert said and (asked or said[0].kind is not ReplyKind.GENERATED)


def _given(text: str) -> GuardInput:
    return GuardInput(text, (), (), ())


class _Counting(FakeSpeaker):
    """Records what was made before the turn's words were final, and says when the first
    sentence was made."""

    def __init__(self, events: Recorder) -> None:
        super().__init__()
        self.events = events
        self.before_heard: list[str] = []
        self.made = threading.Event()

    def synthesize(self, text: str) -> SpeechChunk:
        if not self.events.of(FinalTranscript):
            self.before_heard.append(text)
        self.made.set()
        return super().synthesize(text)


def test_in_a_call_the_sentence_made_ahead_sounds_without_being_made_again() -> None:
    voice, sayings = builtin_portrait("en")
    model = SeededModel()
    setup = guarded_conversation(voice, sayings, model, ("en",), seed=2)
    voices, events, mic = Voices(), Recorder(), PushedInput()
    speaker = _Counting(events)

    def not_yet(audio: Samples) -> float:
        """Smart Turn's "not yet", only once the reply's first sound was made (the warm-up
        probe is answered at once): until then the rules wait (up to the cap)."""
        if len(audio) > 8000:
            speaker.made.wait(10)
        return 0.1

    engine = ConversationEngine(
        FakeTranscriber(voices),
        model,
        speaker,
        setup.conversation,
        events,
        output=FileOutput(FakeSpeaker.sample_rate, realtime=False),
        audio_input=mic,
        config=EngineConfig(),
        vad_factory=fake_vad,
        planner=setup.planner,
        safety=SafetyGuard(display_name=voice.display_name, names=voice.names),
        guarded=setup.guarded,
        end_of_turn=not_yet,
    )
    engine.start()
    try:
        assert engine.wait_ready(10)
        said = voices.say("Work was awful today.", 0.8)
        for start in range(0, len(said), CAPTURE_BLOCK):
            mic.feed(said[start : start + CAPTURE_BLOCK])
        quiet = silence(0.032)
        for _ in range(60):  # 1.9 s of silence at most: past the cap, the turn ends anyway
            mic.feed(quiet)
        events.wait_for(TurnFinished, 10)
        assert engine.wait_idle(10)
    finally:
        engine.stop()
    finished = events.of(TurnFinished)
    assert finished and finished[0].reply_text
    first = speaker.said[0]
    assert speaker.before_heard == [first]  # made while the rules still weighed the turn
    assert speaker.said.count(first) == 1  # and said without being made again
    assert finished[0].reply_text.startswith(first)
