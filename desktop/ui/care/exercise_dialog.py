"""A guided exercise, step by step: what it is (and an optional mood check-in), each part with
its quiet prompts and room to write, the short reflection, and how they feel after. What was
written becomes one journal entry; stopping half-way asks whether to keep it. GUI thread."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.care.exercise_store import ExerciseStore
from desktop.care.exercises import SPECS, Exercise, with_name
from desktop.core.clock import Clock
from desktop.core.errors import CareError, KeepsakeError
from desktop.ui.call.mood import SCALE
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe


def _label(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class MoodRow(QWidget):
    """Five quiet buttons, 1 (very low) to 5 (good); none chosen means skipped."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_label(question))
        layout.addWidget(_label(tr("Only if you want to: you can skip it."), "muted"))
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        for value, text in enumerate(SCALE, start=1):
            button = QPushButton(tr(text))
            button.setCheckable(True)
            self.group.addButton(button, value)
            row.addWidget(button)
        layout.addLayout(row)

    def mood(self) -> int | None:
        value = self.group.checkedId()
        return value if value > 0 else None


class ExerciseDialog(QDialog):
    """One run of an exercise the therapist enabled, with one person (`name`)."""

    def __init__(
        self,
        store: ExerciseStore,
        exercise: Exercise,
        enabled: Sequence[Exercise],
        persona_id: int | None,
        name: str,
        clock: Clock,
        ask_mood: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.clock, self.name = store, clock, name
        self.exercise, self.enabled, self.persona_id = exercise, tuple(enabled), persona_id
        self.spec = SPECS[exercise]
        self.run_id: int | None = None
        self.entry_id: int | None = None
        self.setWindowTitle(tr(self.spec.name))
        self.setMinimumSize(660, 560)
        self.pages = QStackedWidget()
        self.before = MoodRow(tr("How are you feeling right now?"))
        self.after = MoodRow(tr("How are you feeling now?"))
        self.before.setVisible(ask_mood)
        self.after.setVisible(ask_mood)
        self.writing: list[QPlainTextEdit] = []
        self.pages.addWidget(self._intro())
        for index, step in enumerate(self.spec.steps):
            self.pages.addWidget(self._step(index, step.heading, step.prompts))
        self.pages.addWidget(self._closing())
        self.message = _label("", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.back = QPushButton(tr("Back"))
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.stop = QPushButton(tr("Stop here"))
        self.stop.clicked.connect(self.reject)
        self.next = QPushButton()
        self.next.setObjectName("primary")
        self.next.clicked.connect(self.forward)
        row = QHBoxLayout()
        row.addWidget(self.stop)
        row.addStretch(1)
        row.addWidget(self.back)
        row.addWidget(self.next)
        layout.addLayout(row)
        self.go(0)

    # --- pages ---------------------------------------------------------------------------

    def _intro(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_label(tr(self.spec.name), "cardTitle"))
        layout.addWidget(_label(with_name(tr(self.spec.purpose), self.name)))
        parts = [with_name(tr(s.heading), self.name) for s in self.spec.steps]
        layout.addWidget(
            _label(tr("In {0} parts: {1}.").format(len(parts), "; ".join(parts)), "muted")
        )
        layout.addWidget(
            _label(
                tr(
                    "What you write is kept in your journal, for you. Your therapist's report "
                    "shows only that you did this exercise, and when, unless you choose to "
                    "include the words."
                ),
                "muted",
            )
        )
        layout.addSpacing(12)
        layout.addWidget(self.before)
        layout.addStretch(1)
        return page

    def _step(self, index: int, heading: str, prompts: Sequence[str]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        count = len(self.spec.steps)
        layout.addWidget(_label(tr("Part {0} of {1}").format(index + 1, count), "muted"))
        layout.addWidget(_label(with_name(tr(heading), self.name), "cardTitle"))
        for prompt in prompts:
            layout.addWidget(_label("· " + with_name(tr(prompt), self.name), "muted"))
        edit = QPlainTextEdit()
        edit.setPlaceholderText(tr("Write here, as much or as little as you like."))
        edit.setAccessibleName(with_name(tr(heading), self.name))
        self.writing.append(edit)
        layout.addWidget(edit, 1)
        return page

    def _closing(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_label(tr("Thank you for taking this time."), "cardTitle"))
        layout.addWidget(self.after)
        layout.addStretch(1)
        return page

    # --- moving through it ---------------------------------------------------------------

    def go(self, index: int) -> None:
        last = self.pages.count() - 1
        index = max(0, min(last, index))
        self.pages.setCurrentIndex(index)
        self.back.setVisible(0 < index < last)
        self.stop.setVisible(index < last)
        if index == 0:
            self.next.setText(tr("Begin"))
        elif index == last:
            self.next.setText(tr("Keep it in my journal"))
        else:
            self.next.setText(tr("Next"))
        if 0 < index < last:
            self.writing[index - 1].setFocus()

    def forward(self) -> None:
        index, last = self.pages.currentIndex(), self.pages.count() - 1
        if index == 0 and self.run_id is None:
            try:
                self.run_id = self.store.start(
                    self.exercise,
                    self.enabled,
                    self.persona_id,
                    self.name,
                    self.clock.now(),
                    self.before.mood(),
                )
            except KeepsakeError as exc:
                self.message.setText(describe(exc))
                return
        if index == last:
            if self._finish():
                self.accept()
            return
        self.go(index + 1)

    def parts(self) -> list[str]:
        return [edit.toPlainText() for edit in self.writing]

    def _finish(self) -> bool:
        if self.run_id is None:
            return True
        try:
            self.entry_id = self.store.finish(
                self.run_id, self.parts(), self.clock.now(), self.after.mood(), tr
            )
        except (CareError, KeepsakeError) as exc:
            self.message.setText(describe(exc))
            return False
        return True

    def reject(self) -> None:
        """Stopping half-way: what was written is kept only if the person wants it."""
        if self.run_id is not None and any(p.strip() for p in self.parts()):
            answer = QMessageBox.question(
                self,
                tr("Stop here"),
                tr("Keep what you have written in your journal?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes and not self._finish():
                return
        super().reject()
