"""The words of a self-check instrument (its questions and answers), as a small JSON file.

Keepsake implements and tests each instrument's published scoring (`instrument.py`) but may not
ship its questions: the authors hold their copyright. A therapist (or the person) who has a
copy the authors allow adds it as a pack; it is kept in the vault. A pack holds only words, in
one or more languages, each from the authors' own version or a published translation:

    {"format": "keepsake-instrument-pack", "version": 1, "instrument": "bgq",
     "source": "where these words come from (the authors' form, a published translation)",
     "languages": {"en": {"title": "...", "instructions": "...",
                          "items": ["... {name} ...", ...], "options": ["...", ...]}}}

`{name}` in a question stands for the blank the form leaves for the name of the person who
died. Pure; any thread.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.care.instrument import INSTRUMENTS, Instrument
from desktop.core.errors import InstrumentPackError

FORMAT = "keepsake-instrument-pack"
VERSION = 1
MAX_BYTES = 64 * 1024  # five to twenty short questions in a few languages
MAX_TEXT = 2000  # characters in one question, answer, title or instruction
NAME_SLOT = "{name}"


@dataclass(frozen=True, slots=True)
class PackWords:
    """One language's words for an instrument."""

    language: str
    title: str
    instructions: str
    items: tuple[str, ...]
    options: tuple[str, ...]

    def item(self, index: int, name: str) -> str:
        """Question `index` with the name of the person who died in its blank."""
        return self.items[index].replace(NAME_SLOT, name)


@dataclass(frozen=True, slots=True)
class InstrumentPack:
    instrument: Instrument
    source: str
    languages: Mapping[str, PackWords]

    def words(self, language: str) -> PackWords:
        """The words in `language`, else English, else the first language the pack has.
        (Compare `.language` with what was asked to say so when it is not the same.)"""
        for wanted in (language, language.split("_", maxsplit=1)[0], "en"):
            if wanted in self.languages:
                return self.languages[wanted]
        return next(iter(self.languages.values()))


def _text(raw: Any, what: str) -> str:
    if not isinstance(raw, str) or not raw.strip() or len(raw) > MAX_TEXT:
        raise InstrumentPackError(f"{what} must be a text of 1 to {MAX_TEXT} characters")
    return raw.strip()


def _texts(raw: Any, count: int, what: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or len(raw) != count:
        raise InstrumentPackError(f"the instrument has {count} {what}")
    return tuple(_text(value, what) for value in raw)


def _words(language: str, raw: Any, instrument: Instrument) -> PackWords:
    if not isinstance(raw, dict):
        raise InstrumentPackError(f"the words in {language!r} are not an object")
    scoring = instrument.scoring
    return PackWords(
        language=language,
        title=_text(raw.get("title"), "the title"),
        instructions=_text(raw.get("instructions"), "the instructions"),
        items=_texts(raw.get("items"), scoring.item_count, "questions"),
        options=_texts(raw.get("options"), len(scoring.option_values), "answers"),
    )


def parse_pack(data: bytes) -> InstrumentPack:
    """Read a pack; raises InstrumentPackError (with the reason) for anything else."""
    if len(data) > MAX_BYTES:
        raise InstrumentPackError("the file is far too large to be a questionnaire")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InstrumentPackError("the file is not a questionnaire pack (not JSON)") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise InstrumentPackError("the file is not a Keepsake questionnaire pack")
    if raw.get("version") != VERSION:
        raise InstrumentPackError("the pack was made for another version of Keepsake")
    instrument = INSTRUMENTS.get(str(raw.get("instrument")))
    if instrument is None:
        raise InstrumentPackError("Keepsake does not know how to score this questionnaire")
    languages = raw.get("languages")
    if not isinstance(languages, dict) or not languages:
        raise InstrumentPackError("the pack has no words")
    words = {str(code): _words(str(code), value, instrument) for code, value in languages.items()}
    return InstrumentPack(instrument, _text(raw.get("source"), "the source"), words)


def pack_to_json(pack: InstrumentPack) -> str:
    """The canonical text of a pack (what the vault keeps)."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "instrument": pack.instrument.id,
        "source": pack.source,
        "languages": {
            code: {
                "title": w.title,
                "instructions": w.instructions,
                "items": list(w.items),
                "options": list(w.options),
            }
            for code, w in sorted(pack.languages.items())
        },
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1)
