"""Care in the real window: the goodbye two minutes before a time limit (fake clock, real call
screen, real models, a file-backed speaker), the limit screen, the therapist panel, the farewell.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.care.policy import UsagePolicy
from desktop.care.report import ReportFormat, build_report, report_html
from desktop.care.therapist import TherapistMode
from desktop.core.clock import ManualClock
from desktop.core.journal import Speaker
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.services.paths import AppPaths
from desktop.ui.call.screen import CallScreen
from desktop.ui.care.farewell import FarewellDialog
from desktop.ui.main_window.window import MainWindow
from desktop.voice.devices import AudioDevice, AudioReport
from desktop.voice.file_devices import FileOutput

pytestmark = pytest.mark.slow


@pytest.fixture
def quiet_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The mood check-in and the audio check are skipped (their own tests cover them)."""
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.settings.audio_check import AudioCheckDialog

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(AudioCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted)


@pytest.fixture
def shown(window: MainWindow) -> MainWindow:
    """The started window, shown at its usual size."""
    window.resize(1100, 720)
    window.show()
    return window


def _mum(window: MainWindow) -> int:
    assert window.vault is not None
    store = window.session.personas()
    persona = store.create(
        PersonaDetails(name="Margaret Lin", called="Mum"), window.services.clock.now()
    )
    store.set_consent(persona.id, ConsentRecord("Lily", "daughter", Agreement.YES))
    return persona.id


def _therapist(window: MainWindow) -> TherapistMode:
    assert window.vault is not None
    return TherapistMode(window.session.care(), window.services.clock)


def test_two_minutes_before_the_limit_the_portrait_says_goodbye_in_its_voice_then_ends(
    qtbot: QtBot,
    quiet_dialogs: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown: MainWindow,
) -> None:
    speakers: list[FileOutput] = []

    def speaker(rate: int, device: object) -> FileOutput:
        speakers.append(FileOutput(rate, realtime=True))
        return speakers[-1]

    one = AudioDevice(0, "file speaker", "file", 0, 2, 22050.0, is_default_output=True)
    monkeypatch.setattr(
        "desktop.services.call_session.audio_report", lambda: AudioReport("file", (), (one,))
    )
    monkeypatch.setattr("desktop.services.call_session.SoundDeviceOutput", speaker)
    window = shown
    clock = window.services.clock
    assert isinstance(clock, ManualClock)
    mum = _mum(window)
    _therapist(window).set_policy(UsagePolicy(max_session_minutes=5))
    window.open_call(mum)
    call = window.call
    assert isinstance(call, CallScreen) and call.time_left.text() == "5 min left"
    qtbot.waitUntil(lambda: call.state.text() == "Listening", timeout=60000)
    clock.advance(179)
    call._tick()
    assert call.time_left.text() == "3 min left" and call.transcript == []
    clock.advance(1)
    call._tick()
    qtbot.waitUntil(lambda: len(call.transcript) == 1, timeout=60000)
    who, said = call.transcript[0]
    assert who == "Mum (AI)" and "end of our time for today" in said
    assert call.time_left.text() == "2 min left"
    window.grab().save(str(tmp_path / "goodbye.png"))
    [output] = speakers
    assert float(abs(output.recording()).max()) > 0.1  # said aloud, in the portrait's voice
    clock.advance(120)
    call._tick()
    assert call.time_up and not call.text.isEnabled()
    qtbot.waitUntil(lambda: window.call is None, timeout=30000)  # ended after the sentence
    assert window.stack.currentWidget() is window.persona_page
    assert window.vault is not None
    journal = window.session.journal()
    [session] = journal.sessions()
    turns = journal.session(session.id).turns
    assert [t.speaker for t in turns] == [Speaker.PORTRAIT]
    assert "end of our time" in turns[0].text
    [usage] = window.session.care().usage()
    assert usage.ended_at is not None and (usage.ended_at - usage.started_at).seconds == 300
    window.close()


