"""The usage report's choices: PDF or CSV, and what goes in beyond when and how long — the
conversations' words, safety pauses, the self-check, the words of exercises and remembrance
days — each only when the person ticks it. GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from desktop.care.report import ReportFormat
from desktop.ui.i18n import tr
from desktop.ui.kit.buttons import accept_or_cancel


class ReportDialog(QDialog):
    """PDF or CSV, and what goes in beyond when and how long (nothing by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Usage report"))
        self.format = QComboBox()
        self.format.setAccessibleName(tr("File type of the report"))
        self.format.addItem(tr("PDF (to print or bring along)"), ReportFormat.PDF)
        self.format.addItem(tr("CSV (for a spreadsheet)"), ReportFormat.CSV)
        self.transcripts = QCheckBox(tr("Include what was said in the conversations (PDF only)"))
        self.pauses = QCheckBox(
            tr("Include how often Keepsake paused a conversation for my safety (counts by week)")
        )
        self.pauses.setToolTip(
            tr("Only the number of pauses each week goes in, never what was said or shown.")
        )
        self.selfcheck = QCheckBox(tr("Include my self-check results and their trend"))
        self.words = QCheckBox(
            tr("Include what I wrote in guided exercises and on remembrance days")
        )
        note = QLabel(
            tr(
                "The report shows when and how long conversations were, the mood check-ins, "
                "which guided exercises were done and when, and remembrance days. The words "
                "stay private unless you include them."
            )
        )
        note.setWordWrap(True)
        buttons = accept_or_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.format)
        layout.addWidget(self.transcripts)
        layout.addWidget(self.pauses)
        layout.addWidget(self.selfcheck)
        layout.addWidget(self.words)
        layout.addWidget(buttons)
