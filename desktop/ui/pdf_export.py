"""PDF from the exported HTML, with Qt's PDF writer (works without a screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(html_text: str, out: Path) -> None:
    """Needs a QGuiApplication (the CLI creates one on the offscreen platform)."""
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle("Keepsake journal")
    document = QTextDocument()
    document.setHtml(html_text)
    document.print_(writer)
