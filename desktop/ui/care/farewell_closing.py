"""The closing moment after a goodbye: their photo, the letter (or the last words), a candle.

A quiet dialog, one button. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPixmap, QRadialGradient
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import tr


class Candle(QWidget):
    """A small candle with a warm flame, drawn (no emoji font needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(60, 120)
        self.setAccessibleName(tr("A lit candle"))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        glow = QRadialGradient(QPointF(30, 34), 30)
        glow.setColorAt(0, QColor(255, 214, 140, 150))
        glow.setColorAt(1, QColor(255, 214, 140, 0))
        p.setBrush(glow)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(30, 34), 30, 30)
        flame = QPainterPath(QPointF(30, 12))
        flame.cubicTo(QPointF(40, 30), QPointF(38, 46), QPointF(30, 48))
        flame.cubicTo(QPointF(22, 46), QPointF(20, 30), QPointF(30, 12))
        p.setBrush(QColor("#f2b544"))
        p.drawPath(flame)
        p.setBrush(QColor("#fff1c9"))
        p.drawEllipse(QPointF(30, 40), 3.5, 6)
        p.setPen(QColor("#4a443e"))
        p.drawLine(QPointF(30, 48), QPointF(30, 54))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#f4ede3"))
        p.drawRoundedRect(QRectF(16, 54, 28, 62), 4, 4)
        p.setBrush(QColor("#e4dcd1"))
        p.drawRoundedRect(QRectF(16, 54, 28, 6), 3, 3)


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
        row.addWidget(Candle(), 0, Qt.AlignmentFlag.AlignBottom)
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
