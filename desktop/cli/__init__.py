"""The `keepsake` command: the parser (`parser.py`), this dispatch table, and a module per
subcommand, each with `run(args, paths) -> exit code`. Without a subcommand the window opens.

A subcommand's module is imported only when it runs, so `keepsake doctor` never loads Qt or the
voice engine.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence

from desktop.core.privacy import silence_native_libraries

COMMANDS: dict[str, str] = {
    "doctor": "desktop.cli.doctor",
    "talk": "desktop.cli.talk",
    "persona": "desktop.cli.persona",
    "avatar": "desktop.cli.avatar",
    "export": "desktop.cli.export",
    "backup": "desktop.cli.backup",
    "restore": "desktop.cli.backup",
    "models": "desktop.cli.models",
    "bench": "desktop.cli.bench",
    "eval": "desktop.cli.eval",
}
"""Subcommand → the module whose `run(args, paths)` serves it."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `keepsake` and `python -m desktop`; returns the exit code."""
    silence_native_libraries()  # before anything can load onnxruntime
    from desktop.cli.parser import build_parser
    from desktop.services.paths import resolve_paths

    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    paths = resolve_paths()
    if args.command is None:
        from desktop.ui.app import run

        return run(paths, sys.argv[:1])
    command = importlib.import_module(COMMANDS[args.command])
    code: int = command.run(args, paths)
    return code


__all__ = ["COMMANDS", "main"]
