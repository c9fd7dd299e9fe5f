"""The usage report for a therapist: a first page to read in a minute, then conversations per
week, how long, when, mood check-ins, the trend over the weeks, and care over time (the
self-check when the person ticks it, guided exercises, remembrance days: `report_care.py`) —
as CSV and as HTML (which the UI prints to PDF), in the person's language (`ReportWords`).

The CSV's column names and its coded values (`record`, `time_of_day`, `code`, ISO dates,
24-hour times, numbers) never change with the language, so a script reads every report alike;
only the values a person reads (`weekday`, `name`) are translated.

No transcripts unless the user includes them (then the journal's own session view is used).
Pure apart from reading the vault through the stores it is given; any thread.
"""

from __future__ import annotations

import csv
import errno
import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from statistics import mean
from zoneinfo import ZoneInfo

from desktop.care.report_care import (
    CareOverTime,
    care_csv_rows,
    details_html,
    gather_care,
    glance_html,
)
from desktop.care.report_changes import change_lines
from desktop.care.report_private import without_private
from desktop.care.report_words import ENGLISH, TIME_OF_DAY_NAMES, ReportWords
from desktop.care.store import CareStore, UsageRow
from desktop.core.errors import ReportWriteError
from desktop.core.files import atomic_write_text
from desktop.core.journal import JournalSession
from desktop.vault.export import session_html
from desktop.vault.journal import Journal


class ReportFormat(StrEnum):
    PDF = "pdf"
    CSV = "csv"


class TimeOfDay(StrEnum):
    NIGHT = "night (00–06)"
    MORNING = "morning (06–12)"
    AFTERNOON = "afternoon (12–18)"
    EVENING = "evening (18–24)"


def time_of_day(local: datetime) -> TimeOfDay:
    return (TimeOfDay.NIGHT, TimeOfDay.MORNING, TimeOfDay.AFTERNOON, TimeOfDay.EVENING)[
        local.hour // 6
    ]


@dataclass(frozen=True, slots=True)
class WeekRow:
    week_start: date  # a Monday, local
    sessions: int
    minutes: float
    mood_before: float | None  # average of the check-ins given (1 to 5)
    mood_after: float | None
    pauses: int = 0  # safety pauses that week (shown only when the person includes them)


@dataclass(frozen=True, slots=True)
class UsageReport:
    generated_at: datetime
    zone: ZoneInfo
    rows: tuple[UsageRow, ...]
    weeks: tuple[WeekRow, ...]
    times_of_day: tuple[tuple[TimeOfDay, int], ...]
    trend: str
    policy_lines: tuple[str, ...]
    changes_outside: tuple[str, ...] = ()  # "Changed outside Keepsake on ..." lines
    include_pauses: bool = False  # the person ticked it: counts by week, never the words
    care: CareOverTime = CareOverTime()  # self-check (if ticked), exercises, remembrance
    words: ReportWords = ENGLISH  # the person's language


def _minutes(row: UsageRow) -> float:
    if row.ended_at is None:
        return 0.0
    return max(0.0, (row.ended_at - row.started_at).total_seconds() / 60)


def _average(values: Sequence[int | None]) -> float | None:
    given = [v for v in values if v is not None]
    return round(mean(given), 1) if given else None


def time_of_day_name(when: TimeOfDay, words: ReportWords) -> str:
    return words.tr(TIME_OF_DAY_NAMES[when.name])


def _trend(weeks: Sequence[WeekRow], words: ReportWords) -> str:
    tr, trn = words.tr, words.trn
    if len(weeks) < 2:
        return tr("Too early to see a trend: fewer than two weeks of conversations.")
    half = len(weeks) // 2
    early = mean(w.sessions for w in weeks[:half])
    late = mean(w.sessions for w in weeks[half:])
    span = tr("the last {0} against the {1} before").format(
        trn("%n week", "%n weeks", len(weeks) - half), trn("%n week", "%n weeks", half)
    )
    if late < early * 0.8:
        text = tr("Fewer conversations a week ({0} against {1}, {2}).")
        return text.format(f"{late:.1f}", f"{early:.1f}", span)
    if late > early * 1.25:
        text = tr("More conversations a week ({0} against {1}, {2}).")
        return text.format(f"{late:.1f}", f"{early:.1f}", span)
    return tr("About the same number of conversations a week ({0}, {1}).").format(
        f"{late:.1f}", span
    )


