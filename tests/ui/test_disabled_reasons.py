"""A button that cannot act now is disabled and says why; the disabled look differs."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.paths import AppPaths
from desktop.ui.kit.theme import icons_dir, stylesheet
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory


def test_begin_waits_for_the_age_box_and_says_so(qtbot: QtBot, home: AppPaths) -> None:
    from desktop.ui.main_window.first_run import FirstRunDialog

    dialog = FirstRunDialog(home)
    qtbot.addWidget(dialog)
    assert not dialog.begin.isEnabled() and "18" in dialog.begin.toolTip()
    assert dialog.why.isVisibleTo(dialog)
    dialog.adult.setChecked(True)
    assert dialog.begin.isEnabled() and dialog.begin.toolTip() == ""
    assert not dialog.why.isVisibleTo(dialog)


def test_the_editor_says_what_create_needs_and_has_no_dead_next(
    qtbot: QtBot, keyring_backend: MemoryKeyring, make_window: WindowFactory
) -> None:
    window = make_window(keyring_backend)
    window.start()
    editor = window.personas.make_persona_editor()
    qtbot.addWidget(editor)
    assert not editor.create_button.isEnabled()
    assert "name" in editor.create_button.toolTip() and "name" in editor.status.text()
    assert not editor.back.isEnabled() and editor.next.isEnabled()
    editor.name.setText("Margaret")
    assert "consent" in editor.create_button.toolTip()
    editor.steps.setCurrentRow(4)
    assert not editor.next.isEnabled() and "last step" in editor.next.toolTip()
    editor.creator.setText("Lily")
    editor.creator_relationship.setText("daughter")
    assert editor.create_button.isEnabled() and editor.create_button.toolTip() == ""
    window.close()


def test_the_theme_draws_disabled_focus_and_arrows() -> None:
    sheet = stylesheet()
    assert "QPushButton:disabled" in sheet and "QPushButton:focus" in sheet
    assert sheet.count("url(") >= 4
    for name in ("arrow-up", "arrow-down", "arrow-up-off", "arrow-down-off"):
        assert (icons_dir() / f"{name}.svg").read_text().startswith("<svg")


def test_shortcuts_for_a_new_portrait_the_journal_settings_and_the_guide(
    keyring_backend: MemoryKeyring, make_window: WindowFactory
) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    window = make_window(keyring_backend)
    window.start()
    keys = {
        key.toString(): action.text()
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
    }
    for key, text in (("Ctrl+N", "New portrait"), ("Ctrl+J", "Journal"), ("Ctrl+,", "Settings")):
        assert text in keys[key].replace("&", ""), key
    assert "guide" in keys[QKeySequence("F1").toString()]
    window.close()


def test_the_check_in_before_a_call_is_one_tap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.call.mood import MoodDialog

    dialog = MoodDialog(after=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.words.isVisibleTo(dialog)
    dialog.group.button(3).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.mood() == 3


def test_born_and_died_take_a_year_or_a_picked_day(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate

    from desktop.ui.persona.forms import AboutForm

    form = AboutForm()
    qtbot.addWidget(form)
    form.name.setText("Margaret")
    form.born.setText("1948")
    form.died.set_date(QDate(2024, 3, 12))
    details = form.details()
    assert details.born == "1948" and details.died == "12 March 2024"
