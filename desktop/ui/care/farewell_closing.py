"""The closing moment after a goodbye: their photo, the letter (or the last words), a candle.

A quiet dialog, one button. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.kit.candle import Candle


class FarewellClosing(QDialog):
    """Shown once the portrait is retired."""

    def __init__(
        self, name: str, words: str, photo: QPixmap | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("farewellClosing")
        self.setWindowTitle(tr("Goodbye, {0}").format(name))
        self.setMinimumWidth(560)
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if photo is not None and not photo.isNull():
            picture.setPixmap(
                photo.scaled(
                    220,
                    220,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            picture.setText(name)
            picture.setObjectName("title")
        picture.setAccessibleName(tr("{0}'s photo").format(name))
        title = QLabel(tr("Goodbye, {0}").format(name))
        title.setObjectName("title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = QLabel(words)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setStyleSheet("font-style: italic; font-size: 15px;")
        self.words.setVisible(bool(words.strip()))
        after = QLabel(
            tr(
                "The portrait is at rest. Your conversations and your words stay in the "
                "journal, to re-read whenever you like."
            )
        )
        after.setObjectName("muted")
        after.setWordWrap(True)
        after.setAlignment(Qt.AlignmentFlag.AlignCenter)
        close = QPushButton(tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(picture)
        row.addSpacing(24)
        candle = Candle()
        candle.light()  # lit for them
        row.addWidget(candle, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(16)
        layout.addLayout(row)
        layout.addWidget(title)
        layout.addWidget(self.words)
        layout.addWidget(after)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
