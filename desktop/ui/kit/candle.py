"""A still, drawn candle (no emoji font needed, no flicker): unlit until `light()`. Used by the
quiet moment on a remembrance day and the closing moment after a goodbye. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QRadialGradient
from PySide6.QtWidgets import QWidget

from desktop.ui.i18n import tr
from desktop.ui.kit import theme


class Candle(QWidget):
    """A still candle; lit when the person lights it (no flicker, no animation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lit = False
        self.setFixedSize(70, 130)
        self.setAccessibleName(tr("A candle"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(70, 130)

    def light(self) -> None:
        self.lit = True
        self.setAccessibleName(tr("A lit candle"))
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        body = QRectF(w / 2 - 14, 58, 28, 66)
        if self.lit:
            glow = QRadialGradient(QPointF(w / 2, 40), 34)
            glow.setColorAt(0, QColor(255, 214, 150, 150))
            glow.setColorAt(1, QColor(255, 214, 150, 0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(glow)
            painter.drawEllipse(QPointF(w / 2, 40), 34, 34)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f3ead9"))
        painter.drawRoundedRect(body, 5, 5)
        painter.setBrush(QColor(theme.BORDER))
        painter.drawRect(QRectF(w / 2 - 14, 116, 28, 8))
        painter.setPen(QColor(theme.MUTED))
        painter.drawLine(QPointF(w / 2, 58), QPointF(w / 2, 50))  # the wick
        if self.lit:
            flame = QPainterPath(QPointF(w / 2, 22))
            flame.cubicTo(QPointF(w / 2 + 9, 36), QPointF(w / 2 + 7, 50), QPointF(w / 2, 51))
            flame.cubicTo(QPointF(w / 2 - 7, 50), QPointF(w / 2 - 9, 36), QPointF(w / 2, 22))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f2b45a"))
            painter.drawPath(flame)
            painter.setBrush(QColor("#fff3d6"))
            painter.drawEllipse(QPointF(w / 2, 43), 3, 5)
