"""The interface in Simplified Chinese: every string is translated, the compiled translation is
current, and no screen shows English words when Chinese is chosen."""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.settings import UiLanguage
from desktop.services.paths import AppPaths
from desktop.ui.i18n import install_language, tr
from desktop.ui.main_window.window import MainWindow
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring
from tests.support.paths import ROOT
from tests.support.ui_texts import english_words, texts
from tests.support.windows import WindowFactory

sys.path.insert(0, str(ROOT / "scripts"))
import update_translations as ut


def test_every_string_in_the_code_has_a_chinese_translation_and_the_qm_is_current() -> None:
    messages = ut.find_messages()
    assert len(messages) > 250
    assert ut.missing("zh_CN", messages) == []
    assert ut.qm_is_current("zh_CN")


def test_placeholders_survive_translation() -> None:
    done = ut.read_ts(ut.FOLDER / "keepsake_zh_CN.ts")
    for source, translation in done.items():
        wanted = sorted(re.findall(r"\{(\d+)", source))  # a date format may differ by language
        assert sorted(re.findall(r"\{(\d+)", translation)) == wanted, source


_TEXT_CALLS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "setText",
    "setToolTip",
    "setPlaceholderText",
    "setWindowTitle",
    "setTitle",
    "addMenu",
    "confirm",
}


