"""Care over time in the real main window (offscreen, real SQLCipher vault): the quiet moment
when Keepsake is opened on a marked day and never otherwise, a guided exercise the therapist
enabled from the persona page to the journal and the report, and the self-check from the menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from desktop.care.exercises import Exercise
from desktop.care.policy import UsagePolicy
from desktop.care.remembrance import DayKind, RemembranceDay
from desktop.care.report import ReportFormat
from desktop.care.therapist import TherapistMode
from desktop.ui.care.actions import system_timezone
from desktop.ui.care.exercise_dialog import ExerciseDialog
from desktop.ui.care.quiet_moment import QuietMoment, WriteToThemDialog
from desktop.ui.care.selfcheck_dialog import SelfCheckDialog
from desktop.ui.care.therapist_panel import TherapistDialog
from desktop.ui.journal.pdf_export import write_pdf
from desktop.ui.main_window.window import MainWindow
from desktop.ui.persona.remembrance_editor import RemembranceDays
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory
from tests.ui.care.test_care_over_time_ui import placeholder_pack

# The window's clock starts on Monday 5 January 2026, 12:00 UTC (tests/support/windows.py).


def _menu_action(window: MainWindow, text: str) -> Any:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Keepsake"]
    assert isinstance(menu, QMenu)
    [action] = [a for a in menu.actions() if a.text() == text]
    return action


def _reopen(window: MainWindow, make_window: WindowFactory, backend: MemoryKeyring) -> MainWindow:
    """Close Keepsake and open it again on the same vault: what a person does the next time."""
    window.close()
    again = make_window(backend)
    again.start()
    assert again.vault is not None
    return again


def test_the_quiet_moment_comes_only_when_keepsake_is_opened_on_the_day(
    window: MainWindow,
    make_window: WindowFactory,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    personas = window.session.personas()
    mum = personas.add("Margaret Lin", "Mum", window.services.clock.now()).id
    window.open_persona(mum)
    days = window.persona_page.days
    assert isinstance(days, RemembranceDays) and days.title() == "Remembrance days"
    days.add_day(RemembranceDay(0, mum, DayKind.BIRTHDAY, month=1, day=5))  # today
    days.add_day(RemembranceDay(0, mum, DayKind.DEATH_ANNIVERSARY, month=3, day=2, year=2024))
    assert days.list.count() == 2
    assert window.home.moment is None  # marked while Keepsake was open: nothing starts by itself

    window = _reopen(window, make_window, keyring_backend)
    moment = window.home.moment
    assert isinstance(moment, QuietMoment)
    assert moment.day.kind is DayKind.BIRTHDAY
    window.show_home()  # the wall refreshing keeps the moment
    assert window.home.moment is moment

    def write(dialog: WriteToThemDialog) -> QDialog.DialogCode:
        dialog.text.setPlainText("Dear Mum,\n\nThe daffodils came up early this year.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WriteToThemDialog, "exec", write)
    moment.light_button.click()
    assert moment.candle.lit
    moment.write_button.click()
    [entry] = window.session.journal().entries()
    assert entry.title == "To Mum · birthday, Monday 5 January 2026"
    assert "daffodils" in entry.body
    assert "in your journal" in moment.invite.text()
    [visit] = window.session.remembrance().visits()
    assert visit.opened_at is not None and visit.journal_entry_id == entry.id

    moment.aside_button.click()  # "Not today"
    assert window.home.moment is None
    window = _reopen(window, make_window, keyring_backend)
    assert window.home.moment is None  # set aside: not offered again that day
    window.close()


def test_no_moment_on_another_day(
    window: MainWindow, make_window: WindowFactory, keyring_backend: MemoryKeyring
) -> None:
    dad = window.session.personas().add("Wei Chen", "Dad", window.services.clock.now()).id
    window.session.remembrance().add(
        RemembranceDay(0, dad, DayKind.BIRTHDAY, month=1, day=6), window.services.clock.now()
    )
    window = _reopen(window, make_window, keyring_backend)
    assert window.home.moment is None
    window.close()


def _enable(window: MainWindow, *exercises: Exercise) -> None:
    therapist = TherapistMode(window.session.care(), window.services.clock)
    therapist.set_policy(UsagePolicy(timezone=system_timezone(), exercises=exercises))


def test_a_guided_exercise_from_the_persona_page_reaches_the_journal_and_the_report(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mum = window.session.personas().add("Margaret Lin", "Mum", window.services.clock.now()).id
    window.show()
    window.open_persona(mum)
    assert not window.persona_page.exercise_button.isVisible()  # none enabled
    _enable(window, Exercise.LETTER, Exercise.MEMORY)
    window.open_persona(mum)
    assert window.persona_page.exercise_button.isVisible()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A letter", True))
    written = ["Dear Mum, I planted your roses.", "That I am all right.", "Calmer than before."]

    def run(dialog: ExerciseDialog) -> QDialog.DialogCode:
        assert dialog.exercise is Exercise.LETTER and dialog.name == "Mum"
        dialog.before.group.button(2).click()
        dialog.forward()
        for text in written[: len(dialog.writing)]:
            dialog.writing[dialog.pages.currentIndex() - 1].setPlainText(text)
            dialog.forward()
        dialog.after.group.button(4).click()
        dialog.forward()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExerciseDialog, "exec", run)
    window.persona_page.exercise_button.click()
    [entry] = window.session.journal().entries()
    assert "I planted your roses" in entry.body
    assert window.status_label.text() == "Your reflection is in the journal."
    [done] = window.session.exercises().runs()
    assert (done.mood_before, done.mood_after, done.journal_entry_id) == (2, 4, entry.id)

    panel = TherapistDialog(
        TherapistMode(window.session.care(), window.services.clock),
        window.session.journal(),
        system_timezone(),
        write_pdf,
        window,
    )
    assert panel.exercises.chosen() == (Exercise.LETTER, Exercise.MEMORY)
    plain, worded = tmp_path / "plain.csv", tmp_path / "worded.csv"
    panel.write_report(ReportFormat.CSV, plain, transcripts=False)
    panel.write_report(ReportFormat.CSV, worded, transcripts=False, words=True)
    text = plain.read_text()
    assert "A letter" in text and "2026-01-05" in text
    assert "roses" not in text  # the words only when ticked
    assert "roses" in worded.read_text()
    pdf = tmp_path / "report.pdf"
    panel.write_report(ReportFormat.PDF, pdf, transcripts=False)
    assert pdf.read_bytes().startswith(b"%PDF")
    panel.close()


def test_without_an_enabled_exercise_the_menu_says_who_can_enable_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    _menu_action(window, "Guided exercises…").trigger()
    assert len(told) == 1 and "therapist can enable" in told[0]


def test_the_self_check_is_taken_from_the_menu_and_kept_in_the_vault(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.session.personas().add("Margaret Lin", "Mum", window.services.clock.now())
    window.session.selfcheck().add_pack(placeholder_pack(), window.services.clock.now())
    seen: list[SelfCheckDialog] = []

    def take(dialog: SelfCheckDialog) -> QDialog.DialogCode:
        seen.append(dialog)
        if not dialog.begin.isVisibleTo(dialog):
            return QDialog.DialogCode.Rejected
        dialog.show_questions()
        assert "about Mum" in dialog.item_labels[0].text()
        dialog.choose([1, 1, 0, 0, 0])
        dialog.submit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SelfCheckDialog, "exec", take)
    _menu_action(window, "Self-check…").trigger()
    assert [r.total for r in window.session.selfcheck().results()] == [2]
    _menu_action(window, "Self-check…").trigger()  # again at once: not offered for 4 weeks
    assert len(seen) == 2 and not seen[1].begin.isVisibleTo(seen[1])


def test_the_therapist_enables_an_exercise_with_the_pin(window: MainWindow) -> None:
    therapist = TherapistMode(window.session.care(), window.services.clock)
    therapist.set_pin("482913")
    panel = TherapistDialog(
        therapist, window.session.journal(), system_timezone(), write_pdf, window
    )
    panel.exercises.boxes[Exercise.IMAGINED_CONVERSATION].setChecked(True)
    panel.pin.setText("000000")
    panel.save()
    assert therapist.applied(system_timezone()).policy is None  # wrong PIN: nothing changed
    panel.pin.setText("482913")
    panel.save()
    policy = therapist.applied(system_timezone()).policy
    assert policy is not None and policy.exercises == (Exercise.IMAGINED_CONVERSATION,)
    assert "Guided exercises the person can start: An imagined conversation." in (
        panel.applies.text()
    )
    panel.close()
