"""Shared test setup: offscreen Qt, no network, a private KEEPSAKE_HOME, an in-memory keyring."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Before any test can load onnxruntime (Piper, the VAD): its telemetry stays off, and child
# processes inherit the switch. The network trace test proves the app sets it by itself.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ["HF_HUB_OFFLINE"] = "1"

from desktop.core.native_maths import steady_native_maths

steady_native_maths()  # the same arithmetic on every CPU (no AMX in oneMKL), as the app does

import pytest

from desktop.services.paths import AppPaths, resolve_paths
from desktop.vault.interviews import InterviewStore
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory, build_window

_REAL_CONNECT = socket.socket.connect
_REAL_CREATE = socket.create_connection


class NetworkBlockedError(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach another machine fails the test (local sockets still work)."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            raise NetworkBlockedError(f"tests may not connect to {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkBlockedError("tests may not open network connections")

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """For the download tests: connections to 127.0.0.1 only (a local test server)."""
    real_connect, real_create = _REAL_CONNECT, _REAL_CREATE

    def loopback(address: object) -> bool:
        return isinstance(address, tuple) and address[0] in ("127.0.0.1", "localhost")

    def guarded(self: socket.socket, address: object) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6) and not loopback(address):
            raise NetworkBlockedError(f"tests may not connect to {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def create(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        if not loopback(address):
            raise NetworkBlockedError(f"tests may not connect to {address!r}")
        return real_create(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    monkeypatch.setattr(socket, "create_connection", create)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """A fresh KEEPSAKE_HOME for this test, with its folders created."""
    monkeypatch.setenv("KEEPSAKE_HOME", str(tmp_path / "home"))
    paths = resolve_paths()
    paths.ensure()
    return paths


@pytest.fixture
def keyring_backend() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def subprocess_env(home: AppPaths) -> Iterator[dict[str, str]]:
    """Environment for running `keepsake` in a child process against this test's home."""
    env = dict(os.environ)
    env["KEEPSAKE_HOME"] = str(home.data_dir.parent)
    yield env


@pytest.fixture
def make_window(qtbot: Any, home: AppPaths) -> WindowFactory:
    """`make_window(backend, immediate=True)`: the real main window on this test's home."""

    def make(backend: object, immediate: bool = True) -> Any:
        window = build_window(home, backend, immediate)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory, keyring_backend: MemoryKeyring) -> Iterator[Any]:
    """The main window on this test's home, started (its vault open); closed after the test."""
    started = make_window(keyring_backend)
    started.start()
    assert started.vault is not None
    yield started
    started.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from tests.support.voice import release_shared_adapters

    release_shared_adapters()


@pytest.fixture
def stores(
    home: AppPaths, keyring_backend: MemoryKeyring
) -> Iterator[tuple[PersonaStore, InterviewStore]]:
    """A fresh vault's portraits and interview answers (closed after the test)."""
    vault = open_vault(home, keyring_backend)
    personas = PersonaStore(vault)
    yield personas, InterviewStore(vault, personas)
    vault.close()
