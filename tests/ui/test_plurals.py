"""Counts read right in both languages: plural forms through Qt's numerus translations, and
units of number fields that follow the number."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.settings import UiLanguage
from desktop.ui.call.wording import time_left_words
from desktop.ui.i18n import install_language, trn
from desktop.ui.journal.words import conversations


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    yield
    install_language(app, UiLanguage.ENGLISH)


def test_english_counts_take_the_singular_for_one(qtbot: QtBot) -> None:
    assert trn("%n photo", "%n photos", 1) == "1 photo"
    assert trn("%n photo", "%n photos", 0) == "0 photos"
    assert conversations(1) == "1 conversation" and conversations(3) == "3 conversations"
    assert time_left_words(timedelta(minutes=30)) == "30 min left"
    assert time_left_words(timedelta(seconds=45)) == "0:45 left"


def test_chinese_counts_have_no_english_and_no_plural_s(qtbot: QtBot, chinese: None) -> None:
    assert trn("%n photo", "%n photos", 1) == "1 张照片"
    assert conversations(3) == "3 次对话"
    assert time_left_words(timedelta(minutes=30)) == "还剩 30 分钟"


def test_the_taper_fields_units_follow_the_number(qtbot: QtBot) -> None:
    from desktop.ui.care.therapist_panel import _counted

    weeks = _counted(1, 12, lambda n: trn(" week", " weeks", n))
    qtbot.addWidget(weeks)
    assert weeks.text() == "1 week"
    weeks.setValue(3)
    assert weeks.text() == "3 weeks"


def test_lists_are_separated_as_each_language_writes_them(qtbot: QtBot) -> None:
    from pathlib import Path

    from desktop.ui.i18n import list_text
    from desktop.ui.persona.drops import names

    assert list_text(["Mum", "Dad"]) == "Mum, Dad"
    app = QApplication.instance()
    assert app is not None and install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    try:
        assert list_text(["妈妈", "爸爸"]) == "妈妈、爸爸"
        assert names([Path("a.jpg"), Path("b.jpg")]) == "a.jpg、b.jpg"
    finally:
        install_language(app, UiLanguage.ENGLISH)
