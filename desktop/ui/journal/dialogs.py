"""Writing a journal entry, and exporting the journal (with the unencrypted-file warning)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.persona import PersonaSummary
from desktop.ui.i18n import tr
from desktop.ui.kit.buttons import accept_or_cancel
from desktop.vault.export import EXPORT_WARNING, ExportFormat, ExportSelection


def _persona_combo(personas: list[PersonaSummary], current: int | None, everyone: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(everyone, None)
    for p in personas:
        combo.addItem(p.display_name, p.id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class EntryDialog(QDialog):
    def __init__(
        self, personas: list[PersonaSummary], current: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Write an entry"))
        self.resize(560, 440)
        self.persona = _persona_combo(personas, current, tr("Not about anyone in particular"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("A letter to Mum, a memory of today…"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(tr("What you want to write"))
        form = QFormLayout()
        form.addRow(tr("About"), self.persona)
        form.addRow(tr("Title"), self.title)
        buttons = accept_or_cancel(self, self._accept_if_written)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)

    def _accept_if_written(self) -> None:
        if self.body.toPlainText().strip():
            self.accept()


class ExportDialog(QDialog):
    def __init__(
        self,
        personas: list[PersonaSummary],
        current: int | None,
        parent: QWidget | None = None,
        selected_session: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export the journal"))
        self.selected_session = selected_session
        self.only_selected = QCheckBox(tr("Only the selected conversation"))
        self.only_selected.setVisible(selected_session is not None)
        self.setMinimumWidth(480)
        self.format = QComboBox()
        for fmt, label in (
            (ExportFormat.PDF, tr("PDF (to print or bring to a therapist)")),
            (ExportFormat.HTML, tr("Web page (HTML)")),
            (ExportFormat.MARKDOWN, tr("Text (Markdown)")),
            (ExportFormat.JSON, tr("Data (JSON)")),
        ):
            self.format.addItem(label, fmt)
        self.persona = _persona_combo(personas, current, tr("Everyone"))
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.start.setDate(QDate(2000, 1, 1))
        self.end.setDate(QDate.currentDate())
        self.consent = QCheckBox(tr("Include the consent sheet"))
        self.consent.setChecked(True)
        self.usage = QCheckBox(tr("Include a usage summary"))
        self.usage.setChecked(True)
        warning = QLabel(tr(EXPORT_WARNING))
        warning.setWordWrap(True)
        warning.setObjectName("muted")
        form = QFormLayout()
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Conversations with"), self.persona)
        form.addRow(tr("From"), self.start)
        form.addRow(tr("To"), self.end)
        form.addRow("", self.only_selected)
        form.addRow("", self.consent)
        form.addRow("", self.usage)
        buttons = accept_or_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)

    def selection(self) -> tuple[ExportFormat, ExportSelection]:
        def day(edit: QDateEdit) -> date:
            picked = edit.date().toPython()
            assert isinstance(picked, date)
            return picked

        return ExportFormat(self.format.currentData()), ExportSelection(
            persona_id=self.persona.currentData(),
            start=day(self.start),
            end=day(self.end),
            include_consent=self.consent.isChecked(),
            include_usage=self.usage.isChecked(),
            session_ids=(self.selected_session,)
            if self.selected_session is not None and self.only_selected.isChecked()
            else (),
        )