def test_when_a_call_is_not_possible_a_calm_screen_says_when_with_the_journal_at_hand(
    quiet_dialogs: None, tmp_path: Path, shown: MainWindow
) -> None:
    window = shown
    mum = _mum(window)
    assert window.vault is not None
    _therapist(window).set_policy(UsagePolicy(sessions_per_week=1, timezone="Europe/London"))
    care = window.session.care()
    care.end_usage(
        care.start_usage(mum, None, window.services.clock.now()), window.services.clock.now()
    )
    window.open_persona(mum)
    window.persona_page.talk_button.click()
    screen = window.care.limit_screen
    assert window.call is None and window.stack.currentWidget() is screen
    assert "This week's conversations have been had" in screen.reason.text()
    assert "Monday 12 January at 00:00" in screen.reason.text()  # the clock starts 2026-01-05
    assert "Up to 1 conversation(s) a week" in screen.limits.text()
    QApplication.processEvents()  # let the new page lay itself out before the picture
    window.grab().save(str(tmp_path / "limit.png"))
    screen.journal_button.click()
    assert window.stack.currentWidget() is window.journal_view
    window.close()


def test_a_tampered_policy_stops_calls_and_the_ui_says_why(
    quiet_dialogs: None, shown: MainWindow
) -> None:
    window = shown
    mum = _mum(window)
    assert window.vault is not None
    therapist = _therapist(window)
    therapist.set_policy(UsagePolicy(max_session_minutes=20))
    therapist.set_pin("246802")
    with window.vault.transaction() as cur:
        cur.execute("UPDATE care_policy SET body = replace(body, '20', '900')")
    window.open_call(mum)
    assert window.call is None
    assert "could not be verified" in window.care.limit_screen.reason.text()
    window.close()


def test_the_therapist_panel_reads_the_policy_and_needs_the_pin_to_change_it(
    qtbot: QtBot, tmp_path: Path, shown: MainWindow
) -> None:
    from desktop.ui.care.therapist_panel import TherapistDialog

    window = shown
    therapist = _therapist(window)
    written: list[tuple[str, Path]] = []
    panel = TherapistDialog(
        therapist, window.session.journal(), "Europe/London", lambda h, p: written.append((h, p))
    )
    qtbot.addWidget(panel)
    assert "No usage limits are set." in panel.applies.text()
    panel.use_session.setChecked(True)
    panel.session_minutes.setValue(40)
    panel.use_week.setChecked(True)
    panel.per_week.setValue(3)
    panel.use_taper.setChecked(True)
    panel.taper_weeks.setValue(2)
    panel.taper_floor.setValue(1)
    panel.save()  # no PIN yet: anyone may save
    policy = therapist.applied().policy
    assert policy is not None and policy.max_session_minutes == 40
    assert [s.sessions_per_week for s in policy.taper] == [2, 1]
    assert "at most 40 minutes" in panel.applies.text()
    therapist.set_pin("246802")
    panel.refresh()
    assert panel.pin.isVisibleTo(panel) and "Therapist mode is on" in panel.mode.text()
    panel.session_minutes.setValue(90)
    panel.pin.setText("111111")
    panel.save()
    assert "not right" in panel.message.text()
    assert therapist.applied().policy.max_session_minutes == 40  # type: ignore[union-attr]
    panel.pin.setText("246802")
    panel.save()
    assert therapist.applied().policy.max_session_minutes == 90  # type: ignore[union-attr]
    panel.show()
    panel.grab().save(str(tmp_path / "therapist.png"))
    out = tmp_path / "usage.csv"
    assert panel.write_report(ReportFormat.CSV, out, transcripts=False) == 0
    assert out.read_text().splitlines()[0].startswith("date,weekday,start,minutes")
    window.close()


