"""Saying goodbye: a last conversation or a letter, then the portrait is retired.

The dialog only gathers the choice (and the letter); the main window carries it out.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr


class FarewellChoice(Enum):
    LAST_CONVERSATION = "last conversation"
    LETTER = "letter"


class FarewellDialog(QDialog):
    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Say goodbye to {0}").format(display_name))
        self.resize(580, 480)
        intro = QLabel(
            tr(
                "<p>When you feel ready, you can say goodbye to {0}'s "
                "portrait.</p><p>You can have one last conversation, or write a "
                "letter. Afterwards the portrait is retired: every conversation stays "
                "in your journal to re-read, but calls are no longer offered. Later "
                "you can put the portrait away or delete it, and you can bring it back "
                "if you need to.</p><p>There is no hurry.</p>"
            ).format(display_name)
        )
        intro.setWordWrap(True)
        self.conversation = QRadioButton(tr("Have a last conversation"))
        self.letter_choice = QRadioButton(tr("Write a letter"))
        self.conversation.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.conversation)
        group.addButton(self.letter_choice)
        self.letter = QPlainTextEdit()
        self.letter.setPlaceholderText(
            tr("Dear {0}, … (the letter is kept in your journal)").format(display_name)
        )
        self.letter.setVisible(False)
        self.letter_choice.toggled.connect(self.letter.setVisible)
        self.message = QLabel("")
        self.message.setObjectName("muted")
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.conversation)
        layout.addWidget(self.letter_choice)
        layout.addWidget(self.letter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def choice(self) -> FarewellChoice:
        if self.letter_choice.isChecked():
            return FarewellChoice.LETTER
        return FarewellChoice.LAST_CONVERSATION

    def _check(self) -> None:
        if self.choice() is FarewellChoice.LETTER and not self.letter.toPlainText().strip():
            self.message.setText(tr("Write your letter first, or choose a last conversation."))
            return
        self.accept()
