"""The animated portrait on screen, always labelled as an AI.

Frames are rendered on the widget's own render thread (numpy/OpenCV, see desktop/avatar) at
the display's refresh rate and handed to the GUI thread, which only paints the newest one.
The render size follows the widget's size times the device pixel ratio (in steps, so a
resize does not rebuild the renderer on every pixel), so it stays sharp on high-DPI screens.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.photo import Image
from desktop.avatar.portrait_pace import pace_driver
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig
from desktop.ui.i18n import tr
from desktop.ui.kit import theme

PositionAt = Callable[[float], float]
SIZES = (256, 384, 512, 768, 1024)


def _bucket(pixels: float) -> int:
    return next((s for s in SIZES if s >= pixels), SIZES[-1])


class PortraitWidget(QWidget):
    """Shows the portrait. `start()` begins rendering, `stop()` joins the render thread."""

    draws_ai_badge = True  # the call screen need not add its own

    frame_ready = Signal()

    def __init__(
        self,
        photo: Image,
        rig: Rig,
        driver: AvatarDriver,
        position_at: PositionAt | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumSize(240, 240)
        self._photo = photo
        self._rig = rig
        self.driver = driver
        self._position_at = position_at or (lambda _now: 0.0)
        self._frame: QImage | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._wanted = 512
        self.frames_rendered = 0
        self.frame_ready.connect(self.update)

    def start(self) -> None:
        self._update_wanted_size()
        self._stop.clear()
        self._thread = threading.Thread(target=self._render_loop, name="portrait", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def set_rig(self, rig: Rig) -> None:
        """Use a corrected rig from now on (GUI thread)."""
        with self._lock:
            self._rig = rig
            self._wanted = -abs(self._wanted)  # forces a new renderer

    def _update_wanted_size(self) -> None:
        ratio = self.devicePixelRatioF()
        side = min(self.width(), self.height()) * ratio
        with self._lock:
            self._wanted = _bucket(side)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self._update_wanted_size()

    def _refresh_rate(self) -> float:
        screen = self.screen()
        rate = screen.refreshRate() if screen is not None else 60.0
        return min(max(rate, 24.0), 60.0)

    def _render_loop(self) -> None:  # render thread
        renderer: Renderer | None = None
        size = 0
        period = 1.0 / self._refresh_rate()
        started = time.monotonic()
        next_frame = started
        while not self._stop.is_set():
            with self._lock:
                wanted, rig = self._wanted, self._rig
            if renderer is None or wanted != size:
                size = abs(wanted)
                renderer = Renderer(self._photo, rig, size)
                pace_driver(self.driver, renderer)
                with self._lock:
                    self._wanted = size
            now = time.monotonic()
            state = self.driver.state_at(now - started, self._position_at(now))
            frame = renderer.render(state)
            image = QImage(
                np.ascontiguousarray(frame).data, size, size, 3 * size, QImage.Format.Format_RGB888
            ).copy()
            with self._lock:
                self._frame = image
            self.frames_rendered += 1
            self.frame_ready.emit()
            next_frame += period
            delay = next_frame - time.monotonic()
            if delay < 0:
                next_frame = time.monotonic()
            elif self._stop.wait(delay):
                break

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        clip = QPainterPath()
        clip.addRoundedRect(target, 18, 18)
        painter.setClipPath(clip)
        with self._lock:
            frame = self._frame
        if frame is not None:
            painter.drawImage(target, frame)
        else:
            painter.fillRect(target, QColor(theme.BORDER))
        painter.setClipping(False)
        self._paint_badge(painter, target)
        painter.end()

    def _paint_badge(self, painter: QPainter, target: QRectF) -> None:
        """The "AI" label, always on the portrait."""
        font = QFont(self.font())
        font.setPixelSize(max(12, int(target.width() * 0.035)))
        font.setBold(True)
        painter.setFont(font)
        text = tr("AI portrait")
        metrics = painter.fontMetrics()
        w = metrics.horizontalAdvance(text) + 18
        h = metrics.height() + 8
        badge = QRectF(target.left() + 14, target.bottom() - h - 14, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(40, 36, 32, 190))
        painter.drawRoundedRect(badge, h / 2, h / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        self.badge_rect = badge
