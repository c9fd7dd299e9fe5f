"""Small dialogs: the vault passphrase, About."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services.paths import AppPaths
from desktop.ui.i18n import tr
from desktop.ui.kit.buttons import Button, accept_or_cancel
from desktop.vault.keys import MIN_PASSPHRASE_CHARS


class PassphraseDialog(QDialog):
    """Asks for the vault passphrase; in `create` mode asks twice and explains why."""

    def __init__(self, create: bool, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.creating = create
        self.setWindowTitle(tr("Choose a passphrase") if create else tr("Unlock Keepsake"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        if create:
            intro = tr(
                "This computer has no system keyring, so your keepsake will be locked "
                "with a passphrase you choose. Keep it somewhere safe: without it, "
                "nobody (not even you) can open your data. At least {0} characters."
            ).format(MIN_PASSPHRASE_CHARS)
        else:
            intro = tr("Please enter your passphrase to open your keepsake.")
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Passphrase"), self.first)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if create:
            form.addRow(tr("Once more"), self.second)
        layout.addLayout(form)
        self.error = QLabel(error)
        self.error.setObjectName("muted")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = accept_or_cancel(self, self._check, Button.Ok)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.creating:
            if len(self.first.text()) < MIN_PASSPHRASE_CHARS:
                self.error.setText(
                    tr("Please use at least {0} characters.").format(MIN_PASSPHRASE_CHARS)
                )
                return
            if self.first.text() != self.second.text():
                self.error.setText(tr("The two passphrases are not the same."))
                return
        elif not self.first.text():
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


class AboutDialog(QDialog):
    """What Keepsake is, and where its data lives."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About Keepsake"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "<h2>Keepsake {0}</h2><p>A private place to talk with a portrait of "
                "someone you lost. The portrait is an AI: it is built from the photos, "
                "recordings and words you give it, and it is always labelled as such. "
                "It is not the person, and it is not a therapist.</p><p>Everything "
                "stays on this computer, encrypted. Keepsake needs no account, sends "
                "nothing anywhere and never contacts you.</p><p "
                "style='color:#7a7168'>Your data: {1}</p>"
            ).format(__version__, paths.data_dir)
        )
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
