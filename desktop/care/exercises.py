"""Guided exercises a therapist can enable: what each asks, step by step, and how what the
person writes becomes one journal entry.

- The imagined conversation follows the structure of the imaginal conversation in Complicated
  Grief Treatment (Shear et al., 2005; 2016): the person speaks to the one who died, then
  answers as they imagine them answering, then says what they want to keep.
- A letter with prompts, and a memory with prompts (a place, the senses, what they said).

Each ends with a short reflection. The words stay in the journal; the therapist's report shows
an exercise by name and date, and its words only when the person ticks it. The texts are
marked for translation with `tr_noop`; the UI translates them. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum


def tr_noop(text: str) -> str:
    """Marks a text for translation (scripts/update_translations.py finds it); the UI
    translates it when it is shown."""
    return text


Translate = Callable[[str], str]


class Exercise(StrEnum):
    IMAGINED_CONVERSATION = "imagined-conversation"
    LETTER = "letter"
    MEMORY = "memory"


@dataclass(frozen=True, slots=True)
class Step:
    heading: str  # also the heading of this part in the journal entry
    prompts: tuple[str, ...]  # quiet questions beside the writing space; `{name}` is them


@dataclass(frozen=True, slots=True)
class ExerciseSpec:
    exercise: Exercise
    name: str
    purpose: str
    steps: tuple[Step, ...]  # the reflection is the last step


REFLECTION = Step(
    tr_noop("A short reflection"),
    (
        tr_noop("How do you feel now, compared with before you began?"),
        tr_noop("Is there one thing from this you would like to take with you?"),
    ),
)

SPECS: dict[Exercise, ExerciseSpec] = {
    Exercise.IMAGINED_CONVERSATION: ExerciseSpec(
        Exercise.IMAGINED_CONVERSATION,
        tr_noop("An imagined conversation"),
        tr_noop(
            "Picture {name} with you, listening, and talk with them in three parts. Take "
            "your time; you can stop whenever you want."
        ),
        (
            Step(
                tr_noop("What I want to tell you"),
                (
                    tr_noop("What do you want {name} to know?"),
                    tr_noop("What has happened since they died? What do you miss?"),
                    tr_noop("Is there something you wish you had said, or had not said?"),
                ),
            ),
            Step(
                tr_noop("What I imagine you answer"),
                (
                    tr_noop("Now answer as you imagine {name} answering you."),
                    tr_noop("What would they say? How would they say it?"),
                    tr_noop("There is no wrong answer."),
                ),
            ),
            Step(
                tr_noop("What I want to keep"),
                (
                    tr_noop("What do you want to keep from this conversation?"),
                    tr_noop("What of {name} do you carry with you?"),
                ),
            ),
            REFLECTION,
        ),
    ),
    Exercise.LETTER: ExerciseSpec(
        Exercise.LETTER,
        tr_noop("A letter"),
        tr_noop("Write a letter to {name}. The prompts are only there if they help."),
        (
            Step(
                tr_noop("My letter"),
                (
                    tr_noop("Dear {name}, ..."),
                    tr_noop("What I want you to know about my life now"),
                    tr_noop("What I miss about you"),
                    tr_noop("What I am grateful for"),
                    tr_noop("What I wish I had said"),
                    tr_noop("How I will carry you with me"),
                ),
            ),
            REFLECTION,
        ),
    ),
    Exercise.MEMORY: ExerciseSpec(
        Exercise.MEMORY,
        tr_noop("A memory"),
        tr_noop("Write down one memory of {name}, as fully as you can."),
        (
            Step(
                tr_noop("The memory"),
                (
                    tr_noop("Where were you, and when?"),
                    tr_noop("What could you see, hear, smell?"),
                    tr_noop("What did {name} say or do?"),
                ),
            ),
            Step(
                tr_noop("What it means to me"),
                (
                    tr_noop("Why does this memory matter to you?"),
                    tr_noop("What does it tell you about them, or about you?"),
                ),
            ),
            REFLECTION,
        ),
    ),
}

ALL_EXERCISES = tuple(Exercise)


def _same(text: str) -> str:
    return text


def with_name(text: str, name: str) -> str:
    return text.replace("{name}", name)


def entry_title(spec: ExerciseSpec, name: str, tr: Translate = _same) -> str:
    return tr("{0} · {1}").format(tr(spec.name), name)


def entry_body(spec: ExerciseSpec, parts: Sequence[str], name: str, tr: Translate = _same) -> str:
    """The journal entry: each step's heading and what the person wrote (steps left empty
    are left out)."""
    if len(parts) != len(spec.steps):
        raise ValueError(f"{spec.name} has {len(spec.steps)} parts, got {len(parts)}")
    blocks = [
        f"{with_name(tr(step.heading), name)}\n{text.strip()}"
        for step, text in zip(spec.steps, parts, strict=True)
        if text.strip()
    ]
    return "\n\n".join(blocks)


def reflection_of(spec: ExerciseSpec, parts: Sequence[str]) -> str:
    return parts[len(spec.steps) - 1].strip() if len(parts) == len(spec.steps) else ""
