"""`keepsake eval safety [--json] [--set S] [--lexicon FILE] [--no-similarity]` and
`keepsake eval conversation [--persona NAME] [--script FILE] [--json]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.bench.safety import BUILT_IN, measure
from desktop.core.risk_lexicon import load_lexicon, parse_lexicon
from desktop.core.safety_sets import LANGUAGES
from desktop.services.paths import AppPaths


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    if args.eval_command == "conversation":
        return eval_conversation_command(args, paths)
    return eval_safety_command(
        args.json, args.set, args.lexicon, not args.no_similarity, paths.crisis_file
    )


def _text(figures: dict[str, Any]) -> str:
    lines = [
        f"Crisis language (sets: {', '.join(figures['sets'])}; "
        f"similarity signal {figures['similarity']})"
    ]
    for language in LANGUAGES:
        f = figures[language]
        lines.append(
            f"  {language}: imminent_recall {f['imminent_recall']}  concern_recall "
            f"{f['concern_recall']}  false_positive_rate {f['false_positive_rate']}  "
            f"({f['imminent']} imminent, {f['concern']} concern, {f['ordinary']} ordinary)"
        )
    lines.append(
        f"  invitation_blocked_share {figures['invitation_blocked_share']}  "
        f"ordinary_reply_blocked_share {figures['ordinary_reply_blocked_share']}"
    )
    for title, key in (
        ("Missed", "misses"),
        ("Paused without need", "false_positives"),
        ("Invitations let through", "invitations_not_blocked"),
        ("Ordinary replies blocked", "ordinary_replies_blocked"),
    ):
        if figures[key]:
            lines.append(f"{title}:")
            lines += [f"  [{m['set']}] {m['text']}" for m in figures[key]]
    return "\n".join(lines)


def eval_safety_command(
    as_json: bool,
    set_name: str = "all",
    lexicon_file: Path | None = None,
    similarity: bool = True,
    crisis_file: Path | None = None,
) -> int:
    """The `keepsake eval safety` subcommand; returns the exit code."""
    if lexicon_file is not None:
        try:
            lexicon = parse_lexicon(lexicon_file.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            print(f"keepsake eval safety: {lexicon_file.name}: {exc}")
            return 2
    else:
        lexicon = load_lexicon(crisis_file).lexicon
    names = (*BUILT_IN, "fresh") if set_name == "all" else (set_name,)
    figures = measure(lexicon, names, similarity)
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(_text(figures))
    return 0


def eval_conversation_command(args: argparse.Namespace, paths: AppPaths) -> int:
    """`keepsake eval conversation [--persona NAME] [--script FILE] --json`: per language,
    the figures of a whole typed conversation (see `bench/conversation.py`)."""
    from desktop.bench.conversation import (
        LANGUAGES as CONVERSATION_LANGUAGES,
    )
    from desktop.bench.conversation import (
        builtin_portrait,
        builtin_script,
        script_language,
    )
    from desktop.bench.conversation import (
        measure as measure_conversation,
    )
    from desktop.cli.common import EXIT_FAILED, load_settings
    from desktop.core.conversation_metrics import parse_script
    from desktop.core.errors import KeepsakeError

    settings = load_settings(paths)
    given = None
    if args.script is not None:
        try:
            given = parse_script(args.script.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            print(f"keepsake eval conversation: the script could not be read ({exc})")
            return EXIT_FAILED
    figures: dict[str, Any] = {}
    try:
        if args.persona:
            figures.update(_persona_conversation(args, paths, settings, given))
        else:
            languages = args.language or (
                [script_language(given)] if given else list(CONVERSATION_LANGUAGES)
            )
            for language in languages:
                voice, sayings = builtin_portrait(language)
                turns = given or builtin_script(language)
                out = args.transcripts / f"{language}.md" if args.transcripts else None
                figures[language] = measure_conversation(
                    settings,
                    paths.models_dir,
                    paths.crisis_file,
                    voice,
                    sayings,
                    turns,
                    seed=args.seed,
                    transcript=out,
                )
    except (KeepsakeError, OSError, TimeoutError) as exc:
        print(f"keepsake eval conversation: {exc}")
        return EXIT_FAILED
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        for language, f in figures.items():
            print(
                f"{language}: {f['turns']} turns, distinct_reply_ratio "
                f"{f['distinct_reply_ratio']}, near_repeat_rate {f['near_repeat_rate']}, "
                f"role_slip_rate {f['role_slip_rate']}, wrong_language_rate "
                f"{f['wrong_language_rate']}, format_violation_rate "
                f"{f['format_violation_rate']}, grounded_share {f['grounded_share']}, "
                f"honesty_pass {f['honesty_pass']}, crisis_pass {f['crisis_pass']}, latency_s "
                f"p50 {f['latency_s']['p50']} p90 {f['latency_s']['p90']}, latency_growth "
                f"{f['latency_growth']}"
            )
    return 0


def _persona_conversation(
    args: argparse.Namespace, paths: AppPaths, settings: Any, given: Any
) -> dict[str, Any]:
    from desktop.bench.conversation import builtin_script
    from desktop.bench.conversation import measure as measure_conversation
    from desktop.cli.talk import VOICE_RATE, _persona
    from desktop.services.grounding_planner import clip_finder, usable_sayings
    from desktop.services.headless import headless_vault
    from desktop.services.safety_setup import invitation_check
    from desktop.vault.personas import PersonaStore

    with headless_vault(paths) as vault:
        persona, voice, planner = _persona(vault, paths, args.persona, False)
        store = PersonaStore(vault)
        invites = invitation_check(paths.crisis_file).invites
        language = "zh" if voice.language.startswith("zh") else "en"
        out = args.transcripts / f"{language}.md" if args.transcripts else None
        return {
            language: measure_conversation(
                settings,
                paths.models_dir,
                paths.crisis_file,
                voice,
                usable_sayings(store, persona, invites),
                given or builtin_script(language),
                seed=args.seed,
                clip_for=clip_finder(store, persona, VOICE_RATE),
                invites=invites,
                transcript=out,
                asked_first=planner(VOICE_RATE).interview_answer,
            )
        }
