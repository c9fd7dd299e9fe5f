"""The vault's key in a real Secret Service (gnome-keyring-daemon inside dbus-run-session)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.paths import AppPaths
from tests.support.paths import ROOT

pytestmark = pytest.mark.slow

SCRIPT = (
    'eval "$(printf keepsake-test | gnome-keyring-daemon --unlock --components=secrets)"; '
    'exec "$0" -m tests.support.secret_service_probe'
)


def test_vault_key_in_gnome_keyring(home: AppPaths, tmp_path: Path) -> None:
    tools = ("dbus-run-session", "gnome-keyring-daemon")
    if not all(shutil.which(t) for t in tools):
        if os.environ.get("CI"):
            pytest.fail("CI must run this test: install dbus-daemon and gnome-keyring")
        pytest.skip("needs dbus-run-session and gnome-keyring-daemon")
    env = dict(os.environ)
    env.update(
        KEEPSAKE_HOME=str(home.data_dir.parent),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        XDG_RUNTIME_DIR=str(tmp_path / "xdg-run"),
    )
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    (tmp_path / "xdg-run").mkdir(mode=0o700)
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SCRIPT, sys.executable],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "OK keyring.backends.SecretService.Keyring" in done.stdout
    assert "Secret Service person" in done.stdout
    assert b"Secret Service person" not in home.vault_file.read_bytes()
