"""Care over time in the therapist's report: the self-check trend (only when the person ticks
it), the exercises done (by name and date; their words only when ticked), the mood check-ins
before and after, and the remembrance days kept. Also the report's first page, "at a glance",
which a therapist can read in a minute.

Pure apart from reading the vault through the stores it is given; any thread.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import mean
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from desktop.care.exercise_store import ExerciseRun, ExerciseStore
from desktop.care.exercises import SPECS, with_name
from desktop.care.instrument import INSTRUMENTS
from desktop.care.remembrance import DayKind
from desktop.care.remembrance_store import RemembranceStore, RitualVisit
from desktop.care.selfcheck import SelfCheckResult, band_name, instrument_name, trend_sentence
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.vault.database import Vault

if TYPE_CHECKING:
    from desktop.care.report import UsageReport

KIND_NAMES = {
    DayKind.BIRTHDAY: "birthday",
    DayKind.DEATH_ANNIVERSARY: "anniversary of the death",
    DayKind.QINGMING: "Qingming",
    DayKind.MOTHERS_DAY: "Mother's Day",
    DayKind.FATHERS_DAY: "Father's Day",
    DayKind.OWN: "a day of their own",
}


@dataclass(frozen=True, slots=True)
class ExerciseDone:
    run: ExerciseRun
    words: str = ""  # the journal entry's text, only when the person ticked it


@dataclass(frozen=True, slots=True)
class CareOverTime:
    selfchecks: tuple[SelfCheckResult, ...] = ()  # empty unless the person ticked it
    include_selfcheck: bool = False
    exercises: tuple[ExerciseDone, ...] = ()  # finished runs
    include_words: bool = False
    visits: tuple[RitualVisit, ...] = ()
    remembrance_words: tuple[tuple[RitualVisit, str], ...] = ()  # only when ticked


def gather_care(
    vault: Vault, include_selfcheck: bool = False, include_words: bool = False
) -> CareOverTime:
    """What the report shows of care over time, as the person chose."""
    entries = {}
    if include_words:
        from desktop.vault.journal import Journal

        entries = {e.id: e.body for e in Journal(vault).entries()}
    runs = [r for r in ExerciseStore(vault).runs() if r.finished]
    visits = tuple(RemembranceStore(vault).visits())
    return CareOverTime(
        tuple(SelfCheckStore(vault).results()) if include_selfcheck else (),
        include_selfcheck,
        tuple(
            ExerciseDone(r, entries.get(r.journal_entry_id or -1, "") if include_words else "")
            for r in runs
        ),
        include_words,
        visits,
        tuple(
            (v, entries[v.journal_entry_id])
            for v in visits
            if include_words and v.journal_entry_id in entries
        ),
    )


def exercise_name(run: ExerciseRun) -> str:
    return SPECS[run.exercise].name


def visit_name(visit: RitualVisit) -> str:
    return visit.label or KIND_NAMES[visit.kind]


def visit_what(visit: RitualVisit) -> str:
    if visit.journal_entry_id is not None:
        return "opened the quiet moment and wrote to them"
    if visit.opened_at is not None:
        return "opened the quiet moment"
    return "chose not today"


def _average(values: Sequence[int | None]) -> float | None:
    given = [v for v in values if v is not None]
    return round(mean(given), 1) if given else None


def _mood(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _mood_pair(before: Sequence[int | None], after: Sequence[int | None]) -> str:
    count = sum(1 for v in (*before, *after) if v is not None)
    if not count:
        return "no check-ins"
    return (
        f"{_mood(_average(before))} before, {_mood(_average(after))} after "
        f"({count} check-in{'s' if count != 1 else ''})"
    )


def _day(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%d %b %Y}"


def glance_html(report: UsageReport, care: CareOverTime) -> str:
    """The first page: everything in short, for a therapist's minute."""
    e, zone = html.escape, report.zone
    recent = report.weeks[-4:]
    parts = ["<h2>At a glance</h2><table width='100%'>"]

    def row(label: str, text: str) -> None:  # `text` is HTML already
        parts.append(f"<tr><th align='left' width='26%'>{e(label)}</th><td>{text}</td></tr>")

    if report.rows:
        per_week = mean(w.sessions for w in recent) if recent else 0.0
        row(
            "Conversations",
            e(
                f"{len(report.rows)} in all; {per_week:.1f} a week over the last "
                f"{len(recent)} week(s); the last on {_day(report.rows[-1].started_at, zone)}. "
            )
            + e(report.trend),
        )
    else:
        row("Conversations", "None yet.")
    row(
        "Mood check-ins (1 very low to 5 good)",
        e(
            "Conversations: "
            + _mood_pair([r.mood_before for r in report.rows], [r.mood_after for r in report.rows])
            + ". Exercises: "
            + _mood_pair(
                [d.run.mood_before for d in care.exercises],
                [d.run.mood_after for d in care.exercises],
            )
            + "."
        ),
    )
    if care.include_selfcheck:
        if care.selfchecks:
            last = care.selfchecks[-1]
            row(
                "Self-check",
                e(
                    f"{instrument_name(last.instrument)}: "
                    + ", ".join(
                        f"{s.total} ({_day(s.taken_at, zone)})" for s in care.selfchecks[-6:]
                    )
                    + f". {trend_sentence(list(care.selfchecks))} The latest is "
                    f"{band_name(last.band)}. A screening aid, not a diagnosis."
                ),
            )
        else:
            row("Self-check", "Included at the person's choice; none taken yet.")
    else:
        row("Self-check", "Not included (the person's choice).")
    if care.exercises:
        by_name: dict[str, list[str]] = {}
        for done in care.exercises:
            by_name.setdefault(exercise_name(done.run), []).append(_day(done.run.started_at, zone))
        row(
            "Guided exercises",
            "; ".join(e(f"{name}: {', '.join(days)}") for name, days in by_name.items())
            + (". Their words are included below." if care.include_words else "."),
        )
    else:
        row("Guided exercises", "None done.")
    if care.visits:
        row(
            "Remembrance days",
            "; ".join(
                e(f"{visit_name(v)}, {v.on_day:%d %b %Y}: {visit_what(v)}") for v in care.visits
            )
            + ".",
        )
    else:
        row("Remembrance days", "None kept yet.")
    if report.include_pauses:
        row("Safety pauses", e(f"{sum(w.pauses for w in report.weeks)} in all (counts only)."))
    if report.changes_outside:
        row("Changes outside Keepsake", e(" ".join(report.changes_outside)))
    parts.append("</table>")
    return "\n".join(parts)


