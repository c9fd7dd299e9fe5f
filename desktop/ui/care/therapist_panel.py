"""Therapist settings: the limits that apply (always readable), the PIN, editing the limits,
and the usage report. GUI thread; PIN hashing (scrypt, ~50 ms) is short enough to run here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.care.policy import TaperStep, UsagePolicy, taper_plan
from desktop.care.report import ReportFormat
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.care.therapist import TherapistMode
from desktop.care.wording import describe_policy
from desktop.core.errors import CareError
from desktop.ui.care.care_settings import ExerciseChoices, SelfCheckQuestionnaire
from desktop.ui.care.report_export import ReportChoices, ReportExport
from desktop.ui.care.report_pdf import report_words
from desktop.ui.i18n import long_date, tr, trn
from desktop.ui.kit.buttons import Button, accept_or_cancel
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.journal import Journal


def _pin_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(12)
    field.setPlaceholderText(placeholder)
    return field


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def _counted(low: int, high: int, words: Callable[[int], str]) -> QSpinBox:
    """A number field whose unit follows the number's plural form ("1 week", "2 weeks")."""
    box = _spin(low, high, words(low))
    box.valueChanged.connect(lambda n: box.setSuffix(words(n)))
    return box


class PinDialog(QDialog):
    """Choose a PIN, or change it (then the current one is asked for too)."""

    def __init__(self, change: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change the PIN") if change else tr("Choose a therapist PIN"))
        self.current = _pin_field(tr("current PIN"))
        self.current.setVisible(change)
        self.new = _pin_field(tr("6 to 12 digits"))
        self.repeat = _pin_field(tr("the same again"))
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form = QFormLayout()
        if change:
            form.addRow(tr("Current PIN"), self.current)
        form.addRow(tr("New PIN"), self.new)
        form.addRow(tr("Repeat"), self.repeat)
        buttons = accept_or_cancel(self, self._check, Button.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("With a PIN, the limits can only be changed by whoever knows it."))
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.new.text() != self.repeat.text():
            self.message.setText(tr("The two PINs are not the same."))
            return
        self.accept()


class TherapistDialog(QDialog):
    def __init__(
        self,
        therapist: TherapistMode,
        journal: Journal,
        timezone: str,
        pdf_writer: Callable[[str, Path], None],
        parent: QWidget | None = None,
        tasks: BackgroundTasks | None = None,
    ) -> None:
        super().__init__(parent)
        self.therapist = therapist
        self.journal = journal
        self.timezone = timezone
        self.pdf_writer = pdf_writer
        self.tasks = tasks or BackgroundTasks()  # the report is written on a worker
        self.setWindowTitle(tr("Usage limits and therapist settings"))
        self.setMinimumWidth(780)
        self.applies = QLabel()
        self.applies.setWordWrap(True)
        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setObjectName("muted")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.pin = _pin_field(tr("therapist PIN"))
        self.pin.setAccessibleName(tr("Therapist PIN"))
        layout = QVBoxLayout(self)
        heading = QLabel(tr("The limits that apply"))
        heading.setObjectName("cardTitle")
        layout.addWidget(heading)
        layout.addWidget(self.applies)
        layout.addWidget(self.mode)
        layout.addWidget(self._build_form())
        care_row = QHBoxLayout()
        self.exercises = ExerciseChoices()
        self.questionnaire = SelfCheckQuestionnaire(
            SelfCheckStore(therapist.store.vault), therapist.clock.now()
        )
        care_row.addWidget(self.exercises, 1)
        care_row.addWidget(self.questionnaire, 1)
        layout.addLayout(care_row)
        pin_row = QHBoxLayout()
        self.pin_label = QLabel(tr("PIN to save changes:"))
        pin_row.addWidget(self.pin_label)
        pin_row.addWidget(self.pin)
        pin_row.addStretch(1)
        layout.addLayout(pin_row)
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(tr("Change the limits"))
        grid = QGridLayout(box)
        grid.setColumnStretch(4, 1)
        self.use_session = QCheckBox(tr("Longest conversation"))
        self.session_minutes = _spin(5, 240, tr(" minutes"))
        self.use_week = QCheckBox(tr("Conversations a week"))
        self.per_week = _spin(0, 21, "")
        self.use_day = QCheckBox(tr("Conversations a day"))
        self.per_day = _spin(1, 10, "")
        self.use_gap = QCheckBox(tr("Shortest gap between two"))
        self.gap_hours = _counted(1, 168, lambda n: trn(" hour", " hours", n))
        self.use_hours = QCheckBox(tr("Only between"))
        self.hours_from = QTimeEdit(QTime(8, 0))
        self.hours_until = QTimeEdit(QTime(22, 0))
        for edit in (self.hours_from, self.hours_until):
            edit.setDisplayFormat("HH:mm")
        self.use_taper = QCheckBox(tr("Taper: one fewer every"))
        self.taper_weeks = _counted(1, 12, lambda n: trn(" week", " weeks", n))
        self.taper_floor = _counted(
            0,
            7,
            lambda n: trn(
                " conversation a week at the least", " conversations a week at the least", n
            ),
        )
        rows: list[tuple[QCheckBox, list[QWidget]]] = [
            (self.use_session, [self.session_minutes]),
            (self.use_week, [self.per_week]),
            (self.use_day, [self.per_day]),
            (self.use_gap, [self.gap_hours]),
            (self.use_hours, [self.hours_from, QLabel(tr("and")), self.hours_until]),
            (self.use_taper, [self.taper_weeks, QLabel(tr("down to")), self.taper_floor]),
        ]
        for i, (check, widgets) in enumerate(rows):
            grid.addWidget(check, i, 0)
            for j, widget in enumerate(widgets):
                grid.addWidget(widget, i, j + 1)
        return box

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save limits"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(tr("Remove all limits"))
        self.clear_button.clicked.connect(self.remove_limits)
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(self.choose_pin)
        report = QPushButton(tr("Usage report…"))
        report.clicked.connect(self.export_report)
        self.report_button = report
        self.reports = ReportExport(
            self.therapist,
            self.journal,
            self.timezone,
            self.pdf_writer,
            self.tasks,
            self.message,
            report,
            self,
        )
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        for button in (self.save_button, self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.pin_button, report, close):
            row.addWidget(button)
        return row

    # --- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        applied = self.therapist.applied(self.timezone)
        now = self.therapist.clock.now()
        if applied.tampered:
            from desktop.ui.care.actions import changed_outside_text

            self.applies.setText(
                "<b>"
                + changed_outside_text(applied)
                + "</b> "
                + tr(
                    "Until the therapist enters the PIN and saves the limits again, there are "
                    "no conversations. The journal stays open."
                )
            )
        else:
            self.applies.setText(" ".join(describe_policy(applied.policy, now, tr, long_date)))
            self._fill(applied.policy)
        has_pin = self.therapist.has_pin
        weak = (
            tr(
                " This PIN was chosen when PINs could be shorter; please choose a new one of at "
                "least 6 digits."
            )
            if has_pin and self.therapist.pin_is_weak
            else ""
        )
        self.mode.setText(
            tr("Therapist mode is on: changing the limits needs the PIN.") + weak
            if has_pin
            else tr(
                "No PIN is set: anyone using this computer can change these limits. A "
                "therapist can choose a PIN so that only they can."
            )
        )
        self.pin_label.setVisible(has_pin)
        self.pin.setVisible(has_pin)
        self.pin_button.setText(tr("Change the PIN…") if has_pin else tr("Choose a PIN…"))

    def _fill(self, policy: UsagePolicy | None) -> None:
        p = policy or UsagePolicy()
        pairs: list[tuple[QCheckBox, QSpinBox, int | None, int]] = [
            (self.use_session, self.session_minutes, p.max_session_minutes, 30),
            (self.use_day, self.per_day, p.sessions_per_day, 1),
            (self.use_gap, self.gap_hours, (p.min_gap_minutes or 0) // 60 or None, 24),
        ]
        pairs.append((self.use_week, self.per_week, p.sessions_per_week, 3))
        for check, spin, value, default in pairs:
            check.setChecked(value is not None)
            spin.setValue(default if value is None else value)
        self.use_hours.setChecked(p.allowed_from is not None)
        if p.allowed_from is not None and p.allowed_until is not None:
            self.hours_from.setTime(QTime(p.allowed_from.hour, p.allowed_from.minute))
            self.hours_until.setTime(QTime(p.allowed_until.hour, p.allowed_until.minute))
        self.exercises.set_chosen(p.exercises)
        self.use_taper.setChecked(bool(p.taper))
        if p.taper:
            steps = sorted(p.taper, key=lambda s: s.starts)
            if len(steps) > 1:
                self.taper_weeks.setValue((steps[1].starts - steps[0].starts).days // 7)
            self.taper_floor.setValue(steps[-1].sessions_per_week)

    def policy_from_form(self) -> UsagePolicy | None:
        """The policy the form describes; None when nothing is ticked."""

        def picked(check: QCheckBox, value: int) -> int | None:
            return value if check.isChecked() else None

        per_week = picked(self.use_week, self.per_week.value())
        taper: tuple[TaperStep, ...] = ()
        if self.use_taper.isChecked() and per_week is not None:
            today = self.therapist.clock.now().astimezone(ZoneInfo(self.timezone)).date()
            monday = today - timedelta(days=today.weekday())
            taper = taper_plan(monday, per_week, self.taper_weeks.value(), self.taper_floor.value())
        hours = self.use_hours.isChecked()
        start, end = self.hours_from.time(), self.hours_until.time()
        policy = UsagePolicy(
            max_session_minutes=picked(self.use_session, self.session_minutes.value()),
            sessions_per_week=per_week,
            sessions_per_day=picked(self.use_day, self.per_day.value()),
            min_gap_minutes=(self.gap_hours.value() * 60) if self.use_gap.isChecked() else None,
            allowed_from=time(start.hour(), start.minute()) if hours else None,
            allowed_until=time(end.hour(), end.minute()) if hours else None,
            taper=taper,
            timezone=self.timezone,
            exercises=self.exercises.chosen(),
        )
        return None if policy == UsagePolicy(timezone=self.timezone) else policy

    # --- actions -------------------------------------------------------------------------

    def _pin_or_none(self) -> str | None:
        return self.pin.text() if self.therapist.has_pin else None

    def save(self) -> None:
        self._apply(self.policy_from_form(), tr("The new limits are saved."))

    def remove_limits(self) -> None:
        self._apply(None, tr("All limits are removed."))

    def _apply(self, policy: UsagePolicy | None, done: str) -> None:
        try:
            self.therapist.set_policy(policy, self._pin_or_none())
        except CareError as exc:
            self.message.setText(describe(exc))
            return
        self.pin.clear()
        self.message.setText(done)
        self.refresh()

    def choose_pin(self) -> None:
        change = self.therapist.has_pin
        dialog = PinDialog(change, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.therapist.set_pin(dialog.new.text(), dialog.current.text() if change else None)
        except CareError as exc:
            self.message.setText(describe(exc))
            return
        self.message.setText(tr("The PIN is saved. Keep it somewhere safe."))
        self.refresh()

    def export_report(self) -> None:
        """The report's choices and where to save it; written in the background."""
        self.reports.ask()

    def write_report(
        self,
        fmt: ReportFormat,
        out: Path,
        transcripts: bool,
        pauses: bool = False,
        selfcheck: bool = False,
        words: bool = False,
    ) -> int:
        """The report as the person chose, written now on the calling thread (the panel's
        button writes it in the background: `ReportExport.start`)."""
        choices = ReportChoices(fmt, transcripts, pauses, selfcheck, words)
        return self.reports.write(choices, out, report_words())
