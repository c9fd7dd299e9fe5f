"""Remembrance days on a persona's page: the days marked for them (birthday, the anniversary of
the death, Qingming, Mother's or Father's Day, days of their own), when each comes next, and
adding or removing one. GUI thread (small vault writes)."""

from __future__ import annotations

import calendar
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.care.family_days import (
    FathersDayRule,
    MothersDayRule,
    fathers_day_rule,
    mothers_day_rule,
)
from desktop.care.remembrance import DATED, DayKind, RemembranceDay, check_day, next_date
from desktop.care.remembrance_store import RemembranceStore
from desktop.core.clock import Clock
from desktop.core.errors import RemembranceDayError
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.kit.messages import describe

KIND_LABELS = {
    DayKind.BIRTHDAY: tr_noop("Their birthday"),
    DayKind.DEATH_ANNIVERSARY: tr_noop("The anniversary of their death"),
    DayKind.QINGMING: tr_noop("Qingming (清明)"),
    DayKind.MOTHERS_DAY: tr_noop("Mother's Day"),
    DayKind.FATHERS_DAY: tr_noop("Father's Day"),
    DayKind.OWN: tr_noop("A day of my own"),
}
RULE_LABELS: dict[MothersDayRule | FathersDayRule, str] = {
    MothersDayRule.SECOND_SUNDAY_OF_MAY: tr_noop("the second Sunday of May"),
    MothersDayRule.MOTHERING_SUNDAY: tr_noop("Mothering Sunday, three weeks before Easter"),
    FathersDayRule.THIRD_SUNDAY_OF_JUNE: tr_noop("the third Sunday of June"),
    FathersDayRule.FIRST_SUNDAY_OF_SEPTEMBER: tr_noop("the first Sunday of September"),
    FathersDayRule.EIGHTH_OF_AUGUST: tr_noop("8 August"),
}
COUNTRIES = (  # whose Mother's and Father's Day; others take the widest rule
    ("US", tr_noop("United States")),
    ("CN", tr_noop("China")),
    ("GB", tr_noop("United Kingdom")),
    ("IE", tr_noop("Ireland")),
    ("AU", tr_noop("Australia")),
    ("NZ", tr_noop("New Zealand")),
    ("CA", tr_noop("Canada")),
    ("HK", tr_noop("Hong Kong")),
    ("TW", tr_noop("Taiwan")),
    ("SG", tr_noop("Singapore")),
)


