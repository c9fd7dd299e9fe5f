"""The usage report for a therapist: conversations per week, how long, when, mood check-ins,
and the trend over the weeks — as CSV and as HTML (which the UI prints to PDF).

No transcripts unless the user includes them (then the journal's own session view is used).
Pure apart from reading the vault through the stores it is given; any thread.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from statistics import mean
from zoneinfo import ZoneInfo

from desktop.care.chain_store import ChangeOutside
from desktop.care.store import CareStore, UsageRow
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


def _minutes(row: UsageRow) -> float:
    if row.ended_at is None:
        return 0.0
    return max(0.0, (row.ended_at - row.started_at).total_seconds() / 60)


def _average(values: Sequence[int | None]) -> float | None:
    given = [v for v in values if v is not None]
    return round(mean(given), 1) if given else None


def _trend(weeks: Sequence[WeekRow]) -> str:
    if len(weeks) < 2:
        return "Too early to see a trend: fewer than two weeks of conversations."
    half = len(weeks) // 2
    early = mean(w.sessions for w in weeks[:half])
    late = mean(w.sessions for w in weeks[half:])
    span = f"the last {len(weeks) - half} week(s) against the {half} before"
    if late < early * 0.8:
        return f"Fewer conversations a week ({late:.1f} against {early:.1f}, {span})."
    if late > early * 1.25:
        return f"More conversations a week ({late:.1f} against {early:.1f}, {span})."
    return f"About the same number of conversations a week ({late:.1f}, {span})."


def build_report(
    rows: Sequence[UsageRow],
    zone: ZoneInfo,
    now: datetime,
    policy_lines: Sequence[str] = (),
    include_pauses: bool = False,
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
        _trend(weeks),
        tuple(policy_lines),
        include_pauses=include_pauses,
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


def report_csv(report: UsageReport) -> str:
    """One line per conversation (local times); no words from the conversations. Changes made
    outside Keepsake follow the table, one a line, under a `changed_outside_keepsake` heading."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*CSV_COLUMNS, "safety_pauses") if report.include_pauses else CSV_COLUMNS)
    for row in report.rows:
        local = row.started_at.astimezone(report.zone)
        pauses = [row.pauses] if report.include_pauses else []
        writer.writerow(
            [
                local.date().isoformat(),
                f"{local:%A}",
                f"{local:%H:%M}",
                f"{_minutes(row):.1f}",
                time_of_day(local).name.lower(),
                row.persona_name,
                "" if row.mood_before is None else row.mood_before,
                "" if row.mood_after is None else row.mood_after,
                *pauses,
            ]
        )
    if report.changes_outside:  # after a blank line, so a spreadsheet shows it under the table
        writer.writerow([])
        writer.writerow(["changed_outside_keepsake"])
        for line in report.changes_outside:
            writer.writerow([line])
    return out.getvalue()


_STYLE = """
body { font-family: sans-serif; color: #3b3631; }
h1 { font-weight: 300; } h2 { font-weight: 400; margin-top: 18px; }
table { border-collapse: collapse; } td, th { border: 1px solid #e4dcd1; padding: 3px 8px; }
th { background: #f6f2ec; } .meta { color: #7a7168; }
"""


