"""The window's start: the settings, the first-run explanation, the models checked and the
vault unlocked in the background (a passphrase asked for when there is no keyring)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.core.errors import PassphraseRequiredError, WrongKeyError
from desktop.core.jobs import Progress
from desktop.models.readiness import check_models
from desktop.models.verify import VerifyResult
from desktop.services.paths import AppPaths
from desktop.ui.i18n import list_text, tr, trn
from desktop.ui.kit.dialogs import PassphraseDialog
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.first_run import FirstRunDialog
from desktop.ui.main_window.vault_session import Opened, VaultSession
from desktop.ui.settings.preferences import Preferences
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.keys import read_meta


@dataclass(eq=False)
class StartUp:
    """GUI thread. `model_results` holds the start-up check of the chosen models."""

    parent: QWidget
    prefs: Preferences
    paths: AppPaths
    tasks: BackgroundTasks
    session: VaultSession
    status: StatusLine
    on_ready: Callable[[], None]
    model_results: tuple[VerifyResult, ...] = field(default=(), init=False)

    def __post_init__(self) -> None:
        self._steps = 3
        self.session.opened.connect(self._opened)
        self.session.failed.connect(self._unlock_failed)

    def start(self) -> bool:
        """Settings, then the models and the vault in the background. False when the person
        did not confirm the first-run explanation (the window then closes)."""
        damaged = self.prefs.load()
        if damaged is not None:
            QMessageBox.information(
                self.parent,
                tr("Settings reset"),
                tr(
                    "Your settings file could not be read, so the defaults apply. The old "
                    "file was kept as {0}."
                ).format(damaged),
            )
        if not self.prefs.current.first_run_done and not self.welcome():
            self.status.say(tr("Keepsake needs your confirmation before it can be used."))
            return False
        self._check_models()
        self.session.unlock(passphrase=None)
        return True

    def welcome(self) -> bool:
        """The first-run explanation and 18+ confirmation; True when the person goes on."""
        if FirstRunDialog(self.paths, self.parent).exec() != QDialog.DialogCode.Accepted:
            return False
        self.prefs.change(first_run_done=True)
        return True

    def _check_models(self) -> None:
        s = self.prefs.current
        ids = (s.stt_model, s.llm_model, s.tts_voice)
        models_dir = self.paths.models_dir
        self._steps = len(ids)
        self.status.steps(0, self._steps)
        self.status.say(tr("Getting the voice and the models ready…"))
        self.tasks.run(
            lambda cancel, report: check_models(ids, models_dir, cancel, report),
            on_result=self._models_checked,
            on_error=lambda exc: self.status.idle(describe(exc)),
            on_progress=self._on_model_progress,
        )

    def _on_model_progress(self, p: Progress) -> None:
        self.status.steps(int(p.done), self._steps)

    def _models_checked(self, results: tuple[VerifyResult, ...]) -> None:
        self.model_results = results
        missing = [r.entry.name for r in results if not r.ok]
        if missing:
            self.status.idle(tr("Some models are missing: ") + list_text(missing))
        else:
            self.status.idle(tr("Ready. Everything stays on this computer."))

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PassphraseRequiredError | WrongKeyError):
            create = read_meta(self.paths.vault_meta_file) is None
            error = describe(exc) if isinstance(exc, WrongKeyError) else ""
            passphrase = self.ask_passphrase(create, error)
            if passphrase is not None:
                self.session.unlock(passphrase)
            else:
                self.status.say(tr("Your keepsake is locked. Restart Keepsake to unlock it."))
            return
        QMessageBox.warning(self.parent, tr("Keepsake couldn't open your data"), describe(exc))

    def ask_passphrase(self, create: bool, error: str) -> str | None:
        """Ask for the vault passphrase (modal); None when the person cancels."""
        dialog = PassphraseDialog(create=create, error=error, parent=self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.passphrase()
        return None

    def _opened(self, opened: Opened) -> None:
        if opened.full_disk is not None:  # opened read only: everything saved can be read
            self.status.say(describe(opened.full_disk))
        elif opened.unfinished:
            self.status.say(
                trn(
                    "%n conversation ended unexpectedly last time; it is kept in "
                    "the journal up to the last turn.",
                    "%n conversations ended unexpectedly last time; they are kept in "
                    "the journal up to the last turn.",
                    opened.unfinished,
                )
            )
        self.on_ready()
