"""The guided interview's questions, per language, shipped in `desktop/data/interview/`.

A question set has topics (childhood, how they met, work, advice, the sayings they are known
for, messages for later moments); each question has the text the interviewer asks and a few
ways the family might ask the same thing later ("How did you meet Dad?"), which is how a later
question finds the recorded answer. A question for a later moment (a wedding, a first child, a
hard day) says which moment; its answer can be sealed until the family opens it.

The files are validated as a schema when loaded (ids unique, texts present); a broken set is a
`ValueError`, which the shipped sets' test rules out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from typing import Any

FORMAT_NAME, FORMAT_VERSION = "keepsake-interview", 1
LANGUAGES = ("en", "zh")
MAX_TEXT = 400


class Moment(StrEnum):
    """A later moment an answer is meant for."""

    NONE = ""
    WEDDING = "wedding"
    FIRST_CHILD = "first-child"
    HARD_DAY = "hard-day"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # "met.first": stable across languages
    topic: str
    text: str
    asks: tuple[str, ...] = ()
    moment: Moment = Moment.NONE

    @property
    def for_later(self) -> bool:
        """A message for a later moment: it may be sealed until the family opens it."""
        return self.moment is not Moment.NONE


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class QuestionSet:
    language: str
    topics: tuple[Topic, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for t in self.topics for q in t.questions)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def of_topics(self, topic_ids: tuple[str, ...]) -> tuple[Question, ...]:
        """The questions of the chosen topics, in the set's order (all when none is chosen)."""
        chosen = set(topic_ids)
        return tuple(q for t in self.topics if not chosen or t.id in chosen for q in t.questions)


def language_of(tag: str) -> str:
    """The question set for a BCP-47-ish tag: "zh-CN" -> "zh"; anything unknown -> "en"."""
    base = tag.lower().replace("_", "-").split("-", 1)[0]
    return base if base in LANGUAGES else "en"


def load_question_set(language: str) -> QuestionSet:
    """The shipped questions for `language` (English when there is no set for it)."""
    name = f"data/interview/{language_of(language)}.json"
    return parse_question_set(resources.files("desktop").joinpath(name).read_text("utf-8"))


def parse_question_set(text: str) -> QuestionSet:
    """A question set from its JSON. Raises ValueError for anything but a valid set."""
    raw: Any = json.loads(text)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise ValueError("not a Keepsake interview")
    if raw.get("version") != FORMAT_VERSION or raw.get("language") not in LANGUAGES:
        raise ValueError("an interview version or language Keepsake doesn't know")
    topics = tuple(_topic(t) for t in _list(raw.get("topics"), "topics"))
    ids = [q.id for t in topics for q in t.questions]
    if not ids or len(set(ids)) != len(ids) or len({t.id for t in topics}) != len(topics):
        raise ValueError("question and topic ids must be unique, and there must be questions")
    return QuestionSet(str(raw["language"]), topics)


def _topic(raw: Any) -> Topic:
    if not isinstance(raw, dict):
        raise ValueError("a topic must be an object")
    topic_id, title = _text(raw.get("id"), "topic id"), _text(raw.get("title"), "topic title")
    questions = tuple(_question(q, topic_id) for q in _list(raw.get("questions"), "questions"))
    return Topic(topic_id, title, questions)


def _question(raw: Any, topic: str) -> Question:
    if not isinstance(raw, dict) or not set(raw) <= {"id", "text", "asks", "moment"}:
        raise ValueError("a question must be an object with id, text, asks and moment")
    asks = tuple(_text(a, "a way of asking") for a in _list(raw.get("asks", []), "asks"))
    return Question(
        id=_text(raw.get("id"), "question id"),
        topic=topic,
        text=_text(raw.get("text"), "question text"),
        asks=asks,
        moment=Moment(raw.get("moment", "")),
    )


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{what} must be a list")
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise ValueError(f"{what} must be a short text")
    return value.strip()
