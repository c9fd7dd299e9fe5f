"""The line under a portrait's title: retirement, a note about the photo, or what an import
added, with what it left out behind a link (GUI thread)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.core.persona import ImportReport
from desktop.ui.i18n import tr, trn
from desktop.ui.kit.import_reasons import left_out_text


class ImportNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("muted")
        self.setWordWrap(True)
        self.linkActivated.connect(lambda _link: self.show_left_out())
        self.left_out: list[str] = []  # what the last import left out, and why

    def show_report(self, report: ImportReport) -> None:
        """What an import added and what it left out, and why."""
        added = tr("Added {0}, {1}, {2} and {3}.").format(
            trn("%n saying", "%n sayings", report.sayings),
            trn("%n memory", "%n memories", report.memories),
            trn("%n photo", "%n photos", report.photos),
            trn("%n recording", "%n recordings", report.clips),
        )
        self.left_out = [left_out_text(s) for s in report.skipped]
        link = (
            " <a href='left-out'>"
            + html.escape(
                trn("What was left out (%n)", "What was left out (%n)", len(self.left_out))
            )
            + "</a>"
            if self.left_out
            else ""
        )
        marked = (
            tr(
                " {0} sayings could read as an invitation to join them: they are marked below "
                "for you to keep or set aside."
            ).format(report.marked)
            if report.marked
            else ""
        )
        self.setText(html.escape(added + marked) + link)

    def show_left_out(self) -> None:
        """The import log, on request: every line left out and why."""
        box = QMessageBox(self)
        box.setWindowTitle(tr("What was left out"))
        box.setText(tr("These parts of the import were left out, and why:"))
        box.setDetailedText("\n".join(self.left_out))
        box.setInformativeText("\n".join(self.left_out[:12]))
        box.exec()
