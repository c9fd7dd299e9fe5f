"""The conversation engine's own logic, on fake adapters with the real interfaces: deterministic
and fast. The real models end to end are in tests/integration/test_engine_real_models.py."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from desktop.core.conversation import Conversation, Role, heard_part
from desktop.core.events import (
    CrisisDetected,
    FinalTranscript,
    InputSource,
    Interrupted,
    PausedTurn,
    ReadyToEnd,
    ReplyWithheld,
    SpeakingStarted,
    TurnFinished,
)
from desktop.core.grounding import RecordedClip, ReplyPlan, ReplySource, Verbatim
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard, default_detector, safe_reply
from desktop.voice.audio import CAPTURE_BLOCK
from desktop.voice.config import EngineConfig
from desktop.voice.engine import BLOCK_QUEUE, ConversationEngine
from desktop.voice.file_devices import FileInput, FileOutput
from tests.support.events import Recorder
from tests.support.fakes import (
    FakeReplier,
    FakeSpeaker,
    FakeTranscriber,
    ManualOutput,
    PushedInput,
    Voices,
    fake_vad,
    joined,
    silence,
)

STORY = "The sea was calm that summer. We swam every morning. You laughed at the gulls."


@dataclass
class Call:
    engine: ConversationEngine
    events: Recorder
    voices: Voices
    llm: FakeReplier
    tts: FakeSpeaker


@pytest.fixture
def call_with() -> Iterator[object]:
    """`call_with(reply, output=None, audio_input=None, **engine options)`: a started engine
    on fake adapters; stopped after the test."""
    started: list[ConversationEngine] = []

    def make(
        reply: str | tuple[str, ...] = "Hello, love.",
        output: object = None,
        audio_input: object = None,
        **options: object,
    ) -> Call:
        voices, events = Voices(), Recorder()
        llm = FakeReplier(*((reply,) if isinstance(reply, str) else reply))
        tts = FakeSpeaker()
        engine = ConversationEngine(
            FakeTranscriber(voices),
            llm,
            tts,
            Conversation("You are Mum."),
            events,
            output=output,  # type: ignore[arg-type]
            audio_input=audio_input,  # type: ignore[arg-type]
            **{"vad_factory": fake_vad, **options},  # type: ignore[arg-type]
        )
        engine.start()
        assert engine.wait_ready(10)
        started.append(engine)
        return Call(engine, events, voices, llm, tts)

    yield make
    for engine in started:
        engine.stop()


def test_a_typed_turn_is_heard_whole_and_kept_in_the_history(call_with) -> None:
    call = call_with("Hello, love. Have you eaten yet?", output=FileOutput(16_000, realtime=False))
    call.engine.submit_text("I'm home, Mum.")
    finished = call.events.wait_for(TurnFinished)
    assert call.engine.wait_idle(10)
    assert finished.reply_text == finished.heard_text == "Hello, love. Have you eaten yet?"
    assert not finished.interrupted and finished.latency_s is not None
    assert [s.text for s in call.events.of(SpeakingStarted)] == [
        "Hello, love.",
        "Have you eaten yet?",
    ]
    assert [(m.role, m.content) for m in call.engine.conversation.history] == [
        (Role.USER, "I'm home, Mum."),
        (Role.ASSISTANT, "Hello, love. Have you eaten yet?"),
    ]


def test_a_reply_stops_at_the_sentence_cap_and_at_a_repeated_sentence(call_with) -> None:
    capped = call_with(STORY + " One more thing.", config=EngineConfig(max_reply_sentences=2))
    capped.engine.submit_text("Tell me about the sea.")
    finished = capped.events.wait_for(TurnFinished)
    assert finished.reply_text == "The sea was calm that summer. We swam every morning."
    assert capped.llm.pulled < len((STORY + " One more thing.").split())  # the stream stopped
    repeating = call_with("I love you. I love you. I love you.")
    repeating.engine.submit_text("Do you love me?")
    assert repeating.events.wait_for(TurnFinished).reply_text == "I love you."


def test_speaking_over_the_reply_stops_it_and_the_history_keeps_what_was_heard(call_with) -> None:
    speaker, mic = ManualOutput(), PushedInput()
    call = call_with(STORY, output=speaker, audio_input=mic)
    call.engine.submit_text("Tell me about the sea.")
    first = call.events.wait_for(SpeakingStarted)
    call.events.wait_for(SpeakingStarted, count=3)  # every sentence is queued
    speaker.play(first.num_samples // 2)  # half of the first sentence has been heard
    mic.feed(joined(call.voices.say("Wait, Mum."), silence(1.0)))  # the person talks over it
    interrupted = call.events.wait_for(Interrupted)
    assert speaker.buffer.pending == 0  # nothing more of the reply is played
    cut = call.events.wait_for(TurnFinished)
    half = (first.num_samples // 2) / first.num_samples
    heard = heard_part("The sea was calm that summer.", half)
    assert heard == "The sea was…"
    assert cut.interrupted and cut.heard_text == interrupted.heard_text == heard
    assert call.events.wait_for(FinalTranscript, count=2).text == "Wait, Mum."  # their turn
    assistant = [m.content for m in call.engine.conversation.history if m.role is Role.ASSISTANT]
    assert assistant[0] == heard


def test_a_typed_message_cancels_the_reply_in_flight(call_with) -> None:
    speaker = ManualOutput()
    call = call_with((STORY, "Of course. The roses are out."), output=speaker)
    call.engine.submit_text("Tell me about the sea.")
    call.events.wait_for(SpeakingStarted)
    call.engine.submit_text("Actually, tell me about the garden.")
    first = call.events.wait_for(TurnFinished)
    assert first.interrupted and first.heard_text == ""  # nothing of it was played yet
    call.events.wait_for(SpeakingStarted, where=lambda s: s.text == "The roses are out.")
    speaker.play(speaker.buffer.pending)
    second = call.events.wait_for(TurnFinished, count=2)
    assert second.user_text == "Actually, tell me about the garden." and not second.interrupted
    assert second.heard_text == "Of course. The roses are out."
    assert call.engine.wait_idle(10)


def test_time_up_ends_after_the_sentence_being_played(call_with) -> None:
    speaker = ManualOutput()
    call = call_with(STORY, output=speaker)
    call.engine.submit_text("Tell me about the sea.")
    first = call.events.wait_for(SpeakingStarted)
    call.events.wait_for(SpeakingStarted, count=3)
    speaker.play(first.num_samples // 3)
    call.engine.end_after_sentence()
    assert speaker.buffer.pending == first.num_samples - first.num_samples // 3
    speaker.play(speaker.buffer.pending)  # the first sentence ends, whole
    call.events.wait_for(ReadyToEnd)
    finished = call.events.wait_for(TurnFinished)
    assert finished.heard_text == "The sea was calm that summer."
    call.engine.submit_text("Are you still there?")  # time is up: nothing new is answered
    assert call.engine.wait_idle(10)
    assert len(call.events.of(FinalTranscript)) == 1


def test_stopping_while_a_fast_file_microphone_floods_leaves_no_thread(call_with) -> None:
    mic = FileInput(realtime=False)  # blocks as fast as the engine takes them, for ever
    before = set(threading.enumerate())
    speaker = ManualOutput()
    call = call_with(STORY, output=speaker, audio_input=mic)
    call.engine.submit_text("Tell me about the sea.")
    call.events.wait_for(SpeakingStarted)  # stopped in the middle of a reply, too
    call.engine.stop()
    assert speaker.buffer.pending == 0
    assert call.engine.alive_threads == []
    assert mic.finished.is_set()  # the microphone's thread was not left waiting for room
    assert [t for t in threading.enumerate() if t not in before and t.is_alive()] == []


class _GatedVad:
    """A VAD that does not answer until `open` is set: a listener far behind its input."""

    def __init__(self) -> None:
        self.open = threading.Event()

    def __call__(self) -> object:
        gate = self.open
        hear = fake_vad()

        def probability(block: object) -> float:
            gate.wait(30)
            return hear(block)  # type: ignore[arg-type]

        return probability


def test_a_file_microphone_waits_for_room_so_no_turn_is_lost(call_with) -> None:
    """The flakiness seen under load: a non-real-time file microphone filled the listener's
    queue and blocks were dropped. A file now waits for room; a live device still drops."""
    voices, gated = Voices(), _GatedVad()
    ahead = BLOCK_QUEUE + 40  # the voice starts past what the queue can hold
    before = silence(ahead * CAPTURE_BLOCK / 16_000)
    source = joined(before, voices.say("How was your day?"), silence(1))
    delivered = threading.Event()

    class Counting(FileInput):
        def start(self, callback):
            count = [0]

            def counted(block, capture_end):
                callback(block, capture_end)
                count[0] += 1
                if count[0] == BLOCK_QUEUE + 1:  # the queue is full: the next one must wait
                    delivered.set()

            super().start(counted)

    mic = Counting(source, realtime=False)
    call = call_with(output=FileOutput(16_000, realtime=False), audio_input=mic, vad_factory=gated)
    call.voices.texts = voices.texts
    assert delivered.wait(10)  # the queue is full and the listener has heard nothing yet
    gated.open.set()
    transcript = call.events.wait_for(FinalTranscript, timeout=30)
    assert transcript.text == "How was your day?" and transcript.source is InputSource.SPOKEN


class _Saying:
    def __init__(self, text: str, clip: RecordedClip | None = None) -> None:
        self.text, self.clip = text, clip

    def plan(self, user_text: str) -> ReplyPlan:
        return Verbatim(self.text, 1, self.clip)


def _guarded(call_with, **options: object) -> Call:
    return call_with(safety=SafetyGuard(default_detector(), "Mum"), **options)


def test_a_crisis_holds_the_portrait_until_the_person_chooses_to_go_on(call_with) -> None:
    call = _guarded(call_with)
    call.llm.reply = "Tell me about the garden."
    call.engine.submit_text("I took all my pills")
    crisis = call.events.wait_for(CrisisDetected)
    assert crisis.tier is RiskTier.IMMINENT and not call.events.of(TurnFinished)
    call.engine.submit_text("I don't know")  # heard, recorded, but the portrait stays silent
    assert call.events.wait_for(PausedTurn).text == "I don't know"
    call.engine.say("We're nearly at the end of our time.")  # nothing unasked either
    assert call.engine.wait_idle(10)
    assert not call.events.of(TurnFinished) and call.engine.safety_hold is RiskTier.IMMINENT
    call.engine.submit_text("I can't go on without you")  # concern never lowers the hold
    assert call.engine.wait_idle(10) and call.engine.safety_hold is RiskTier.IMMINENT
    call.engine.resume_after_pause()
    call.engine.submit_text("Tell me about the garden")
    assert call.events.wait_for(TurnFinished).reply_text == "Tell me about the garden."


def test_a_generated_invitation_is_replaced_and_what_came_before_stays(call_with) -> None:
    call = _guarded(call_with)
    call.llm.reply = "I miss you too. Come home to me, I'm waiting for you."
    call.engine.submit_text("I miss you")
    finished = call.events.wait_for(TurnFinished)
    assert finished.reply_text == "I miss you too. " + safe_reply("en")
    assert "waiting" not in finished.heard_text and "waiting" not in " ".join(call.tts.said)
    assert [e.source for e in call.events.of(ReplyWithheld)] == [ReplySource.AI]


def test_a_saying_that_invites_is_skipped_and_a_fitting_one_plays_its_recording(call_with) -> None:
    skipped = _guarded(call_with, planner=_Saying("Come home soon, I'm waiting for you."))
    skipped.engine.submit_text("I miss you")
    assert skipped.events.wait_for(TurnFinished).reply_source is ReplySource.AI
    assert [e.source for e in skipped.events.of(ReplyWithheld)] == [ReplySource.SAID_IN_LIFE]
    import array

    clip = RecordedClip(array.array("f", [0.0] * 8000), 8000)
    speaker = FileOutput(16_000, realtime=False)
    verbatim = _guarded(call_with, planner=_Saying("Have you eaten yet?", clip), output=speaker)
    verbatim.engine.submit_text("I'm hungry")
    finished = verbatim.events.wait_for(TurnFinished)
    assert finished.reply_source is ReplySource.SAID_IN_LIFE
    [played] = verbatim.events.of(SpeakingStarted)
    assert played.recording is clip and played.num_samples == 16_000  # resampled to the speaker
    assert verbatim.tts.said == []  # their own voice, not the synthetic one


def test_the_words_judge_is_shown_what_the_person_heard_the_portrait_say_last(call_with) -> None:
    asked: list[tuple[str, str]] = []

    def words_end(words: str, after: str) -> float:
        asked.append((words, after))
        return 0.5

    call = call_with(
        "Hello, love. Have you eaten yet?",
        output=FileOutput(16_000, realtime=False),
        words_end=words_end,
    )
    assert call.engine._words_after_reply("I'm home.") == 0.5
    assert asked[-1] == ("I'm home.", "")  # nothing said yet
    call.engine.submit_text("I'm home, Mum.")
    call.events.wait_for(TurnFinished)
    assert call.engine.wait_idle(10)
    call.engine._words_after_reply("I had soup.")
    assert asked[-1] == ("I had soup.", "Hello, love. Have you eaten yet?")
