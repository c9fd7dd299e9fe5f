"""Where guided exercises live in the vault: each run (which exercise, when, the mood check-ins
before and after) and, once finished, the journal entry that holds what the person wrote.
Thin persistence; what each exercise asks is in `exercises.py`. Any thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.care.exercises import SPECS, Exercise, Translate, entry_body, entry_title
from desktop.core.errors import ExerciseNotEnabledError
from desktop.vault.database import Vault
from desktop.vault.journal import insert_entry


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class ExerciseRun:
    id: int
    exercise: Exercise
    persona_id: int | None
    persona_name: str
    started_at: datetime
    ended_at: datetime | None
    mood_before: int | None
    mood_after: int | None
    journal_entry_id: int | None

    @property
    def finished(self) -> bool:
        return self.ended_at is not None


class ExerciseStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def start(
        self,
        exercise: Exercise,
        enabled: Sequence[Exercise],
        persona_id: int | None,
        persona_name: str,
        now: datetime,
        mood_before: int | None = None,
    ) -> int:
        """Begin a run of an exercise the therapist enabled (ExerciseNotEnabledError else)."""
        if exercise not in enabled:
            raise ExerciseNotEnabledError(exercise.value)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO exercise_run (exercise, persona_id, persona_name, started_at, "
                "mood_before) VALUES (?, ?, ?, ?, ?)",
                (exercise.value, persona_id, persona_name, now.isoformat(), mood_before),
            )
            return int(cur.lastrowid)

    def finish(
        self,
        run_id: int,
        parts: Sequence[str],
        now: datetime,
        mood_after: int | None = None,
        tr: Translate = _same,
    ) -> int | None:
        """End a run: what was written (one text per step, the reflection last) becomes one
        journal entry, in the same transaction. Returns the entry's id (None: nothing was
        written, so no entry)."""
        run = self.run(run_id)
        spec = SPECS[run.exercise]
        body = entry_body(spec, parts, run.persona_name, tr)
        with self.vault.transaction() as cur:
            entry_id = None
            if body:
                title = entry_title(spec, run.persona_name, tr)
                entry_id = insert_entry(cur, run.persona_id, title, body, now)
            cur.execute(
                "UPDATE exercise_run SET ended_at = ?, mood_after = ?, journal_entry_id = ? "
                "WHERE id = ?",
                (now.isoformat(), mood_after, entry_id, run_id),
            )
        return entry_id

    def run(self, run_id: int) -> ExerciseRun:
        found = [r for r in self.runs() if r.id == run_id]
        if not found:
            raise LookupError(f"no exercise run {run_id}")
        return found[0]

    def runs(self) -> list[ExerciseRun]:
        """Every run, oldest first (runs of an exercise this version does not know are
        left out)."""
        out = []
        for r in self.vault.query(
            "SELECT id, exercise, persona_id, persona_name, started_at, ended_at, mood_before, "
            "mood_after, journal_entry_id FROM exercise_run ORDER BY started_at, id"
        ):
            try:
                exercise = Exercise(r[1])
            except ValueError:
                continue
            out.append(
                ExerciseRun(
                    int(r[0]),
                    exercise,
                    r[2],
                    str(r[3]),
                    datetime.fromisoformat(r[4]),
                    datetime.fromisoformat(r[5]) if r[5] else None,
                    r[6],
                    r[7],
                    r[8],
                )
            )
        return out
