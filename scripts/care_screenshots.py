"""Screenshots of care over time (issue 19) from the real window, in English or Chinese.

    xvfb-run -a .venv/bin/python scripts/care_screenshots.py en
    xvfb-run -a .venv/bin/python scripts/care_screenshots.py zh_CN

A fresh vault in a temporary KEEPSAKE_HOME: a portrait (Grace Hopper's photo, standing in for a
mother), sayings, remembrance days, five self-checks over the months, two exercises done, a
therapist who enabled the exercises. Then Keepsake is opened on a marked day (a birthday; in
Chinese, Qingming) and each screen is grabbed into docs/screenshots/. The self-check's words are
placeholders: the questionnaire's own words may not be shipped (docs/care-over-time.md).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main(language: str) -> None:  # noqa: PLR0915 - one screen after another
    os.environ["KEEPSAKE_HOME"] = tempfile.mkdtemp(prefix="keepsake-shots-")
    from PySide6.QtCore import QEvent, QEventLoop
    from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

    from desktop.care.exercises import Exercise
    from desktop.care.instrument import BGQ
    from desktop.care.policy import UsagePolicy
    from desktop.care.remembrance import DayKind, RemembranceDay
    from desktop.care.report import ReportFormat
    from desktop.care.therapist import TherapistMode
    from desktop.core.clock import ManualClock
    from desktop.core.journal import Channel
    from desktop.core.persona import MediaKind, SayingKind
    from desktop.core.settings import Settings, SettingsStore, UiLanguage
    from desktop.services.paths import resolve_paths
    from desktop.ui.care.actions import system_timezone
    from desktop.ui.care.exercise_dialog import ExerciseDialog
    from desktop.ui.care.report_export import ReportChoices
    from desktop.ui.care.report_pdf import write_report_pdf
    from desktop.ui.care.selfcheck_dialog import SelfCheckDialog
    from desktop.ui.care.therapist_panel import TherapistDialog
    from desktop.ui.i18n import install_language
    from desktop.ui.kit.theme import apply_theme
    from desktop.ui.main_window.window import MainWindow, Services
    from desktop.ui.tasks import BackgroundTasks
    from tests.support.keyrings import MemoryKeyring
    from tests.ui.care.test_care_over_time_ui import placeholder_pack

    chinese = language.startswith("zh")
    prefix = "zh-care-" if chinese else "care-"
    app = QApplication([sys.argv[0]])
    apply_theme(app)
    install_language(app, UiLanguage(language))
    paths = resolve_paths()
    paths.ensure()
    store = SettingsStore(paths.settings_file)
    store.save(
        replace(
            Settings(),
            first_run_done=True,
            ui_language=UiLanguage(language),
            country="CN" if chinese else "GB",
        )
    )
    backend = MemoryKeyring()
    zone = ZoneInfo(system_timezone())
    # The day Keepsake is opened: Qingming 2026 (5 April) in Chinese, Mum's birthday in English.
    day_of = (
        datetime(2026, 4, 5, 9, 30, tzinfo=UTC)
        if chinese
        else datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
    )

    def window_at(now: datetime) -> MainWindow:
        services = Services(
            paths=paths,
            settings_store=SettingsStore(paths.settings_file),
            keyring_backend=backend,
            clock=ManualClock(now),
            tasks=BackgroundTasks(immediate=True),
        )
        window = MainWindow(services)
        window.resize(1100, 760)
        window.start()
        assert window.vault is not None
        return window

    def grab(widget: QWidget, name: str) -> None:
        widget.show()
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # cards the wall replaced
        app.processEvents()
        path = OUT / f"{prefix}{name}.png"
        assert widget.grab().save(str(path)), path
        print(path.relative_to(ROOT))

    # --- the months before ------------------------------------------------------------------
    before = window_at(datetime(2025, 9, 20, 19, tzinfo=UTC))
    session, clock = before.session, before.services.clock
    assert isinstance(clock, ManualClock)
    personas = session.personas()
    name, called = ("林秀英", "妈妈") if chinese else ("Margaret Lin", "Mum")
    mum = personas.add(name, called, clock.now()).id
    photo = (ROOT / "desktop" / "data" / "grace_hopper.jpg").read_bytes()
    vault = session.vault
    assert vault is not None
    with vault.transaction() as cur:
        media = personas.add_media(cur, mum, MediaKind.PHOTO, "mum.jpg", photo, "me", clock.now())
    personas.set_portrait(mum, media, None)
    said = "天冷了，多穿件衣服。" if chinese else "Put the kettle on, love, and tell me everything."
    personas.add_typed(mum, SayingKind.SAYING, said, "me", clock.now())
    days = session.remembrance()
    for day in (
        RemembranceDay(0, mum, DayKind.BIRTHDAY, month=3, day=12, year=1948),
        RemembranceDay(0, mum, DayKind.DEATH_ANNIVERSARY, month=8, day=29, year=2025),
        RemembranceDay(0, mum, DayKind.QINGMING),
        RemembranceDay(0, mum, DayKind.MOTHERS_DAY),
    ):
        days.add(day, clock.now())
    therapist = TherapistMode(session.care(), clock)
    therapist.set_pin("482913")
    therapist.set_policy(
        UsagePolicy(
            sessions_per_week=3,
            timezone=system_timezone(),
            exercises=(Exercise.IMAGINED_CONVERSATION, Exercise.LETTER, Exercise.MEMORY),
        ),
        "482913",
    )
    journal, care = session.journal(), session.care()
    start = clock.now()
    for week in range(28):  # weekly conversations over the months, fewer as time goes on
        for i in range(3 if week < 6 else 2 if week < 16 else 1):
            at = start + timedelta(weeks=week, days=2 * i, hours=-(i % 2) * 9)
            conversation = journal.start_session(mum, called, Channel.WINDOW, at, 2 + week % 2)
            usage = care.start_usage(mum, conversation, at)
            end = at + timedelta(minutes=18 + 3 * (week % 4))
            care.end_usage(usage, end)
            journal.end_session(conversation, end, mood_after=3 + (week > 10))
    checks = session.selfcheck()
    checks.add_pack(placeholder_pack(), clock.now())
    month = 30 * 86400.0
    for answers in ([2, 2, 2, 1, 1], [2, 2, 1, 1, 1], [2, 1, 1, 1, 1], [1, 1, 1, 1, 0]):
        checks.take(BGQ, answers, clock.now(), zone)
        clock.advance(month)
    exercises = session.exercises()
    for exercise, parts in (
        (Exercise.LETTER, ["Dear Mum, the roses came back.", "Lighter."]),
        (Exercise.MEMORY, ["The beach at Whitby.", "Her laugh.", "Warm, and a bit sad."]),
    ):
        run = exercises.start(exercise, tuple(Exercise), mum, called, clock.now(), 2)
        clock.advance(1800)
        exercises.finish(run, parts, clock.now(), 3)
        clock.advance(12 * 86400.0)
    before.close()

    # --- the day: Keepsake is opened ----------------------------------------------------------
    window = window_at(day_of)
    moment = window.care_time.moment
    assert moment is not None, "no quiet moment on the marked day"
    moment.light()
    grab(window, "quiet-moment")
    window.open_persona(mum)
    window.show()
    app.processEvents()
    for area in window.persona_page.findChildren(QScrollArea):  # down to their days
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    grab(window, "remembrance-days")

    dialog = SelfCheckDialog(
        window.session.selfcheck(),
        window.session.selfcheck().pack(),
        [called],
        window.services.clock,
        zone,
        language,
        lambda: None,
        window,
    )
    dialog.resize(700, 620)
    grab(dialog, "selfcheck")
    dialog.show_questions()
    dialog.choose([2, 2, 1, 1, 1])
    grab(dialog, "selfcheck-questions")
    dialog.submit()
    grab(dialog, "selfcheck-result")
    dialog.close()

    exercise = ExerciseDialog(
        window.session.exercises(),
        Exercise.IMAGINED_CONVERSATION,
        tuple(Exercise),
        mum,
        called,
        window.services.clock,
        parent=window,
    )
    exercise.before.group.button(3).click()
    exercise.forward()
    exercise.writing[0].setPlainText(
        "妈妈，我找到新工作了。你一直说我可以的。"
        if chinese
        else "Mum, I got the job at the library. You always said I would."
    )
    grab(exercise, "exercise")
    exercise.writing[0].clear()  # nothing to keep: closing asks no question
    exercise.reject()

    panel = TherapistDialog(
        TherapistMode(window.session.care(), window.services.clock),
        window.session.journal(),
        system_timezone(),
        write_report_pdf,
        window,
        BackgroundTasks(),  # the report is painted on a worker, as in the app
    )
    grab(panel, "therapist-panel")
    pdf = Path(os.environ["KEEPSAKE_HOME"]) / "report.pdf"
    waiting = QEventLoop()
    panel.reports.finished.connect(lambda _text: waiting.quit())
    panel.reports.start(ReportChoices(ReportFormat.PDF, selfcheck=True), pdf)
    grab(panel, "report-preparing")  # "Preparing the report…" while the worker paints
    waiting.exec()
    print(panel.message.text())
    panel.close()
    for number, name in ((1, "report-first-page"), (2, "report-details")):
        page = OUT / f"{prefix}{name}"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", str(number), "-l", str(number), "-singlefile",
             str(pdf), str(page)],
            check=True,
        )  # fmt: skip
        print(page.relative_to(ROOT).with_suffix(".png"))
    window.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
