"""Back up, restore and erase: the actions on all of the person's data. GUI thread; the work
itself (the copy, the restore, the erasing) runs in the background, with a busy bar."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.services.paths import AppPaths
from desktop.ui.i18n import tr
from desktop.ui.kit.confirm import confirm
from desktop.ui.kit.dialogs import PassphraseDialog
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.backup import write_backup
from desktop.vault.opening import erase_vault
from desktop.vault.restore import RestoreResult, restore_backup


@dataclass(eq=False)
class DataActions:
    parent: QWidget
    session: VaultSession
    paths: AppPaths
    tasks: BackgroundTasks
    status: StatusLine
    nav: Navigation

    def back_up(self) -> None:
        """Everything to one file, protected by a passphrase the person chooses. The window
        keeps reading the vault while the copy is made."""
        vault = self.session.vault
        if vault is None:
            return
        passphrase = self.ask_backup_passphrase(create=True)
        if passphrase is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.parent, tr("Back up to"), "keepsake-backup.kbk")
        if not name:
            return
        self.status.busy(tr("Backing up…"))
        self.tasks.run(
            lambda cancel, report: write_backup(vault, Path(name), passphrase),
            on_result=lambda size: self.status.idle(
                tr("Backup written ({0:.1f} MB). Keep the passphrase safe.").format(
                    size / 1000000.0
                )
            ),
            on_error=lambda exc: self.status.idle(
                tr("The backup failed: {0}").format(describe(exc))
            ),
        )

    def restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, tr("Restore from"), "", tr("Keepsake backup (*.kbk);;All files (*)")
        )
        if not name:
            return
        passphrase = self.ask_backup_passphrase(create=False)
        if passphrase is None or not self.session.is_open:
            return
        if not confirm(
            self.parent,
            tr("Restore?"),
            tr(
                "Restoring replaces what Keepsake holds now with the backup. The current data is "
                "kept "
                "aside in the data folder, not deleted."
            ),
        ):
            return
        paths, backend = self.paths, self.session.backend
        local = self.session.local_passphrase
        self.status.busy(
            tr("Restoring… Your current data stays as it is until the copy is checked.")
        )
        self.nav.home.emit()
        self.session.close_then(
            lambda cancel, report: restore_backup(Path(name), passphrase, paths, backend, local),
            on_result=self._restored,
            on_error=self._not_restored,
        )

    def _restored(self, result: RestoreResult) -> None:
        kept = (
            tr(" The data it replaced is kept aside; Settings → Data lists it.")
            if result.set_aside is not None
            else ""
        )
        self.status.idle(tr("Restored from the backup.") + kept)
        self.session.unlock(self.session.local_passphrase)

    def _not_restored(self, exc: BaseException) -> None:
        self.status.idle("")
        QMessageBox.warning(self.parent, tr("Nothing was changed"), describe(exc))
        self.session.unlock(self.session.local_passphrase)

    def ask_backup_passphrase(self, create: bool) -> str | None:
        dialog = PassphraseDialog(create=create, parent=self.parent)
        dialog.setWindowTitle(tr("Backup passphrase"))
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def erase_everything(self) -> None:
        """Delete every portrait, recording and conversation, after two confirmations."""
        if not self.session.is_open:
            return
        if not confirm(
            self.parent,
            tr("Erase all my data?"),
            tr(
                "This deletes every portrait, photo, recording, saying and conversation kept by "
                "Keepsake on this computer. Backups you made elsewhere are not touched."
            ),
        ):
            return
        word, ok = QInputDialog.getText(
            self.parent, tr("Erase all my data"), tr("To confirm, type ERASE:")
        )
        if not ok or word.strip() != "ERASE":
            return
        paths, backend = self.paths, self.session.backend
        self.status.busy(tr("Erasing…"))
        self.nav.home.emit()
        self.session.close_then(
            lambda cancel, report: erase_vault(paths, backend),
            on_result=self._erased,
            on_error=self._not_erased,
        )

    def _erased(self, _result: object) -> None:
        self.status.idle(tr("Everything was erased."))
        self.session.unlock(passphrase=None)

    def _not_erased(self, exc: BaseException) -> None:
        self.status.idle("")
        QMessageBox.warning(self.parent, tr("Erase all my data"), describe(exc))
        self.session.unlock(self.session.local_passphrase)
