"""PDF from the exported HTML, with Qt's PDF writer (works without a screen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.ui.i18n import tr


def write_pdf(html_text: str, out: Path) -> None:
    """Needs a QGuiApplication (the CLI creates one on the offscreen platform)."""
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(tr("Keepsake journal"))
    document = QTextDocument()
    document.setHtml(html_text)
    document.print_(writer)


def headless_pdf_writer() -> Callable[[str, Path], None]:
    """`write_pdf`, after making sure a Qt application exists (offscreen when none is shown)."""
    import os
    import sys

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APPS.append(QApplication([sys.argv[0]]))
    return write_pdf


_APPS: list[object] = []  # keeps a created application alive for the process
