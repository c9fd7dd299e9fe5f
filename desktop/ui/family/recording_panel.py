"""The interview itself: one question at a time, recorded with the microphone or written.

Record, pause, stop; record again, skip, or write the answer instead; a level meter while the
microphone listens. A stopped recording is transcribed on a worker thread and the answer kept
at once (its recording, its words with their time spans). A message for a later moment can be
sealed until the family opens it. GUI thread; the microphone calls back on its own thread
(`AnswerRecorder.feed`), and the meter reads its level on a timer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview import Answer, AnswerState, InterviewSession
from desktop.services.family_recording import Transcriber, Transcript, keep_answer, transcribe
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.voice.answer_recorder import AnswerRecorder
from desktop.voice.audio import AudioInput, Samples

METER_MS = 60


@dataclass(frozen=True)
class RecordingContext:
    """What the panel needs, passed in by the composition root."""

    tasks: BackgroundTasks
    microphone: Callable[[], AudioInput]  # a fresh input for each take
    transcriber: Transcriber
    interviews: InterviewStore
    persona_id: int
    language: str
    supplied_by: str
    invites: Callable[[str], bool]
    clock: Callable[[], datetime]


class RecordingPanel(QWidget):
    def __init__(
        self,
        session: InterviewSession,
        context: RecordingContext,
        topic_titles: dict[str, str],
        answer_ids: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.context = context
        self.topic_titles = topic_titles
        self.answer_ids = dict(answer_ids or {})  # question id -> kept answer
        self.recorder: AnswerRecorder | None = None
        self.busy = False
        self._build()
        self._connect()
        self.show_question()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.topic = QLabel()
        self.topic.setObjectName("muted")
        self.question = QLabel()
        self.question.setObjectName("cardTitle")
        self.question.setWordWrap(True)
        self.position = QLabel()
        self.position.setObjectName("muted")
        for widget in (self.topic, self.question, self.position):
            layout.addWidget(widget)
        self._build_meter(layout)
        self._build_buttons(layout)

    def _build_meter(self, layout: QVBoxLayout) -> None:
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.clock_label = QLabel("")
        meter_row = QHBoxLayout()
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.clock_label)
        layout.addLayout(meter_row)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.record_button = QPushButton(tr("Record my answer"))
        self.record_button.setObjectName("primary")
        self.pause_button = QPushButton(tr("Pause"))
        self.stop_button = QPushButton(tr("Stop and keep"))
        self.write_button = QPushButton(tr("Write it instead"))
        row = QHBoxLayout()
        for button in (self.record_button, self.pause_button, self.stop_button, self.write_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.writing = QPlainTextEdit()
        self.writing.setPlaceholderText(tr("Write your answer here, in your own words."))
        self.keep_writing = QPushButton(tr("Keep these words"))
        layout.addWidget(self.writing)
        layout.addWidget(self.keep_writing)
        self.seal = QCheckBox(tr("Seal this message until the family chooses to open it"))
        layout.addWidget(self.seal)
        self.kept = QLabel("")
        self.kept.setWordWrap(True)
        layout.addWidget(self.kept)
        nav = QHBoxLayout()
        self.back_button = QPushButton(tr("← Back"))
        self.skip_button = QPushButton(tr("Skip this question"))
        self.next_button = QPushButton(tr("Next question →"))
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(METER_MS)
        self.timer.timeout.connect(self._show_level)
        self.record_button.clicked.connect(self.start_recording)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop_recording)
        self.write_button.clicked.connect(self._show_writing)
        self.keep_writing.clicked.connect(self.keep_written)
        self.seal.toggled.connect(self._sealed_changed)
        self.back_button.clicked.connect(self._back)
        self.skip_button.clicked.connect(self.skip)
        self.next_button.clicked.connect(self._next)

    # --- showing ---------------------------------------------------------------------------

    def show_question(self) -> None:
        question = self.session.current
        answer = self.session.answer()
        done, total = self.session.progress
        self.clock_label.setText("")  # a new question: no time recorded for it yet
        self.meter.setValue(0)
        self.topic.setText(self.topic_titles.get(question.topic, ""))
        self.question.setText(question.text)
        self.position.setText(
            tr("Question {0} of {1} · {2} answered or skipped").format(
                self.session.index + 1, total, done
            )
        )
        self.seal.blockSignals(True)
        self.seal.setVisible(question.for_later)
        self.seal.setChecked(answer.sealed)
        self.seal.blockSignals(False)
        self.writing.setVisible(answer.state is AnswerState.TYPED)
        self.keep_writing.setVisible(answer.state is AnswerState.TYPED)
        self.writing.setPlainText(answer.text if answer.state is AnswerState.TYPED else "")
        self._show_kept(answer)
        self._buttons()

    def _show_kept(self, answer: Answer) -> None:
        if answer.state is AnswerState.RECORDED:
            words = f"“{answer.text}”" if answer.text else tr("(no words were recognised)")
            self.kept.setText(
                tr("Kept: your recording, {0} s. {1}").format(round(answer.seconds), words)
            )
        elif answer.state is AnswerState.TYPED:
            self.kept.setText(tr("Kept: your written answer."))
        elif answer.state is AnswerState.SKIPPED:
            self.kept.setText(tr("Skipped. You can come back to it at any time."))
        else:
            self.kept.setText("")
        if answer.sealed:
            self.kept.setText(self.kept.text() + " " + tr("Sealed until the family opens it."))

    def _buttons(self) -> None:
        recording = self.recorder is not None
        answered = self.session.answer().answered
        self.record_button.setText(tr("Record again") if answered else tr("Record my answer"))
        self.record_button.setEnabled(not recording and not self.busy)
        self.pause_button.setEnabled(recording)
        self.pause_button.setText(
            tr("Resume") if recording and self.recorder and self.recorder.paused else tr("Pause")
        )
        self.stop_button.setEnabled(recording)
        for button in (self.write_button, self.back_button, self.next_button):
            button.setEnabled(not recording and not self.busy)
        self.skip_button.setEnabled(not recording and not self.busy and not answered)
        self.keep_writing.setEnabled(not self.busy)

    def _show_level(self) -> None:
        if self.recorder is None:
            return
        self.meter.setValue(round(self.recorder.level * 100))
        seconds = int(self.recorder.seconds)
        self.clock_label.setText(f"{seconds // 60}:{seconds % 60:02d}")
        if self.recorder.full:
            self.stop_recording()

    # --- recording -------------------------------------------------------------------------

    def start_recording(self) -> None:
        if self.recorder is not None:
            return
        if self.session.answer().answered:
            self.session.re_record()
        self.recorder = AnswerRecorder(self.context.microphone())
        try:
            self.recorder.start()
        except Exception as exc:  # no microphone: say so, writing still works
            self.recorder = None
            self.kept.setText(describe(exc))
            self._buttons()
            return
        self.writing.hide()
        self.keep_writing.hide()
        self.kept.setText(tr("Listening… take your time."))
        self.timer.start()
        self._buttons()

    def toggle_pause(self) -> None:
        if self.recorder is None:
            return
        if self.recorder.paused:
            self.recorder.resume()
            self.kept.setText(tr("Listening… take your time."))
        else:
            self.recorder.pause()
            self.kept.setText(tr("Paused. Nothing is recorded until you resume."))
        self._buttons()

    def stop_recording(self) -> None:
        if self.recorder is None:
            return
        self.timer.stop()
        audio = self.recorder.stop()
        self.recorder = None
        self.meter.setValue(0)
        self.busy = True
        self.kept.setText(tr("Writing down your words…"))
        self._buttons()
        stt = self.context.transcriber
        self.context.tasks.run(
            lambda _cancel, _report: transcribe(stt, audio),
            on_result=lambda heard: self._transcribed(heard, audio),
            on_error=self._failed,
        )

    def _transcribed(self, heard: Transcript, audio: Samples) -> None:
        answer = self.session.recorded(heard.spans, heard.seconds)
        self._keep(answer, audio)

    def _show_writing(self) -> None:
        self.writing.show()
        self.keep_writing.show()
        self.writing.setFocus()

    def keep_written(self) -> None:
        try:
            answer = self.session.typed(self.writing.toPlainText())
        except Exception as exc:
            self.kept.setText(describe(exc))
            return
        self.busy = True
        self._buttons()
        self._keep(answer, None)

    def _keep(self, answer: Answer, audio: Samples | None) -> None:
        c = self.context
        if self.seal.isVisible() and self.seal.isChecked() and not answer.sealed:
            answer = self.session.set_sealed(True)
        now, question_id = c.clock(), answer.question.id
        self.busy = True
        c.tasks.run(
            lambda _cancel, _report: keep_answer(
                c.interviews, c.persona_id, answer, c.language, audio, c.supplied_by, now, c.invites
            ),
            on_result=lambda answer_id: self._kept_done(question_id, answer_id),
            on_error=self._failed,
        )

    def _kept_done(self, question_id: str, answer_id: int) -> None:
        self.answer_ids[question_id] = answer_id
        self.busy = False
        self.show_question()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._buttons()
        self.kept.setText(describe(exc))

    def _sealed_changed(self, sealed: bool) -> None:
        if not self.session.current.for_later:
            return
        answer = self.session.set_sealed(sealed)
        answer_id = self.answer_ids.get(answer.question.id)
        if answer_id is not None and answer.answered:
            c = self.context
            now = c.clock()
            c.tasks.run(
                lambda _cancel, _report: c.interviews.set_sealed(
                    answer_id, sealed, c.supplied_by, now, c.invites
                ),
                on_result=lambda _kept: self._show_kept(self.session.answer()),
                on_error=self._failed,
            )

    # --- moving ----------------------------------------------------------------------------

    def skip(self) -> None:
        if self.session.skip() is None:
            self.session.go_to(self.session.index)
        self.show_question()

    def _next(self) -> None:
        if self.session.index + 1 < len(self.session.questions):
            self.session.go_to(self.session.index + 1)
        self.show_question()

    def _back(self) -> None:
        self.session.back()
        self.show_question()

    def close_microphone(self) -> None:
        """Leaving the interview: a recording in progress is dropped, the device closed."""
        self.timer.stop()
        if self.recorder is not None:
            self.recorder.cancel()
            self.recorder = None
