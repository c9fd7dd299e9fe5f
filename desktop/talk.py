"""`keepsake talk`: one conversation turn without a window, from typed text or a WAV file."""

from __future__ import annotations

import contextlib
import json
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from desktop.care.crisis_wording import words_shown
from desktop.care.gate import check_conversation, local_timezone_name, refusal
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.core.clock import Clock, SystemClock
from desktop.core.conversation import Conversation, PersonaVoice, build_system_prompt
from desktop.core.errors import DiskFullError, KeepsakeError, VaultInUseError
from desktop.core.events import (
    CrisisDetected,
    EngineError,
    EngineEvent,
    FinalTranscript,
    NothingHeard,
    TurnFinished,
)
from desktop.core.grounding import ReplyMode, ReplySource
from desktop.core.journal import Channel
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard
from desktop.core.settings import Settings
from desktop.core.support import SupportResource, crisis_contacts, parse_resources
from desktop.engine_setup import build_adapters
from desktop.grounding_planner import GroundedPlanner, persona_voice
from desktop.paths import AppPaths
from desktop.persona_cli import CONSENT_FLAGS, open_vault_headless
from desktop.safety_setup import build_safety_guard, invitation_check
from desktop.vault.database import Vault
from desktop.vault.journal import Journal
from desktop.vault.journal_recorder import JournalRecorder
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import Samples, read_wav_16k, write_wav
from desktop.voice.file_devices import FileOutput
from desktop.voice.pipeline import ConversationEngine, ReplyPlanner

