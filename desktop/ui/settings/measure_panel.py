"""“Measure this PC” in Settings → Models: the project's bench run in the background, with a
progress bar and Cancel, and what it found said in plain words.

The runner (by default `desktop.services.pc_measure.measure_pc`, the bench in a child process)
runs on a BackgroundTasks worker; tests inject a fast one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import MeasureFailedError
from desktop.core.jobs import CancelToken, Progress, ProgressCallback
from desktop.services.paths import AppPaths
from desktop.services.pc_measure import STAGES, MeasureStage, PcFigures, last_figures, measure_pc
from desktop.ui.i18n import join_sentences, short_date, tr, tr_noop
from desktop.ui.kit.messages import describe
from desktop.ui.settings.measure_words import details, headline
from desktop.ui.tasks import BackgroundTasks, TaskHandle

Runner = Callable[[CancelToken, ProgressCallback], PcFigures]

STAGE_WORDS = {
    MeasureStage.LOADING: tr_noop("Loading the models…"),
    MeasureStage.SPEEDS: tr_noop("Timing each model on its own…"),
    MeasureStage.REPLIES: tr_noop("Trying three spoken turns in real time…"),
    MeasureStage.PORTRAIT: tr_noop("Drawing the portrait…"),
}


class MeasurePanel(QFrame):
    """GUI thread. `measured` carries the new PcFigures once a measurement finished (they are
    saved by the bench itself, for the model manager's estimates)."""

    measured = Signal(object)

    def __init__(
        self,
        paths: AppPaths,
        tasks: BackgroundTasks,
        now: Callable[[], datetime],
        runner: Runner = measure_pc,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measure")
        self.paths, self.tasks, self.now, self.runner = paths, tasks, now, runner
        self.handle: TaskHandle | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        title = QLabel(tr("How fast this PC is"))
        title.setObjectName("heading")
        layout.addWidget(title)
        self.summary = QLabel("")
        self.details = QLabel("")
        self.details.setObjectName("muted")
        for label, lines in ((self.summary, 2), (self.details, 3)):
            label.setWordWrap(True)
            label.setMinimumHeight(lines * label.fontMetrics().lineSpacing() + 4)
            layout.addWidget(label)
        row = QHBoxLayout()
        self.measure_button = QPushButton(tr("Measure this PC"))
        self.measure_button.setToolTip(
            tr("Takes a few minutes and keeps the computer busy meanwhile. Nothing leaves this PC.")
        )
        self.measure_button.clicked.connect(self.start)
        self.measure_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr("How far the measurement is"))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel the measurement"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.measure_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        layout.addLayout(row)
        self.stage = QLabel("")
        self.stage.setObjectName("muted")
        self.stage.setWordWrap(True)
        layout.addWidget(self.stage)
        self._show_idle()
        self._show_last()

    # --- what it shows ---------------------------------------------------------------------

    def _show_last(self) -> None:
        figures = last_figures(self.paths.bench_file)
        if figures is None:
            self.details.setVisible(False)
            self.summary.setText(
                tr(
                    "Not measured yet. Measuring shows how soon replies start here and how "
                    "fast each model runs, so the list below can say which ones suit this PC."
                )
            )
            return
        when = date.fromtimestamp(self.paths.bench_file.stat().st_mtime)
        self._show_figures(figures, tr("Measured on {0}.").format(short_date(when)))

    def _show_figures(self, figures: PcFigures, before: str = "") -> None:
        self.summary.setText(join_sentences([p for p in (before, headline(figures)) if p]))
        self.details.setText(details(figures))
        self.details.setVisible(bool(self.details.text()))

    def _say(self, text: str) -> None:
        self.stage.setText(text)
        self.stage.setVisible(bool(text))

    def _show_idle(self, text: str = "") -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.measure_button.setEnabled(True)
        self._say(text)

    @property
    def running(self) -> bool:
        return self.handle is not None and not self.handle.finished

    # --- the measurement -------------------------------------------------------------------

    def start(self) -> None:
        if self.running:
            return
        self.measure_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._say(tr("Starting…"))
        self.handle = self.tasks.run(
            self.runner,
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._on_progress,
            on_cancelled=self._cancelled,
        )

    def _on_progress(self, p: Progress) -> None:
        if p.total:
            self.progress.setRange(0, int(p.total))
            self.progress.setValue(int(p.done))
        try:
            stage = MeasureStage(p.message)
        except ValueError:
            return
        step = STAGES.index(stage) + 1
        self._say(tr("Step {0} of {1}: {2}").format(step, len(STAGES), tr(STAGE_WORDS[stage])))

    def _done(self, figures: PcFigures) -> None:
        self._show_idle(tr("Done. The list below now uses these figures."))
        self._show_figures(figures)
        self.measured.emit(figures)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):  # the bench could not even start
            exc = MeasureFailedError(str(exc))
        self._show_idle(describe(exc))

    def _cancelled(self) -> None:
        self._show_idle(tr("Stopped. Nothing was changed; you can measure again at any time."))

    def cancel(self) -> None:
        if self.running and self.handle is not None:
            self.cancel_button.setEnabled(False)
            self._say(tr("Stopping…"))
            self.handle.cancel()
