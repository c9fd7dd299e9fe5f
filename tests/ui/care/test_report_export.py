"""The usage report from the therapist panel: painted on a worker thread while the panel says
"Preparing the report…" (real thread pool, real vault, real Qt PDF writer, offscreen widgets);
in the person's language; a failure says why and leaves nothing."""

from __future__ import annotations

import subprocess
import threading
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.care.report import ReportFormat
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.core.clock import ManualClock
from desktop.core.settings import UiLanguage
from desktop.ui.care.report_dialog import ReportDialog
from desktop.ui.care.report_export import ReportChoices
from desktop.ui.care.report_pdf import write_report_pdf
from desktop.ui.care.therapist_panel import TherapistDialog
from desktop.ui.i18n import install_language
from desktop.ui.main_window.window import MainWindow
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.journal import Journal
from tests.care.test_care_report import START, filled_vault

WAIT_MS = 120_000  # a bound on a busy shared machine, not a speed check


def _panel(qtbot: QtBot, folder: Path, painted_on: list[threading.Thread]) -> TherapistDialog:
    vault = filled_vault(folder)

    def writer(html_text: str, out: Path) -> None:
        painted_on.append(threading.current_thread())
        write_report_pdf(html_text, out)

    panel = TherapistDialog(
        TherapistMode(CareStore(vault), ManualClock(START.replace(month=10, day=12))),
        Journal(vault),
        "Europe/London",
        writer,
        None,
        BackgroundTasks(),  # a real thread pool
    )
    qtbot.addWidget(panel)
    return panel


def test_the_button_prepares_the_pdf_on_a_worker_and_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted_on: list[threading.Thread] = []
    panel = _panel(qtbot, tmp_path, painted_on)
    out = tmp_path / "usage.pdf"

    def choose(dialog: ReportDialog) -> QDialog.DialogCode:
        dialog.format.setCurrentIndex(dialog.format.findData(ReportFormat.PDF))
        dialog.selfcheck.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", choose)
    monkeypatch.setattr(
        "desktop.ui.care.report_export.QFileDialog.getSaveFileName", lambda *a: (str(out), "")
    )
    with qtbot.waitSignal(panel.reports.finished, timeout=WAIT_MS) as done:
        panel.report_button.click()
        # the worker's outcome arrives through the event loop: until then the panel waits calmly
        assert panel.message.text() == "Preparing the report…"
        assert not panel.report_button.isEnabled()
        assert panel.report_button.toolTip() == "The report is being prepared."
    assert painted_on and painted_on[0] is not threading.main_thread()
    assert done.args == [
        "The report (3 conversations) is saved as usage.pdf. The file is not encrypted."
    ]
    assert panel.message.text() == done.args[0] and panel.report_button.isEnabled()
    assert out.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Brief Grief Questionnaire: 8" in text  # ticked: the self-check is in


def test_a_failure_says_why_and_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
    painted_on: list[threading.Thread] = []
    panel = _panel(qtbot, tmp_path, painted_on)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    for fmt in (ReportFormat.PDF, ReportFormat.CSV):
        with qtbot.waitSignal(panel.reports.finished, timeout=WAIT_MS) as done:
            panel.reports.start(ReportChoices(fmt), blocker / f"usage.{fmt.value}")
        assert done.args[0].startswith("The report was not saved. The report couldn't be written")
        assert panel.report_button.isEnabled()
    assert blocker.read_text() == "a file"


def test_in_chinese_the_panel_writes_a_chinese_report(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None and install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    try:
        painted_on: list[threading.Thread] = []
        panel = _panel(qtbot, tmp_path, painted_on)
        out = tmp_path / "使用报告.pdf"
        with qtbot.waitSignal(panel.reports.finished, timeout=WAIT_MS) as done:
            panel.reports.start(ReportChoices(ReportFormat.PDF, selfcheck=True), out)
            assert panel.message.text() == "正在准备报告…"
        assert done.args[0].startswith("报告（3 次对话）已保存为 使用报告.pdf")
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
        page = unicodedata.normalize("NFKC", "".join(text.stdout.split()))
        assert "概览" in page and "未设置使用限制" in page and "At a glance" not in page
    finally:
        install_language(app, UiLanguage.ENGLISH)


def test_the_window_tells_the_outcome_on_its_status_line_too(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The panel may be closed while the report is prepared: the window says how it went."""
    out = tmp_path / "usage.csv"

    def start_and_close(panel: TherapistDialog) -> QDialog.DialogCode:
        panel.reports.start(ReportChoices(ReportFormat.CSV), out)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TherapistDialog, "exec", start_and_close)
    window.care.open_panel()
    assert window.status_label.text() == (
        "The report (0 conversations) is saved as usage.csv. The file is not encrypted."
    )
    assert out.read_text().startswith("date,weekday,start,minutes")


def test_the_transcripts_leave_out_the_trusted_person(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import timedelta

    from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
    from desktop.vault.trusted_person import TrustedPerson, TrustedPersonStore

    pages: list[str] = []
    panel = _panel(qtbot, tmp_path, [])
    panel.reports.pdf_writer = lambda html_text, _out: pages.append(html_text)
    vault = panel.reports.therapist.store.vault
    TrustedPersonStore(vault).set(TrustedPerson("Anna", "07700 900123"))
    journal, care = Journal(vault), CareStore(vault)
    session = journal.start_session(None, "Mum", Channel.WINDOW, START, None)
    care.end_usage(care.start_usage(None, session, START), START + timedelta(minutes=5))
    shown = "Please get help now\nCall Anna: 07700 900123\nSamaritans: call 116 123"
    journal.add_turn(session, JournalTurn(START, Speaker.KEEPSAKE, shown, TurnLabel.PAUSE_IMMINENT))
    journal.end_session(session, START + timedelta(minutes=5))
    with qtbot.waitSignal(panel.reports.finished, timeout=WAIT_MS):
        panel.reports.start(ReportChoices(ReportFormat.PDF, transcripts=True), tmp_path / "r.pdf")
    assert "Samaritans" in pages[0]
    assert "Anna" not in pages[0] and "07700" not in pages[0]
