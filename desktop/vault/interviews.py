"""Interview answers in the vault: each with its real recording, its words, and its seal.

An answer is saved as soon as it is given (a sitting can stop at any time and nothing is lost),
in one transaction with its clip and the sayings transcribed from it (each with its time span).
Saving an answer again (a new take) replaces the old one, clip and sayings included. A sealed
message for a later moment keeps its words on the answer only: nothing of it reaches the
conversation until the family opens it, which adds its sayings then.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from desktop.core.interview import KeptAnswer, Span
from desktop.core.interview_match import AnsweredQuestion
from desktop.core.interview_questions import Moment, Question, QuestionSet
from desktop.core.persona import MediaKind, SayingCaution, SayingKind, SourceKind
from desktop.core.word_bounds import fits_a_saying, pieces
from desktop.vault.database import Vault
from desktop.vault.personas import NewSaying, PersonaStore


@dataclass(frozen=True, slots=True)
class AnswerClip:
    """The recording of an answer as it is kept: a file `decode_audio_file` reads."""

    filename: str
    data: bytes
    seconds: float


@dataclass(frozen=True, slots=True)
class NewAnswer:
    """An answer about to be saved."""

    question: Question
    language: str
    text: str  # the transcript, or the written answer
    spans: tuple[Span, ...] = ()
    clip: AnswerClip | None = None
    sealed: bool = False
    confirmed: bool = True  # the person saw the transcript (or wrote the words)

    @property
    def typed(self) -> bool:
        return self.clip is None


def _never(_text: str) -> bool:
    return False


def answer_words(
    text: str, spans: Iterable[Span], recorded: bool, confirmed: bool
) -> list[NewSaying]:
    """The sayings of an answer: each transcribed sentence with its span in the recording (a
    memory when too long to be said), or the written words."""
    out: list[NewSaying] = []
    if recorded:
        for span in spans:
            kind = SayingKind.SAYING if fits_a_saying(span.text) else SayingKind.MEMORY
            out.append(
                NewSaying(
                    kind,
                    span.text,
                    SourceKind.CLIP,
                    confirmed=confirmed,
                    clip_index=0,
                    clip_start_s=span.start_s,
                    clip_end_s=span.end_s,
                )
            )
        return out
    words = " ".join(text.split())
    if fits_a_saying(words):
        return [NewSaying(SayingKind.SAYING, words, SourceKind.TYPED, confirmed=confirmed)]
    return [
        NewSaying(SayingKind.MEMORY, p, SourceKind.TYPED, confirmed=confirmed)
        for p in pieces(words)
    ]


def _marked(words: list[NewSaying], invites: Callable[[str], bool]) -> list[NewSaying]:
    return [
        replace(w, caution=SayingCaution.MARKED)
        if w.kind is SayingKind.SAYING and invites(w.text)
        else w
        for w in words
    ]


class InterviewStore:
    """Thread-safe through the vault's lock; calls may come from a worker thread."""

    def __init__(self, vault: Vault, personas: PersonaStore) -> None:
        self._vault = vault
        self._personas = personas

    def save(
        self,
        persona_id: int,
        answer: NewAnswer,
        supplied_by: str,
        now: datetime,
        invites: Callable[[str], bool] = _never,
    ) -> int:
        """Keep an answer (replacing an earlier one to the same question); returns its id."""
        question = answer.question
        with self._vault.transaction() as cur:
            self._remove(cur, persona_id, question.id)
            clip_id = None
            if answer.clip is not None:
                clip_id = self._personas.add_media(
                    cur,
                    persona_id,
                    MediaKind.CLIP,
                    answer.clip.filename,
                    answer.clip.data,
                    supplied_by,
                    now,
                    answer.clip.seconds,
                )
            sealed = answer.sealed and question.for_later
            answer_id = self.insert(
                cur,
                KeptAnswer(
                    id=0,
                    persona_id=persona_id,
                    question_id=question.id,
                    topic=question.topic,
                    question=question.text,
                    language=answer.language,
                    moment=question.moment,
                    clip_id=clip_id,
                    text=answer.text.strip(),
                    typed=answer.typed,
                    spans=answer.spans,
                    sealed=sealed,
                    recorded_at=now,
                ),
            )
            if not sealed:
                words = answer_words(answer.text, answer.spans, not answer.typed, answer.confirmed)
                self._add_words(
                    cur, persona_id, answer_id, clip_id, words, supplied_by, now, invites
                )
        return answer_id

    @staticmethod
    def insert(cur: Any, kept: KeptAnswer) -> int:
        """Insert an answer row as it is given (inside the caller's transaction); its id,
        persona and clip are the row's. Returns the new id."""
        cur.execute(
            "INSERT INTO interview_answer (persona_id, question_id, topic, question, language, "
            "moment, clip_id, text, typed, spans, sealed, opened_at, recorded_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                kept.persona_id,
                kept.question_id,
                kept.topic,
                kept.question,
                kept.language,
                kept.moment.value,
                kept.clip_id,
                kept.text,
                int(kept.typed),
                spans_to_json(kept.spans),
                int(kept.sealed),
                kept.opened_at.isoformat() if kept.opened_at else None,
                kept.recorded_at.isoformat(),
            ),
        )
        return int(cur.lastrowid)

    def _add_words(
        self,
        cur: Any,
        persona_id: int,
        answer_id: int,
        clip_id: int | None,
        words: list[NewSaying],
        supplied_by: str,
        now: datetime,
        invites: Callable[[str], bool],
    ) -> None:
        linked = [replace(w, answer_id=answer_id) for w in _marked(words, invites)]
        clips = [clip_id] if clip_id is not None else None
        self._personas.add_sayings(cur, persona_id, linked, supplied_by, now, clips)

    @staticmethod
    def _remove(cur: Any, persona_id: int, question_id: str) -> None:
        """An earlier answer to the question, its clip and its sayings."""
        cur.execute(
            "SELECT id, clip_id FROM interview_answer WHERE persona_id = ? AND question_id = ?",
            (persona_id, question_id),
        )
        row = cur.fetchone()
        if row is None:
            return
        cur.execute("DELETE FROM saying WHERE answer_id = ?", (row[0],))
        cur.execute("DELETE FROM interview_answer WHERE id = ?", (row[0],))
        if row[1] is not None:
            cur.execute("DELETE FROM media WHERE id = ?", (row[1],))

    def delete(self, answer_id: int) -> None:
        """Remove an answer with its recording and its sayings."""
        rows = self._vault.query(
            "SELECT persona_id, question_id FROM interview_answer WHERE id = ?", (answer_id,)
        )
        if rows:
            with self._vault.transaction() as cur:
                self._remove(cur, int(rows[0][0]), str(rows[0][1]))

    def answers(self, persona_id: int, sealed: bool | None = None) -> list[KeptAnswer]:
        """The answers kept for a persona, in the order they were recorded."""
        sql = _COLUMNS + " WHERE persona_id = ?"
        params: tuple[Any, ...] = (persona_id,)
        if sealed is not None:
            sql += " AND sealed = ?"
            params += (int(sealed),)
        return [_kept(r) for r in self._vault.query(sql + " ORDER BY id", params)]

    def get(self, answer_id: int) -> KeptAnswer:
        rows = self._vault.query(_COLUMNS + " WHERE id = ?", (answer_id,))
        if not rows:
            raise LookupError(f"no interview answer {answer_id}")
        return _kept(rows[0])

    def open_sealed(
        self,
        answer_id: int,
        supplied_by: str,
        now: datetime,
        invites: Callable[[str], bool] = _never,
    ) -> KeptAnswer:
        """The family opens a sealed message (after their confirmation): from now on it can
        be played, and its words join the persona's."""
        kept = self.get(answer_id)
        if not kept.sealed:
            return kept
        words = answer_words(kept.text, kept.spans, not kept.typed, True)
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE interview_answer SET sealed = 0, opened_at = ? WHERE id = ? AND sealed = 1",
                (now.isoformat(), answer_id),
            )
            if cur.rowcount:
                self._add_words(
                    cur, kept.persona_id, answer_id, kept.clip_id, words, supplied_by, now, invites
                )
        return self.get(answer_id)

    def set_sealed(
        self,
        answer_id: int,
        sealed: bool,
        supplied_by: str,
        now: datetime,
        invites: Callable[[str], bool] = _never,
    ) -> KeptAnswer:
        """The person changes their mind about sealing a message for a later moment: sealed,
        its words leave the conversation; unsealed, they join it (it was never "opened")."""
        kept = self.get(answer_id)
        if kept.sealed == sealed or (sealed and not kept.for_later):
            return kept
        with self._vault.transaction() as cur:
            cur.execute(
                "UPDATE interview_answer SET sealed = ? WHERE id = ?", (int(sealed), answer_id)
            )
            cur.execute("DELETE FROM saying WHERE answer_id = ?", (answer_id,))
            if not sealed:
                words = answer_words(kept.text, kept.spans, not kept.typed, True)
                self._add_words(
                    cur, kept.persona_id, answer_id, kept.clip_id, words, supplied_by, now, invites
                )
        return self.get(answer_id)

    def answered_questions(
        self, persona_id: int, question_sets: Iterable[QuestionSet]
    ) -> list[AnsweredQuestion]:
        """The open answers by the ways their question can be asked, in every language the
        question sets have (a question's id is the same in all of them)."""
        sets = list(question_sets)
        out = []
        for kept in self.answers(persona_id, sealed=False):
            phrasings = [kept.question]
            for question_set in sets:
                question = question_set.question(kept.question_id)
                if question is not None:
                    phrasings += [question.text, *question.asks]
            out.append(AnsweredQuestion(kept.id, kept.question_id, tuple(dict.fromkeys(phrasings))))
        return out


