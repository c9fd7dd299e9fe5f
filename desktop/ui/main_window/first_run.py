"""The first start: what Keepsake is and is not, where the data lives, and an 18+ confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.services.paths import AppPaths
from desktop.ui.i18n import tr


class FirstRunDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to Keepsake"))
        self.setMinimumWidth(560)
        text = QLabel(
            tr(
                "<h2>Before you begin</h2><p><b>What Keepsake is.</b> A private place "
                "to talk with a portrait of someone you lost, made from their photos, "
                "their voice and the words they used. When a reply is one of their "
                "real sayings, it is marked “said in life”; everything else is written "
                "by an AI and marked “AI”.</p><p><b>What it is not.</b> It is not the "
                "person, and it cannot know what they would say now. It is not therapy "
                "or a crisis service. If you are struggling, please talk to someone "
                "you trust; support lines are one click away in every "
                "call.</p><p><b>Your data.</b> Everything stays on this computer, "
                "encrypted, in <code>{0}</code>. Keepsake has no account, sends "
                "nothing anywhere, sends no notifications and never starts a "
                "conversation.</p>"
            ).format(paths.data_dir)
        )
        text.setWordWrap(True)
        self.adult = QCheckBox(tr("I am 18 or older"))
        buttons = QDialogButtonBox()
        self.begin = buttons.addButton(tr("Begin"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.begin.setEnabled(False)
        self.adult.toggled.connect(self.begin.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.adult)
        layout.addWidget(buttons)
