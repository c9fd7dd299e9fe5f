"""The therapist's report as the person's language writes it, and as a PDF: Qt's translation
and locale for its words and dates, a font that has Chinese glyphs when the page holds any
(embedded by Qt's PDF writer), and a file that is complete or not there at all.

`report_words()` is called on the GUI thread; what it returns, and `write_report_pdf()`, may be
used on a worker thread (QPdfWriter and QTextDocument are not widgets; translate() and QLocale
are thread-safe to read).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.care.report_words import ReportWords
from desktop.core.errors import ReportWriteError
from desktop.ui.i18n import tr, trn

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Families that draw Simplified Chinese well, most wanted first; any other family that says it
# writes Simplified Chinese comes after them.
_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Droid Sans Fallback",
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def report_words() -> ReportWords:
    """The report's words in the current language (build it on the GUI thread, after the
    language is installed)."""
    locale = QLocale()
    day_format = tr("dd MMM yyyy")
    weekday_format = tr("ddd dd MMM yyyy")
    long_format = tr("dd MMMM yyyy")
    return ReportWords(
        tr=tr,
        trn=trn,
        day=lambda d: locale.toString(_qdate(d), day_format),
        weekday_day=lambda d: locale.toString(_qdate(d), weekday_format),
        long_day=lambda d: locale.toString(_qdate(d), long_format),
        weekday=lambda d: locale.dayName(_qdate(d).dayOfWeek()),
        language=locale.name().replace("_", "-") or "en",
    )


def chinese_family() -> str | None:
    """A font family on this computer with Simplified Chinese glyphs (None if there is none)."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for wanted in _CJK_FAMILIES:
        if wanted in families:
            return wanted
    return families[0] if families else None


def page_font(html_text: str) -> QFont:
    """The report's font: one with Chinese glyphs when the page has Chinese in it (the
    person's language, or a name), else the system's own."""
    family = chinese_family() if _CJK.search(html_text) else None
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if family is not None:
        font = QFont(family)
    font.setPointSizeF(10.5)
    return font


def write_report_pdf(html_text: str, out: Path) -> None:
    """The page as an A4 PDF at `out`, written next to it first and then renamed, so a failure
    (an unwritable folder, a full disk) leaves no half-written file. Raises ReportWriteError.
    Any thread (a QGuiApplication must exist)."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}-", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise ReportWriteError(out, exc.errno == errno.ENOSPC) from exc
    os.close(fd)
    partial = Path(name)
    try:
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setTitle(tr("Keepsake usage report"))
        writer.setCreator("Keepsake")
        document = QTextDocument()
        document.setDefaultFont(page_font(html_text))
        document.setHtml(html_text)
        document.print_(writer)
        del writer  # closes the file
        _check_complete(partial, out)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except OSError as exc:
        raise ReportWriteError(out, exc.errno == errno.ENOSPC) from exc
    finally:
        partial.unlink(missing_ok=True)


def _check_complete(partial: Path, out: Path) -> None:
    """Qt's writer does not say when a write failed: a complete PDF ends with %%EOF."""
    size = partial.stat().st_size
    with partial.open("rb") as handle:
        head = handle.read(5)
        handle.seek(max(0, size - 64))
        tail = handle.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        free = _free_bytes(out.parent)
        raise ReportWriteError(out, disk_full=free is not None and free < 1_000_000)


def _free_bytes(folder: Path) -> int | None:
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # statvfs: not on Windows
        return None
    return stats.f_bavail * stats.f_frsize
