"""Guided exercises: what each asks, enabled in the therapist's signed policy (a change outside
Keepsake shows), and what the person writes reaching the journal as one entry."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.care.exercise_store import ExerciseStore
from desktop.care.exercises import REFLECTION, SPECS, Exercise, entry_body, with_name
from desktop.care.policy import UsagePolicy, enabled_exercises, evaluate, has_limits
from desktop.care.policy_codec import policy_from_json, policy_to_json
from desktop.care.store import CareStore
from desktop.care.therapist import TherapistMode
from desktop.care.wording import describe_policy
from desktop.core.clock import ManualClock
from desktop.core.errors import ExerciseNotEnabledError
from desktop.vault.database import Vault
from desktop.vault.journal import Journal

KEY = b"\x44" * 32
PIN = "246802"
START = datetime(2026, 11, 23, 10, tzinfo=UTC)


def test_each_exercise_ends_with_a_short_reflection() -> None:
    assert set(SPECS) == set(Exercise)
    for spec in SPECS.values():
        assert spec.steps[-1] is REFLECTION and spec.steps
    headings = [s.heading for s in SPECS[Exercise.IMAGINED_CONVERSATION].steps]
    assert headings == [
        "What I want to tell you",
        "What I imagine you answer",
        "What I want to keep",
        "A short reflection",
    ]
    assert with_name(SPECS[Exercise.LETTER].purpose, "Mum") == (
        "Write a letter to Mum. The prompts are only there if they help."
    )


def test_the_journal_entry_holds_each_part_under_its_heading() -> None:
    spec = SPECS[Exercise.IMAGINED_CONVERSATION]
    body = entry_body(spec, ["I miss you.", "I know, love.", "", "Lighter."], "Mum")
    assert body == (
        "What I want to tell you\nI miss you.\n\nWhat I imagine you answer\nI know, love.\n\n"
        "A short reflection\nLighter."
    )
    with pytest.raises(ValueError):
        entry_body(spec, ["only one"], "Mum")


def test_exercises_are_part_of_the_policy_and_its_canonical_text() -> None:
    policy = UsagePolicy(
        sessions_per_week=2, exercises=(Exercise.LETTER, Exercise.IMAGINED_CONVERSATION)
    )
    text = policy_to_json(policy)
    assert json.loads(text)["exercises"] == ["imagined-conversation", "letter"]
    back = policy_from_json(text)
    assert set(back.exercises) == set(policy.exercises)
    assert policy_to_json(back) == text
    # a policy saved before exercises existed keeps its exact bytes (its signature holds)
    old = UsagePolicy(sessions_per_week=2)
    assert "exercises" not in policy_to_json(old)
    assert policy_from_json(policy_to_json(old)) == old
    with pytest.raises(ValueError):
        policy_from_json(text.replace("letter", "hypnosis"))
    only_exercises = UsagePolicy(exercises=(Exercise.MEMORY,))
    assert not has_limits(only_exercises) and has_limits(policy)
    assert evaluate(only_exercises, [], START).allowed
    assert describe_policy(only_exercises, START) == [
        "No usage limits are set.",
        "Guided exercises the person can start: A memory.",
    ]
    assert enabled_exercises(None) == ()


def _mode(path: Path) -> tuple[Vault, TherapistMode, ManualClock]:
    clock = ManualClock(START)
    vault = Vault.open(path, KEY)
    mode = TherapistMode(CareStore(vault), clock)
    mode.set_pin(PIN)
    mode.set_policy(UsagePolicy(exercises=(Exercise.LETTER,)), PIN)
    return vault, mode, clock


def test_an_exercise_enabled_outside_keepsake_shows_and_none_can_start(tmp_path: Path) -> None:
    vault, mode, _clock = _mode(tmp_path / "v.db")
    assert enabled_exercises(mode.applied().policy) == (Exercise.LETTER,)
    with vault.transaction() as cur:  # someone with the vault's key enables another one
        cur.execute(
            'UPDATE care_policy SET body = replace(body, \'"letter"\', \'"letter","memory"\')'
        )
    applied = mode.applied()
    assert applied.tampered and applied.changed_outside_at is not None
    assert enabled_exercises(applied.policy) == ()
    with pytest.raises(ExerciseNotEnabledError):
        ExerciseStore(vault).start(
            Exercise.MEMORY, enabled_exercises(applied.policy), None, "Mum", START
        )
    mode.set_policy(UsagePolicy(exercises=(Exercise.MEMORY,)), PIN)  # the therapist's PIN
    assert enabled_exercises(mode.applied().policy) == (Exercise.MEMORY,)
    vault.close()


def test_an_exercise_runs_and_its_words_reach_the_journal(tmp_path: Path) -> None:
    vault, mode, clock = _mode(tmp_path / "v.db")
    store = ExerciseStore(vault)
    enabled = enabled_exercises(mode.applied().policy)
    with pytest.raises(ExerciseNotEnabledError):
        store.start(Exercise.MEMORY, enabled, None, "Mum", clock.now())
    run = store.start(Exercise.LETTER, enabled, None, "Mum", clock.now(), mood_before=2)
    clock.advance(20 * 60)
    entry = store.finish(run, ["Dear Mum, the garden is full of roses.", "Calmer."], clock.now(), 3)
    [written] = Journal(vault).entries()
    assert written.id == entry and written.title == "A letter · Mum"
    assert written.body == "My letter\nDear Mum, the garden is full of roses.\n\n" + (
        "A short reflection\nCalmer."
    )
    [done] = store.runs()
    assert done.finished and (done.mood_before, done.mood_after) == (2, 3)
    assert done.ended_at == START + timedelta(minutes=20) and done.journal_entry_id == entry
    nothing = store.start(Exercise.LETTER, enabled, None, "Mum", clock.now())
    assert store.finish(nothing, ["", ""], clock.now()) is None  # nothing written, no entry
    assert len(Journal(vault).entries()) == 1 and store.run(nothing).finished
    vault.close()