def test_no_literal_text_reaches_a_widget_without_tr() -> None:
    offenders = []
    for path in sorted((ROOT / "desktop" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", None)
            if name not in _TEXT_CALLS:
                continue
            for arg in node.args:
                parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
                literal = any(
                    isinstance(p, ast.Constant)
                    and isinstance(p.value, str)
                    and re.search("[A-Za-z]{2,}", p.value)
                    for p in parts
                )
                if literal:
                    offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    yield
    install_language(app, UiLanguage.ENGLISH)


def _a_call_in_the_journal(journal: Journal, persona: int, now: datetime) -> None:
    """A whole call: a pause for safety with the helplines, the mood check-ins, a note."""
    session = journal.start_session(persona, "妈妈", Channel.WINDOW, now, mood_before=2)
    for speaker, text, label in (
        (Speaker.PERSON, "我好想你", TurnLabel.TYPED),
        (Speaker.PORTRAIT, "我也想你，孩子。", TurnLabel.AI),
        (Speaker.PORTRAIT, "吃饭了没有？", TurnLabel.SAID_IN_LIFE),
        (
            Speaker.KEEPSAKE,
            "肖像已停止。\n北京心理危机研究与干预中心：010-82951332",
            TurnLabel.PAUSE_IMMINENT,
        ),
        (Speaker.PERSON, "我现在安全了，继续", TurnLabel.PAUSE_ANSWER),
    ):
        journal.add_turn(session, JournalTurn(now, speaker, text, label, interrupted=False))
    journal.end_session(
        session, now + timedelta(minutes=6), mood_after=4, mood_words="轻松一些", note="很高兴"
    )


def _export_page(journal: Journal, store: PersonaStore, now: datetime) -> QWidget:
    """The HTML export in Chinese, shown in a reader (what the file says)."""
    from PySide6.QtWidgets import QTextBrowser

    from desktop.ui.journal.words import journal_words
    from desktop.vault.export import ExportSelection, collect, to_html

    selection = ExportSelection()
    page = QTextBrowser()
    page.setHtml(to_html(collect(journal, store, selection, now), selection, journal_words()))
    return page


def _screens(
    qtbot: QtBot, home: AppPaths, backend: MemoryKeyring, tmp: Path, make_window: WindowFactory
) -> list[QWidget]:
    """Most of the app's screens and dialogs, built while Chinese is installed."""
    from desktop.care.store import CareStore
    from desktop.care.therapist import TherapistMode
    from desktop.core.clock import ManualClock
    from desktop.models.fit import PcFacts
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.care.farewell import FarewellDialog
    from desktop.ui.care.farewell_closing import FarewellClosing
    from desktop.ui.care.report_dialog import ReportDialog
    from desktop.ui.care.support import SupportDialog
    from desktop.ui.care.therapist_panel import PinDialog, TherapistDialog
    from desktop.ui.journal.dialogs import EntryDialog, ExportDialog
    from desktop.ui.kit.dialogs import AboutDialog, PassphraseDialog
    from desktop.ui.kit.guide import GuideDialog
    from desktop.ui.main_window.first_run import FirstRunDialog
    from desktop.ui.persona.forms import ConsentDialog, DetailsDialog
    from desktop.ui.settings.audio_check import AudioCheckDialog
    from desktop.ui.settings.dialog import SettingsDialog
    from desktop.ui.settings.model_manager import ModelManager
    from desktop.voice.devices import AudioProblem, AudioReport

    window = make_window(backend)
    window.start()
    assert window.vault is not None
    store = PersonaStore(window.vault)
    mum = store.create(
        PersonaDetails(name="Margaret Lin", called="Mum"), window.services.clock.now()
    )
    store.set_consent(mum.id, ConsentRecord("Lily", "女儿", Agreement.YES))
    window.refresh_wall()
    screens: list[QWidget] = [window]
    window.open_persona(mum.id)
    screens.append(window.persona_page)
    _a_call_in_the_journal(Journal(window.vault), mum.id, window.services.clock.now())
    window.journal.open_journal()
    window.journal_view.items.setCurrentRow(0)
    assert "妈妈" in window.journal_view.reader.toPlainText()
    screens.append(window.journal_view)
    therapist = TherapistMode(CareStore(window.vault), window.services.clock)
    from desktop.care.policy import UsagePolicy

    therapist.set_policy(UsagePolicy(max_session_minutes=30))
    window.open_call(mum.id)  # a call, typed (no sound card here), with a time limit
    assert window.call is not None
    window.call._tick()
    assert window.call.time_left.isVisibleTo(window.call)
    screens.append(window.call)
    window.call.end_call()
    therapist.set_policy(UsagePolicy(max_session_minutes=30, sessions_per_week=0))
    window.open_call(mum.id)
    screens.append(window.care.limit_screen)
    clock = window.services.clock
    assert isinstance(clock, ManualClock)
    audio = AudioReport(None, (), (), "no sound card", AudioProblem.NO_DEVICES)
    models = ModelManager(
        window.settings,
        home.models_dir,
        PcFacts(8000, 4, 90.0, 0.09),
        window.services.tasks,
        clock.now,
    )
    screens += [
        FirstRunDialog(home),
        MoodDialog(False),
        MoodDialog(True),
        AudioCheckDialog(audio, None, None),
        PassphraseDialog(True),
        AboutDialog(home),
        EntryDialog(store.list_summaries(), mum.id),
        ExportDialog(store.list_summaries(), mum.id),
        ConsentDialog(None),
        DetailsDialog(PersonaDetails(name="Margaret Lin")),
        SettingsDialog(window.settings, audio, None, models),
        SupportDialog(None, "CN"),
        TherapistDialog(therapist, Journal(window.vault), "Asia/Shanghai", lambda h, p: None),
        PinDialog(True),
        ReportDialog(),
        FarewellDialog("Mum"),
        FarewellClosing("Mum", "好孩子，照顾好自己。", None),
        GuideDialog(),
        window.personas.make_persona_editor(),
        _editor_with_files(window, tmp),
        _export_page(Journal(window.vault), store, clock.now()),
        window.family.make_recording_dialog(),
        window.family.make_share_dialog(mum.id),
        window.family.make_add_dialog(),
        window.family.make_sealed_dialog(mum.id),
        *_care_over_time_screens(window, mum.id),
    ]
    for widget in screens[1:]:
        if isinstance(widget, QDialog):
            qtbot.addWidget(widget)
    return screens


def _editor_with_files(window: Any, tmp: Path) -> QWidget:
    """The portrait editor after a drop: a photo with its face line, a recording with its
    length and Play (no sound card here: disabled, saying why), and a file it cannot use."""
    from PIL import Image as PILImage
    from skimage import data

    from desktop.voice.audio import write_wav
    from tests.support.media_makers import tone

    photo, clip, letter = tmp / "妈妈.png", tmp / "妈妈的声音.wav", tmp / "信.pdf"
    PILImage.fromarray(data.astronaut()).save(photo)
    write_wav(clip, tone(1.0), 16_000)
    letter.write_bytes(b"%PDF-1.4")
    editor = window.personas.make_persona_editor()
    editor.add_files([photo, clip, letter])
    # the face check ran at once (an immediate task runner) and says so in this language
    assert editor.photos.line(photo) == tr("Face found") and editor.clips.rows()[0].readable
    return editor


def _care_over_time_screens(window: Any, mum: int) -> list[QWidget]:
    """The self-check (without its questionnaire: its words are the authors'), a guided
    exercise, the quiet moment and the remembrance days (issue 19)."""
    from desktop.care.exercises import Exercise
    from desktop.care.remembrance import DayKind, RemembranceDay
    from desktop.core.clock import ManualClock
    from desktop.ui.care.exercise_dialog import ExerciseDialog
    from desktop.ui.care.quiet_moment import QuietMoment
    from desktop.ui.care.selfcheck_dialog import SelfCheckDialog
    from desktop.ui.persona.remembrance_editor import AddDayDialog

    clock = window.services.clock
    assert isinstance(clock, ManualClock)
    zone = window.care_time.zone()
    day = RemembranceDay(1, mum, DayKind.QINGMING)
    editor = window.care_time.days_editor(mum)
    editor.add_day(RemembranceDay(0, mum, DayKind.BIRTHDAY, month=1, day=5, year=1948))
    session = window.session
    return [
        SelfCheckDialog(session.selfcheck(), None, ["妈妈"], clock, zone, "zh_CN", lambda: None),
        ExerciseDialog(
            session.exercises(), Exercise.LETTER, (Exercise.LETTER,), mum, "妈妈", clock
        ),
        QuietMoment(day, "妈妈", clock.now().date(), None, None),
        AddDayDialog(clock.now().date(), "CN"),
        editor,
    ]


def test_with_chinese_chosen_no_screen_shows_english(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    chinese: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
) -> None:
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.settings.audio_check import AudioCheckDialog

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(AudioCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert tr("End call") != "End call"
    english = []
    for screen in _screens(qtbot, home, keyring_backend, tmp_path, make_window):
        for where, text in texts(screen):
            words = english_words(text)
            if words:
                english.append(f"{type(screen).__name__} {where}: {text[:90]!r} {words[:4]}")
    assert english == [], "\n".join(english)


def test_choosing_chinese_in_settings_saves_it_and_offers_a_restart(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.settings import SettingsStore
    from desktop.ui.settings.dialog import SettingsDialog

    def choose_chinese(dialog: SettingsDialog) -> QDialog.DialogCode:
        dialog.language.setCurrentIndex(dialog.language.findData(UiLanguage.CHINESE_SIMPLIFIED))
        return QDialog.DialogCode.Accepted

    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(SettingsDialog, "exec", choose_chinese)
    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        window.settings_actions.open_settings()
        saved = SettingsStore(home.settings_file).load().settings
        assert saved.ui_language is UiLanguage.CHINESE_SIMPLIFIED
        assert asked == [tr("Restart Keepsake?")] and asked[0] != "Restart Keepsake?"
        assert window.restart_requested
    finally:
        app = QApplication.instance()
        assert app is not None
        install_language(app, UiLanguage.ENGLISH)
    assert tr("End call") == "End call"
