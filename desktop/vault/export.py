"""Exporting the journal: Markdown, self-contained HTML (print-friendly) and JSON.

Exported files are not encrypted; callers warn the user (EXPORT_WARNING). PDF is made from
the HTML by Qt, in desktop/ui/journal/pdf_export.py.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.core.journal import JournalSession, Speaker, TurnLabel
from desktop.core.persona import Agreement, ConsentRecord
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

JSON_SCHEMA_VERSION = 1
EXPORT_WARNING = (
    "Exported files are not encrypted: anyone who can open the file can read it. "
    "Keep it somewhere private, and delete it when you no longer need it."
)


class ExportFormat(StrEnum):
    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"
    JSON = "json"


@dataclass(frozen=True, slots=True)
class ExportSelection:
    persona_id: int | None = None
    start: date | None = None
    end: date | None = None  # inclusive
    include_consent: bool = True
    include_usage: bool = True
    session_ids: tuple[int, ...] = ()  # a selection: only these conversations


@dataclass(frozen=True, slots=True)
class ExportBundle:
    sessions: tuple[JournalSession, ...]
    consent: dict[str, ConsentRecord]
    generated_at: datetime


def collect(
    journal: Journal, store: PersonaStore, selection: ExportSelection, now: datetime
) -> ExportBundle:
    chosen = []
    for summary in journal.sessions(selection.persona_id):
        if selection.session_ids and summary.id not in selection.session_ids:
            continue
        day = summary.started_at.date()
        if selection.start and day < selection.start:
            continue
        if selection.end and day > selection.end:
            continue
        chosen.append(journal.session(summary.id))
    chosen.sort(key=lambda s: s.started_at)
    consent: dict[str, ConsentRecord] = {}
    if selection.include_consent:
        for s in chosen:
            if s.persona_id is not None and s.persona_name not in consent:
                record = store.consent(s.persona_id)
                if record is not None:
                    consent[s.persona_name] = record
    return ExportBundle(tuple(chosen), consent, now)


def _who(session: JournalSession, speaker: Speaker, label: TurnLabel) -> str:
    if speaker is Speaker.PERSON:
        return "You"
    if speaker is Speaker.KEEPSAKE:
        return "Keepsake (paused for your safety)"
    return f"{session.persona_name} ({'said in life' if label is TurnLabel.SAID_IN_LIFE else 'AI'})"


def _minutes(session: JournalSession) -> float:
    if session.ended_at is None:
        return 0.0
    return max(0.0, (session.ended_at - session.started_at).total_seconds() / 60)


_AGREED = {Agreement.YES: "agreed", Agreement.NO: "did not agree", Agreement.UNKNOWN: "not known"}


def _length(session: JournalSession) -> str:
    minutes = _minutes(session)
    return "under a minute" if minutes < 1 else f"{minutes:.0f} min"


def _usage(bundle: ExportBundle) -> str:
    total = sum(_minutes(s) for s in bundle.sessions)
    return f"{len(bundle.sessions)} conversations, {total:.0f} minutes in all."


def to_markdown(bundle: ExportBundle, selection: ExportSelection) -> str:
    out = [
        "# Keepsake journal",
        "",
        f"_Exported {bundle.generated_at:%d %B %Y}. {EXPORT_WARNING}_",
        "",
    ]
    if selection.include_usage:
        out += ["## Summary", "", _usage(bundle), ""]
    if bundle.consent:
        out += ["## Consent", ""]
        for name, c in bundle.consent.items():
            out.append(
                f"- **{name}**: portrait made by {c.creator} ({c.creator_relationship}); "
                f"agreed in life: {_AGREED[c.agreed_in_life]}."
            )
            out += [f"  - {f.name} ({f.relationship}): {f.response}" for f in c.family]
        out.append("")
    for s in bundle.sessions:
        out += [f"## {s.started_at.astimezone():%A %d %B %Y, %H:%M} — {s.persona_name}", ""]
        facts = [_length(s)]
        if s.ending and s.ending.value != "ended":
            facts.append(s.ending.value)
        if s.mood_before or s.mood_after:
            facts.append(f"mood {s.mood_before or '–'} → {s.mood_after or '–'}")
        out += [f"_{', '.join(facts)}_", ""]
        for t in s.turns:
            cut = " _(interrupted)_" if t.interrupted else ""
            text = t.text.replace("\n", "  \n")
            out.append(f"**{_who(s, t.speaker, t.label)}:** {text}{cut}  ")
        if s.note:
            out += ["", f"> {s.note}"]
        out.append("")
    return "\n".join(out)


_CSS = """
body { font-family: Georgia, 'Noto Serif', serif; color: #3b3631; max-width: 42em; margin: 2em auto;
       line-height: 1.5; }
h1 { font-weight: normal; } h2 { font-weight: normal; border-bottom: 1px solid #e4dcd1;
     margin-top: 2em; page-break-after: avoid; }
