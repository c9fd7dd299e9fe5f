"""A date the person may know only in part: free text ("1948", "spring 1951") with a
calendar to pick an exact day. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr


class DateField(QWidget):
    """`text()`/`setText()` like a line edit; "Pick a date…" writes the chosen day."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("A year is enough, or pick a day"))
        self.edit.setAccessibleName(accessible_name)
        self.pick = QPushButton(tr("Pick a date…"))
        self.pick.setAccessibleName(tr("Pick a date for: {0}").format(accessible_name))
        self.pick.clicked.connect(self.choose)
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (the line edit's name)
        self.edit.setText(text)

    def choose(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Pick a date"))
        self.calendar = QCalendarWidget()
        self.calendar.setMaximumDate(QDate.currentDate())
        self.calendar.setSelectedDate(QDate(1950, 1, 1))
        self.calendar.activated.connect(dialog.accept)
        done = QPushButton(tr("Use this date"))
        done.setObjectName("primary")
        done.clicked.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.calendar)
        layout.addWidget(done)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_date(self.calendar.selectedDate())

    def set_date(self, day: QDate) -> None:
        self.edit.setText(QLocale().toString(day, tr("d MMMM yyyy")))
