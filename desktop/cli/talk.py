"""`keepsake talk`: one conversation turn without a window, from typed text or a WAV file."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from desktop.care.crisis_wording import words_shown
from desktop.care.gate import check_conversation, local_timezone_name, refusal
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.cli.common import EXIT_FAILED, load_settings
from desktop.cli.persona import CONSENT_FLAGS
from desktop.core.clock import SystemClock
from desktop.core.conversation import PersonaVoice
from desktop.core.errors import (
    ConsentMissingError,
    DiskFullError,
    KeepsakeError,
    PersonaNotFoundError,
    VaultInUseError,
)
from desktop.core.grounding import ReplyMode, ReplySource
from desktop.core.journal import Channel
from desktop.core.persona import Persona
from desktop.core.settings import Settings
from desktop.core.support import crisis_contacts
from desktop.services.call_session import ConversationRecord
from desktop.services.grounding_planner import GroundedPlanner, persona_voice
from desktop.services.headless import headless_vault
from desktop.services.interview_answers import InterviewAnswers
from desktop.services.paths import AppPaths
from desktop.services.safety_setup import build_safety_guard, invitation_check
from desktop.services.support_list import load_support_list
from desktop.services.talk_turn import TalkResult, run_turn
from desktop.vault.database import Vault
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import read_wav_16k, write_wav

VOICE_RATE = 22050  # the built-in voices' rate: their recordings are resampled to it
EXIT_NOTHING_HEARD = 3
EXIT_NOT_NOW = 4  # the usage limits agreed with the therapist say not now


def _locale_country() -> str:
    """The territory of the process's locale ("en_GB.UTF-8" → "GB"), or ''."""
    import locale

    name = locale.getlocale()[0] or ""
    territory = name.partition("_")[2][:2]
    return territory.upper() if territory.isalpha() else ""


def _persona(
    vault: Vault, paths: AppPaths, name: str, sayings_only: bool
) -> tuple[Persona, PersonaVoice, Callable[[int], GroundedPlanner]]:
    """The persona's voice and planner; refuses without consent."""
    store = PersonaStore(vault)
    persona = store.find(name)
    if persona is None:
        raise PersonaNotFoundError(name)
    if store.consent(persona.id) is None:
        how = f": `keepsake persona create` with {CONSENT_FLAGS}"
        raise ConsentMissingError(persona.display_name, how)
    invites = invitation_check(paths.crisis_file).invites  # never said, even if kept
    voice = persona_voice(store, persona, invites)
    mode = ReplyMode.SAYINGS_ONLY if sayings_only else ReplyMode.GROUNDED
    answers = InterviewAnswers(InterviewStore(vault, store), persona, invites=invites)
    return (
        persona,
        voice,
        lambda rate: GroundedPlanner(store, persona, mode, rate, invites, answers),
    )


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
    if sayings_only and not persona_name:
        print("keepsake talk: --sayings-only needs --persona NAME")
        return EXIT_FAILED
    clock = SystemClock()
    record: ConversationRecord | None = None
    try:
        with contextlib.ExitStack() as stack:
            heard = read_wav_16k(wav) if wav is not None else None  # not audio: stop here
            voice, planner = None, None
            if persona_name:
                vault = stack.enter_context(headless_vault(paths))
                persona, voice, planner = _persona(vault, paths, persona_name, sayings_only)
                care = CareStore(vault)
                answer = check_conversation(TherapistMode(care, clock), local_timezone_name())
                if not answer.decision.allowed:
                    reason, lines = refusal(answer)
                    print(f"keepsake talk: not now. {reason}")
                    for line in lines:
                        print(f"  {line}")
                    return EXIT_NOT_NOW
                stack.callback(lambda: _finish(record, clock))
                record = _start_record(vault, persona, clock)
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
                also_notify=record.recorder if record else None,
                safety=built.guard,
            )
            pause_words = ""
            if result.safety is not None:
                country = settings.country or _locale_country()
                contacts = crisis_contacts(load_support_list(paths.support_file).resources, country)
                pause_words = words_shown(result.safety, contacts)
                if record is not None:
                    record.recorder.record_pause(result.safety, pause_words)
    except (KeepsakeError, OSError, TimeoutError) as exc:
        print(f"keepsake talk: {_problem(exc)}")
        return EXIT_FAILED
    _print_result(result, pause_words, audio, rate, out, as_json)
    return EXIT_NOTHING_HEARD if result.nothing_heard else 0


