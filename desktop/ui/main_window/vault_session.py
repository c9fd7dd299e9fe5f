"""The window's vault: opened and unlocked in the background, closed when asked, and told.

Every screen and controller that reads or writes the vault gets this session and asks it for
the stores; nobody else holds the vault. GUI thread (the work itself runs through the
background-task helper).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.care.store import CareStore
from desktop.core.errors import DiskFullError
from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.services.paths import AppPaths
from desktop.ui.tasks import BackgroundTasks, TaskHandle
from desktop.vault.database import Vault
from desktop.vault.journal import Journal
from desktop.vault.keys import KeyringBackend
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore


@dataclass(frozen=True, slots=True)
class Opened:
    """A vault just opened, and what the next start found (worker thread)."""

    vault: Vault
    unfinished: int  # conversations that ended unexpectedly last time
    full_disk: DiskFullError | None  # opened read only: everything saved can still be read


def _open(paths: AppPaths, backend: KeyringBackend, passphrase: str | None) -> Opened:
    vault = open_vault(paths, backend, passphrase)
    try:
        return Opened(vault, Journal(vault).mark_unfinished(), None)
    except DiskFullError as exc:
        return Opened(vault, 0, exc)


class VaultSession(QObject):
    opened = Signal(object)  # Opened
    closed = Signal()
    failed = Signal(object)  # the error that kept the vault from opening

    def __init__(self, paths: AppPaths, backend: KeyringBackend, tasks: BackgroundTasks) -> None:
        super().__init__()
        self.paths = paths
        self.backend = backend
        self.tasks = tasks
        self.vault: Vault | None = None
        self.local_passphrase: str | None = None  # the one that opened it (no keyring)
        self._shut_down = False

    @property
    def is_open(self) -> bool:
        return self.vault is not None

    def _require(self) -> Vault:
        if self.vault is None:
            raise RuntimeError("the vault is not open")
        return self.vault

    def personas(self) -> PersonaStore:
        return PersonaStore(self._require())

    def journal(self) -> Journal:
        return Journal(self._require())

    def care(self) -> CareStore:
        return CareStore(self._require())

    def unlock(self, passphrase: str | None = None) -> None:
        """Open the vault in the background (scrypt, migrations): `opened` or `failed`."""
        self.local_passphrase = passphrase
        paths, backend = self.paths, self.backend
        self.tasks.run(
            lambda cancel, report: _open(paths, backend, passphrase),
            on_result=self._opened,
            on_error=self.failed.emit,
        )

    def _opened(self, opened: Opened) -> None:
        if self._shut_down:
            opened.vault.close()
            return
        self.vault = opened.vault
        self.opened.emit(opened)

    def close(self) -> None:
        """Close now (folds the WAL: short). `closed` is emitted."""
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()
            self.closed.emit()

    def close_then(
        self,
        job: Callable[[CancelToken, ProgressCallback], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> TaskHandle | None:
        """Give the vault up at once (`closed` is emitted), then close it and run `job` in the
        background (a restore, an erase). None when the vault was not open."""
        vault, self.vault = self.vault, None
        if vault is None:
            return None
        self.closed.emit()

        def close_and_run(cancel: CancelToken, report: ProgressCallback) -> Any:
            vault.close()
            return job(cancel, report)

        return self.tasks.run(close_and_run, on_result=on_result, on_error=on_error)

    def shut_down(self) -> None:
        """The window is closing: close the vault, and one still opening when it arrives."""
        self._shut_down = True
        self.close()
