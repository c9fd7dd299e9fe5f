"""A calm chart of the self-check totals over the months: a soft line, quiet guides at the
questionnaire's cut-offs, no alarming colours. Painted by hand (no chart library). GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.i18n import list_text, tr
from desktop.ui.kit import theme


def month_text(day: date) -> str:
    """'Mar 2026' / '2026年3月', in the app's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("MMM yyyy"))


class TrendChart(QWidget):
    """`set_points([(day, total), ...], maximum, cuts)`; shows a quiet sentence when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[date, int]] = []
        self.maximum = 10
        self.cuts: tuple[int, ...] = ()
        self.setMinimumSize(360, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(tr("Your self-check totals over time"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(520, 190)

    def set_points(
        self, points: Sequence[tuple[date, int]], maximum: int, cuts: Sequence[int] = ()
    ) -> None:
        self.points = sorted(points)
        self.maximum = max(1, maximum)
        self.cuts = tuple(cuts)
        described = list_text(f"{month_text(d)}: {t}" for d, t in self.points)
        self.setAccessibleDescription(described)
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(40, 14, -18, -30)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.SURFACE))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 12, 12)
        small = QFont(self.font())
        small.setPointSizeF(max(8.0, small.pointSizeF() - 1.5))
        painter.setFont(small)
        muted = QColor(theme.MUTED)

        def y_of(total: float) -> float:
            return area.bottom() - area.height() * total / self.maximum

        for value in (0, *self.cuts, self.maximum):  # quiet guides with their numbers
            y = y_of(value)
            pen = QPen(
                QColor(theme.BORDER), 1, Qt.PenStyle.DashLine if value else Qt.PenStyle.SolidLine
            )
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(4, y - 9, 30, 18),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        if not self.points:
            painter.setPen(muted)
            painter.drawText(
                area, int(Qt.AlignmentFlag.AlignCenter), tr("Your self-checks will appear here.")
            )
            return
        first, last = self.points[0][0], self.points[-1][0]
        span = max(1, (last - first).days)

        def x_of(day: date) -> float:
            if len(self.points) == 1:
                return area.center().x()
            return area.left() + area.width() * (day - first).days / span

        spots = [QPointF(x_of(d), y_of(t)) for d, t in self.points]
        path = QPainterPath(spots[0])
        for spot in spots[1:]:
            path.lineTo(spot)
        painter.setPen(QPen(QColor(theme.ACCENT), 2.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QColor(theme.SURFACE))
        for spot, (_day, total) in zip(spots, self.points, strict=True):
            painter.setPen(QPen(QColor(theme.ACCENT_DARK), 2))
            painter.drawEllipse(spot, 4.5, 4.5)
            painter.setPen(QColor(theme.INK))
            painter.drawText(
                QRectF(spot.x() - 20, spot.y() - 24, 40, 16),
                int(Qt.AlignmentFlag.AlignCenter),
                str(total),
            )
        painter.setPen(muted)
        if len(self.points) == 1:
            labels = [(first, QRectF(x_of(first) - 40, area.bottom() + 6, 80, 18), "centre")]
        else:
            labels = [
                (first, QRectF(area.left() - 4, area.bottom() + 6, 80, 18), "left"),
                (last, QRectF(area.right() - 76, area.bottom() + 6, 80, 18), "right"),
            ]
        aligns = {
            "centre": Qt.AlignmentFlag.AlignHCenter,
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
        }
        for day, box, where in labels:
            flags = aligns[where] | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, int(flags), month_text(day))
