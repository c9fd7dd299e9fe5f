"""Back up, restore and erase: the actions on all of the user's data. GUI thread; the backup
itself runs in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop.ui.confirm import confirm
from desktop.ui.dialogs import PassphraseDialog
from desktop.ui.i18n import tr
from desktop.ui.messages import describe
from desktop.vault.backup import write_backup
from desktop.vault.opening import erase_vault
from desktop.vault.restore import RestoreResult, restore_backup

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class DataActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def back_up(self) -> None:
        """Everything to one file, protected by a passphrase the user chooses (background)."""
        if self.window.vault is None:
            return
        passphrase = self.ask_backup_passphrase(create=True)
        if passphrase is None:
            return
        name, _ = QFileDialog.getSaveFileName(self.window, tr("Back up to"), "keepsake-backup.kbk")
        if not name:
            return
        vault = self.window.vault
        self._busy(tr("Backing up…"))
        self.window.services.tasks.run(
            lambda cancel, report: write_backup(vault, Path(name), passphrase),
            on_result=lambda size: self._idle(
                tr("Backup written ({0:.1f} MB). Keep the passphrase safe.").format(
                    size / 1000000.0
                )
            ),
            on_error=lambda exc: self._idle(tr("The backup failed: {0}").format(describe(exc))),
        )

    def restore(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, tr("Restore from"), "", tr("Keepsake backup (*.kbk);;All files (*)")
        )
        if not name:
            return
        passphrase = self.ask_backup_passphrase(create=False)
        if passphrase is None or self.window.vault is None:
            return
        if not confirm(
            self.window,
            tr("Restore?"),
            tr(
                "Restoring replaces what Keepsake holds now with the backup. The current data is "
                "kept "
                "aside in the data folder, not deleted."
            ),
        ):
            return
        self.window.vault.close()
        self.window.vault = None
        paths, backend = self.window.services.paths, self.window.services.keyring_backend
        local = self.window.local_passphrase
        self._busy(tr("Restoring… Your current data stays as it is until the copy is checked."))
        self.window.services.tasks.run(
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
        self._idle(tr("Restored from the backup.") + kept)
        self.window.show_home()
        self.window.unlock(self.window.local_passphrase)

    def _not_restored(self, exc: BaseException) -> None:
        self._idle("")
        QMessageBox.warning(self.window, tr("Nothing was changed"), describe(exc))
        self.window.show_home()
        self.window.unlock(self.window.local_passphrase)

    def ask_backup_passphrase(self, create: bool) -> str | None:
        dialog = PassphraseDialog(create=create, parent=self.window)
        dialog.setWindowTitle(tr("Backup passphrase"))
        return dialog.passphrase() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _busy(self, text: str) -> None:
        self.window.progress.setVisible(True)
        self.window.progress.setRange(0, 0)
        self.window.status_label.setText(text)

    def _idle(self, text: str) -> None:
        self.window.progress.setVisible(False)
        self.window.status_label.setText(text)

    def erase_everything(self) -> None:
        """Delete every portrait, recording and conversation, after two confirmations."""
        if self.window.vault is None:
            return
        if not confirm(
            self.window,
            tr("Erase all my data?"),
            tr(
                "This deletes every portrait, photo, recording, saying and conversation kept by "
                "Keepsake on this computer. Backups you made elsewhere are not touched."
            ),
        ):
            return
        word, ok = QInputDialog.getText(
            self.window, tr("Erase all my data"), tr("To confirm, type ERASE:")
        )
        if not ok or word.strip() != "ERASE":
            return
        self.window.vault.close()
        self.window.vault = None
        erase_vault(self.window.services.paths, self.window.services.keyring_backend)
        self.window.show_home()
        self.window.status_label.setText(tr("Everything was erased."))
        self.window.unlock(passphrase=None)
