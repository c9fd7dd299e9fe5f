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

from desktop.core.journal import Ending, JournalSession, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import ConsentRecord
from desktop.vault.export_words import ENGLISH, ExportWords
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

JSON_SCHEMA_VERSION = 1
EXPORT_WARNING = ENGLISH.warning


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


def _who(session: JournalSession, turn: JournalTurn, words: ExportWords) -> str:
    if turn.speaker is Speaker.PERSON:
        return words.you_on_pause if turn.label is TurnLabel.PAUSE_ANSWER else words.you
    if turn.speaker is Speaker.KEEPSAKE:
        return words.keepsake_pause
    label = words.portrait_life if turn.label is TurnLabel.SAID_IN_LIFE else words.portrait_ai
    return label.format(session.persona_name)


def _minutes(session: JournalSession) -> float:
    if session.ended_at is None:
        return 0.0
    return max(0.0, (session.ended_at - session.started_at).total_seconds() / 60)


def _consent(name: str, c: ConsentRecord, words: ExportWords) -> str:
    return words.consent_line.format(
        name, c.creator, c.creator_relationship, words.agreed(c.agreed_in_life)
    )


def _length(session: JournalSession, words: ExportWords) -> str:
    minutes = _minutes(session)
    return words.under_a_minute if minutes < 1 else words.minutes(round(minutes))


def _facts(session: JournalSession, words: ExportWords) -> list[str]:
    """How long, how it ended (when not simply ended)."""
    facts = [_length(session, words)]
    if session.ending and session.ending is not Ending.ENDED:
        facts.append(words.ending(session.ending))
    return facts


def _mood_before(session: JournalSession, words: ExportWords) -> list[str]:
    if not session.mood_before:
        return []
    return [words.mood_before.format(words.mood(session.mood_before))]


def _after(session: JournalSession, words: ExportWords) -> list[str]:
    """What the person wrote after the call: the mood check-in, their words, the note."""
    lines = []
    if session.mood_after:
        lines.append(words.mood_after.format(words.mood(session.mood_after)))
    if session.mood_words:
        lines.append(words.mood_words.format(session.mood_words))
    if session.note:
        lines.append(session.note)
    return lines


def _usage(bundle: ExportBundle, words: ExportWords) -> str:
    total = sum(_minutes(s) for s in bundle.sessions)
    return words.usage.format(
        words.conversations(len(bundle.sessions)), words.minutes(round(total))
    )


def to_markdown(
    bundle: ExportBundle, selection: ExportSelection, words: ExportWords = ENGLISH
) -> str:
    out = [
        f"# {words.title}",
        "",
        f"_{words.exported.format(words.day(bundle.generated_at))} {words.warning}_",
        "",
    ]
    if selection.include_usage:
        out += [f"## {words.summary}", "", _usage(bundle, words), ""]
    if bundle.consent:
        out += [f"## {words.consent}", ""]
        for name, c in bundle.consent.items():
            out.append(f"- {_consent(name, c, words)}")
            out += [f"  - {f.name} ({f.relationship}): {f.response}" for f in c.family]
        out.append("")
    for s in bundle.sessions:
        out += [f"## {words.when(s.started_at)} — {s.persona_name}", ""]
        out += [f"_{', '.join(_facts(s, words))}_", ""]
        out += [f"_{line}_  " for line in _mood_before(s, words)]
        for t in s.turns:
            cut = f" _{words.interrupted}_" if t.interrupted else ""
            text = t.text.replace("\n", "  \n")
            out.append(f"**{_who(s, t, words)}:** {text}{cut}  ")
        after = _after(s, words)
        if after:
            out += ["", f"**{words.note}**", ""]
            out += [f"> {line}  " for line in after]
        out.append("")
    return "\n".join(out)


_CSS = """
body { font-family: Georgia, 'Noto Serif', serif; color: #3b3631; max-width: 42em; margin: 2em auto;
       line-height: 1.5; }
h1 { font-weight: normal; } h2 { font-weight: normal; border-bottom: 1px solid #e4dcd1;
     margin-top: 2em; page-break-after: avoid; }
.meta, .warning { color: #6b635b; font-size: 0.9em; } .turn { margin: 0.4em 0; }
.who { font-weight: bold; } .life { color: #5f705c; } .note { border-left: 3px solid #e4dcd1;
       padding-left: 1em; color: #6b635b; margin-top: 1em; }
.mood { color: #6b635b; font-style: italic; } .pause { background: #f6efe6; padding: 0.4em; }
.hit { background: #f5d98b; }
@media print { body { margin: 0; } .session { page-break-inside: avoid; } }
"""


