"""The whole conversation engine with real models and file-backed devices."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop.core.conversation import Conversation, PersonaVoice, Role, build_system_prompt
from desktop.core.events import (
    EngineEvent,
    FinalTranscript,
    InputSource,
    Interrupted,
    NothingHeard,
    SpeakingStarted,
    TurnFinished,
)
from desktop.voice.audio import write_wav
from desktop.voice.engine import ConversationEngine
from desktop.voice.file_devices import EchoRoom, FileInput, FileOutput
from tests.support.voice import shared_adapters, silence, speech

pytestmark = pytest.mark.slow

LONG_QUESTION = "Please tell me a long story about our summer holidays by the sea, Mum."


class Recorder:
    """Collects events (engine threads) and lets the test wait for one kind (no sleeps)."""

    def __init__(self) -> None:
        self.events: list[EngineEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: EngineEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(
        self,
        kind: type,
        timeout: float = 60,
        where: Callable[[Any], bool] = lambda _e: True,
    ) -> EngineEvent:
        def found() -> EngineEvent | None:
            return next((e for e in self.events if isinstance(e, kind) and where(e)), None)

        with self._cond:
            assert self._cond.wait_for(lambda: found() is not None, timeout), kind
            event = found()
            assert event is not None
            return event

    def of(self, kind: type) -> list[EngineEvent]:
        with self._cond:
            return [e for e in self.events if isinstance(e, kind)]


def _engine(
    recorder: Callable[[EngineEvent], None],
    output: FileOutput | None,
    audio_input: FileInput | None = None,
) -> ConversationEngine:
    a = shared_adapters()
    prompt = build_system_prompt(PersonaVoice(display_name="Mum", user_name="Lily"))
    return ConversationEngine(
        a.stt, a.llm, a.tts, Conversation(prompt), recorder, output=output, audio_input=audio_input
    )


def test_a_spoken_turn_from_wav_in_to_wav_out(tmp_path: Path) -> None:
    recorder = Recorder()
    output = FileOutput(shared_adapters().tts.sample_rate, realtime=False)
    mic = FileInput(
        np.concatenate([silence(0.4), speech("How was your day, Mum?"), silence(1.5)]),
        realtime=False,
    )
    engine = _engine(recorder, output, mic)
    engine.start()
    try:
        finished = recorder.wait_for(TurnFinished)
        assert engine.wait_idle(30)
    finally:
        engine.stop()
    assert isinstance(finished, TurnFinished)
    transcript = recorder.of(FinalTranscript)[0]
    assert isinstance(transcript, FinalTranscript) and transcript.source is InputSource.SPOKEN
    assert "how was your day" in transcript.text.lower()
    assert finished.reply_text and not finished.interrupted
    spoken = recorder.of(SpeakingStarted)
    assert spoken and all(isinstance(s, SpeakingStarted) and s.phonemes for s in spoken)
    audio = output.recording()
    assert float(np.abs(audio).max()) > 0.1
    write_wav(tmp_path / "reply.wav", audio, output.sample_rate)
    heard_back = shared_adapters().stt.transcribe(
        __import__("desktop.voice.audio", fromlist=["read_wav_16k"]).read_wav_16k(
            tmp_path / "reply.wav"
        )
    )
    first_words = finished.reply_text.split()[:2]
    assert first_words[0].strip(",.!?").lower() in heard_back.lower()
    assert engine.conversation.history[-1].content == finished.heard_text


def test_typed_input_without_a_speaker_gives_text_only() -> None:
    recorder = Recorder()
    engine = _engine(recorder, output=None)
    engine.start()
    try:
        engine.submit_text("I finished the garden today.")
        finished = recorder.wait_for(TurnFinished)
    finally:
        engine.stop()
    assert isinstance(finished, TurnFinished)
    assert finished.source is InputSource.TYPED and finished.reply_text
    assert recorder.of(SpeakingStarted) == []


def _talk_over_echo(with_voice: bool) -> tuple[Recorder, ConversationEngine, FileOutput]:
    recorder = Recorder()
    output = FileOutput(shared_adapters().tts.sample_rate, realtime=True)
    mic = FileInput(realtime=True, room=EchoRoom(output.buffer, delay_s=0.06, gain=0.35))
    engine = _engine(recorder, output, mic)
    engine.start()
    assert engine.wait_ready(60)
    engine.submit_text(LONG_QUESTION)
    if with_voice:
        # Talk over a sentence long enough that the reply cannot end before the voice starts.
        recorder.wait_for(SpeakingStarted, where=lambda e: e.num_samples > 1.5 * e.sample_rate)
        mic.play(speech("Wait, Mum, stop, I want to tell you something.") * 1.2)
    else:
        recorder.wait_for(SpeakingStarted)
    return recorder, engine, output


def test_the_portraits_own_voice_through_the_microphone_is_not_a_barge_in() -> None:
    recorder, engine, _output = _talk_over_echo(with_voice=False)
    try:
        finished = recorder.wait_for(TurnFinished, timeout=90)
    finally:
        engine.stop()
    assert isinstance(finished, TurnFinished)
    assert not finished.interrupted
    assert recorder.of(Interrupted) == []


def test_a_real_voice_over_the_echo_interrupts_and_history_keeps_what_was_heard() -> None:
    recorder, engine, output = _talk_over_echo(with_voice=True)
    try:
        interrupted = recorder.wait_for(Interrupted, timeout=60)
        first = recorder.wait_for(TurnFinished, timeout=60)
        assert engine.wait_idle(60)
    finally:
        engine.stop()
    assert isinstance(interrupted, Interrupted) and isinstance(first, TurnFinished)
    assert first.interrupted
    assert len(first.heard_text) < len(first.reply_text)
    history = engine.conversation.history
    assistant = [m.content for m in history if m.role is Role.ASSISTANT]
    assert assistant[0] == (first.heard_text or "…")
    assert output.buffer.pending == 0


def test_stopping_mid_reply_leaves_no_thread_running() -> None:
    recorder = Recorder()
    output = FileOutput(shared_adapters().tts.sample_rate, realtime=True)
    mic = FileInput(realtime=True)
    engine = _engine(recorder, output, mic)
    before = set(threading.enumerate())
    engine.start()
    assert engine.wait_ready(60)
    engine.submit_text(LONG_QUESTION)
    recorder.wait_for(SpeakingStarted)
    engine.stop()
    assert engine.alive_threads == []
    leftover = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert leftover == []
    assert output.buffer.pending == 0


@pytest.mark.parametrize("kind", ["empty", "silent"])
def test_talk_with_an_empty_or_silent_wav_did_not_catch_that(
    kind: str, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    wav = tmp_path / f"{kind}.wav"
    write_wav(wav, silence(0.0 if kind == "empty" else 2.0), 16000)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "talk", "--wav", str(wav), "--json"],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert result["transcript"] == "" and result["reply"] == "" and result["heard"] is False


def test_talk_text_json_and_out(tmp_path: Path, subprocess_env: dict[str, str]) -> None:
    out = tmp_path / "reply.wav"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "talk",
            "--text",
            "Good morning, Mum.",
            "--out",
            str(out),
            "--json",
        ],
        env=subprocess_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {"transcript", "reply", "audio_seconds", "latency_s"}
    assert result["transcript"] == "Good morning, Mum." and result["reply"]
    assert result["audio_seconds"] > 0.5 and out.stat().st_size > 10_000


def test_nothing_heard_event_for_a_cough() -> None:
    recorder = Recorder()
    engine = _engine(recorder, output=None)
    engine.start()
    try:
        engine.submit_audio(silence(1.0))
        recorder.wait_for(NothingHeard)
    finally:
        engine.stop()


def test_time_up_ends_after_the_sentence_being_spoken_never_mid_word() -> None:
    from desktop.core.events import ReadyToEnd

    recorder = Recorder()
    output = FileOutput(shared_adapters().tts.sample_rate, realtime=True)
    engine = _engine(recorder, output, FileInput(realtime=True))
    engine.start()
    try:
        assert engine.wait_ready(60)
        engine.submit_text(LONG_QUESTION)
        first = recorder.wait_for(SpeakingStarted)
        assert isinstance(first, SpeakingStarted)
        engine.end_after_sentence()
        recorder.wait_for(ReadyToEnd, timeout=60)
        finished = recorder.wait_for(TurnFinished, timeout=60)
        engine.submit_text("Are you still there?")  # time is up: nothing new is answered
        assert engine.wait_idle(30)
    finally:
        engine.stop()
    assert isinstance(finished, TurnFinished)
    spoken = [s for s in recorder.of(SpeakingStarted) if isinstance(s, SpeakingStarted)]
    sentence_ends = {s.start_sample + s.num_samples for s in spoken}
    assert output.buffer.played in sentence_ends  # the last sound was a whole sentence
    assert finished.heard_text.startswith(first.text)
    assert len(recorder.of(FinalTranscript)) == 1


def test_the_portrait_can_say_a_line_unasked_in_its_own_voice(tmp_path: Path) -> None:
    recorder = Recorder()
    output = FileOutput(shared_adapters().tts.sample_rate, realtime=False)
    engine = _engine(recorder, output)
    engine.start()
    try:
        assert engine.wait_ready(60)
        engine.say("We are nearly at the end of our time for today. Take care of yourself.")
        finished = recorder.wait_for(TurnFinished, timeout=60)
        assert engine.wait_idle(30)
    finally:
        engine.stop()
    assert isinstance(finished, TurnFinished)
    assert finished.source is InputSource.PORTRAIT and not finished.interrupted
    assert len(recorder.of(SpeakingStarted)) == 2  # sentence by sentence
    write_wav(tmp_path / "goodbye.wav", output.recording(), output.sample_rate)
    from desktop.voice.audio import read_wav_16k

    heard = shared_adapters().stt.transcribe(read_wav_16k(tmp_path / "goodbye.wav")).lower()
    assert "end of our time" in heard
    assert engine.conversation.history[-1].content == finished.heard_text


def test_stopping_while_a_fast_microphone_floods_the_listener_leaves_no_thread() -> None:
    """A file microphone without real-time pacing fills the block queue; stop() must not
    leave the listener working through that backlog (it once outlived the engine)."""
    recorder = Recorder()
    output = FileOutput(shared_adapters().tts.sample_rate, realtime=False)
    mic = FileInput(np.concatenate([speech("Hello Mum."), silence(1.0)]), realtime=False)
    engine = _engine(recorder, output, mic)
    before = set(threading.enumerate())
    engine.start()
    assert engine.wait_ready(60)
    recorder.wait_for(TurnFinished, timeout=60)
    engine.stop()
    assert engine.alive_threads == []
    leftover = [
        t.name
        for t in threading.enumerate()
        if t not in before and t.is_alive() and t.name != "tqdm_monitor"  # tqdm's own thread
    ]
    assert leftover == []
