""" "Record for my family": the setup page, then the interview; answers are kept as given."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview import InterviewSession, answer_from_kept
from desktop.core.interview_questions import QuestionSet, load_question_set
from desktop.services.family_recording import Transcriber, start_own_portrait
from desktop.ui.family.recording_panel import RecordingContext, RecordingPanel
from desktop.ui.family.recording_setup import RecordingSetup
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe
from desktop.ui.tasks import BackgroundTasks
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import AudioInput


@dataclass(frozen=True)
class RecordingTools:
    """What recording needs from the composition root."""

    tasks: BackgroundTasks
    microphone: Callable[[], AudioInput]
    transcriber_for: Callable[[str], Transcriber]  # the interview's language -> its model
    invites: Callable[[str], bool]
    clock: Callable[[], datetime]


class RecordForFamilyDialog(QDialog):
    """A new portrait of the person recording (`persona_id` None), or more answers to theirs."""

    def __init__(
        self,
        personas: PersonaStore,
        interviews: InterviewStore,
        tools: RecordingTools,
        persona_id: int | None = None,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Record for my family"))
        self.setMinimumSize(640, 560)
        self.personas, self.interviews, self.tools = personas, interviews, tools
        self.persona_id = persona_id
        self.panel: RecordingPanel | None = None
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.setup = RecordingSetup(language)
        self.pages.addWidget(self.setup)
        layout.addWidget(self.pages, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.begin_button = QPushButton(tr("Begin"))
        self.begin_button.setObjectName("primary")
        self.begin_button.clicked.connect(self.begin)
        self.finish_button = QPushButton(tr("Finish for today"))
        self.finish_button.clicked.connect(self.accept)
        self.finish_button.hide()
        row.addWidget(self.begin_button)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        if persona_id is not None:
            self._go_on(persona_id)

    def begin(self) -> None:
        """The setup page is complete: make the portrait and its consent, then ask."""
        if not self.setup.check():
            return
        try:
            self.persona_id = start_own_portrait(
                self.personas,
                self.setup.details(),
                self.setup.for_whom.text(),
                self.tools.clock(),
            )
        except Exception as exc:
            self.setup.error.setText(describe(exc))
            return
        questions = self.setup.question_set()
        self._interview(questions, InterviewSession(questions.of_topics(self.setup.topics())), {})

    def _go_on(self, persona_id: int) -> None:
        persona = self.personas.get(persona_id)
        questions = load_question_set(persona.details.language)
        kept = {k.question_id: k for k in self.interviews.answers(persona_id)}
        earlier = [answer_from_kept(q, kept[q.id]) for q in questions.questions if q.id in kept]
        session = InterviewSession(questions.questions, earlier)
        self._interview(questions, session, {q: k.id for q, k in kept.items()})

    def _interview(
        self, questions: QuestionSet, session: InterviewSession, answer_ids: dict[str, int]
    ) -> None:
        assert self.persona_id is not None
        persona = self.personas.get(self.persona_id)
        t = self.tools
        context = RecordingContext(
            tasks=t.tasks,
            microphone=t.microphone,
            transcriber=t.transcriber_for(questions.language),
            interviews=self.interviews,
            persona_id=self.persona_id,
            language=questions.language,
            supplied_by=persona.details.name,
            invites=t.invites,
            clock=t.clock,
        )
        titles = {topic.id: topic.title for topic in questions.topics}
        self.panel = RecordingPanel(session, context, titles, answer_ids)
        self.pages.addWidget(self.panel)
        self.pages.setCurrentWidget(self.panel)
        self.begin_button.hide()
        self.finish_button.show()

    def done(self, result: int) -> None:
        if self.panel is not None:
            self.panel.close_microphone()
        super().done(result)