EXIT_NOTHING_HEARD = 3
EXIT_FAILED = 2
EXIT_NOT_NOW = 4  # the usage limits agreed with the therapist say not now


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
    done = collector.done
    on_event = collector

    audio = read_wav_16k(wav) if isinstance(wav, Path) else wav
    voice = persona or PersonaVoice()
    adapters = build_adapters(
        settings, models_dir, voice.language, (voice.display_name,), with_llm=with_llm
    )
    if voice.voice_length_scale != 1.0 or voice.voice_pitch_semitones:
        adapters.tts.adjust(voice.voice_length_scale, voice.voice_pitch_semitones)
    output = FileOutput(adapters.tts.sample_rate, realtime=False)
    planner = planner_factory(adapters.tts.sample_rate) if planner_factory else None
    engine = ConversationEngine(
        adapters.stt,
        adapters.llm,
        adapters.tts,
        Conversation(build_system_prompt(voice)),
        on_event,
        output=output,
        planner=planner,
        safety=safety or build_safety_guard(None, voice.display_name, voice.language).guard,
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
        if adapters.llm is not None:
            adapters.llm.close()
    if result.error is not None:
        raise result.error
    recording = output.recording()
    nonzero = np.flatnonzero(np.abs(recording) > 1e-4)
    trimmed = recording[: nonzero[-1] + 1] if len(nonzero) else recording[:0]
    result.audio_seconds = round(len(trimmed) / output.sample_rate, 3)
    return result, trimmed, output.sample_rate


def _locale_country() -> str:
    """The territory of the process's locale ("en_GB.UTF-8" → "GB"), or ''."""
    import locale

    name = locale.getlocale()[0] or ""
    territory = name.partition("_")[2][:2]
    return territory.upper() if territory.isalpha() else ""


def _contacts(paths: AppPaths, country: str) -> list[SupportResource]:
    """The crisis screen's contacts: the user's edited list when it reads, else the shipped."""
    text = None
    if paths.support_file.exists():
        try:
            text = paths.support_file.read_text("utf-8")
            return crisis_contacts(parse_resources(text), country)
        except (OSError, UnicodeDecodeError, ValueError):
            pass
    shipped = resources.files("desktop").joinpath("data/support.json").read_text("utf-8")
    return crisis_contacts(parse_resources(shipped), country)


def _persona_setup(
    paths: AppPaths, name: str, sayings_only: bool
) -> tuple[Vault, PersonaVoice, Callable[[int], ReplyPlanner]]:
    """Open the vault and prepare the persona's voice and planner; refuses without consent."""
    vault = open_vault_headless(paths)
    store = PersonaStore(vault)
    persona = store.find(name)
    if persona is None:
        vault.close()
        raise KeepsakeError(f"there is no portrait called {name!r} (see `keepsake persona list`)")
    if store.consent(persona.id) is None:
        vault.close()
        raise KeepsakeError(
            f"before talking with {persona.display_name}, record consent: "
            f"`keepsake persona create` with {CONSENT_FLAGS}"
        )
    invites = invitation_check(paths.crisis_file).invites  # never said, even if kept
    voice = persona_voice(store, persona, invites)
    mode = ReplyMode.SAYINGS_ONLY if sayings_only else ReplyMode.GROUNDED
    return vault, voice, lambda rate: GroundedPlanner(store, persona, mode, rate, invites)


def talk_command(
    settings: Settings,
    paths: AppPaths,
    text: str | None,
    wav: Path | None,
    out: Path | None,
    as_json: bool,
    persona_name: str | None = None,
    sayings_only: bool = False,
) -> int:
    """The `keepsake talk` subcommand; prints the transcript and reply, returns the exit code.

    The input is decoded first, and with --persona the usage limits are checked as the window
    checks them; only then are a journal session and a usage record started.
    """
    vault = None
    journal: Journal | None = None
    care: CareStore | None = None
    session_id = usage_id = 0
    clock = SystemClock()
    try:
        heard = read_wav_16k(wav) if wav is not None else None  # not an audio file: stop here
        voice, planner, recorder = None, None, None
        if persona_name:
            vault, voice, planner = _persona_setup(paths, persona_name, sayings_only)
            care = CareStore(vault)
            answer = check_conversation(TherapistMode(care, clock), local_timezone_name())
            if not answer.decision.allowed:
                reason, lines = refusal(answer)
                print(f"keepsake talk: not now. {reason}")
                for line in lines:
                    print(f"  {line}")
                return EXIT_NOT_NOW
            journal = Journal(vault)
            journal.mark_unfinished()
            persona = PersonaStore(vault).find(persona_name)
            assert persona is not None
            session_id = journal.start_session(
                persona.id, persona.display_name, Channel.COMMAND, clock.now()
            )
            usage_id = care.start_usage(persona.id, session_id, clock.now())
            recorder = JournalRecorder(journal, session_id, clock)
        elif sayings_only:
            raise KeepsakeError("--sayings-only needs --persona NAME")
        built = build_safety_guard(
            paths.crisis_file,
            voice.display_name if voice else "",
            voice.language if voice else "en",
        )
        if built.lexicon_problem:
            print(
                "keepsake talk: your edited crisis lexicon could not be used "
                f"({built.lexicon_problem}); the one that came with Keepsake applies.",
                file=sys.stderr,
            )
        result, audio, rate = run_turn(
            settings,
            paths.models_dir,
            text=text,
            wav=heard,
            persona=voice,
            planner_factory=planner,
            with_llm=not sayings_only,
            also_notify=recorder,
            safety=built.guard,
        )
        pause_words = ""
        if result.safety is not None:
            country = settings.country or _locale_country()
            pause_words = words_shown(result.safety, _contacts(paths, country))
            if recorder is not None:
                recorder.record_pause(result.safety, pause_words)
    except (KeepsakeError, OSError, TimeoutError) as exc:
        print(f"keepsake talk: {_problem(exc)}")
        return EXIT_FAILED
    finally:
        _finish(journal, care, session_id, usage_id, clock)
        if vault is not None:
            vault.close()
    _print_result(result, pause_words, audio, rate, out, as_json)
    return EXIT_NOTHING_HEARD if result.nothing_heard else 0


def _problem(exc: BaseException) -> str:
    if isinstance(exc, DiskFullError):
        return (
            "There isn't enough space on this disk to save the conversation. Nothing already "
            "saved was lost; please free some space and try again."
        )
    if isinstance(exc, VaultInUseError):
        return f"{exc}: close the other Keepsake window or command first."
    return str(exc)


def _finish(
    journal: Journal | None, care: CareStore | None, session_id: int, usage_id: int, clock: Clock
) -> None:
    """End the journal session and the usage record (a full disk leaves them to the next
    start, which marks the conversation as ended unexpectedly)."""
    with contextlib.suppress(DiskFullError):
        if journal is not None and session_id:
            journal.end_session(session_id, clock.now())
        if care is not None and usage_id:
            care.end_usage(usage_id, clock.now())


def _print_result(
    result: TalkResult,
    pause_words: str,
    audio: np.ndarray,
    rate: int,
    out: Path | None,
    as_json: bool,
) -> None:
    if out is not None and len(audio):
        write_wav(out, audio, rate)
    label = "said in life" if result.source is ReplySource.SAID_IN_LIFE else "AI"
    if as_json:
        payload = {
            "transcript": result.transcript,
            "reply": result.reply,
            "audio_seconds": result.audio_seconds,
            "latency_s": None if result.latency_s is None else round(result.latency_s, 3),
            "heard": not result.nothing_heard,
            "source": result.source.value,
            "safety": None if result.safety is None else result.safety.value,
        }
        if result.safety is not None:
            payload["support"] = pause_words
        print(json.dumps(payload, ensure_ascii=False))
    elif result.safety is not None:
        print(f"You: {result.transcript}")
        print(f"Keepsake (the portrait has paused):\n{pause_words}")
    elif result.nothing_heard:
        print("Keepsake didn't catch that: no speech was recognised.")
    else:
        print(f"You: {result.transcript}")
        print(f"{label}: {result.reply}")
        if out is not None:
            print(f"(reply audio: {out}, {result.audio_seconds:.1f} s)")