def day_text(day: date) -> str:
    """'Sunday 15 March 2026' in the app's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("dddd d MMMM yyyy"))


def describe_day(day: RemembranceDay, today: date, country: str) -> str:
    """'Their birthday (1950) · next: Monday 12 January 2027'."""
    name = day.label if day.kind is DayKind.OWN and day.label else tr(KIND_LABELS[day.kind])
    if day.year is not None:
        name += f" ({day.year})"
    if day.kind in (DayKind.MOTHERS_DAY, DayKind.FATHERS_DAY):
        where = day.country or country
        rule = (
            mothers_day_rule(where) if day.kind is DayKind.MOTHERS_DAY else fathers_day_rule(where)
        )
        name += " · " + tr(RULE_LABELS[rule])
    upcoming = next_date(day, today, country)
    if upcoming == today:
        return tr("{0} · today").format(name)
    return tr("{0} · next: {1}").format(name, day_text(upcoming))


class AddDayDialog(QDialog):
    """Choose the kind of day and, for dated ones, the date (the year is optional)."""

    def _make_date_fields(self, today: date) -> None:
        """The day, month and optional year of a dated day."""
        self.month = QComboBox()
        self.month.setAccessibleName(tr("Month"))
        for number in range(1, 13):
            self.month.addItem(QLocale().monthName(number), number)
        self.day = QSpinBox()
        self.day.setAccessibleName(tr("Day of the month"))
        self.day.setRange(1, 31)
        self.year = QSpinBox()
        self.year.setAccessibleName(tr("Year"))
        self.year.setRange(1899, today.year)
        self.year.setSpecialValueText(tr("not given"))  # the minimum means no year
        self.year.setValue(1899)

    def __init__(self, today: date, country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today, self.country_default = today, country
        self.setWindowTitle(tr("Mark a day"))
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind)
        self._make_date_fields(today)
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("e.g. the day we moved to the sea"))
        self.country = QComboBox()
        self.country.addItem(tr("As in Settings"), "")
        for code, name in COUNTRIES:
            self.country.addItem(tr(name), code)
        self.preview = QLabel("")
        self.preview.setObjectName("muted")
        self.preview.setWordWrap(True)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(tr("Which day"), self.kind)
        date_row = QHBoxLayout()
        date_row.addWidget(self.day)
        date_row.addWidget(self.month)
        date_row.addWidget(QLabel(tr("year")))
        date_row.addWidget(self.year)
        self.date_box = QWidget()
        self.date_box.setLayout(date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(tr("Date"), self.date_box)
        self.form.addRow(tr("Name"), self.label)
        self.form.addRow(tr("As kept in"), self.country)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    "On this day, when you open Keepsake, the home screen offers a quiet moment "
                    "with them. Nothing ever appears on its own."
                )
            )
        )
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for widget in (self.kind, self.month, self.country):
            widget.currentIndexChanged.connect(self._update)
        for spin in (self.day, self.year):
            spin.valueChanged.connect(self._update)
        self.label.textChanged.connect(self._update)
        self._update()

    def chosen(self, persona_id: int | None = None) -> RemembranceDay:
        kind = DayKind(self.kind.currentData())
        dated = kind in DATED
        year = self.year.value() if self.year.value() != self.year.minimum() else None
        return RemembranceDay(
            0,
            persona_id,
            kind,
            self.month.currentData() if dated else None,
            self.day.value() if dated else None,
            year if dated else None,
            self.label.text().strip() if kind is DayKind.OWN else "",
            self.country.currentData() or "",
        )

    def _update(self) -> None:
        kind = DayKind(self.kind.currentData())
        dated = kind in DATED
        family = kind in (DayKind.MOTHERS_DAY, DayKind.FATHERS_DAY)
        for widget, shown in (
            (self.date_box, dated),
            (self.label, kind is DayKind.OWN),
            (self.country, family),
        ):
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)
        month = self.month.currentData()
        self.day.setMaximum(calendar.monthrange(2000, month)[1])  # 29 February allowed
        day = self.chosen()
        try:
            check_day(day.kind, day.month, day.day, day.year)
        except RemembranceDayError as exc:
            self.preview.setText(describe(exc))
            return
        when = next_date(day, self.today, self.country_default)
        note = ""
        if (day.month, day.day) == (2, 29):
            note = " " + tr("In years without 29 February, it is kept on 28 February.")
        self.preview.setText(tr("Next: {0}.").format(day_text(when)) + note)

    def _check(self) -> None:
        day = self.chosen()
        try:
            check_day(day.kind, day.month, day.day, day.year)
        except RemembranceDayError as exc:
            self.message.setText(describe(exc))
            return
        if day.kind is DayKind.OWN and not day.label:
            self.message.setText(tr("Please give your day a name."))
            return
        self.accept()


class RemembranceDays(QGroupBox):
    """The list on the persona page, with Add and Remove."""

    changed = Signal()

    def __init__(
        self,
        store: RemembranceStore,
        persona_id: int,
        clock: Clock,
        zone: ZoneInfo,
        country: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Remembrance days"), parent)
        self.store, self.persona_id, self.clock = store, persona_id, clock
        self.zone, self.country = zone, country
        self.list = QListWidget()
        self.list.setMaximumHeight(130)
        self.list.setMinimumHeight(84)  # three days at least, the words' list gives way
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.remove_button = QPushButton(tr("Remove"))
        self.list.currentItemChanged.connect(
            lambda item, _old: self.remove_button.setEnabled(item is not None)
        )
        hint = QLabel(
            tr(
                "Days to remember them by. On such a day, when you open Keepsake, the home "
                "screen offers a quiet moment."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        add = QPushButton(tr("Mark a day…"))
        add.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.refresh()

    def today(self) -> date:
        return self.clock.now().astimezone(self.zone).date()

    def refresh(self) -> None:
        self.list.clear()
        for day in self.store.days(self.persona_id):
            item = QListWidgetItem(describe_day(day, self.today(), self.country))
            item.setData(Qt.ItemDataRole.UserRole, day.id)
            self.list.addItem(item)
        self.remove_button.setEnabled(False)

    def add_day(self, day: RemembranceDay) -> None:
        self.store.add(day, self.clock.now())
        self.refresh()
        self.changed.emit()

    def add(self) -> None:
        dialog = AddDayDialog(self.today(), self.country, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_day(dialog.chosen(self.persona_id))

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.store.remove(int(item.data(Qt.ItemDataRole.UserRole)))
        self.refresh()
        self.changed.emit()
