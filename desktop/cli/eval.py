"""`keepsake eval safety [--json] [--set S] [--lexicon FILE] [--no-similarity]`."""

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
