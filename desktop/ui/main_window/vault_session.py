"""The window's vault: opened and unlocked in the background, closed when asked, and told.

Every screen and controller that reads or writes the vault gets this session and asks it for
the stores; nobody else holds the vault. GUI thread (the work itself runs through the
background-task helper).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.care.exercise_store import ExerciseStore
from desktop.care.remembrance_store import RemembranceStore
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.care.store import CareStore
from desktop.core.errors import DiskFullError, SettingsError
from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.core.settings import SettingsStore
from desktop.services.paths import AppPaths
from desktop.ui.tasks import BackgroundTasks, TaskHandle
from desktop.vault.database import Vault
from desktop.vault.journal import Journal
from desktop.vault.keys import KeyringBackend
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from desktop.vault.trusted_person import (
    NOBODY,
    TrustedPerson,
    TrustedPersonStore,
    copy_from_settings,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Opened:
    """A vault just opened, and what the next start found (worker thread)."""

    vault: Vault
    unfinished: int  # conversations that ended unexpectedly last time
    full_disk: DiskFullError | None  # opened read only: everything saved can still be read
    trusted: TrustedPerson = NOBODY  # someone to call, from the vault (moved from settings.json)


def _open(
    paths: AppPaths, backend: KeyringBackend, passphrase: str | None, settings: SettingsStore
) -> Opened:
    vault = open_vault(paths, backend, passphrase)
    store = TrustedPersonStore(vault)
    try:
        unfinished = Journal(vault).mark_unfinished()
        return Opened(vault, unfinished, None, copy_from_settings(settings, store))
    except DiskFullError as exc:
        return Opened(vault, 0, exc, store.get())


class VaultSession(QObject):
    opened = Signal(object)  # Opened
    closed = Signal()
    failed = Signal(object)  # the error that kept the vault from opening

    def __init__(
        self,
        paths: AppPaths,
        backend: KeyringBackend,
        tasks: BackgroundTasks,
        settings: SettingsStore | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings or SettingsStore(paths.settings_file)
        self.trusted = NOBODY  # from the vault while it is open (read on a worker)
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

    def selfcheck(self) -> SelfCheckStore:
        return SelfCheckStore(self._require())

    def exercises(self) -> ExerciseStore:
        return ExerciseStore(self._require())

    def remembrance(self) -> RemembranceStore:
        return RemembranceStore(self._require())

    def unlock(self, passphrase: str | None = None) -> None:
        """Open the vault in the background (scrypt, migrations): `opened` or `failed`."""
        self.local_passphrase = passphrase
        paths, backend, settings = self.paths, self.backend, self.settings
        self.tasks.run(
            lambda cancel, report: _open(paths, backend, passphrase, settings),
            on_result=self._opened,
            on_error=self.failed.emit,
        )

    def _opened(self, opened: Opened) -> None:
        if self._shut_down:
            opened.vault.close()
            return
        self.vault = opened.vault
        self.trusted = opened.trusted
        if opened.full_disk is None:
            try:  # the vault holds them now: out of settings.json (GUI thread, like every save)
                self.settings.forget_legacy()
            except SettingsError:
                log.warning("settings: the trusted person stays in the file until next time")
        self.opened.emit(opened)

    def save_trusted(
        self,
        person: TrustedPerson,
        on_saved: Callable[[TrustedPerson], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Keep the trusted person in the vault (a worker writes it); `trusted` follows."""
        store = TrustedPersonStore(self._require())

        def saved(kept: TrustedPerson) -> None:
            self.trusted = kept
            on_saved(kept)

        self.tasks.run(lambda cancel, report: store.set(person), on_result=saved, on_error=on_error)

    def close(self) -> None:
        """Close now (folds the WAL: short). `closed` is emitted."""
        vault, self.vault = self.vault, None
        self.trusted = NOBODY
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
        self.trusted = NOBODY
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
