"""The portrait answers with the person's own interview recordings first.

When what the family says asks a question the person answered in "Record for my family" ("How
did you meet Dad?"), the reply is that answer: the real recording, whole, or the words they
wrote. Sealed messages are never offered until the family opens them. Used by the planner on
the engine's responder thread; it reads the vault on each turn, so an answer added or a
message opened during a call is found at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence

from desktop.core.interview import KeptAnswer
from desktop.core.interview_match import match_answer
from desktop.core.interview_questions import LANGUAGES, QuestionSet, load_question_set
from desktop.core.persona import Persona
from desktop.vault.interviews import InterviewStore

RECENT_ANSWERS = 3  # the same answer is not played again within this many of them


def _never(_text: str) -> bool:
    return False


class InterviewAnswers:
    """The persona's open interview answers, matched against what the family says."""

    def __init__(
        self,
        interviews: InterviewStore,
        persona: Persona,
        question_sets: Sequence[QuestionSet] | None = None,
        invites: Callable[[str], bool] = _never,
    ) -> None:
        self.interviews = interviews
        self.persona = persona
        self.question_sets = (
            tuple(question_sets)
            if question_sets is not None
            else tuple(load_question_set(language) for language in LANGUAGES)
        )
        self.invites = invites
        self._recent: deque[int] = deque(maxlen=RECENT_ANSWERS)

    def answer_for(self, asked: str) -> KeptAnswer | None:
        """The open answer to the question `asked` asks, if the person answered it (not one
        just played, nor one with words that could read as an invitation to join them)."""
        answered = [
            a
            for a in self.interviews.answered_questions(self.persona.id, self.question_sets)
            if a.answer_id not in self._recent
        ]
        if not answered:
            return None
        names = (self.persona.details.name, self.persona.details.called)
        found = match_answer(asked, answered, [n for n in names if n])
        if found is None:
            return None
        kept = self.interviews.get(found.answer_id)
        if kept.sealed or not kept.text.strip() or self.invites(kept.text):
            return None
        if any(self.invites(span.text) for span in kept.spans):
            return None
        self._recent.append(kept.id)
        return kept
