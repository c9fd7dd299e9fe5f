"""“Measure this PC” in Settings → Models: the real panel offscreen with a fast bench runner
injected; progress, results in plain words, Cancel and a failure that stay calm."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.errors import MeasureFailedError
from desktop.core.jobs import CancelToken, Progress, ProgressCallback
from desktop.core.settings import Settings
from desktop.models.fit import PcFacts
from desktop.models.types import ModelRole
from desktop.services.paths import AppPaths
from desktop.services.pc_measure import STAGES, PcFigures
from desktop.ui.main_window.window import MainWindow
from desktop.ui.settings.measure_panel import MeasurePanel
from desktop.ui.settings.model_manager import ModelManager
from desktop.ui.tasks import BackgroundTasks

FIGURES = PcFigures(
    reply_start_s=0.8, llm_tokens_per_s=40.0, stt_rtf=0.1, portrait_fps=41.0, models_load_s=4.0
)


def _now() -> datetime:
    return datetime(2026, 12, 1, 16, 0, tzinfo=UTC)


def _manager(home: AppPaths, tasks: BackgroundTasks, runner: object) -> ModelManager:
    panel = MeasurePanel(home, tasks, _now, runner)  # type: ignore[arg-type]
    return ModelManager(Settings(), home.models_dir, PcFacts(8000, 4), tasks, _now, measure=panel)


def test_measuring_shows_each_step_then_the_results_in_plain_words(
    qtbot: QtBot, home: AppPaths
) -> None:
    steps: list[str] = []

    def bench(cancel: CancelToken, report: ProgressCallback) -> PcFigures:
        assert panel is not None
        for i, stage in enumerate(STAGES):
            report(Progress(i, len(STAGES), stage.value))
            steps.append(panel.stage.text())
            assert panel.progress.isVisibleTo(panel) and panel.cancel_button.isVisibleTo(panel)
            assert not panel.measure_button.isEnabled()
        return FIGURES

    manager = _manager(home, BackgroundTasks(immediate=True), bench)
    qtbot.addWidget(manager)
    panel = manager.measure
    assert panel is not None
    assert "Not measured yet" in panel.summary.text()
    llm_row = manager.lists[ModelRole.LANGUAGE_MODEL].item(0).text()
    assert "Measure this PC" in llm_row and "keepsake bench" not in llm_row
    panel.measure_button.click()
    assert steps[0] == "Step 1 of 4: Loading the models…"
    assert steps[2] == "Step 3 of 4: Trying three spoken turns in real time…"
    assert panel.summary.text() == (
        "Replies start in about 0.8 s on this PC. Conversations will feel natural."
    )
    assert panel.details.text() == (
        "The conversation model writes about 30 words a second. It understands speech about "
        "10 times faster than it is spoken. The portrait moves smoothly (41 pictures a second). "
        "A call is ready about 4.0 s after it starts."
    )
    assert not panel.progress.isVisibleTo(panel) and panel.measure_button.isEnabled()
    assert "tokens a second here" in manager.lists[ModelRole.LANGUAGE_MODEL].item(0).text()


def test_the_last_measurement_is_shown_when_settings_open(qtbot: QtBot, home: AppPaths) -> None:
    home.config_dir.mkdir(parents=True, exist_ok=True)
    figures = {
        "reply_latency_fixed_pause_s": {"p50": 4.2},
        "avatar_fps_512": 12.0,
        "llm_tokens_per_s": 1.1,
    }
    home.bench_file.write_text(json.dumps(figures), "utf-8")
    panel = MeasurePanel(home, BackgroundTasks(immediate=True), _now)
    qtbot.addWidget(panel)
    text = panel.summary.text()
    assert text.startswith("Measured on ") and "about 4.2 s" in text and "long pause" in text
    assert panel.details.text() == (
        "The conversation model writes about 1 word a second. The portrait moves a little "
        "stiffly here (12 pictures a second)."
    )


def test_cancel_stops_calmly_and_the_gui_thread_stays_free(qtbot: QtBot, home: AppPaths) -> None:
    ran_on: list[threading.Thread] = []

    def bench(cancel: CancelToken, report: ProgressCallback) -> PcFigures:  # worker thread
        ran_on.append(threading.current_thread())
        report(Progress(0, len(STAGES), STAGES[0].value))
        cancel.wait(60)
        cancel.raise_if_cancelled()
        return FIGURES

    tasks = BackgroundTasks()
    panel = MeasurePanel(home, tasks, _now, bench)
    qtbot.addWidget(panel)
    panel.measure_button.click()
    qtbot.waitUntil(lambda: panel.stage.text().startswith("Step 1 of 4"))
    assert panel.running and ran_on[0] is not threading.main_thread()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.running)
    assert panel.stage.text() == "Stopped. Nothing was changed; you can measure again at any time."
    assert panel.measure_button.isEnabled() and not panel.cancel_button.isVisibleTo(panel)
    assert "Not measured yet" in panel.summary.text()
    tasks.shutdown()


@pytest.mark.parametrize(
    "error", [MeasureFailedError("exit code 1"), FileNotFoundError("no python")]
)
def test_a_failing_bench_says_so_calmly(qtbot: QtBot, home: AppPaths, error: BaseException) -> None:
    def bench(cancel: CancelToken, report: ProgressCallback) -> PcFigures:
        raise error

    panel = MeasurePanel(home, BackgroundTasks(immediate=True), _now, bench)
    qtbot.addWidget(panel)
    panel.measure_button.click()
    assert panel.stage.text() == (
        "The measurement could not finish. Nothing was changed and Keepsake works as before. "
        "You can try again later, perhaps with fewer programs open."
    )
    assert panel.measure_button.isEnabled() and not panel.progress.isVisibleTo(panel)


def test_chinese_sentences_follow_each_other_without_spaces(qtbot: QtBot, home: AppPaths) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.core.settings import UiLanguage
    from desktop.ui.i18n import install_language

    app = QApplication.instance()
    assert app is not None
    install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    try:
        panel = MeasurePanel(home, BackgroundTasks(immediate=True), _now, lambda c, r: FIGURES)
        qtbot.addWidget(panel)
        panel.measure_button.click()
        assert panel.summary.text() == "在这台电脑上，回答大约0.8 秒后开始。谈话会感觉很自然。"
        assert "个词。它听懂" in panel.details.text() and "。 " not in panel.details.text()
    finally:
        install_language(app, UiLanguage.ENGLISH)


def test_closing_settings_stops_a_measurement_under_way(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.settings.dialog import SettingsDialog

    stopped = threading.Event()

    def bench(cancel: CancelToken, report: ProgressCallback) -> PcFigures:  # worker thread
        report(Progress(0, len(STAGES), STAGES[0].value))
        if cancel.wait(60):
            stopped.set()
        cancel.raise_if_cancelled()
        return FIGURES

    def measure_then_close(dialog: SettingsDialog) -> QDialog.DialogCode:
        assert dialog.models is not None and dialog.models.measure is not None
        panel = dialog.models.measure
        panel.measure_button.click()
        qtbot.waitUntil(lambda: panel.stage.text().startswith("Step 1"))
        return QDialog.DialogCode.Rejected

    actions = window.settings_actions
    actions.tasks = BackgroundTasks()
    actions.measure = bench
    monkeypatch.setattr(SettingsDialog, "exec", measure_then_close)
    actions.open_settings()
    qtbot.waitUntil(lambda: not actions.tasks.busy)
    assert stopped.is_set()
    actions.tasks.shutdown()
