"""The quiet moment on a remembrance day, on the home screen when the person opens Keepsake on
such a day (never otherwise): a candle to light, their photo, words they really said (with
their voice when there is a recording), and an invitation to write to them. What is written
goes into the journal. "Not today" sets the day aside. GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.care.remembrance import RemembranceDay
from desktop.care.ritual import heading, invitation
from desktop.core.persona import Saying
from desktop.ui.i18n import tr
from desktop.ui.kit.candle import Candle


class QuietMoment(QFrame):
    """One marked day. Signals carry the day: the window does the vault writes."""

    opened = Signal(object)  # the candle was lit or the letter begun: the ritual was used
    write_requested = Signal(object)
    set_aside = Signal(object)
    listen_requested = Signal(object)  # the Saying whose recording to play

    def __init__(
        self,
        day: RemembranceDay,
        name: str,
        on: date,
        picture: QPixmap | None,
        words: Saying | None,
        parent: QWidget | None = None,
        listen_reason: str = "",
    ) -> None:
        """`listen_reason`, when not empty, says why their voice cannot be played (no
        recording of these words, no speaker): the button is then shown disabled."""
        super().__init__(parent)
        self.day, self.name, self.words = day, name, words
        self.setObjectName("calm")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 18, 24, 18)
        row.setSpacing(22)
        self.candle = Candle()
        row.addWidget(self.candle, 0, Qt.AlignmentFlag.AlignVCenter)
        self.photo = QLabel()
        self.photo.setAccessibleName(tr("A photo of {0}").format(name))
        row.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignVCenter)
        self.set_picture(picture)
        text = QVBoxLayout()
        title = QLabel(heading(day, name, on, tr))
        title.setObjectName("cardTitle")
        title.setWordWrap(True)
        text.addWidget(title)
        if words is not None:
            quote = QLabel("“" + words.text + "”")
            quote.setTextFormat(Qt.TextFormat.PlainText)
            quote.setWordWrap(True)
            quote.setStyleSheet("font-style: italic; font-size: 16px;")
            said = QLabel(tr("— {0}, in their own words").format(name))
            said.setObjectName("muted")
            text.addWidget(quote)
            text.addWidget(said)
        self.invite = QLabel(invitation(name, tr))
        self.invite.setObjectName("muted")
        self.invite.setWordWrap(True)
        text.addWidget(self.invite)
        text.addLayout(self._buttons(name, words, listen_reason))
        text.addWidget(self.listen_note)
        row.addLayout(text, 1)

    def _buttons(self, name: str, words: Saying | None, listen_reason: str) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.light_button = QPushButton(tr("Light the candle"))
        self.light_button.clicked.connect(self.light)
        self.write_button = QPushButton(tr("Write to {0}…").format(name))
        self.write_button.setObjectName("primary")
        self.write_button.clicked.connect(self._write)
        self.listen_button = QPushButton(tr("Hear their voice"))
        self.listen_button.clicked.connect(lambda: self.listen_requested.emit(self.words))
        self.listen_button.setVisible(words is not None)  # beside the words it would play
        self.listen_button.setEnabled(not listen_reason)
        self.listen_button.setToolTip(listen_reason)
        self.listen_note = QLabel(listen_reason)
        self.listen_note.setObjectName("muted")
        self.listen_note.setWordWrap(True)
        self.listen_note.setVisible(words is not None and bool(listen_reason))
        self.aside_button = QPushButton(tr("Not today"))
        self.aside_button.setObjectName("link")
        self.aside_button.clicked.connect(lambda: self.set_aside.emit(self.day))
        for button in (self.light_button, self.listen_button, self.write_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.aside_button)
        return buttons

    def set_picture(self, picture: QPixmap | None) -> None:
        """Their photo (it may arrive after the moment is shown); none hides it."""
        self.photo.setVisible(picture is not None)
        if picture is not None:
            self.photo.setPixmap(
                picture.scaled(
                    120,
                    120,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def playing(self, now: bool) -> None:
        """While their words play, the button waits (one playback at a time)."""
        self.listen_button.setEnabled(not now)
        self.listen_button.setToolTip(tr("Playing their words…") if now else "")

    def light(self) -> None:
        self.candle.light()
        self.light_button.setEnabled(False)
        self.opened.emit(self.day)

    def _write(self) -> None:
        self.opened.emit(self.day)
        self.write_requested.emit(self.day)

    def written(self) -> None:
        """After their words were saved: say where they are."""
        self.invite.setText(
            tr("Your words to {0} are in your journal. You can write again at any time.").format(
                self.name
            )
        )


class WriteToThemDialog(QDialog):
    """A page to write to them on their day; Save puts it in the journal."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(560, 440)
        self.text = QPlainTextEdit()
        self.text.setPlainText(tr("Dear {0},").format(name) + "\n\n")
        self.text.setAccessibleName(tr("Your words to {0}").format(name))
        note = QLabel(tr("This goes into your journal, and nowhere else."))
        note.setObjectName("muted")
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(
            tr("Keep it in my journal"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def words(self) -> str:
        return self.text.toPlainText().strip()
