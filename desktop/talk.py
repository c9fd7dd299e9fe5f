"""`keepsake talk`: one conversation turn without a window, from typed text or a WAV file."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop.core.conversation import Conversation, PersonaVoice, build_system_prompt
from desktop.core.errors import KeepsakeError
from desktop.core.events import EngineError, EngineEvent, NothingHeard, TurnFinished
from desktop.core.settings import Settings
from desktop.engine_setup import build_adapters
from desktop.voice.audio import read_wav_16k, write_wav
from desktop.voice.file_devices import FileOutput
from desktop.voice.pipeline import ConversationEngine

EXIT_NOTHING_HEARD = 3
EXIT_FAILED = 2


@dataclass
class TalkResult:
    transcript: str = ""
    reply: str = ""
    audio_seconds: float = 0.0
    latency_s: float | None = None
    nothing_heard: bool = False
    error: BaseException | None = None
    events: list[EngineEvent] = field(default_factory=list)


def run_turn(
    settings: Settings,
    models_dir: Path,
    text: str | None = None,
    wav: Path | None = None,
    persona: PersonaVoice | None = None,
    timeout_s: float = 120.0,
) -> tuple[TalkResult, np.ndarray, int]:
    """Run one turn on the chosen models; returns the result and the reply audio."""
    result = TalkResult()
    done = threading.Event()

    def on_event(event: EngineEvent) -> None:  # engine threads
        result.events.append(event)
        if isinstance(event, TurnFinished):
            result.transcript, result.reply = event.user_text, event.reply_text
            result.latency_s = event.latency_s
            done.set()
        elif isinstance(event, NothingHeard):
            result.nothing_heard = True
            done.set()
        elif isinstance(event, EngineError):
            result.error = event.error
            done.set()

    audio = read_wav_16k(wav) if wav is not None else None
    voice = persona or PersonaVoice()
    adapters = build_adapters(settings, models_dir, voice.language, (voice.display_name,))
    output = FileOutput(adapters.tts.sample_rate, realtime=False)
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm,
        adapters.tts,
        Conversation(build_system_prompt(voice)),
        on_event,
        output=output,
    )
    engine.start()
    try:
        if not engine.wait_ready(timeout_s) or result.error is not None:
            raise result.error or TimeoutError("the models did not load in time")
        if audio is not None:
            if not len(audio) or float(np.abs(audio).max()) < 1e-4:
                result.nothing_heard = True
                done.set()
            else:
                engine.submit_audio(audio)
        else:
            engine.submit_text(text or "")
        done.wait(timeout_s)
        engine.wait_idle(timeout_s)
    finally:
        engine.stop()
        adapters.llm.close()
    if result.error is not None:
        raise result.error
    recording = output.recording()
    nonzero = np.flatnonzero(np.abs(recording) > 1e-4)
    trimmed = recording[: nonzero[-1] + 1] if len(nonzero) else recording[:0]
    result.audio_seconds = round(len(trimmed) / output.sample_rate, 3)
    return result, trimmed, output.sample_rate


def talk_command(
    settings: Settings,
    models_dir: Path,
    text: str | None,
    wav: Path | None,
    out: Path | None,
    as_json: bool,
) -> int:
    """The `keepsake talk` subcommand; prints the transcript and reply, returns the exit code."""
    try:
        result, audio, rate = run_turn(settings, models_dir, text=text, wav=wav)
    except (KeepsakeError, OSError, TimeoutError) as exc:
        print(f"keepsake talk: {exc}")
        return EXIT_FAILED
    if out is not None and len(audio):
        write_wav(out, audio, rate)
    if as_json:
        payload = {
            "transcript": result.transcript,
            "reply": result.reply,
            "audio_seconds": result.audio_seconds,
            "latency_s": None if result.latency_s is None else round(result.latency_s, 3),
            "heard": not result.nothing_heard,
        }
        print(json.dumps(payload, ensure_ascii=False))
    elif result.nothing_heard:
        print("Keepsake didn't catch that: no speech was recognised.")
    else:
        print(f"You: {result.transcript}")
        print(f"AI:  {result.reply}")
        if out is not None:
            print(f"(reply audio: {out}, {result.audio_seconds:.1f} s)")
    return EXIT_NOTHING_HEARD if result.nothing_heard else 0
