"""The guided interview as it happens: which question is asked and what became of each.

Pure. The microphone, the recording and its transcription belong to the caller; the session
keeps their results: an answer recorded (its length and the time spans of its transcribed
sentences), typed, or skipped. Recording again replaces the take (`take` counts them, so the
caller can tell which recording belongs to the answer). An answer for a later moment (a
wedding, a first child, a hard day) can be sealed until the family opens it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from desktop.core.errors import InterviewError
from desktop.core.interview_questions import Moment, Question

MAX_TYPED_CHARS = 5000
MAX_ANSWER_SECONDS = 15 * 60.0
MIN_ANSWER_SECONDS = 0.5


class AnswerState(StrEnum):
    PENDING = "pending"
    RECORDED = "recorded"
    TYPED = "typed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Span:
    """A sentence of a recorded answer and where it is in the recording."""

    start_s: float
    end_s: float
    text: str


@dataclass(frozen=True, slots=True)
class Answer:
    question: Question
    state: AnswerState = AnswerState.PENDING
    text: str = ""  # what they typed, or the transcript of the recording
    spans: tuple[Span, ...] = ()
    seconds: float = 0.0  # the recording's length
    take: int = 0  # how many times this question was recorded
    sealed: bool = False

    @property
    def answered(self) -> bool:
        return self.state in (AnswerState.RECORDED, AnswerState.TYPED)


@dataclass(frozen=True, slots=True)
class KeptAnswer:
    """An interview answer as the vault keeps it: the question as it was asked, the real
    recording (a clip) or the written words, and whether it waits sealed for the family."""

    id: int
    persona_id: int
    question_id: str
    topic: str
    question: str
    language: str
    moment: Moment
    clip_id: int | None
    text: str
    typed: bool
    spans: tuple[Span, ...]
    sealed: bool
    recorded_at: datetime
    opened_at: datetime | None = None

    @property
    def for_later(self) -> bool:
        return self.moment is not Moment.NONE


def answer_from_kept(question: Question, kept: KeptAnswer) -> Answer:
    """A kept answer as the sitting shows it (to go on with an earlier sitting)."""
    state = AnswerState.TYPED if kept.typed else AnswerState.RECORDED
    seconds = kept.spans[-1].end_s if kept.spans else MIN_ANSWER_SECONDS
    return Answer(question, state, kept.text, kept.spans, seconds, take=1, sealed=kept.sealed)


def spans_from_segments(
    segments: Iterable[tuple[float, float, str]], seconds: float
) -> tuple[Span, ...]:
    """Transcribed segments as spans: words present, inside the recording, in order."""
    out = []
    for start, end, text in sorted(segments, key=lambda s: s[0]):
        words = " ".join(text.split())
        lo, hi = max(0.0, float(start)), min(float(seconds), float(end))
        if words and hi > lo:
            out.append(Span(round(lo, 3), round(hi, 3), words))
    return tuple(out)


class InterviewSession:
    """The questions of one sitting and their answers; `answers` resumes an earlier sitting."""

    def __init__(self, questions: Sequence[Question], answers: Iterable[Answer] = ()) -> None:
        if not questions:
            raise InterviewError("there are no questions to ask")
        self.questions = tuple(questions)
        self._answers = {q.id: Answer(q) for q in self.questions}
        for earlier in answers:
            if earlier.question.id in self._answers:
                self._answers[earlier.question.id] = earlier
        self._index = self._first_open()

    # --- where we are ----------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Question:
        return self.questions[self._index]

    def answer(self, question_id: str | None = None) -> Answer:
        """The answer to a question (the current one by default)."""
        return self._answers[question_id or self.current.id]

    @property
    def progress(self) -> tuple[int, int]:
        """(questions answered or skipped, questions in all)."""
        done = sum(a.state is not AnswerState.PENDING for a in self._answers.values())
        return done, len(self.questions)

    @property
    def finished(self) -> bool:
        return self.progress[0] == len(self.questions)

    def answered(self) -> list[Answer]:
        """The answers recorded or typed, in question order."""
        return [self._answers[q.id] for q in self.questions if self._answers[q.id].answered]

    def go_to(self, index: int) -> Question:
        if not 0 <= index < len(self.questions):
            raise InterviewError("there is no such question")
        self._index = index
        return self.current

    def next(self) -> Question | None:
        """The next question not yet answered or skipped after this one (None at the end)."""
        for index in range(self._index + 1, len(self.questions)):
            if self._answers[self.questions[index].id].state is AnswerState.PENDING:
                self._index = index
                return self.current
        return None

    def back(self) -> Question:
        return self.go_to(max(0, self._index - 1))

    # --- what they did ---------------------------------------------------------------------

    def recorded(self, spans: Sequence[Span], seconds: float) -> Answer:
        """The current question answered with a recording (a new take replaces the last)."""
        if seconds < MIN_ANSWER_SECONDS:
            raise InterviewError("nothing was recorded")
        if seconds > MAX_ANSWER_SECONDS:
            raise InterviewError("the recording is longer than an answer can be")
        before = self.answer()
        text = " ".join(s.text for s in spans)
        return self._set(
            replace(
                before,
                state=AnswerState.RECORDED,
                text=text,
                spans=tuple(spans),
                seconds=round(seconds, 3),
                take=before.take + 1,
            )
        )

    def typed(self, text: str) -> Answer:
        """The current question answered in writing."""
        words = text.strip()
        if not words:
            raise InterviewError("the answer is empty")
        if len(words) > MAX_TYPED_CHARS:
            raise InterviewError(f"a written answer can be at most {MAX_TYPED_CHARS} characters")
        before = self.answer()
        return self._set(
            replace(before, state=AnswerState.TYPED, text=words, spans=(), seconds=0.0)
        )

    def skip(self) -> Question | None:
        """Leave the current question unanswered (an earlier answer to it is dropped) and
        move on; returns the next question, or None at the end."""
        self._set(Answer(self.current, AnswerState.SKIPPED, take=self.answer().take))
        return self.next()

    def re_record(self) -> Answer:
        """Back to asking the current question; the caller records a new take."""
        before = self.answer()
        return self._set(Answer(self.current, take=before.take, sealed=before.sealed))

    def set_sealed(self, sealed: bool) -> Answer:
        """Seal (or unseal) the current answer until the family opens it."""
        if not self.current.for_later:
            raise InterviewError("only a message for a later moment can be sealed")
        return self._set(replace(self.answer(), sealed=sealed))

    def _set(self, answer: Answer) -> Answer:
        self._answers[answer.question.id] = answer
        return answer

    def _first_open(self) -> int:
        for index, question in enumerate(self.questions):
            if self._answers[question.id].state is AnswerState.PENDING:
                return index
        return 0
