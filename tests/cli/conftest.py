"""Running `keepsake` in this process, as a person would type it: the exit code and what it
printed. The vault is locked with a passphrase (no keyring), as on a server."""

from __future__ import annotations

import io

import keyring.backends.fail
import pytest

from desktop.services.paths import AppPaths
from tests.support.commands import Keepsake, Ran
from tests.support.faults import BACKUP_PASSPHRASE, PASSPHRASE


@pytest.fixture
def keepsake_cli(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Keepsake:
    """`keepsake_cli("persona", "list", "--json")` runs `keepsake` on this test's home."""
    from desktop.cli import main

    def no_keyring() -> keyring.backends.fail.Keyring:
        return keyring.backends.fail.Keyring()

    for module in ("desktop.services.headless", "desktop.cli.backup", "desktop.cli.doctor"):
        monkeypatch.setattr(f"{module}.default_keyring_backend", no_keyring)
    monkeypatch.setattr("sys.stdin", io.StringIO())  # never a terminal: nothing is asked
    monkeypatch.setenv("KEEPSAKE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("KEEPSAKE_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)

    def run(*args: str) -> Ran:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run
