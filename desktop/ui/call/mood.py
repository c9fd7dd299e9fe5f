"""An optional mood check-in before and after a call: a 1-5 scale and a few words. Skippable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr, tr_noop

SCALE = (
    tr_noop("1 · very low"),
    tr_noop("2 · low"),
    tr_noop("3 · so-so"),
    tr_noop("4 · all right"),
    tr_noop("5 · good"),
)


class MoodDialog(QDialog):
    """`mood()` is None when the user skips. `after=True` adds an optional note."""

    def __init__(self, after: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("How are you feeling?"))
        self.setMinimumWidth(520)
        question = QLabel(
            tr("How are you feeling after the call?")
            if after
            else tr("How are you feeling right now?")
        )
        hint = QLabel(
            tr("Only if you want to: this stays in your journal, and you can skip it.")
            if after
            else tr("One tap is enough, or skip it. It stays in your journal.")
        )
        hint.setObjectName("muted")
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for value, label in enumerate(SCALE, start=1):
            text = tr(label)
            button = QPushButton(text)
            button.setCheckable(True)
            self.group.addButton(button, value)
            row.addWidget(button)
        if not after:  # before a call: one tap is the whole check-in (or "Skip")
            self.group.idClicked.connect(lambda _value: self.accept())
        self.words = QLineEdit()
        self.words.setAccessibleName(tr("A few words about how you feel"))
        self.words.setPlaceholderText(tr("A few words, if you like"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(tr("A note about this conversation"))
        self.note.setPlaceholderText(tr("A note about this conversation (optional)"))
        self.note.setVisible(after)
        self.stop_asking = QCheckBox(tr("Don't ask me this again"))
        buttons = QDialogButtonBox()
        save = buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setVisible(after)  # before a call the tap itself saves
        self.words.setVisible(after)
        buttons.addButton(tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, hint):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.words)
        layout.addWidget(self.note)
        layout.addWidget(self.stop_asking)
        layout.addWidget(buttons)

    def mood(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None
