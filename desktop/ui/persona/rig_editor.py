"""Adjusting the rig by hand: the photo with the rig's labelled points, which the user drags.

The mouse wheel (or the zoom buttons of the dialog) zooms around the pointer; dragging the
background pans when zoomed in. With a face mesh, the mesh around a dragged point follows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QWidget

from desktop.avatar.photo import Image
from desktop.avatar.rig import Rig
from desktop.avatar.rig_edit import Handle, handle_points, move_handle, nearest_handle
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit import theme

HANDLE_RADIUS_PX = 5
MAX_ZOOM = 8.0
LABELS = {
    Handle.LEFT_EYE: tr_noop("eye"),
    Handle.RIGHT_EYE: tr_noop("eye"),
    Handle.MOUTH_LEFT: tr_noop("lip corner"),
    Handle.MOUTH_RIGHT: tr_noop("lip corner"),
    Handle.UPPER_LIP: tr_noop("upper lip"),
    Handle.LOWER_LIP: tr_noop("lower lip"),
    Handle.CHIN: tr_noop("chin"),
}


class RigEditor(QWidget):
    """Shows the photo and the rig; dragging a point emits `rig_changed` with the new rig."""

    rig_changed = Signal(object)

    def __init__(self, photo: Image, rig: Rig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        h, w = photo.shape[:2]
        self._image = QImage(photo.tobytes(), w, h, 3 * w, QImage.Format.Format_RGB888).copy()
        self.rig = rig
        self._dragging: Handle | None = None
        self._panning: QPointF | None = None
        self.zoom = 1.0
        self._centre = (w / 2, h / 2)  # the photo point at the middle of the view
        self.setMinimumSize(320, 320)
        self.setMouseTracking(True)
        self.setToolTip(
            tr("Drag the points onto the eyes, the corners of the mouth, the lips and the chin.")
        )

    # photo <-> widget coordinates
    def _frame(self) -> tuple[float, float, float]:
        w, h = self._image.width(), self._image.height()
        scale = min(self.width() / w, self.height() / h) * self.zoom
        cx, cy = self._centre
        return scale, self.width() / 2 - cx * scale, self.height() / 2 - cy * scale

    def to_widget(self, p: tuple[float, float]) -> QPointF:
        scale, ox, oy = self._frame()
        return QPointF(ox + p[0] * scale, oy + p[1] * scale)

    def to_photo(self, p: QPointF) -> tuple[float, float]:
        scale, ox, oy = self._frame()
        return ((p.x() - ox) / scale, (p.y() - oy) / scale)

    def set_zoom(self, zoom: float, around: QPointF | None = None) -> None:
        """Zoom (1 = the whole photo), keeping the photo point under `around` in place."""
        zoom = min(max(zoom, 1.0), MAX_ZOOM)
        anchor = around or QPointF(self.width() / 2, self.height() / 2)
        before = self.to_photo(anchor)
        self.zoom = zoom
        after = self.to_photo(anchor)
        cx, cy = self._centre
        self._centre = (cx + before[0] - after[0], cy + before[1] - after[1])
        if zoom == 1.0:
            self._centre = (self._image.width() / 2, self._image.height() / 2)
        self.update()

    def zoom_to_face(self) -> None:
        """Zoom so that the face fills the view."""
        x, y, w, h = self.rig.face
        fit = min(self._image.width() / (w * 1.6), self._image.height() / (h * 1.6))
        self.zoom = min(max(fit, 1.0), MAX_ZOOM)
        self._centre = (x + w / 2, y + h / 2)
        self.update()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        self.set_zoom(self.zoom * (1.25**steps), event.position())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        scale, _, _ = self._frame()
        self._dragging = nearest_handle(
            self.rig, self.to_photo(event.position()), (HANDLE_RADIUS_PX + 4) / scale
        )
        if self._dragging is None and self.zoom > 1.0:
            self._panning = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning is not None:
            scale, _, _ = self._frame()
            d = event.position() - self._panning
            cx, cy = self._centre
            self._centre = (cx - d.x() / scale, cy - d.y() / scale)
            self._panning = event.position()
            self.update()
            return
        if self._dragging is None:
            return
        self.rig = move_handle(self.rig, self._dragging, self.to_photo(event.position()))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._panning = None
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
        if self.rig.has_mesh and self.zoom >= 2.0:  # the mesh's points, faintly
            painter.setPen(QPen(QColor(255, 255, 255, 90), 1))
            for x, y, _z in self.rig.landmarks[:468]:
                painter.drawPoint(self.to_widget((x, y)))
        m = self.rig.mouth
        painter.setPen(QPen(QColor(255, 255, 255, 170), 1.5))
        for a, b in (
            (m.left, m.upper_lip),
            (m.upper_lip, m.right),
            (m.right, m.lower_lip),
            (m.lower_lip, m.left),
        ):
            painter.drawLine(self.to_widget(a), self.to_widget(b))
        font = QFont(self.font())
        font.setPixelSize(12)
        painter.setFont(font)
        for handle, p in points.items():
            centre = self.to_widget(p)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(
                QColor(theme.ACCENT if handle is not self._dragging else theme.ACCENT_DARK)
            )
            painter.drawEllipse(centre, HANDLE_RADIUS_PX, HANDLE_RADIUS_PX)
            self._label(painter, centre, tr(LABELS[handle]), handle)
        painter.end()

    def _label(self, painter: QPainter, at: QPointF, text: str, handle: Handle) -> None:
        """A small dark label beside the point (to the outer side for the corners)."""
        metrics = painter.fontMetrics()
        w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 2
        if handle in (Handle.UPPER_LIP, Handle.LOWER_LIP, Handle.CHIN):  # above or below
            x = at.x() - w / 2
            y = at.y() - h - 9 if handle is Handle.UPPER_LIP else at.y() + 9
        else:
            left = handle in (Handle.LEFT_EYE, Handle.MOUTH_LEFT)
            x = at.x() - w - 9 if left else at.x() + 9
            y = at.y() - h / 2
        box = QRectF(x, y, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(40, 36, 32, 170))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
