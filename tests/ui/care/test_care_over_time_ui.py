"""The self-check, the exercises, the quiet moment and the remembrance days as widgets: real
PySide6 widgets on the offscreen platform over a real vault."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.care.exercise_store import ExerciseStore
from desktop.care.exercises import Exercise
from desktop.care.instrument import Band
from desktop.care.remembrance import DayKind, RemembranceDay
from desktop.care.remembrance_store import RemembranceStore
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.core.clock import ManualClock
from desktop.core.persona import Saying, SayingKind, SourceKind
from desktop.vault.database import Vault
from desktop.vault.journal import Journal

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2027, 1, 12, 10, tzinfo=UTC)


def placeholder_pack() -> bytes:
    """A questionnaire file with placeholder words (the repository holds none of the real)."""
    words = {
        "title": "Brief Grief Questionnaire",
        "instructions": "(Placeholder instructions: the words come from the authors' copy.)",
        "items": [f"(Question {i} of the BGQ, about {{name}}.)" for i in range(1, 6)],
        "options": ["Not at all", "Somewhat", "A lot"],
    }
    return json.dumps(
        {
            "format": "keepsake-instrument-pack",
            "version": 1,
            "instrument": "bgq",
            "source": "placeholder words for tests and screenshots",
            "languages": {"en": words},
        }
    ).encode()


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault.open(tmp_path / "v.db", b"\x66" * 32)


def test_the_self_check_is_taken_scored_charted_and_offers_support(
    qtbot: QtBot, vault: Vault
) -> None:
    from desktop.ui.care.selfcheck_dialog import SelfCheckDialog

    store, clock = SelfCheckStore(vault), ManualClock(NOW)
    pack = store.add_pack(placeholder_pack(), NOW)
    supported: list[bool] = []
    dialog = SelfCheckDialog(
        store, pack, ["Mum"], clock, ZONE, "en", lambda: supported.append(True)
    )
    qtbot.addWidget(dialog)
    assert dialog.begin.isVisible() is False or dialog.begin.isVisibleTo(dialog)
    dialog.show_questions()
    assert "(Question 1 of the BGQ, about Mum.)" in dialog.item_labels[0].text()
    assert not dialog.done_button.isEnabled()
    dialog.choose([2, 2, 2, 1, 0])  # a lot, a lot, a lot, somewhat, not at all: 7
    assert dialog.done_button.isEnabled()
    dialog.submit()
    assert dialog.taken is not None and dialog.taken.total == 7
    assert dialog.taken.band is Band.RAISED
    dialog.support_button.click()
    assert supported == [True]
    assert [r.total for r in store.results()] == [7]
    clock.advance(timedelta(days=3).total_seconds())
    again = SelfCheckDialog(store, pack, ["Mum"], clock, ZONE, "en", lambda: None)
    qtbot.addWidget(again)
    assert not again.begin.isVisibleTo(again)
    assert "again from" in again.when.text()


def test_without_its_words_the_self_check_says_how_they_are_added(
    qtbot: QtBot, vault: Vault
) -> None:
    from desktop.ui.care.selfcheck_dialog import SelfCheckDialog

    dialog = SelfCheckDialog(
        SelfCheckStore(vault), None, ["Mum"], ManualClock(NOW), ZONE, "en", lambda: None
    )
    qtbot.addWidget(dialog)
    assert not dialog.begin.isVisibleTo(dialog)
    assert "Therapist settings" in dialog.about.text()


def test_an_exercise_runs_end_to_end_and_reaches_the_journal(qtbot: QtBot, vault: Vault) -> None:
    from desktop.ui.care.exercise_dialog import ExerciseDialog

    clock = ManualClock(NOW)
    dialog = ExerciseDialog(
        ExerciseStore(vault), Exercise.IMAGINED_CONVERSATION, tuple(Exercise), None, "Mum", clock
    )
    qtbot.addWidget(dialog)
    dialog.before.group.button(2).click()
    dialog.forward()  # begin
    for text in ("I got the job, Mum.", "I knew you would, love.", "Her pride in me.", "Lighter."):
        dialog.writing[dialog.pages.currentIndex() - 1].setPlainText(text)
        dialog.forward()
    dialog.after.group.button(4).click()
    dialog.forward()  # keep it in my journal
    [entry] = Journal(vault).entries()
    assert entry.title == "An imagined conversation · Mum"
    assert "What I imagine you answer\nI knew you would, love." in entry.body
    [run] = ExerciseStore(vault).runs()
    assert (run.mood_before, run.mood_after, run.journal_entry_id) == (2, 4, entry.id)


def test_stopping_half_way_keeps_the_words_only_if_asked(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.care.exercise_dialog import ExerciseDialog

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    for keep in (False, True):
        dialog = ExerciseDialog(
            ExerciseStore(vault), Exercise.LETTER, (Exercise.LETTER,), None, "Dad", ManualClock(NOW)
        )
        qtbot.addWidget(dialog)
        dialog.forward()
        dialog.writing[0].setPlainText("Dear Dad, the boat is painted.")
        dialog.reject()
        assert len(Journal(vault).entries()) == (1 if keep else 0)


def test_the_quiet_moment_lights_its_candle_and_asks_to_write(qtbot: QtBot) -> None:
    from desktop.ui.care.quiet_moment import QuietMoment, WriteToThemDialog

    day = RemembranceDay(3, 1, DayKind.BIRTHDAY, 1, 12, 1950)
    words = Saying(
        1, 1, SayingKind.SAYING, "Mind how you go", SourceKind.CLIP, True, clip_id=4, clip_end_s=2.0
    )
    moment = QuietMoment(day, "Mum", date(2027, 1, 12), None, words)
    qtbot.addWidget(moment)
    opened: list[Any] = []
    writes: list[Any] = []
    moment.opened.connect(opened.append)
    moment.write_requested.connect(writes.append)
    assert not moment.candle.lit and moment.listen_button.isVisibleTo(moment)
    moment.light_button.click()
    assert moment.candle.lit and opened == [day]
    moment.write_button.click()
    assert writes == [day]
    dialog = WriteToThemDialog("Mum", "To Mum")
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText().startswith("Dear Mum,")


def test_remembrance_days_are_marked_on_the_persona_page(qtbot: QtBot, vault: Vault) -> None:
    from desktop.core.persona import PersonaDetails
    from desktop.ui.persona.remembrance_editor import AddDayDialog, RemembranceDays
    from desktop.vault.personas import PersonaStore

    mum = PersonaStore(vault).create(PersonaDetails("Margaret", "Mum"), NOW).id
    store = RemembranceStore(vault)
    days = RemembranceDays(store, mum, ManualClock(NOW), ZONE, "GB")
    qtbot.addWidget(days)
    dialog = AddDayDialog(date(2027, 1, 12), "GB")
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(DayKind.BIRTHDAY))
    dialog.month.setCurrentIndex(1)  # February
    dialog.day.setValue(29)
    assert "28 February" in dialog.preview.text()
    days.add_day(dialog.chosen(mum))
    dialog.kind.setCurrentIndex(dialog.kind.findData(DayKind.MOTHERS_DAY))
    days.add_day(dialog.chosen(mum))
    texts = [days.list.item(i).text() for i in range(days.list.count())]
    assert texts[0].startswith("Their birthday · next: Sunday 28 February 2027")
    assert "Mothering Sunday" in texts[1] and "7 March 2027" in texts[1]
    assert [d.kind for d in store.days(mum)] == [DayKind.BIRTHDAY, DayKind.MOTHERS_DAY]


def test_the_therapist_chooses_exercises_and_adds_the_questionnaire(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    from desktop.ui.care.care_settings import ExerciseChoices, SelfCheckQuestionnaire

    choices = ExerciseChoices()
    qtbot.addWidget(choices)
    choices.set_chosen((Exercise.MEMORY,))
    choices.boxes[Exercise.LETTER].setChecked(True)
    assert choices.chosen() == (Exercise.LETTER, Exercise.MEMORY)
    box = SelfCheckQuestionnaire(SelfCheckStore(vault), NOW)
    qtbot.addWidget(box)
    assert not box.remove_button.isVisibleTo(box)
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert not box.add_file(bad) and box.message.text()
    good = tmp_path / "bgq.json"
    good.write_bytes(placeholder_pack())
    assert box.add_file(good) and "Brief Grief Questionnaire" in box.status.text()
    box.remove()
    assert SelfCheckStore(vault).pack() is None
