"""One conversation turn without a window (`keepsake talk`): the chosen models, a file-backed
speaker, and the same engine, safety guard and planner as a call. Runs on the caller's thread;
the engine's events arrive on its own threads."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from desktop.core.conversation import Conversation, PersonaVoice, build_system_prompt
from desktop.core.events import (
    CrisisDetected,
    EngineError,
    EngineEvent,
    FinalTranscript,
    NothingHeard,
    TurnFinished,
)
from desktop.core.grounding import ReplySource
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard
from desktop.core.settings import Settings
from desktop.services.engine_setup import build_adapters
from desktop.services.safety_setup import build_safety_guard
from desktop.services.voice_shaping import choice_of_voice, shape_speaker
from desktop.voice.audio import CAPTURE_RATE, Samples, read_wav_16k
from desktop.voice.engine import ConversationEngine
from desktop.voice.file_devices import FileOutput
from desktop.voice.ports import ReplyPlanner

SILENT = 1e-4  # a peak below this is no sound at all


@dataclass
class TalkResult:
    transcript: str = ""
    reply: str = ""
    source: ReplySource = ReplySource.AI
    audio_seconds: float = 0.0
    latency_s: float | None = None
    nothing_heard: bool = False
    safety: RiskTier | None = None  # the conversation paused for the person's safety
    error: BaseException | None = None
    events: list[EngineEvent] = field(default_factory=list)


class _Collector:
    """Keeps what `keepsake talk` prints; called on the engine's threads."""

    def __init__(self, result: TalkResult, also: Callable[[EngineEvent], None] | None) -> None:
        self.result = result
        self.also = also
        self.done = threading.Event()

    def __call__(self, event: EngineEvent) -> None:
        result = self.result
        result.events.append(event)
        if self.also is not None:
            self.also(event)
        if isinstance(event, TurnFinished):
            result.transcript, result.reply = event.user_text, event.reply_text
            result.latency_s = event.latency_s
            result.source = event.reply_source
            self.done.set()
        elif isinstance(event, NothingHeard):
            result.nothing_heard = True
            self.done.set()
        elif isinstance(event, FinalTranscript):
            result.transcript = event.text
        elif isinstance(event, CrisisDetected):
            result.safety = event.tier
            self.done.set()
        elif isinstance(event, EngineError):
            result.error = event.error
            self.done.set()


def run_turn(
    settings: Settings,
    models_dir: Path,
    text: str | None = None,
    wav: Path | Samples | None = None,
    persona: PersonaVoice | None = None,
    timeout_s: float = 120.0,
    planner_factory: Callable[[int], ReplyPlanner] | None = None,
    with_llm: bool = True,
    also_notify: Callable[[EngineEvent], None] | None = None,
    safety: SafetyGuard | None = None,
) -> tuple[TalkResult, np.ndarray, int]:
    """Run one turn on the chosen models; returns the result and the reply audio. `wav` is an
    audio file, or its samples already decoded (16 kHz mono)."""
    result = TalkResult()
    collector = _Collector(result, also_notify)
    audio = read_wav_16k(wav) if isinstance(wav, Path) else wav
    if audio is not None and (not len(audio) or float(np.abs(audio).max()) < SILENT):
        result.nothing_heard = True  # nothing to recognise: no model needs to load
        return result, np.zeros(0, dtype=np.float32), CAPTURE_RATE
    voice = persona or PersonaVoice()
    adapters = build_adapters(
        settings, models_dir, voice.language, (voice.display_name,), with_llm=with_llm
    )
    shape_speaker(adapters.tts, choice_of_voice(voice))
    output = FileOutput(adapters.tts.sample_rate, realtime=False)
    planner = planner_factory(adapters.tts.sample_rate) if planner_factory else None
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm,
        adapters.tts,
        Conversation(build_system_prompt(voice)),
        collector,
        output=output,
        planner=planner,
        safety=safety or build_safety_guard(None, voice.display_name, voice.language).guard,
    )
    engine.start()
    try:
        if not engine.wait_ready(timeout_s) or result.error is not None:
            raise result.error or TimeoutError("the models did not load in time")
        if audio is not None:
            engine.submit_audio(audio)
        else:
            engine.submit_text(text or "")
        collector.done.wait(timeout_s)
        engine.wait_idle(timeout_s)
    finally:
        engine.stop()
        if adapters.llm is not None:
            adapters.llm.close()
    if result.error is not None:
        raise result.error
    recording = output.recording()
    nonzero = np.flatnonzero(np.abs(recording) > SILENT)
    trimmed = recording[: nonzero[-1] + 1] if len(nonzero) else recording[:0]
    result.audio_seconds = round(len(trimmed) / output.sample_rate, 3)
    return result, trimmed, output.sample_rate
