"""Adjusting the rig by hand: the photo with the rig's points, which the user can drag."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktop.avatar.photo import Image
from desktop.avatar.rig import Rig
from desktop.avatar.rig_edit import Handle, handle_points, move_handle, nearest_handle
from desktop.ui.i18n import tr
from desktop.ui.kit import theme

HANDLE_RADIUS_PX = 5


class RigEditor(QWidget):
    """Shows the photo and the rig; dragging a point emits `rig_changed` with the new rig."""

    rig_changed = Signal(object)

    def __init__(self, photo: Image, rig: Rig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        h, w = photo.shape[:2]
        self._image = QImage(photo.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.rig = rig
        self._dragging: Handle | None = None
        self.setMinimumSize(320, 320)
        self.setMouseTracking(True)
        self.setToolTip(
            tr("Drag the points onto the eyes, the corners of the mouth, the lips and the chin.")
        )

    # photo <-> widget coordinates
    def _frame(self) -> tuple[float, float, float]:
        w, h = self._image.width(), self._image.height()
        scale = min(self.width() / w, self.height() / h)
        return scale, (self.width() - w * scale) / 2, (self.height() - h * scale) / 2

    def to_widget(self, p: tuple[float, float]) -> QPointF:
        scale, ox, oy = self._frame()
        return QPointF(ox + p[0] * scale, oy + p[1] * scale)

    def to_photo(self, p: QPointF) -> tuple[float, float]:
        scale, ox, oy = self._frame()
        return ((p.x() - ox) / scale, (p.y() - oy) / scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        scale, _, _ = self._frame()
        self._dragging = nearest_handle(
            self.rig, self.to_photo(event.position()), (HANDLE_RADIUS_PX + 4) / scale
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is None:
            return
        self.rig = move_handle(self.rig, self._dragging, self.to_photo(event.position()))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging is not None:
            self._dragging = None
            self.rig_changed.emit(self.rig)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale, ox, oy = self._frame()
        painter.drawImage(
            QRectF(ox, oy, self._image.width() * scale, self._image.height() * scale), self._image
        )
        points = handle_points(self.rig)
        m = self.rig.mouth
        line = QPen(QColor(255, 255, 255, 170), 1.5)
        painter.setPen(line)
        for a, b in (
            (m.left, m.upper_lip),
            (m.upper_lip, m.right),
            (m.right, m.lower_lip),
            (m.lower_lip, m.left),
        ):
            painter.drawLine(self.to_widget(a), self.to_widget(b))
        for handle, p in points.items():
            centre = self.to_widget(p)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(
                QColor(theme.ACCENT if handle is not self._dragging else theme.ACCENT_DARK)
            )
            painter.drawEllipse(centre, HANDLE_RADIUS_PX, HANDLE_RADIUS_PX)
        painter.end()
