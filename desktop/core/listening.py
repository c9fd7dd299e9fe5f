"""Listening lines: what the portrait says when neither their own words nor the language model
have something right to say. Short, in a parent's voice, by what the person is talking about,
from a bank written per language (`desktop/data/listening/<language>.json`).

Pure (reads package data). A line is never said twice in one conversation while an unused one
of the same topic remains; the choice among unused lines is fixed by a seed, so a conversation
replays exactly.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

from desktop.core.language import CHINESE, ENGLISH, base_language, is_cjk
from desktop.core.stemming import stem
from desktop.core.text_similarity import most_similar, units
from desktop.core.word_bounds import sentences

SILENCE = "silence"
GENERIC = "generic"
MEMORY = "memory"  # a memory shared is met as a memory first, whatever else it mentions
PEOPLE = frozenset({"dad", "partner", "children"})  # then the people in it
_WORD = re.compile(r"[a-z0-9']+")
_DEFAULT_ADDRESS = {ENGLISH: "love", CHINESE: "孩子"}
ECHO = 0.6  # a sentence this similar to one already said ("What else is growing?") is not new


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    cues: tuple[str, ...]
    lines: tuple[str, ...]
    questions: tuple[str, ...] = ()  # gentle questions that stand alone


@dataclass(frozen=True, slots=True)
class Bank:
    language: str
    topics: tuple[Topic, ...]

    def topic(self, name: str) -> Topic:
        return next(t for t in self.topics if t.name == name)


@functools.cache
def load_bank(language: str) -> Bank:
    """The shipped bank for `language` ("zh" for Chinese, English otherwise)."""
    code = CHINESE if base_language(language) == CHINESE else ENGLISH
    text = resources.files("desktop").joinpath(f"data/listening/{code}.json").read_text("utf-8")
    raw = json.loads(text)
    topics = tuple(
        Topic(name, tuple(body["cues"]), tuple(body["lines"]), tuple(body.get("questions", ())))
        for name, body in raw["topics"].items()
    )
    return Bank(code, topics)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def is_silence_like(text: str, language: str = ENGLISH) -> bool:
    """ "mm", "...", "ok", "嗯", "……": a turn that says nothing yet."""
    bank = load_bank(language)
    cues = set(bank.topic(SILENCE).cues) | set(load_bank(ENGLISH).topic(SILENCE).cues)
    stripped = text.strip().lower()
    if not any(ch.isalnum() for ch in stripped):
        return True  # only dots, dashes, an ellipsis
    core = re.sub(r"[\s.,!?。，！？…~-]+", " ", stripped).strip()
    if core in cues:
        return True
    words = core.split()
    return len(words) <= 2 and all(
        w in cues or re.fullmatch(r"m+|h?m+|u+h*|e+r*m*", w) for w in words
    )


def _hits(topic: Topic, text: str, words: list[str], stems: set[str]) -> int:
    hits = 0
    for cue in topic.cues:
        if any(is_cjk(c) for c in cue):
            hits += cue in text
        elif " " in cue or "'" in cue:
            hits += f" {cue} " in f" {' '.join(words)} "
        else:
            stemmed = stem(cue)
            hits += cue in words or (len(stemmed) >= 4 and stemmed in stems)
    return hits


def topics_of(text: str, language: str) -> list[str]:
    """The topics `text` touches, most cues first (ties: the bank's order); [silence] for a
    silence-like turn; [generic] when nothing is recognised."""
    bank = load_bank(language)
    if is_silence_like(text, language):
        return [SILENCE]
    words = _words(text)
    stems = {stem(w) for w in words}
    scored = [
        (
            hits * (3 if topic.name == MEMORY else 1.5 if topic.name in PEOPLE else 1),
            -index,
            topic.name,
        )
        for index, topic in enumerate(bank.topics)
        if topic.name not in (SILENCE, GENERIC) and (hits := _hits(topic, text, words, stems)) > 0
    ]
    scored.sort(reverse=True)
    return [name for _h, _i, name in scored] or [GENERIC]


def fill(line: str, address: str, language: str) -> str:
    """The line with how the portrait addressed them ("love", their name) put in."""
    code = CHINESE if base_language(language) == CHINESE else ENGLISH
    return line.replace("{love}", address or _DEFAULT_ADDRESS[code])


class ListeningLines:
    """Chooses listening lines for one conversation. Not thread-safe: one conversation's
    responder thread."""

    def __init__(self, language: str, address: str = "", seed: int = 0) -> None:
        self.bank = load_bank(language)
        self.address = address
        self.seed = seed
        self._used: list[str] = []
        self._last_topics: list[str] = []

    def topics(self, text: str) -> list[str]:
        """`text`'s topics; a turn that names none goes on with the last one's ("What should
        I do?" after the job offer, "She asked if you can see her" after the grandchild)."""
        found = topics_of(text, self.bank.language)
        if found == [GENERIC] and self._last_topics:
            return self._last_topics
        if found != [SILENCE]:
            self._last_topics = [t for t in found if t != GENERIC]
        return found

    def heard(self, text: str) -> None:
        """A turn answered some other way (a saying, the model): its topics still carry on."""
        self.topics(text)

    def mark_used(self, line: str) -> None:
        self._used.append(line)

    def snapshot(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What the choices depend on, to be put back by `restore` (a reply looked at ahead)."""
        return tuple(self._used), tuple(self._last_topics)

    def restore(self, state: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
        self._used, self._last_topics = list(state[0]), list(state[1])

    def forget(self, line: str) -> None:
        """A line chosen but not said after all: unused again."""
        for i in range(len(self._used) - 1, -1, -1):
            if self._used[i] == line:
                del self._used[i]
                return

    def line(self, text: str, turn: int = 0) -> str:
        """A line that fits `text`: from its best topic with an unused line, else the generic
        ones; when everything was said, the one said longest ago."""
        names = [*self.topics(text), GENERIC]
        for name in dict.fromkeys(names):
            fresh = [ln for ln in self.bank.topic(name).lines if self._new(self._filled(ln))]
            if fresh:
                chosen = self._filled(fresh[(self.seed + turn) % len(fresh)])
                self._used.append(chosen)
                return chosen
        lines = [self._filled(ln) for ln in self.bank.topic(GENERIC).lines]
        chosen = min(lines, key=self._last_use)
        self._used.append(chosen)
        return chosen

    def question(self, text: str, turn: int = 0) -> str | None:
        """A gentle question that fits `text` ("What happened?"), to follow a short generated
        reply; never one already asked in this conversation."""
        for name in dict.fromkeys([*self.topics(text), GENERIC]):
            fresh = [self._filled(q) for q in self.bank.topic(name).questions]
            fresh = [q for q in fresh if self._new(q)]
            if fresh:
                chosen = fresh[(self.seed + turn) % len(fresh)]
                self._used.append(chosen)
                return chosen
        return None

    def _new(self, line: str) -> bool:
        """Neither the line nor any of its sentences (nearly) said before in this conversation:
        a question that followed one reply does not come back inside the next."""
        if line in self._used:
            return False
        said = [s for used in self._used for s in sentences(used)]
        return all(
            len(units(s)) < 4 or most_similar(s, said) < ECHO  # "I'm here." may come again
            for s in sentences(line)
        )

    def _filled(self, line: str) -> str:
        return fill(line, self.address, self.bank.language)

    def _last_use(self, line: str) -> int:
        return max((i for i, used in enumerate(self._used) if used == line), default=-1)
