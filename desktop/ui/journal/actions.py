"""The journal's actions in the main window: open it, write an entry, export. GUI thread;
exports other than PDF run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.ui.i18n import tr
from desktop.ui.journal.dialogs import EntryDialog, ExportDialog
from desktop.ui.journal.pdf_export import write_pdf
from desktop.ui.kit.messages import describe
from desktop.vault.export import ExportFormat, ExportSelection, export_to_file
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

if TYPE_CHECKING:
    from desktop.ui.main_window.window import MainWindow


class JournalActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_journal(self) -> None:
        if self.window.vault is None:
            return
        self.window.journal_view.open(Journal(self.window.vault), PersonaStore(self.window.vault))
        self.window.stack.setCurrentWidget(self.window.journal_view)

    def write_entry(self, persona_id: int | None) -> None:
        if self.window.vault is None:
            return
        dialog = EntryDialog(
            PersonaStore(self.window.vault).list_summaries(), persona_id, self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            Journal(self.window.vault).add_entry(
                dialog.persona.currentData(),
                dialog.title.text(),
                dialog.body.toPlainText(),
                self.window.services.clock.now(),
            )
            self.window.journal_view.refresh()

    def export_journal(self, persona_id: int | None) -> None:
        if self.window.vault is None:
            return
        dialog = ExportDialog(
            PersonaStore(self.window.vault).list_summaries(),
            persona_id,
            self.window,
            self.window.journal_view.selected_session()
            if self.window.stack.currentWidget() is self.window.journal_view
            else None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, selection = dialog.selection()
        name, _ = QFileDialog.getSaveFileName(
            self.window, tr("Export to"), f"keepsake-journal.{fmt.value}"
        )
        if name:
            self.run_export(fmt, selection, Path(name))

    def run_export(self, fmt: ExportFormat, selection: ExportSelection, out: Path) -> None:
        """Write the export in the background, with a busy progress bar (PDF on the GUI thread)."""
        assert self.window.vault is not None
        store, journal, now = (
            PersonaStore(self.window.vault),
            Journal(self.window.vault),
            self.window.services.clock.now(),
        )
        self.window.progress.setVisible(True)
        self.window.progress.setRange(0, 0)
        self.window.status_label.setText(tr("Exporting…"))

        def done(count: int) -> None:
            self.window.progress.setVisible(False)
            self.window.status_label.setText(
                tr("{0} conversations exported to {1}. The file is not encrypted.").format(
                    count, out.name
                )
            )

        def failed(exc: BaseException) -> None:
            self.window.progress.setVisible(False)
            self.window.status_label.setText(tr("The export failed: {0}").format(describe(exc)))

        if fmt is ExportFormat.PDF:  # Qt's PDF writer belongs to the GUI thread
            try:
                done(export_to_file(fmt, journal, store, selection, out, now, write_pdf))
            except Exception as exc:
                failed(exc)
            return
        self.window.services.tasks.run(
            lambda cancel, report: export_to_file(fmt, journal, store, selection, out, now),
            on_result=done,
            on_error=failed,
        )
