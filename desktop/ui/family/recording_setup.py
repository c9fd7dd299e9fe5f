"""The first page of "Record for my family": who is recording, for whom, which topics."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.interview_questions import QuestionSet, load_question_set
from desktop.core.persona import PersonaDetails
from desktop.ui.i18n import tr

_LANGUAGES = (("en", "English"), ("zh", "中文"))


class RecordingSetup(QWidget):
    """Name, what the family calls them, their language, for whom, and the topics. GUI thread."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Record your own answers, in your own voice, for the people you love. Keepsake "
                "asks the questions; you answer as much or as little as you like, and can stop "
                "at any time: every answer is kept as soon as you give it. Everything stays on "
                "this computer until you choose to share it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.called = QLineEdit()
        self.called.setPlaceholderText(tr("Mum, Grandpa, Nainai…"))
        self.for_whom = QLineEdit()
        self.for_whom.setPlaceholderText(tr("my children and grandchildren"))
        self.language = QComboBox()
        for code, label in _LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(1 if language.startswith("zh") else 0)
        form.addRow(tr("Your name"), self.name)
        form.addRow(tr("What your family calls you"), self.called)
        form.addRow(tr("You are recording this for"), self.for_whom)
        form.addRow(tr("The language you will answer in"), self.language)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("What would you like to talk about?")))
        self._topics = QGridLayout()
        self.topic_boxes: dict[str, QCheckBox] = {}
        layout.addLayout(self._topics)
        self.language.currentIndexChanged.connect(self._show_topics)
        self._show_topics()
        self.error = QLabel("")
        self.error.setObjectName("muted")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def question_set(self) -> QuestionSet:
        return load_question_set(str(self.language.currentData()))

    def _show_topics(self) -> None:
        chosen = {t for t, box in self.topic_boxes.items() if box.isChecked()}
        for box in self.topic_boxes.values():
            self._topics.removeWidget(box)
            box.deleteLater()
        self.topic_boxes = {}
        for index, topic in enumerate(self.question_set().topics):
            box = QCheckBox(f"{topic.title} ({len(topic.questions)})")
            box.setChecked(not chosen or topic.id in chosen)
            self.topic_boxes[topic.id] = box
            self._topics.addWidget(box, index // 2, index % 2)

    def topics(self) -> tuple[str, ...]:
        return tuple(t for t, box in self.topic_boxes.items() if box.isChecked())

    def check(self) -> bool:
        """Whether the page is complete; says what is missing."""
        if not self.name.text().strip():
            self.error.setText(tr("Please write your name: it is how the portrait is known."))
            return False
        if not self.topics():
            self.error.setText(tr("Please choose at least one topic."))
            return False
        self.error.setText("")
        return True

    def details(self) -> PersonaDetails:
        return PersonaDetails(
            name=self.name.text().strip(),
            called=self.called.text().strip(),
            language=str(self.language.currentData()),
        )
