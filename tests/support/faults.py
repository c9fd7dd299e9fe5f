"""Shared by the fault-injection tests: a filled vault in a private home, running `keepsake`
commands (and killing them), and checking that the vault is whole afterwards."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring.backends.fail

from desktop.care.store import CareStore
from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.services.paths import AppPaths, resolve_paths
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.vault.journal import Journal
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from tests.support.paths import ROOT

PASSPHRASE = "a long test passphrase"
BACKUP_PASSPHRASE = "our family backup words"
NOW = datetime(2026, 4, 2, 20, 0, tzinfo=UTC)


@dataclass(frozen=True)
class VaultState:
    personas: tuple[str, ...]
    sessions: int
    turns: int
    integrity: str
    care_intact: bool


def no_keyring() -> keyring.backends.fail.Keyring:
    return keyring.backends.fail.Keyring()


def filled_home(root: Path, name: str = "home", extra_persona: str | None = None) -> AppPaths:
    """A home with Mum (consent, sayings), one journal session with two turns, usage."""
    paths = resolve_paths({"KEEPSAKE_HOME": str(root / name)})
    paths.ensure()
    vault = open_vault(paths, no_keyring(), PASSPHRASE)
    try:
        consent = ConsentRecord("Sam", "son", Agreement.YES, recorded_at=NOW)
        for persona_name in ("Margaret", *([extra_persona] if extra_persona else [])):
            request = PersonaRequest(
                PersonaDetails(
                    name=persona_name, called="Mum" if persona_name == "Margaret" else ""
                ),
                sayings=("Have you eaten yet?", "Don't forget your umbrella."),
                memories=("She grew roses by the back door.",),
                consent=consent,
            )
            build_persona(PersonaStore(vault), request, None, NOW)
        journal = Journal(vault)
        session = journal.start_session(1, "Mum", Channel.WINDOW, NOW)
        journal.add_turn(
            session, JournalTurn(NOW, Speaker.PERSON, "I planted roses.", TurnLabel.TYPED)
        )
        journal.add_turn(session, JournalTurn(NOW, Speaker.PORTRAIT, "Lovely.", TurnLabel.AI))
        journal.end_session(session, NOW + timedelta(minutes=5))
        care = CareStore(vault)
        usage = care.start_usage(1, session, NOW)
        care.end_usage(usage, NOW + timedelta(minutes=5))
    finally:
        vault.close()
    return paths


def env_for(paths: AppPaths, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        KEEPSAKE_HOME=str(paths.data_dir.parent),
        KEEPSAKE_PASSPHRASE=PASSPHRASE,
        KEEPSAKE_BACKUP_PASSPHRASE=BACKUP_PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def keepsake(
    env: dict[str, str], *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def killed_after(env: dict[str, str], delay: float, *args: str) -> int | None:
    """Start `keepsake ARGS`, kill -9 it after `delay` seconds (the fault point, chosen by a
    seeded generator); returns its exit code when it finished first, else None."""
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return None


def dies_at_step(env: dict[str, str], step: int, *args: str) -> subprocess.CompletedProcess[str]:
    """`keepsake ARGS` that dies (no cleanup) just before its `step`-th rename or delete."""
    return subprocess.run(
        [sys.executable, "-m", "tests.support.fault_probe", str(step), "--", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def state(paths: AppPaths) -> VaultState:
    """Open the vault as the next start would (finishing or undoing an interrupted restore,
    tidying temporary files) and describe what it holds."""
    vault = open_vault(paths, no_keyring(), PASSPHRASE)
    try:
        names = tuple(p.name for p in PersonaStore(vault).list_summaries())
        sessions = len(Journal(vault).sessions())
        turns = int(vault.query_one("SELECT count(*) FROM journal_turn")[0])
        integrity = str(vault.query_one("PRAGMA integrity_check")[0])
        care = CareStore(vault).integrity().intact
    finally:
        vault.close()
    return VaultState(names, sessions, turns, integrity, care)


def leftovers(paths: AppPaths) -> list[str]:
    """Temporary files that should not survive a start."""
    data = paths.data_dir
    found = [p.name for p in data.glob("*.restoring*")]
    found += [p.name for p in data.glob("keepsake.restore.json")]
    if paths.scratch_dir.exists():
        found += [p.name for p in paths.scratch_dir.iterdir()]
    return found


def wait_for_line(process: subprocess.Popen[str], text: str, timeout: float = 60) -> None:
    """Read the child's output until `text` appears (it is ready), without sleeping."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if text in line:
            return
        if not line and process.poll() is not None:
            break
    raise AssertionError(f"the child never said {text!r}")
