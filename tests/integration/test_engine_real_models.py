"""The whole conversation engine with real models and file-backed devices."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
from tests.support.events import Recorder
from tests.support.voice import shared_adapters, silence, speech

pytestmark = pytest.mark.slow

LONG_QUESTION = "Please tell me a long story about our summer holidays by the sea, Mum."


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


def test_nothing_heard_event_for_a_cough() -> None:
    recorder = Recorder()
    engine = _engine(recorder, output=None)
    engine.start()
    try:
        engine.submit_audio(silence(1.0))
        recorder.wait_for(NothingHeard)
    finally:
        engine.stop()


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
