"""The therapist's report gains care over time: one first page to read in a minute, the
self-check trend only when ticked, exercises by name and date (their words only when ticked),
mood check-ins before and after, and the remembrance days kept; in the PDF and the CSV."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desktop.care.exercise_store import ExerciseStore
from desktop.care.exercises import Exercise
from desktop.care.instrument import BGQ
from desktop.care.remembrance import DayKind, RemembranceDay
from desktop.care.remembrance_store import RemembranceStore
from desktop.care.report import ReportFormat, report_csv, report_html, usage_report
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.care.store import CareStore
from desktop.core.journal import Channel
from desktop.vault.database import Vault
from desktop.vault.journal import Journal

ZONE = ZoneInfo("Europe/London")
START = datetime(2026, 9, 7, 18, tzinfo=UTC)  # a Monday


def filled_vault(folder: Path) -> Vault:
    """Three weekly conversations, two self-checks, a letter and a birthday written on."""
    vault = Vault.open(folder / "v.db", b"\x55" * 32)
    journal, care = Journal(vault), CareStore(vault)
    for week, (before, after) in enumerate(((2, 3), (3, 3), (3, 4))):
        at = START + timedelta(weeks=week)
        session = journal.start_session(None, "Mum", Channel.WINDOW, at, before)
        usage = care.start_usage(None, session, at)
        care.end_usage(usage, at + timedelta(minutes=25))
        journal.end_session(session, at + timedelta(minutes=25), mood_after=after)
    checks = SelfCheckStore(vault)
    checks.take(BGQ, [2, 2, 2, 1, 1], START, ZONE)  # 8
    checks.take(BGQ, [1, 1, 1, 1, 1], START + timedelta(days=28), ZONE)  # 5
    exercises = ExerciseStore(vault)
    enabled = tuple(Exercise)
    run = exercises.start(Exercise.LETTER, enabled, None, "Mum", START + timedelta(days=2), 2)
    exercises.finish(
        run, ["Dear Mum, secret garden words.", "Calmer."], START + timedelta(days=2, minutes=30), 4
    )
    days = RemembranceStore(vault)
    birthday = days.add(RemembranceDay(0, None, DayKind.BIRTHDAY, 9, 20, 1950), START)
    on = date(2026, 9, 20)
    days.write(birthday, on, "To Mum", "Happy birthday, private words.", START + timedelta(days=13))
    return vault


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return filled_vault(tmp_path)


def _report(vault: Vault, ticked: bool) -> str:
    report = usage_report(
        CareStore(vault),
        ZONE,
        START + timedelta(weeks=5),
        ["No usage limits are set."],
        include_selfcheck=ticked,
        include_words=ticked,
    )
    return report_html(report)


def test_without_ticks_the_report_has_names_dates_and_moods_but_no_scores_or_words(
    vault: Vault,
) -> None:
    page = _report(vault, ticked=False)
    glance = page[: page.index("class='details'")]
    assert "At a glance" in glance
    assert "Self-check</th><td>Not included (the person's choice)." in glance
    assert "A letter: 09 Sep 2026" in glance
    assert "Exercises: 2.0 before, 4.0 after (2 check-ins)" in glance
    assert "Conversations: 2.7 before, 3.3 after (6 check-ins)" in glance
    assert "birthday, 20 Sep 2026: opened the quiet moment and wrote to them" in glance
    assert "secret garden" not in page and "private words" not in page
    assert "Brief Grief Questionnaire" not in page


def test_when_ticked_the_self_check_trend_and_the_words_are_included(vault: Vault) -> None:
    page = _report(vault, ticked=True)
    glance = page[: page.index("class='details'")]
    assert "Brief Grief Questionnaire: 8 (07 Sep 2026), 5 (05 Oct 2026)" in glance
    assert "Lower than at the first self-check (8 then, 5 now)." in glance
    assert "not a diagnosis" in glance
    assert "secret garden words" in page and "private words" in page


def test_the_csv_has_one_row_per_conversation_self_check_exercise_and_day(
    vault: Vault,
) -> None:
    for ticked in (False, True):
        report = usage_report(
            CareStore(vault), ZONE, START + timedelta(weeks=5), [], False, ticked, ticked
        )
        rows = list(csv.DictReader(io.StringIO(report_csv(report))))
        records = [r["record"] for r in rows]
        assert records.count("conversation") == 3
        assert records.count("self-check") == (2 if ticked else 0)
        [letter] = [r for r in rows if r["record"] == "exercise"]
        assert letter["name"] == "A letter" and letter["date"] == "2026-09-09"
        assert (letter["mood_before"], letter["mood_after"], letter["minutes"]) == (
            "2",
            "4",
            "30.0",
        )
        assert ("secret garden" in letter["words"]) is ticked
        [day] = [r for r in rows if r["record"] == "remembrance"]
        assert day["name"] == "birthday: opened the quiet moment and wrote to them"
    private = report_csv(usage_report(CareStore(vault), ZONE, START + timedelta(weeks=5), []))
    assert "secret" not in private and "private words" not in private


def test_the_first_page_of_the_pdf_is_the_whole_summary(
    vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    from desktop.care.report import write_usage_report
    from desktop.ui.journal.pdf_export import write_pdf

    report = usage_report(
        CareStore(vault), ZONE, START + timedelta(weeks=5), ["No usage limits are set."],
        True, True, True,
    )  # fmt: skip
    out = tmp_path / "report.pdf"
    write_usage_report(ReportFormat.PDF, report, out, None, write_pdf)

    def page(number: int) -> str:
        text = subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return " ".join(text.split())

    first = page(1)
    for heading in ("At a glance", "Conversations", "Self-check", "Guided exercises"):
        assert heading in first
    assert "Remembrance days" in first and "Week by week" not in first
    assert "Limits that apply" in page(2)