def _mood(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def report_html(report: UsageReport, transcripts: Sequence[tuple[JournalSession, str]] = ()) -> str:
    """The report as a printable page; `transcripts` (session, its HTML) only if included."""
    e = html.escape
    parts = [
        f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>",
        "<h1>Keepsake usage report</h1>",
        f"<p class='meta'>Made {report.generated_at.astimezone(report.zone):%d %B %Y, %H:%M} "
        f"({e(str(report.zone))}). {len(report.rows)} conversation(s). "
        + ("Transcripts included at the user's choice." if transcripts else "No transcripts.")
        + "</p>",
        "<h2>Limits that apply</h2><ul>",
        *[f"<li>{e(line)}</li>" for line in report.policy_lines],
        "</ul>",
        *(
            ["<h2>Changes outside Keepsake</h2><ul>"]
            + [f"<li>{e(line)}</li>" for line in report.changes_outside]
            + ["</ul>"]
            if report.changes_outside
            else []
        ),
        "<h2>Trend</h2>",
        f"<p>{e(report.trend)}</p>",
        "<h2>Week by week</h2><table><tr><th>Week of</th><th>Conversations</th>"
        "<th>Minutes</th><th>Mood before</th><th>Mood after</th>"
        + ("<th>Safety pauses</th>" if report.include_pauses else "")
        + "</tr>",
    ]
    for w in report.weeks:
        pauses = f"<td>{w.pauses}</td>" if report.include_pauses else ""
        parts.append(
            f"<tr><td>{w.week_start:%d %b %Y}</td><td>{w.sessions}</td><td>{w.minutes:.0f}</td>"
            f"<td>{_mood(w.mood_before)}</td><td>{_mood(w.mood_after)}</td>{pauses}</tr>"
        )
    parts.append("</table><p class='meta'>Mood check-ins run from 1 (very low) to 5 (good).")
    if report.include_pauses:
        parts.append(
            " Safety pauses: how often Keepsake paused a conversation because something said "
            "sounded like a crisis, and showed helplines. Counts only, never the words; "
            "included at the user's choice."
        )
    parts.append("</p>")
    parts.append("<h2>Time of day</h2><table><tr><th>When</th><th>Conversations</th></tr>")
    for when, count in report.times_of_day:
        parts.append(f"<tr><td>{e(when.value)}</td><td>{count}</td></tr>")
    parts.append(
        "</table><h2>Each conversation</h2><table><tr><th>Date</th><th>Start</th>"
        "<th>Minutes</th><th>Portrait</th><th>Mood before → after</th></tr>"
    )
    for row in report.rows:
        local = row.started_at.astimezone(report.zone)
        parts.append(
            f"<tr><td>{local:%a %d %b %Y}</td><td>{local:%H:%M}</td>"
            f"<td>{_minutes(row):.0f}</td><td>{e(row.persona_name)}</td>"
            f"<td>{_mood(row.mood_before)} → {_mood(row.mood_after)}</td></tr>"
        )
    parts.append("</table>")
    if transcripts:
        parts.append("<h2>Transcripts</h2>")
        parts.extend(text for _session, text in transcripts)
    parts.append("</body></html>")
    return "\n".join(parts)


def write_usage_report(
    fmt: ReportFormat,
    report: UsageReport,
    out: Path,
    journal: Journal | None = None,
    pdf_writer: Callable[[str, Path], None] | None = None,
) -> int:
    """Write the report to `out`; transcripts only when a journal is given. Returns the
    number of conversations. PDF needs `pdf_writer` (Qt's, on the GUI thread)."""
    if fmt is ReportFormat.CSV:
        atomic_write_text(out, report_csv(report))
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
                transcripts.append((session, session_html(session)))
    pdf_writer(report_html(report, transcripts), out)
    return len(report.rows)


def change_lines(changes: Sequence[ChangeOutside], zone: ZoneInfo) -> tuple[str, ...]:
    """'Changed outside Keepsake on 3 April 2026 (what was found); ...' for the report."""
    lines = []
    for change in changes:
        day = change.noticed_at.astimezone(zone) if change.noticed_at.tzinfo else change.noticed_at
        line = f"Changed outside Keepsake on {day:%d %B %Y} ({change.problem})."
        if change.resealed_at is not None:
            line += (
                f" The therapist accepted the records again on "
                f"{change.resealed_at.astimezone(zone):%d %B %Y}."
            )
        else:
            line += " The strictest setting applies until the therapist enters the PIN."
        lines.append(line)
    return tuple(lines)


def usage_report(
    care: CareStore,
    zone: ZoneInfo,
    now: datetime,
    policy_lines: Sequence[str],
    include_pauses: bool = False,
) -> UsageReport:
    report = build_report(care.usage_rows(), zone, now, policy_lines, include_pauses)
    return replace(report, changes_outside=change_lines(care.changes_outside(), zone))
