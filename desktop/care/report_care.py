"""Care over time in the therapist's report: the self-check trend (only when the person ticks
it), the exercises done (by name and date; their words only when ticked), the mood check-ins
before and after, and the remembrance days kept. Also the report's first page, "at a glance",
which a therapist can read in a minute. In the person's language (`ReportWords`).

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
from desktop.care.remembrance_store import RemembranceStore, RitualVisit
from desktop.care.report_words import ENGLISH, KIND_NAMES, ReportWords
from desktop.care.selfcheck import SelfCheckResult, band_name, instrument_name, trend_sentence
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.vault.database import Vault

if TYPE_CHECKING:
    from desktop.care.report import UsageReport


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


def exercise_name(run: ExerciseRun, words: ReportWords = ENGLISH) -> str:
    return words.tr(SPECS[run.exercise].name)


def visit_name(visit: RitualVisit, words: ReportWords = ENGLISH) -> str:
    return visit.label or words.tr(KIND_NAMES[visit.kind])


def visit_code(visit: RitualVisit) -> str:
    """What was done on the day, in words that never change (the CSV's `code`)."""
    if visit.journal_entry_id is not None:
        return "wrote"
    return "opened" if visit.opened_at is not None else "set-aside"


def visit_what(visit: RitualVisit, words: ReportWords = ENGLISH) -> str:
    tr = words.tr
    if visit.journal_entry_id is not None:
        return tr("opened the quiet moment and wrote to them")
    if visit.opened_at is not None:
        return tr("opened the quiet moment")
    return tr("chose not today")


def selfcheck_name(result: SelfCheckResult, words: ReportWords = ENGLISH) -> str:
    return words.tr(instrument_name(result.instrument))


def _average(values: Sequence[int | None]) -> float | None:
    given = [v for v in values if v is not None]
    return round(mean(given), 1) if given else None


def _mood(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _mood_pair(
    before: Sequence[int | None], after: Sequence[int | None], words: ReportWords
) -> str:
    tr, trn = words.tr, words.trn
    count = sum(1 for v in (*before, *after) if v is not None)
    if not count:
        return tr("no check-ins")
    return tr("{0} before, {1} after ({2})").format(
        _mood(_average(before)),
        _mood(_average(after)),
        trn("%n check-in", "%n check-ins", count),
    )


def _day(moment: datetime, zone: ZoneInfo, words: ReportWords) -> str:
    return words.day(moment.astimezone(zone).date())


def _selfcheck_text(care: CareOverTime, zone: ZoneInfo, words: ReportWords) -> str:
    tr = words.tr
    if not care.include_selfcheck:
        return tr("Not included (the person's choice).")
    if not care.selfchecks:
        return tr("Included at the person's choice; none taken yet.")
    last = care.selfchecks[-1]
    totals = tr(", ").join(
        tr("{0} ({1})").format(s.total, _day(s.taken_at, zone, words)) for s in care.selfchecks[-6:]
    )
    return tr("{0}: {1}. {2} The latest is {3}. A screening aid, not a diagnosis.").format(
        selfcheck_name(last, words),
        totals,
        trend_sentence(list(care.selfchecks), tr),
        band_name(last.band, tr),
    )


def glance_html(report: UsageReport, care: CareOverTime) -> str:
    """The first page: everything in short, for a therapist's minute."""
    zone, words = report.zone, report.words
    tr, trn = words.tr, words.trn

    def e(text: str) -> str:
        return html.escape(text, quote=False)

    recent = report.weeks[-4:]
    parts = [f"<h2>{e(tr('At a glance'))}</h2><table width='100%'>"]

    def row(label: str, text: str) -> None:
        parts.append(f"<tr><th align='left' width='26%'>{e(label)}</th><td>{e(text)}</td></tr>")

    if report.rows:
        per_week = mean(w.sessions for w in recent) if recent else 0.0
        row(
            tr("Conversations"),
            tr("{0} {1}").format(
                tr("{0} in all; {1} a week over the last {2}; the last on {3}.").format(
                    len(report.rows),
                    f"{per_week:.1f}",
                    trn("%n week", "%n weeks", len(recent)),
                    _day(report.rows[-1].started_at, zone, words),
                ),
                report.trend,
            ),
        )
    else:
        row(tr("Conversations"), tr("None yet."))
    conversations = _mood_pair(
        [r.mood_before for r in report.rows], [r.mood_after for r in report.rows], words
    )
    exercises = _mood_pair(
        [d.run.mood_before for d in care.exercises],
        [d.run.mood_after for d in care.exercises],
        words,
    )
    row(
        tr("Mood check-ins (1 very low to 5 good)"),
        tr("Conversations: {0}. Exercises: {1}.").format(conversations, exercises),
    )
    row(tr("Self-check"), _selfcheck_text(care, zone, words))
    if care.exercises:
        by_name: dict[str, list[str]] = {}
        for done in care.exercises:
            by_name.setdefault(exercise_name(done.run, words), []).append(
                _day(done.run.started_at, zone, words)
            )
        done_text = tr("; ").join(
            tr("{0}: {1}").format(name, tr(", ").join(days)) for name, days in by_name.items()
        )
        end = tr("{0}. Their words are included below.") if care.include_words else tr("{0}.")
        row(tr("Guided exercises"), end.format(done_text))
    else:
        row(tr("Guided exercises"), tr("None done."))
    if care.visits:
        kept = tr("; ").join(
            tr("{0}, {1}: {2}").format(
                visit_name(v, words), words.day(v.on_day), visit_what(v, words)
            )
            for v in care.visits
        )
        row(tr("Remembrance days"), tr("{0}.").format(kept))
    else:
        row(tr("Remembrance days"), tr("None kept yet."))
    if report.include_pauses:
        row(
            tr("Safety pauses"),
            tr("{0} in all (counts only).").format(sum(w.pauses for w in report.weeks)),
        )
    if report.changes_outside:
        row(tr("Changes outside Keepsake"), " ".join(report.changes_outside))
    parts.append("</table>")
    return "\n".join(parts)


def details_html(care: CareOverTime, zone: ZoneInfo, words: ReportWords = ENGLISH) -> str:
    """After the weekly tables: the self-check results, the exercises, the remembrance days,
    and (only when ticked) the words."""
    e, tr = html.escape, words.tr

    def th(*names: str) -> str:
        return "<tr>" + "".join(f"<th>{e(n)}</th>" for n in names) + "</tr>"

    parts: list[str] = []
    if care.include_selfcheck and care.selfchecks:
        instrument = INSTRUMENTS.get(care.selfchecks[-1].instrument)
        parts.append(
            f"<h2>{e(tr('Self-check'))}</h2><table>" + th(tr("Date"), tr("Total"), tr("Band"))
        )
        for s in care.selfchecks:
            parts.append(
                f"<tr><td>{e(_day(s.taken_at, zone, words))}</td><td>{s.total}</td>"
                f"<td>{e(band_name(s.band, tr))}</td></tr>"
            )
        parts.append("</table>")
        if instrument is not None:
            cuts = tr(", ").join(str(c.at_least) for c in instrument.scoring.cuts)
            scale = tr("{0}: totals {1} to {2}; cut-offs at {3}.").format(
                tr(instrument.name), instrument.scoring.minimum, instrument.scoring.maximum, cuts
            )
            citation = " ".join(instrument.citations[:1])  # a reference, as published
            parts.append(f"<p class='meta'>{e(scale)} {e(citation)}</p>")
    if care.exercises:
        parts.append(
            f"<h2>{e(tr('Guided exercises'))}</h2><table>"
            + th(tr("Date"), tr("Exercise"), tr("With"), tr("Minutes"), tr("Mood before → after"))
        )
        for done in care.exercises:
            run = done.run
            minutes = (run.ended_at - run.started_at).total_seconds() / 60 if run.ended_at else 0
            parts.append(
                f"<tr><td>{e(_day(run.started_at, zone, words))}</td>"
                f"<td>{e(exercise_name(run, words))}</td>"
                f"<td>{e(run.persona_name)}</td><td>{minutes:.0f}</td>"
                f"<td>{_mood(run.mood_before)} → {_mood(run.mood_after)}</td></tr>"
            )
        parts.append("</table>")
    if care.include_words:
        written = [d for d in care.exercises if d.words]
        if written or care.remembrance_words:
            heading = tr("In the person's words (included at their choice)")
            parts.append(f"<h2>{e(heading)}</h2>")
        for done in written:
            title = f"{exercise_name(done.run, words)} · {_day(done.run.started_at, zone, words)}"
            parts.append(f"<h3>{e(title)}</h3>")
            parts.append(_paragraphs(with_name(done.words, done.run.persona_name)))
        for visit, text in care.remembrance_words:
            title = f"{visit_name(visit, words)} · {words.day(visit.on_day)}"
            parts.append(f"<h3>{e(title)}</h3>")
            parts.append(_paragraphs(text))
    return "\n".join(parts)


def _paragraphs(text: str) -> str:
    return "".join(
        "<p>" + html.escape(block).replace("\n", "<br>") + "</p>"
        for block in text.split("\n\n")
        if block.strip()
    )


def care_csv_rows(
    care: CareOverTime, zone: ZoneInfo, words: ReportWords = ENGLISH
) -> list[list[str]]:
    """Rows for the report's CSV (conversation columns first, then record, name, score,
    words, code), one per self-check (when ticked), exercise and remembrance day."""
    rows: list[tuple[datetime, list[str]]] = []
    tr = words.tr

    def line(at: datetime, minutes: str, persona: str, before: str, after: str) -> list[str]:
        from desktop.care.report import time_of_day

        local = at.astimezone(zone)
        return [
            local.date().isoformat(),
            words.weekday(local.date()),
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
                    selfcheck_name(s, words),
                    str(s.total),
                    "",
                    s.instrument,
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
                    exercise_name(run, words),
                    "",
                    done.words if care.include_words else "",
                    run.exercise.value,
                ],
            )
        )
    written = {v.journal_entry_id: text for v, text in care.remembrance_words}
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
                    tr("{0}: {1}").format(visit_name(visit, words), visit_what(visit, words)),
                    "",
                    written.get(visit.journal_entry_id, ""),
                    f"{visit.kind.value}:{visit_code(visit)}",
                ],
            )
        )
    return [r for _at, r in sorted(rows, key=lambda p: p[0])]