_COLUMNS = (
    "SELECT id, persona_id, question_id, topic, question, language, moment, clip_id, text, "
    "typed, spans, sealed, recorded_at, opened_at FROM interview_answer"
)


def spans_to_json(spans: Iterable[Span]) -> str:
    return json.dumps([[s.start_s, s.end_s, s.text] for s in spans], ensure_ascii=False)


def spans_from_json(text: str) -> tuple[Span, ...]:
    """Spans as kept on an answer. Raises ValueError for anything else."""
    raw: Any = json.loads(text or "[]")
    if not isinstance(raw, list):
        raise ValueError("spans are not a list")
    out = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[2], str)):
            raise ValueError("a span is not [start, end, text]")
        out.append(Span(float(item[0]), float(item[1]), item[2]))
    return tuple(out)


def _kept(r: tuple[Any, ...]) -> KeptAnswer:
    return KeptAnswer(
        id=int(r[0]),
        persona_id=int(r[1]),
        question_id=str(r[2]),
        topic=str(r[3]),
        question=str(r[4]),
        language=str(r[5]),
        moment=Moment(r[6]),
        clip_id=r[7],
        text=str(r[8]),
        typed=bool(r[9]),
        spans=spans_from_json(r[10]),
        sealed=bool(r[11]),
        recorded_at=datetime.fromisoformat(r[12]),
        opened_at=datetime.fromisoformat(r[13]) if r[13] else None,
    )