def build_report(
    rows: Sequence[UsageRow],
    zone: ZoneInfo,
    now: datetime,
    policy_lines: Sequence[str] = (),
    include_pauses: bool = False,
    words: ReportWords = ENGLISH,
) -> UsageReport:
    """Weeks run Monday to Sunday in `zone`, from the first conversation to `now` (empty weeks
    included, so a pause shows as a pause)."""
    by_week: dict[date, list[UsageRow]] = {}
    for row in rows:
        day = row.started_at.astimezone(zone).date()
        by_week.setdefault(day - timedelta(days=day.weekday()), []).append(row)
    weeks: list[WeekRow] = []
    if by_week:
        monday = min(by_week)
        today = now.astimezone(zone).date()
        last = today - timedelta(days=today.weekday())
        while monday <= last:
            week = by_week.get(monday, [])
            weeks.append(
                WeekRow(
                    monday,
                    len(week),
                    round(sum(_minutes(r) for r in week), 1),
                    _average([r.mood_before for r in week]),
                    _average([r.mood_after for r in week]),
                    sum(r.pauses for r in week),
                )
            )
            monday += timedelta(days=7)
    counts = dict.fromkeys(TimeOfDay, 0)
    for row in rows:
        counts[time_of_day(row.started_at.astimezone(zone))] += 1
    return UsageReport(
        now,
        zone,
        tuple(rows),
        tuple(weeks),
        tuple(counts.items()),
        _trend(weeks, words),
        tuple(policy_lines),
        include_pauses=include_pauses,
        words=words,
    )


CSV_COLUMNS = (
    "date",
    "weekday",
    "start",
    "minutes",
    "time_of_day",
    "portrait",
    "mood_before",
    "mood_after",
)
CARE_COLUMNS = ("record", "name", "score", "words", "code")  # what a row is; care over time


