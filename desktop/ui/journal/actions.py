"""The journal's actions in the window: open it, write an entry, export, delete. GUI thread;
exports (PDF too) and deletions (with the scrub of the freed pages) run in the background."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.core.clock import Clock
from desktop.ui.i18n import tr
from desktop.ui.journal.dialogs import EntryDialog, ExportDialog
from desktop.ui.journal.pdf_export import write_pdf
from desktop.ui.journal.view import JournalView
from desktop.ui.kit.messages import describe
from desktop.ui.kit.status import StatusLine
from desktop.ui.main_window.navigation import Navigation
from desktop.ui.main_window.vault_session import VaultSession
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.export import ExportFormat, ExportSelection, export_to_file


@dataclass(eq=False)
class JournalActions:
    parent: QWidget
    session: VaultSession
    view: JournalView
    clock: Clock
    tasks: BackgroundTasks
    status: StatusLine
    nav: Navigation

    def __post_init__(self) -> None:
        self.view.write_requested.connect(self.write_entry)
        self.view.export_requested.connect(self.export_journal)
        self.view.delete_requested.connect(self.delete)
        self.view.delete_all_requested.connect(self.delete_all)

    def open_journal(self) -> None:
        if not self.session.is_open:
            return
        self.view.open(self.session.journal(), self.session.personas())
        self.nav.journal.emit()

    def write_entry(self, persona_id: int | None) -> None:
        if not self.session.is_open:
            return
        dialog = EntryDialog(self.session.personas().list_summaries(), persona_id, self.parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.journal().add_entry(
                dialog.persona.currentData(),
                dialog.title.text(),
                dialog.body.toPlainText(),
                self.clock.now(),
            )
            self.view.refresh()

    def export_journal(self, persona_id: int | None) -> None:
        if not self.session.is_open:
            return
        dialog = ExportDialog(
            self.session.personas().list_summaries(),
            persona_id,
            self.parent,
            self.view.selected_session() if self.view.isVisibleTo(self.parent) else None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fmt, selection = dialog.selection()
        name, _ = QFileDialog.getSaveFileName(
            self.parent, tr("Export to"), f"keepsake-journal.{fmt.value}"
        )
        if name:
            self.run_export(fmt, selection, Path(name))

    def run_export(self, fmt: ExportFormat, selection: ExportSelection, out: Path) -> None:
        """Write the export in the background (Qt's PDF writer works on a worker thread too),
        with a busy bar."""
        store, journal = self.session.personas(), self.session.journal()
        now = self.clock.now()
        writer = write_pdf if fmt is ExportFormat.PDF else None
        self.status.busy(tr("Exporting…"))
        self.tasks.run(
            lambda cancel, report: export_to_file(fmt, journal, store, selection, out, now, writer),
            on_result=lambda count: self.status.idle(
                tr("{0} conversations exported to {1}. The file is not encrypted.").format(
                    count, out.name
                )
            ),
            on_error=lambda exc: self.status.idle(
                tr("The export failed: {0}").format(describe(exc))
            ),
        )

    def delete(self, conversation: bool, ref: int) -> None:
        """A conversation or an entry the person confirmed deleting (then the scrub)."""
        journal = self.session.journal()
        remove = journal.delete_session if conversation else journal.delete_entry
        self._in_background(lambda: remove(ref))

    def delete_all(self, persona_id: int) -> None:
        journal = self.session.journal()
        self._in_background(lambda: journal.delete_sessions_of(persona_id))

    def _in_background(self, work: Callable[[], Any]) -> None:
        self.status.busy(tr("Deleting…"))
        self.tasks.run(
            lambda cancel, report: work(),
            on_result=lambda _r: self._deleted(),
            on_error=lambda exc: self._deleted(describe(exc)),
        )

    def _deleted(self, problem: str = "") -> None:
        self.status.idle(problem)
        self.view.refresh()
