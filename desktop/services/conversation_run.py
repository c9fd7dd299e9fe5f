"""Holding one whole typed conversation without a window (`keepsake talk --script`, `keepsake
eval conversation`): the chosen models, a file-backed speaker, the same engine, safety guard
and guarded replies as a call, a line a turn. Runs on the caller's thread; the engine's events
arrive on its own threads.

A turn's `latency_s` is the time from the typed line to the first audio of the reply, or to its
first sentence when there is no voice for the portrait's language (captions only). After a
safety pause the script goes on as a person choosing to go on would (`resume_after_pause`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.core.conversation import PersonaVoice
from desktop.core.errors import ModelServerError
from desktop.core.events import (
    CrisisDetected,
    EngineError,
    EngineEvent,
    ReplyText,
    TurnFinished,
)
from desktop.core.grounding import RecordedClip, ReplySource, Verbatim
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard
from desktop.core.settings import Settings
from desktop.models.choice import models_for_language
from desktop.services.engine_setup import build_adapters
from desktop.services.guarded_setup import guarded_conversation, is_small_model, model_languages
from desktop.voice.engine import ConversationEngine
from desktop.voice.file_devices import FileOutput
from desktop.voice.guarded_reply import StreamingModel
from desktop.voice.server_llm import FallbackReplier, ServerReplier, parse_address


@dataclass(frozen=True, slots=True)
class HeldTurn:
    """One turn of a held conversation. `kind`: generated, saying, listening, honest or
    paused (the portrait paused for the person's safety: no reply)."""

    you: str
    reply: str
    source: ReplySource
    kind: str
    latency_s: float | None
    prompt_tokens: int | None = None
    safety: RiskTier | None = None  # why it paused (the words shown depend on it)
    rejected: tuple[str, ...] = ()  # what the reply guard turned down, by reason

    def as_json(self) -> dict[str, object]:
        return {
            "you": self.you,
            "reply": self.reply,
            "source": self.source.value if self.kind != "paused" else "paused",
            "latency_s": None if self.latency_s is None else round(self.latency_s, 3),
        }


class _Turns:
    """Collects the engine's events of the turn in flight (engine threads)."""

    def __init__(self, also: Callable[[EngineEvent], None] | None = None) -> None:
        self.also = also  # the journal's recorder, for a conversation kept in the journal
        self.done = threading.Event()
        self.started = 0.0
        self.first_text: float | None = None
        self.finished: TurnFinished | None = None
        self.crisis: CrisisDetected | None = None
        self.error: BaseException | None = None

    def begin(self) -> None:
        self.done.clear()
        self.started = time.monotonic()
        self.first_text = None
        self.finished = None
        self.crisis = None

    def __call__(self, event: EngineEvent) -> None:
        if self.also is not None:
            self.also(event)
        if isinstance(event, ReplyText) and self.first_text is None:
            self.first_text = time.monotonic()
        elif isinstance(event, TurnFinished):
            self.finished = event
            self.done.set()
        elif isinstance(event, CrisisDetected):
            self.crisis = event
            self.done.set()
        elif isinstance(event, EngineError):
            self.error = event.error
            self.done.set()


def server_model(settings: Settings, local: StreamingModel | None) -> StreamingModel | None:
    """The model server chosen in Settings with the built-in model as its fallback, or the
    built-in model alone (no server, or another computer not agreed to)."""
    if not (settings.llm_server_enabled and settings.llm_server_model):
        return local
    try:
        address = parse_address(settings.llm_server_address)
    except ModelServerError:
        return local
    if not address.on_this_computer and settings.llm_server_agreed_address != address.base:
        return local
    return FallbackReplier(ServerReplier(address, settings.llm_server_model), local)


def hold_conversation(
    settings: Settings,
    models_dir: Path,
    lines: Iterable[str],
    voice: PersonaVoice,
    sayings: Sequence[tuple[int, str]],
    safety: SafetyGuard,
    seed: int = 0,
    invites: Callable[[str], bool] | None = None,
    clip_for: Callable[[int], RecordedClip | None] | None = None,
    on_turn: Callable[[HeldTurn], None] | None = None,
    with_llm: bool = True,
    timeout_s: float = 120.0,
    notify: Callable[[EngineEvent], None] | None = None,
    asked_first: Callable[[str], Verbatim | None] | None = None,
) -> list[HeldTurn]:
    """Say each line in turn and wait for the portrait's reply; returns every turn.
    `asked_first`: their own interview answer when a line asks what they answered (as in a
    call)."""
    choice = models_for_language(settings.stt_model, settings.tts_voice, voice.language, models_dir)
    chosen = replace(settings, tts_voice=choice.tts_voice or settings.tts_voice)
    adapters = build_adapters(
        chosen, models_dir, voice.language, (voice.display_name,), with_llm=with_llm
    )
    tts = adapters.tts if choice.tts_voice is not None else None
    if tts is not None:
        tts.noise_scale = tts.noise_w_scale = 0.0  # the same speech every run: exact replays
        if voice.voice_length_scale != 1.0 or voice.voice_pitch_semitones:
            tts.adjust(voice.voice_length_scale, voice.voice_pitch_semitones)
    model = server_model(settings, adapters.llm) if with_llm else None
    setup = guarded_conversation(
        voice,
        sayings,
        model,
        model_languages(settings, models_dir),
        small_model=is_small_model(settings, models_dir),
        seed=seed,
        invites=invites,
        clip_for=clip_for,
        asked_first=asked_first,
    )
    if not safety.names:  # honesty and crisis by every name they went by
        names = tuple(dict.fromkeys(n for n in (*voice.names, voice.name) if n))
        safety = replace(safety, names=names, address=voice.address[0] if voice.address else "")
    collector = _Turns(notify)
    output = FileOutput(tts.sample_rate if tts is not None else 22050, realtime=False)
    engine = ConversationEngine(
        None,
        adapters.llm if setup.guarded is not None else None,
        tts,
        setup.conversation,
        collector,
        output=output if tts is not None else None,
        planner=setup.planner,
        safety=safety,
        guarded=setup.guarded,
    )
    held: list[HeldTurn] = []
    engine.start()
    try:
        if not engine.wait_ready(timeout_s) or collector.error is not None:
            raise collector.error or TimeoutError("the models did not load in time")
        for raw in lines:
            text = raw.strip()
            if not text:
                continue
            collector.begin()
            before = setup.guarded.report if setup.guarded is not None else None
            engine.submit_text(text)
            if not collector.done.wait(timeout_s):
                raise TimeoutError("the portrait did not answer in time")
            engine.wait_idle(timeout_s)
            if collector.error is not None:
                raise collector.error
            report = setup.guarded.report if setup.guarded is not None else None
            guarded = report is not None and report is not before  # a new report: this turn's
            rejected = tuple(str(f) for f in report.rejected) if report and guarded else ()
            turn = replace(_held(text, collector, adapters.llm), rejected=rejected)
            if collector.crisis is not None:
                engine.resume_after_pause()
            held.append(turn)
            if on_turn is not None:
                on_turn(turn)
    finally:
        engine.stop()
        if setup.guarded is not None:
            setup.guarded.wait_idle(timeout_s)  # a stream given up on, still reading
        if adapters.llm is not None:
            adapters.llm.close()
    return held


def _held(text: str, collector: _Turns, llm: object) -> HeldTurn:
    tokens = getattr(llm, "last_evaluated", None)
    if collector.crisis is not None or collector.finished is None:
        tier = collector.crisis.tier if collector.crisis is not None else None
        return HeldTurn(text, "", ReplySource.AI, "paused", None, safety=tier)
    done = collector.finished
    latency = done.latency_s
    if latency is None and collector.first_text is not None:
        latency = collector.first_text - collector.started
    kind = done.kind or "generated"
    prompt_tokens = int(tokens) if kind == "generated" and isinstance(tokens, int) else None
    return HeldTurn(text, done.reply_text, done.reply_source, kind, latency, prompt_tokens)