def test_the_usage_report_has_weeks_times_moods_and_no_words_unless_included(
    tmp_path: Path, shown: MainWindow
) -> None:
    from zoneinfo import ZoneInfo

    from desktop.care.report import write_usage_report
    from desktop.core.journal import Channel, JournalTurn, TurnLabel

    window = shown
    mum = _mum(window)
    journal, care = window.session.journal(), window.session.care()
    zone = ZoneInfo("Europe/London")
    for day, hour, mood in ((2, 9, 2), (3, 20, 3), (10, 21, 4), (24, 19, None)):
        start = datetime(2026, 11, day, hour, tzinfo=zone)
        session = journal.start_session(mum, "Mum", Channel.WINDOW, start, mood)
        journal.add_turn(
            session, JournalTurn(start, Speaker.PERSON, f"secret words {day}", TurnLabel.TYPED)
        )
        usage = care.start_usage(mum, session, start)
        end = start.replace(minute=25)
        care.end_usage(usage, end)
        journal.end_session(session, end, mood_after=mood and mood + 1)
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    report = build_report(
        care.usage_rows(), zone, now, ["A conversation lasts at most 30 minutes."]
    )
    assert [w.sessions for w in report.weeks] == [2, 1, 0, 1]
    assert report.weeks[0].minutes == 50 and report.weeks[0].mood_before == 2.5
    assert dict(report.times_of_day)[next(iter(dict(report.times_of_day)))] == 0
    assert "Fewer conversations a week" in report.trend
    out = tmp_path / "usage.csv"
    write_usage_report(ReportFormat.CSV, report, out)
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["time_of_day"] for r in rows] == ["morning", "evening", "evening", "evening"]
    assert rows[0]["mood_before"] == "2" and rows[0]["mood_after"] == "3"
    assert "secret" not in out.read_text()
    pages: list[str] = []
    write_usage_report(
        ReportFormat.PDF, report, tmp_path / "a.pdf", None, lambda h, p: pages.append(h)
    )
    write_usage_report(
        ReportFormat.PDF, report, tmp_path / "b.pdf", journal, lambda h, p: pages.append(h)
    )
    assert "secret words" not in pages[0] and "No transcripts." in pages[0]
    assert "secret words 24" in pages[1]
    from desktop.ui.journal.pdf_export import write_pdf

    write_usage_report(ReportFormat.PDF, report, tmp_path / "real.pdf", None, write_pdf)
    assert (tmp_path / "real.pdf").read_bytes().startswith(b"%PDF")
    assert report_html(report).count("<tr>") > 10
    window.close()


def test_saying_goodbye_with_a_letter_retires_the_portrait_and_bringing_it_back_needs_the_pin(
    home: AppPaths,
    quiet_dialogs: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown: MainWindow,
) -> None:
    window = shown
    mum = _mum(window)
    assert window.vault is not None
    _therapist(window).set_pin("246802")

    def write_letter(dialog: FarewellDialog) -> QDialog.DialogCode:
        dialog.letter_choice.setChecked(True)
        dialog.letter.setPlainText("Dear Mum, thank you for everything. I will be all right.")
        dialog.show()
        dialog.grab().save(str(tmp_path / "farewell.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FarewellDialog, "exec", write_letter)
    window.open_persona(mum)
    page = window.persona_page
    page.goodbye_button.click()
    store = window.session.personas()
    assert store.get(mum).retired_at is not None
    [entry] = window.session.journal().entries(mum)
    assert entry.title == "A letter to Mum" and "thank you for everything" in entry.body
    assert not page.talk_button.isVisibleTo(page) and page.bring_back_button.isVisibleTo(page)
    assert "You said goodbye on" in page.notice.text()
    QApplication.processEvents()
    window.grab().save(str(tmp_path / "retired.png"))
    window.open_call(mum)  # calls are no longer offered
    assert window.call is None
    window.show_home()
    [card] = window.home.cards
    assert not card.talk_button.isVisibleTo(card)
    page.archive_button.click()
    window.show_home()
    assert window.home.cards == []  # put away: off the wall, still in the journal

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("111111", True))
    window.open_persona(mum)
    page.bring_back_button.click()
    assert store.get(mum).retired_at is not None and "not right" in told[0]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("246802", True))
    page.bring_back_button.click()
    assert store.get(mum).retired_at is None and page.talk_button.isVisibleTo(page)
    window.close()


def test_a_last_conversation_then_retiring(
    quiet_dialogs: None, monkeypatch: pytest.MonkeyPatch, shown: MainWindow
) -> None:
    window = shown
    mum = _mum(window)
    assert window.vault is not None
    monkeypatch.setattr(FarewellDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.open_persona(mum)
    window.persona_page.goodbye_button.click()
    call = window.call
    assert isinstance(call, CallScreen)
    assert "last conversation" in call.setup.engine.conversation.system_prompt
    call.end_call()
    assert window.session.personas().get(mum).retired_at is not None
    window.close()
