"""The usage report from the therapist panel: the person's choices, where to save it, and the
writing on a worker thread while the panel says, calmly, that the report is being prepared.
The panel stays responsive; a failure says what happened and leaves no half-written file.

GUI thread, except `write()`, which runs on a worker (it reads the vault and paints the PDF).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QWidget

from desktop.care.report import ReportFormat, usage_report, write_usage_report
from desktop.care.report_private import private_words
from desktop.care.report_words import ReportWords
from desktop.care.therapist import TherapistMode
from desktop.care.wording import describe_policy
from desktop.ui.care.report_dialog import ReportDialog
from desktop.ui.care.report_pdf import report_words
from desktop.ui.i18n import long_date, tr, trn
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks, TaskHandle
from desktop.vault.journal import Journal
from desktop.vault.trusted_person import TrustedPersonStore

PdfWriter = Callable[[str, Path], None]


@dataclass(frozen=True, slots=True)
class ReportChoices:
    """What the person chose to put in the report (nothing beyond when and how long unless
    ticked)."""

    fmt: ReportFormat
    transcripts: bool = False
    pauses: bool = False
    selfcheck: bool = False
    words: bool = False


class ReportExport(QObject):
    """Writes the report in the background and reports back in `message`. GUI thread."""

    finished = Signal(str)  # the sentence shown when it is done (or why it failed)

    def __init__(
        self,
        therapist: TherapistMode,
        journal: Journal,
        timezone: str,
        pdf_writer: PdfWriter,
        tasks: BackgroundTasks,
        message: QLabel,
        button: QPushButton,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.therapist, self.journal, self.timezone = therapist, journal, timezone
        self.pdf_writer, self.tasks = pdf_writer, tasks
        self.message, self.button, self.parent_widget = message, button, parent
        self.running: TaskHandle | None = None

    def ask(self) -> None:
        """The choices, then where to save it, then the writing in the background."""
        dialog = ReportDialog(self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choices = ReportChoices(
            ReportFormat(dialog.format.currentData()),  # Qt hands back the plain string
            dialog.transcripts.isChecked(),
            dialog.pauses.isChecked(),
            dialog.selfcheck.isChecked(),
            dialog.words.isChecked(),
        )
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget, tr("Save the usage report"), f"keepsake-usage.{choices.fmt.value}"
        )
        if name:
            self.start(choices, Path(name))

    def start(self, choices: ReportChoices, out: Path) -> TaskHandle:
        """Prepare and write the report on a worker; the panel says so meanwhile."""
        words = report_words()  # the language's words, taken here on the GUI thread
        self.message.setText(tr("Preparing the report…"))
        self.button.setEnabled(False)
        self.button.setToolTip(tr("The report is being prepared."))
        self.running = self.tasks.run(
            lambda _cancel, _report: self.write(choices, out, words),
            on_result=lambda count: self._done(
                tr("The report ({0}) is saved as {1}. The file is not encrypted.").format(
                    trn("%n conversation", "%n conversations", count), out.name
                )
            ),
            on_error=lambda exc: self._done(
                tr("The report was not saved. {0}").format(describe(exc))
            ),
        )
        return self.running

    def write(self, choices: ReportChoices, out: Path, words: ReportWords) -> int:
        """The report as the person chose, in their language; the number of conversations.
        Worker thread (or the caller's)."""
        now: datetime = self.therapist.clock.now()
        applied = self.therapist.applied(self.timezone)
        report = usage_report(
            self.therapist.store,
            ZoneInfo(self.timezone),
            now,
            describe_policy(applied.policy, now, words.tr, long_date),
            choices.pauses,
            include_selfcheck=choices.selfcheck,
            include_words=choices.words,
            words=words,
        )
        journal = self.journal if choices.transcripts else None
        trusted = TrustedPersonStore(self.therapist.store.vault).get()
        private = private_words(trusted.name, trusted.phone)
        return write_usage_report(choices.fmt, report, out, journal, self.pdf_writer, private)

    def _done(self, text: str) -> None:
        self.running = None
        self.button.setEnabled(True)
        self.button.setToolTip("")
        self.message.setText(text)
        self.finished.emit(text)