def report_csv(report: UsageReport) -> str:
    """One line per conversation (local times; never the conversations' words), then one per
    self-check (when ticked), exercise (its words only when ticked) and remembrance day. Changes
    made outside Keepsake follow the table, one a line, under a `changed_outside_keepsake`
    heading. `name` and `weekday` are in the person's language; `code` says the same as `name`
    in words that never change (the exercise, the day's kind and what was done, the
    questionnaire)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    pauses_column = ("safety_pauses",) if report.include_pauses else ()
    writer.writerow((*CSV_COLUMNS, *CARE_COLUMNS, *pauses_column))
    for row in report.rows:
        local = row.started_at.astimezone(report.zone)
        pauses = [row.pauses] if report.include_pauses else []
        writer.writerow(
            [
                local.date().isoformat(),
                report.words.weekday(local.date()),
                f"{local:%H:%M}",
                f"{_minutes(row):.1f}",
                time_of_day(local).name.lower(),
                row.persona_name,
                "" if row.mood_before is None else row.mood_before,
                "" if row.mood_after is None else row.mood_after,
                "conversation",
                "",
                "",
                "",
                "",
                *pauses,
            ]
        )
    for care_row in care_csv_rows(report.care, report.zone, report.words):
        writer.writerow([*care_row, *([""] if report.include_pauses else [])])
    if report.changes_outside:  # after a blank line, so a spreadsheet shows it under the table
        writer.writerow([])
        writer.writerow(["changed_outside_keepsake"])
        for line in report.changes_outside:
            writer.writerow([line])
    return out.getvalue()


_STYLE = """
body { color: #3b3631; }  /* the font: the PDF writer's, one for the language */
h1 { font-weight: 300; } h2 { font-weight: 400; margin-top: 18px; }
.details { page-break-before: always; }
table { border-collapse: collapse; } td, th { border: 1px solid #e4dcd1; padding: 3px 8px; }
th { background: #f6f2ec; } .meta { color: #6b635b; }
"""


def _mood(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def report_html(report: UsageReport, transcripts: Sequence[tuple[JournalSession, str]] = ()) -> str:
    """The report as a printable page in the person's language; `transcripts` (session, its
    HTML) only if included."""
    e, words = html.escape, report.words
    tr, trn = words.tr, words.trn
    made = report.generated_at.astimezone(report.zone)

    def th(*names: str) -> str:
        return "<tr>" + "".join(f"<th>{e(n)}</th>" for n in names) + "</tr>"

    pauses_th = [tr("Safety pauses")] if report.include_pauses else []
    parts = [
        f"<html lang='{e(words.language)}'><head><meta charset='utf-8'><style>{_STYLE}</style>"
        "</head><body>",
        f"<h1>{e(tr('Keepsake usage report'))}</h1>",
        "<p class='meta'>"
        + e(
            tr("{0} {1}").format(
                tr("Made {0}, {1} ({2}). {3}.").format(
                    words.long_day(made.date()),
                    f"{made:%H:%M}",
                    str(report.zone),
                    trn("%n conversation", "%n conversations", len(report.rows)),
                ),
                tr("Transcripts included at the user's choice.")
                if transcripts
                else tr("No transcripts."),
            )
        )
        + "</p>",
        glance_html(report, report.care),
        "<div class='details'>",
        f"<h2>{e(tr('Limits that apply'))}</h2><ul>",
        *[f"<li>{e(line)}</li>" for line in report.policy_lines],
        "</ul>",
        *(
            [f"<h2>{e(tr('Changes outside Keepsake'))}</h2><ul>"]
            + [f"<li>{e(line)}</li>" for line in report.changes_outside]
            + ["</ul>"]
            if report.changes_outside
            else []
        ),
        f"<h2>{e(tr('Trend'))}</h2>",
        f"<p>{e(report.trend)}</p>",
        f"<h2>{e(tr('Week by week'))}</h2><table>"
        + th(
            tr("Week of"),
            tr("Conversations"),
            tr("Minutes"),
            tr("Mood before"),
            tr("Mood after"),
            *pauses_th,
        ),
    ]
    for w in report.weeks:
        pauses = f"<td>{w.pauses}</td>" if report.include_pauses else ""
        parts.append(
            f"<tr><td>{e(words.day(w.week_start))}</td><td>{w.sessions}</td>"
            f"<td>{w.minutes:.0f}</td><td>{_mood(w.mood_before)}</td>"
            f"<td>{_mood(w.mood_after)}</td>{pauses}</tr>"
        )
    scale = tr("Mood check-ins run from 1 (very low) to 5 (good).")
    if report.include_pauses:
        scale = tr("{0} {1}").format(
            scale,
            tr(
                "Safety pauses: how often Keepsake paused a conversation because something "
                "said sounded like a crisis, and showed helplines. Counts only, never the "
                "words; included at the user's choice."
            ),
        )
    parts.append(f"</table><p class='meta'>{e(scale)}</p>")
    parts.append(f"<h2>{e(tr('Time of day'))}</h2><table>" + th(tr("When"), tr("Conversations")))
    for when, count in report.times_of_day:
        parts.append(f"<tr><td>{e(time_of_day_name(when, words))}</td><td>{count}</td></tr>")
    parts.append(
        f"</table><h2>{e(tr('Each conversation'))}</h2><table>"
        + th(tr("Date"), tr("Start"), tr("Minutes"), tr("Portrait"), tr("Mood before → after"))
    )
    for row in report.rows:
        local = row.started_at.astimezone(report.zone)
        parts.append(
            f"<tr><td>{e(words.weekday_day(local.date()))}</td><td>{local:%H:%M}</td>"
            f"<td>{_minutes(row):.0f}</td><td>{e(row.persona_name)}</td>"
            f"<td>{_mood(row.mood_before)} → {_mood(row.mood_after)}</td></tr>"
        )
    parts.append("</table>")
    parts.append(details_html(report.care, report.zone, words))
    parts.append("</div>")
    if transcripts:
        parts.append(f"<h2>{e(tr('Transcripts'))}</h2>")
        parts.extend(text for _session, text in transcripts)
    parts.append("</body></html>")
    return "\n".join(parts)


def write_usage_report(
    fmt: ReportFormat,
    report: UsageReport,
    out: Path,
    journal: Journal | None = None,
    pdf_writer: Callable[[str, Path], None] | None = None,
    private: Sequence[str] = (),
) -> int:
    """Write the report to `out`; transcripts only when a journal is given, without the lines
    of Keepsake's pause screens that hold one of `private` (the trusted person). Returns the
    number of conversations. PDF needs `pdf_writer` (Qt's; it may run on a worker thread).
    Raises ReportWriteError when the file cannot be written; nothing half-written is left."""
    if fmt is ReportFormat.CSV:
        try:
            atomic_write_text(out, report_csv(report))
        except OSError as exc:  # nothing half-written: the file is renamed into place
            raise ReportWriteError(out, exc.errno == errno.ENOSPC) from exc
        return len(report.rows)
    if pdf_writer is None:
        raise ValueError("PDF needs a writer")
    transcripts: list[tuple[JournalSession, str]] = []
    if journal is not None:
        for row in report.rows:
            if row.journal_session_id is not None:
                try:
                    session = journal.session(row.journal_session_id)
                except LookupError:
                    continue  # deleted from the journal since
                session = without_private(session, private)
                transcripts.append((session, session_html(session)))
    pdf_writer(report_html(report, transcripts), out)
    return len(report.rows)


def usage_report(
    care: CareStore,
    zone: ZoneInfo,
    now: datetime,
    policy_lines: Sequence[str],
    include_pauses: bool = False,
    include_selfcheck: bool = False,
    include_words: bool = False,
    words: ReportWords = ENGLISH,
) -> UsageReport:
    """The report as the person chose, in their language: safety pauses, the self-check trend
    and the words of exercises and remembrance days each only when ticked."""
    report = build_report(care.usage_rows(), zone, now, policy_lines, include_pauses, words)
    return replace(
        report,
        changes_outside=change_lines(care.changes_outside(), zone, words),
        care=gather_care(care.vault, include_selfcheck, include_words),
    )
