"""The `keepsake` command itself: every subcommand the parser knows has a module in the
dispatch table, and each module serves it."""

from __future__ import annotations

import argparse
import importlib

import pytest

from desktop import __version__
from desktop.cli import COMMANDS, main
from desktop.cli.parser import build_parser


def _subcommands(parser: argparse.ArgumentParser) -> set[str]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(actions[0].choices)


def test_every_subcommand_is_dispatched_to_a_module_that_runs_it() -> None:
    assert _subcommands(build_parser()) == set(COMMANDS)
    for module in set(COMMANDS.values()):
        assert callable(importlib.import_module(module).run), module


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        main(["talk"])  # --text or --wav is required
    assert done.value.code == 2 and "--text" in capsys.readouterr().err