def to_html(bundle: ExportBundle, selection: ExportSelection, words: ExportWords = ENGLISH) -> str:
    e = html.escape
    exported = words.exported.format(words.day(bundle.generated_at))
    parts = [
        f"<!doctype html><html><head><meta charset='utf-8'><title>{e(words.title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{e(words.title)}</h1>",
        f"<p class='warning'>{e(exported)} {e(words.warning)}</p>",
    ]
    if selection.include_usage:
        parts.append(f"<h2>{e(words.summary)}</h2><p>{e(_usage(bundle, words))}</p>")
    if bundle.consent:
        parts.append(f"<h2>{e(words.consent)}</h2><ul>")
        for name, c in bundle.consent.items():
            family = "".join(
                f"<li>{e(f.name)} ({e(f.relationship)}): {e(f.response)}</li>" for f in c.family
            )
            parts.append(
                f"<li>{e(_consent(name, c, words))}"
                + (f"<ul>{family}</ul>" if family else "")
                + "</li>"
            )
        parts.append("</ul>")
    parts += [session_html(s, words) for s in bundle.sessions]
    parts.append("</body></html>")
    return "\n".join(parts)


def session_html(s: JournalSession, words: ExportWords = ENGLISH, mark: str = "") -> str:
    """One conversation as HTML (used by the export and by the journal's reading view), every
    part labelled: who spoke and from where, the pauses for safety with the helplines shown,
    the mood check-ins, the note after the call. `mark`: words to highlight (a search hit);
    the first turn holding them gets the anchor "hit"."""
    e = html.escape
    parts: list[str] = []
    parts.append(
        f"<div class='session'><h2>{e(words.when(s.started_at))} — {e(s.persona_name)}</h2>"
    )
    parts.append(f"<p class='meta'>{e(', '.join(_facts(s, words)))}</p>")
    parts += [f"<p class='mood'>{e(line)}</p>" for line in _mood_before(s, words)]
    marked = False
    for t in s.turns:
        css = "who life" if t.label is TurnLabel.SAID_IN_LIFE else "who"
        cut = f" <i>{e(words.interrupted)}</i>" if t.interrupted else ""
        who = e(_who(s, t, words))
        text = e(t.text)
        anchor = ""
        if mark and not marked and _holds(t.text, mark):
            text, anchor, marked = _highlight(text, mark), "<a name='hit'></a>", True
        text = text.replace("\n", "<br>")
        turn_css = "turn pause" if t.speaker is Speaker.KEEPSAKE else "turn"
        parts.append(
            f"<p class='{turn_css}'>{anchor}<span class='{css}'>{who}:</span> {text}{cut}</p>"
        )
    after = _after(s, words)
    if after:
        parts.append(f"<div class='note'><p class='who'>{e(words.note)}</p>")
        parts += [f"<p>{e(line)}</p>".replace("\n", "<br>") for line in after]
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)


def _terms(mark: str) -> list[str]:
    return [w for w in mark.lower().split() if w]


def _holds(text: str, mark: str) -> bool:
    low = text.lower()
    return any(w in low for w in _terms(mark))


def _highlight(escaped: str, mark: str) -> str:
    """Each searched word in an escaped text, marked (case kept)."""
    out = escaped
    for word in _terms(html.escape(mark)):
        low, pieces, start = out.lower(), [], 0
        at = low.find(word)
        while at >= 0:
            pieces += [out[start:at], f"<span class='hit'>{out[at : at + len(word)]}</span>"]
            start = at + len(word)
            at = low.find(word, start)
        out = "".join(pieces) + out[start:]
    return out


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
            "mood_words": s.mood_words,
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
                    {
                        "name": f.name,
                        "relationship": f.relationship,
                        "response": f.response,
                        "agreement": f.agreement.value,
                    }
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
    words: ExportWords = ENGLISH,
) -> int:
    """Write the export; returns how many conversations it holds. PDF needs `write_pdf`."""
    bundle = collect(journal, store, selection, now)
    if fmt is ExportFormat.PDF:
        if write_pdf is None:
            raise ValueError("PDF export needs a PDF writer")
        write_pdf(to_html(bundle, selection, words), out)
    elif fmt is ExportFormat.JSON:
        out.write_text(to_json(bundle, selection), encoding="utf-8")
    elif fmt is ExportFormat.HTML:
        out.write_text(to_html(bundle, selection, words), encoding="utf-8")
    else:
        out.write_text(to_markdown(bundle, selection, words), encoding="utf-8")
    return len(bundle.sessions)