def details_html(care: CareOverTime, zone: ZoneInfo) -> str:
    """After the weekly tables: the self-check results, the exercises, the remembrance days,
    and (only when ticked) the words."""
    e = html.escape
    parts: list[str] = []
    if care.include_selfcheck and care.selfchecks:
        instrument = INSTRUMENTS.get(care.selfchecks[-1].instrument)
        parts.append("<h2>Self-check</h2><table><tr><th>Date</th><th>Total</th><th>Band</th></tr>")
        for s in care.selfchecks:
            parts.append(
                f"<tr><td>{_day(s.taken_at, zone)}</td><td>{s.total}</td>"
                f"<td>{e(band_name(s.band))}</td></tr>"
            )
        parts.append("</table>")
        if instrument is not None:
            cuts = ", ".join(str(c.at_least) for c in instrument.scoring.cuts)
            parts.append(
                f"<p class='meta'>{e(instrument.name)}: totals {instrument.scoring.minimum} to "
                f"{instrument.scoring.maximum}; cut-offs at {e(cuts)}. "
                + e(" ".join(instrument.citations[:1]))
                + "</p>"
            )
    if care.exercises:
        parts.append(
            "<h2>Guided exercises</h2><table><tr><th>Date</th><th>Exercise</th><th>With</th>"
            "<th>Minutes</th><th>Mood before → after</th></tr>"
        )
        for done in care.exercises:
            run = done.run
            minutes = (run.ended_at - run.started_at).total_seconds() / 60 if run.ended_at else 0
            parts.append(
                f"<tr><td>{_day(run.started_at, zone)}</td><td>{e(exercise_name(run))}</td>"
                f"<td>{e(run.persona_name)}</td><td>{minutes:.0f}</td>"
                f"<td>{_mood(run.mood_before)} → {_mood(run.mood_after)}</td></tr>"
            )
        parts.append("</table>")
    if care.include_words:
        written = [d for d in care.exercises if d.words]
        if written or care.remembrance_words:
            parts.append("<h2>In the person's words (included at their choice)</h2>")
        for done in written:
            heading = f"{exercise_name(done.run)} · {_day(done.run.started_at, zone)}"
            parts.append(f"<h3>{e(heading)}</h3>")
            parts.append(_paragraphs(with_name(done.words, done.run.persona_name)))
        for visit, words in care.remembrance_words:
            parts.append(f"<h3>{e(f'{visit_name(visit)} · {visit.on_day:%d %b %Y}')}</h3>")
            parts.append(_paragraphs(words))
    return "\n".join(parts)


def _paragraphs(text: str) -> str:
    return "".join(
        "<p>" + html.escape(block).replace("\n", "<br>") + "</p>"
        for block in text.split("\n\n")
        if block.strip()
    )


def care_csv_rows(care: CareOverTime, zone: ZoneInfo) -> list[list[str]]:
    """Rows for the report's CSV (conversation columns first, then record, name, score,
    words), one per self-check (when ticked), exercise and remembrance day."""
    rows: list[tuple[datetime, list[str]]] = []

    def line(at: datetime, minutes: str, persona: str, before: str, after: str) -> list[str]:
        from desktop.care.report import time_of_day

        local = at.astimezone(zone)
        return [
            local.date().isoformat(),
            f"{local:%A}",
            f"{local:%H:%M}",
            minutes,
            time_of_day(local).name.lower(),
            persona,
            before,
            after,
        ]

    for s in care.selfchecks if care.include_selfcheck else ():
        rows.append(
            (
                s.taken_at,
                [
                    *line(s.taken_at, "", "", "", ""),
                    "self-check",
                    instrument_name(s.instrument),
                    str(s.total),
                    "",
                ],
            )
        )
    for done in care.exercises:
        run = done.run
        minutes = (run.ended_at - run.started_at).total_seconds() / 60 if run.ended_at else 0.0
        mood = ["" if m is None else str(m) for m in (run.mood_before, run.mood_after)]
        rows.append(
            (
                run.started_at,
                [
                    *line(run.started_at, f"{minutes:.1f}", run.persona_name, *mood),
                    "exercise",
                    exercise_name(run),
                    "",
                    done.words if care.include_words else "",
                ],
            )
        )
    words = {v.journal_entry_id: text for v, text in care.remembrance_words}
    for visit in care.visits:
        at = visit.opened_at or visit.set_aside_at
        if at is None:
            continue
        rows.append(
            (
                at,
                [
                    *line(at, "", "", "", ""),
                    "remembrance",
                    f"{visit_name(visit)}: {visit_what(visit)}",
                    "",
                    words.get(visit.journal_entry_id, ""),
                ],
            )
        )
    return [r for _at, r in sorted(rows, key=lambda p: p[0])]
