"""The therapist's report in the person's language (English, Simplified Chinese): the words
through Qt's translations, dates as the locale writes them, plural forms; the PDF embeds a font
with Chinese glyphs; the CSV keeps its columns and coded values; a report that cannot be
written whole leaves nothing behind. Real vault in a temp folder, real Qt PDF writer."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.care.report import CSV_COLUMNS, ReportFormat, report_csv, report_html, usage_report
from desktop.care.report_words import ReportWords
from desktop.care.store import CareStore
from desktop.core.errors import ReportWriteError
from desktop.core.settings import UiLanguage
from desktop.ui.i18n import install_language
from desktop.vault.database import Vault
from tests.care.test_care_report import START, ZONE, filled_vault

NOW = START + timedelta(weeks=5)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return filled_vault(tmp_path)


@pytest.fixture
def chinese(qtbot: QtBot) -> Iterator[ReportWords]:
    from desktop.ui.care.report_pdf import report_words

    app = QApplication.instance()
    assert app is not None
    assert install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    try:
        yield report_words()
    finally:
        install_language(app, UiLanguage.ENGLISH)


def _report(vault: Vault, words: ReportWords, ticked: bool = True) -> str:
    report = usage_report(
        CareStore(vault), ZONE, NOW, [], True, ticked, ticked, words=words
    )  # fmt: skip
    return report_html(report)


def _pdf_text(pdf: Path, page: int) -> str:
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # NFKC: Noto CJK's glyph names map a few characters to Kangxi radicals (⽤ for 用)
    return unicodedata.normalize("NFKC", "".join(text.split()))


def test_in_chinese_the_whole_report_is_chinese_with_chinese_dates(
    vault: Vault, chinese: ReportWords
) -> None:
    page = _report(vault, chinese)
    glance = page[: page.index("class='details'")]
    assert "<html lang='zh-CN'>" in page
    assert "概览" in glance and "At a glance" not in page
    assert "2026年9月9日" in glance  # the letter's day, as a Chinese calendar writes it
    assert "共 3 次" in glance  # conversations in all
    assert "这是筛查辅助，不是诊断" in glance
    for english in ("Conversations", "Mood before", "Week by week", "check-ins", "Sep 2026"):
        assert english not in page, english
    assert "逐周" in page and "一天中的时段" in page


def test_in_english_plurals_follow_the_count(vault: Vault, qtbot: QtBot) -> None:
    from desktop.ui.care.report_pdf import report_words

    words = report_words()
    page = _report(vault, words)
    assert "(6 check-ins)" in page and "3 conversations" in page
    assert "over the last 4 weeks" in page and "09 Sep 2026" in page
    assert words.trn("%n week", "%n weeks", 1) == "1 week"


def test_the_csv_keeps_its_columns_and_codes_in_every_language(
    vault: Vault, chinese: ReportWords
) -> None:
    english = usage_report(CareStore(vault), ZONE, NOW, [], False, True, True)
    chinese_report = usage_report(
        CareStore(vault), ZONE, NOW, [], False, True, True, words=chinese
    )  # fmt: skip
    en_rows = list(csv.DictReader(io.StringIO(report_csv(english))))
    zh_rows = list(csv.DictReader(io.StringIO(report_csv(chinese_report))))
    header = report_csv(chinese_report).splitlines()[0].split(",")
    assert header == [*CSV_COLUMNS, "record", "name", "score", "words", "code"]
    assert header == report_csv(english).splitlines()[0].split(",")
    for column in ("date", "start", "minutes", "time_of_day", "record", "score", "code"):
        assert [r[column] for r in zh_rows] == [r[column] for r in en_rows], column
    [letter] = [r for r in zh_rows if r["record"] == "exercise"]
    assert letter["code"] == "letter" and letter["name"] != "A letter"
    assert all("\u4e00" <= ch <= "\u9fff" for ch in letter["name"] if ch.isalpha())
    [day] = [r for r in zh_rows if r["record"] == "remembrance"]
    assert day["code"] == "birthday:wrote" and "生日" in day["name"]
    assert zh_rows[0]["weekday"] == "星期一" and en_rows[0]["weekday"] == "Monday"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_the_chinese_pdf_embeds_a_font_with_chinese_glyphs(
    vault: Vault, chinese: ReportWords, tmp_path: Path
) -> None:
    from desktop.care.report import write_usage_report
    from desktop.ui.care.report_pdf import chinese_family, write_report_pdf

    family = chinese_family()
    assert family is not None, "no font with Chinese glyphs: scripts/install.sh installs one"
    report = usage_report(CareStore(vault), ZONE, NOW, [], True, True, True, words=chinese)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "报告.pdf"
    assert write_usage_report(ReportFormat.PDF, report, out, None, write_report_pdf) == 3
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if family.replace(" ", "").lower() in line.lower()]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # the `emb` column
    first = _pdf_text(out, 1)
    assert "Keepsake使用报告" in first and "概览" in first and "2026年9月9日" in first
    assert "逐周" not in first and "适用的限制" in _pdf_text(out, 2)
    assert [p.name for p in folder.iterdir()] == ["报告.pdf"]  # no temporary file left


def test_a_report_that_cannot_be_written_there_says_so_and_leaves_nothing(
    vault: Vault, tmp_path: Path, qtbot: QtBot
) -> None:
    """A place that is not a folder (as root, the tests' user on CI, permissions do not stop a
    write, so a file stands where the folder should be)."""
    from desktop.care.report import write_usage_report
    from desktop.ui.care.report_pdf import write_report_pdf

    report = usage_report(CareStore(vault), ZONE, NOW, [])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    for fmt, writer in ((ReportFormat.PDF, write_report_pdf), (ReportFormat.CSV, None)):
        out = blocker / f"report.{fmt.value}"
        with pytest.raises(ReportWriteError) as raised:
            write_usage_report(fmt, report, out, None, writer)
        assert raised.value.path == out and not raised.value.disk_full
    assert blocker.read_text() == "a file"


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    from desktop.core.errors import ReportWriteError
    from desktop.ui.care.report_pdf import write_report_pdf
    app = QApplication([])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
    out = Path(sys.argv[2])
    page = "<h1>Report</h1>" + "".join(f"<p>Line {i} of a long report.</p>" for i in range(4000))
    try:
        write_report_pdf(page, out)
    except ReportWriteError:
        print("refused")
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_pdf_that_cannot_grow_to_its_end_leaves_nothing_half_written(tmp_path: Path) -> None:
    """The disk fills up part way (a file-size limit stands in for it): the report is refused
    and the earlier report at that place is untouched."""
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF- the earlier report")
    run = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(ROOT), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert run.stdout.strip() == "refused", run.stderr[-2000:]
    assert out.read_bytes() == b"%PDF- the earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