def _start_record(vault: Vault, persona: Persona, clock: SystemClock) -> ConversationRecord:
    from desktop.vault.journal import Journal

    Journal(vault).mark_unfinished()
    return ConversationRecord.start(vault, persona, Channel.COMMAND, clock)


def _finish(record: ConversationRecord | None, clock: SystemClock) -> None:
    """End the journal session and the usage record (a full disk leaves them to the next
    start, which marks the conversation as ended unexpectedly)."""
    if record is not None:
        with contextlib.suppress(DiskFullError):
            record.finish(clock)


def script_command(
    settings: Settings,
    paths: AppPaths,
    script: Path,
    persona_name: str | None,
    as_json: bool,
    sayings_only: bool = False,
    seed: int = 0,
) -> int:
    """`keepsake talk --persona NAME --script FILE`: one typed conversation, a line a turn
    (`#` lines and `{honesty}`/`{crisis}` labels as in the eval's scripts); prints a line a
    turn as it happens (with --json: `you`, `reply`, `source`, `latency_s`)."""
    from desktop.core.conversation_metrics import parse_script
    from desktop.services.conversation_run import HeldTurn, hold_conversation
    from desktop.services.grounding_planner import clip_finder, usable_sayings

    if not persona_name:
        print("keepsake talk: --script needs --persona NAME")
        return EXIT_FAILED
    try:
        lines = [t.text for t in parse_script(script.read_text(encoding="utf-8"))]
    except (OSError, UnicodeDecodeError) as exc:
        print(f"keepsake talk: the script could not be read ({exc})")
        return EXIT_FAILED
    clock = SystemClock()
    record: ConversationRecord | None = None
    country = settings.country or _locale_country()

    def show(turn: HeldTurn) -> None:
        words = ""
        if turn.safety is not None:  # the calm words and helplines the call's pause shows
            contacts = crisis_contacts(load_support_list(paths.support_file).resources, country)
            words = words_shown(turn.safety, contacts)
            if record is not None:
                record.recorder.record_pause(turn.safety, words)
        if as_json:
            line = turn.as_json()
            if turn.safety is not None:
                line["support"] = words
            print(json.dumps(line, ensure_ascii=False), flush=True)
            return
        print(f"You: {turn.you}")
        if turn.kind == "paused":
            print(f"Keepsake (the portrait has paused):\n{words}", flush=True)
        else:
            label = "said in life" if turn.source is ReplySource.SAID_IN_LIFE else "AI"
            print(f"{voice.display_name} ({label}): {turn.reply}", flush=True)

    try:
        with contextlib.ExitStack() as stack:
            vault = stack.enter_context(headless_vault(paths))
            persona, voice, planner = _persona(vault, paths, persona_name, sayings_only)
            answer = check_conversation(
                TherapistMode(CareStore(vault), clock), local_timezone_name()
            )
            if not answer.decision.allowed:
                reason, why = refusal(answer)
                print(f"keepsake talk: not now. {reason}")
                for line in why:
                    print(f"  {line}")
                return EXIT_NOT_NOW
            stack.callback(lambda: _finish(record, clock))
            record = _start_record(vault, persona, clock)
            built = build_safety_guard(paths.crisis_file, voice.display_name, voice.language)
            store = PersonaStore(vault)
            invites = invitation_check(paths.crisis_file).invites
            hold_conversation(
                settings,
                paths.models_dir,
                lines,
                voice,
                usable_sayings(store, persona, invites),
                built.guard,
                seed=seed,
                invites=invites,
                clip_for=clip_finder(store, persona, VOICE_RATE),
                on_turn=show,
                with_llm=not sayings_only,
                notify=record.recorder,
                asked_first=planner(VOICE_RATE).interview_answer,  # their answers first
            )
    except (KeepsakeError, OSError, TimeoutError) as exc:
        print(f"keepsake talk: {_problem(exc)}")
        return EXIT_FAILED
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.script is not None:
        return script_command(
            load_settings(paths),
            paths,
            args.script,
            args.persona,
            args.json,
            args.sayings_only,
            args.seed,
        )
    return talk_command(
        load_settings(paths),
        paths,
        args.text,
        args.wav,
        args.out,
        args.json,
        args.persona,
        args.sayings_only,
    )


def _problem(exc: BaseException) -> str:
    if isinstance(exc, DiskFullError):
        return (
            "There isn't enough space on this disk to save the conversation. Nothing already "
            "saved was lost; please free some space and try again."
        )
    if isinstance(exc, VaultInUseError):
        return f"{exc}: close the other Keepsake window or command first."
    return str(exc)


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