.meta, .warning { color: #7a7168; font-size: 0.9em; } .turn { margin: 0.4em 0; }
.who { font-weight: bold; } .life { color: #5f705c; } .note { border-left: 3px solid #e4dcd1;
       padding-left: 1em; color: #7a7168; }
@media print { body { margin: 0; } .session { page-break-inside: avoid; } }
"""


def to_html(bundle: ExportBundle, selection: ExportSelection) -> str:
    e = html.escape
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>Keepsake journal</title>"
        f"<style>{_CSS}</style></head><body><h1>Keepsake journal</h1>",
        f"<p class='warning'>Exported {bundle.generated_at:%d %B %Y}. {e(EXPORT_WARNING)}</p>",
    ]
    if selection.include_usage:
        parts.append(f"<h2>Summary</h2><p>{e(_usage(bundle))}</p>")
    if bundle.consent:
        parts.append("<h2>Consent</h2><ul>")
        for name, c in bundle.consent.items():
            family = "".join(
                f"<li>{e(f.name)} ({e(f.relationship)}): {e(f.response)}</li>" for f in c.family
            )
            parts.append(
                f"<li><b>{e(name)}</b>: portrait made by {e(c.creator)} "
                f"({e(c.creator_relationship)}); agreed in life: {_AGREED[c.agreed_in_life]}."
                + (f"<ul>{family}</ul>" if family else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts += [session_html(s) for s in bundle.sessions]
    parts.append("</body></html>")
    return "\n".join(parts)


def session_html(s: JournalSession) -> str:
    """One conversation as HTML (used by the export and by the journal's reading view)."""
    e = html.escape
    parts: list[str] = []
    when = f"{s.started_at.astimezone():%A %d %B %Y, %H:%M}"
    parts.append(f"<div class='session'><h2>{when} — {e(s.persona_name)}</h2>")
    meta = _length(s) + (f", {s.ending.value}" if s.ending and s.ending.value != "ended" else "")
    parts.append(f"<p class='meta'>{meta}</p>")
    for t in s.turns:
        css = "who life" if t.label is TurnLabel.SAID_IN_LIFE else "who"
        cut = " <i>(interrupted)</i>" if t.interrupted else ""
        who = e(_who(s, t.speaker, t.label))
        text = e(t.text).replace("\n", "<br>")
        parts.append(f"<p class='turn'><span class='{css}'>{who}:</span> {text}{cut}</p>")
    if s.note:
        parts.append(f"<p class='note'>{e(s.note)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def to_json(bundle: ExportBundle, selection: ExportSelection) -> str:
    def session(s: JournalSession) -> dict[str, Any]:
        return {
            "persona": s.persona_name,
            "started_at": s.started_at.isoformat(),
            "ended_at": s.ended_at.isoformat() if s.ended_at else None,
            "ending": s.ending.value if s.ending else None,
            "channel": s.channel.value,
            "mood_before": s.mood_before,
            "mood_after": s.mood_after,
            "note": s.note,
            "turns": [
                {
                    "at": t.at.isoformat(),
                    "speaker": t.speaker.value,
                    "text": t.text,
                    "label": t.label.value,
                    "interrupted": t.interrupted,
                }
                for t in s.turns
            ],
        }

    data: dict[str, Any] = {
        "schema_version": JSON_SCHEMA_VERSION,
        "generated_at": bundle.generated_at.isoformat(),
        "warning": EXPORT_WARNING,
        "sessions": [session(s) for s in bundle.sessions],
    }
    if selection.include_usage:
        data["usage"] = {
            "sessions": len(bundle.sessions),
            "minutes": round(sum(_minutes(s) for s in bundle.sessions), 1),
        }
    if bundle.consent:
        data["consent"] = {
            n: {
                "creator": c.creator,
                "relationship": c.creator_relationship,
                "agreed_in_life": c.agreed_in_life.value,
                "family": [
                    {"name": f.name, "relationship": f.relationship, "response": f.response}
                    for f in c.family
                ],
            }
            for n, c in bundle.consent.items()
        }
    return json.dumps(data, ensure_ascii=False, indent=2)


PdfWriter = Callable[[str, Path], None]


def export_to_file(
    fmt: ExportFormat,
    journal: Journal,
    store: PersonaStore,
    selection: ExportSelection,
    out: Path,
    now: datetime,
    write_pdf: PdfWriter | None = None,
) -> int:
    """Write the export; returns how many conversations it holds. PDF needs `write_pdf`."""
    bundle = collect(journal, store, selection, now)
    if fmt is ExportFormat.PDF:
        if write_pdf is None:
            raise ValueError("PDF export needs a PDF writer")
        write_pdf(to_html(bundle, selection), out)
    elif fmt is ExportFormat.JSON:
        out.write_text(to_json(bundle, selection), encoding="utf-8")
    elif fmt is ExportFormat.HTML:
        out.write_text(to_html(bundle, selection), encoding="utf-8")
    else:
        out.write_text(to_markdown(bundle, selection), encoding="utf-8")
    return len(bundle.sessions)
