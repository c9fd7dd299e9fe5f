"""Lint, formatting, types (strict for the app, the UI too; every test body checked), and the
architecture's import contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.slow


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_lint() -> None:
    done = _run(str(BIN / "ruff"), "check", "desktop", "tests")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format() -> None:
    done = _run(str(BIN / "ruff"), "format", "--check", "desktop", "tests")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_everywhere() -> None:
    done = _run(sys.executable, "-m", "mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def test_import_contracts() -> None:
    done = _run(str(BIN / "lint-imports"))
    assert done.returncode == 0, done.stdout + done.stderr
