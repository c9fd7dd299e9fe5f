"""The crisis lexicon: its schema, validation and the editable data file.

The shipped lexicon is `desktop/data/crisis.json`; a copy in the user's data folder, if present,
is used instead, so clinicians and users can review and extend it without code. A copy that
does not pass validation is not used: the shipped lexicon applies, with a note saying why.

Schema (version 2): `languages` maps a language code ("en", "zh") to
- `terms`: named regular expressions, written `<name>` inside patterns;
- `imminent`, `concern`: patterns for the two tiers of risk;
- `escalators`: words that make a concern imminent when they come in the same message
  (a means, or a time: "tonight", "the pills");
- `idioms`: phrases that only look like risk ("dying to try", "累死了"), blanked first;
- `negations`: patterns that cancel a match when one ends within `negation_window` words
  (English) or characters (Chinese) before it, in the same clause, with no new subject between;
- `after_negations`: patterns that cancel a match when they follow it in the same sentence;
- `fold`: characters written the same way after folding (traditional to simplified Chinese).
`invitation` maps a language code to the patterns an output check blocks in a reply.
Pure, stdlib only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

LEXICON_VERSION = 2
SHIPPED = "data/crisis.json"
_TERM = re.compile(r"<([a-z_]+)>")
_LIST_KEYS = ("imminent", "concern", "escalators", "idioms", "negations", "after_negations")


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """One language's compiled patterns."""

    language: str
    imminent: tuple[re.Pattern[str], ...]
    concern: tuple[re.Pattern[str], ...]
    escalators: tuple[re.Pattern[str], ...]
    idioms: tuple[re.Pattern[str], ...]
    negations: tuple[re.Pattern[str], ...]
    after_negations: tuple[re.Pattern[str], ...]
    negation_window: int
    fold: dict[str, str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    languages: tuple[LanguageRules, ...]
    invitation: dict[str, tuple[re.Pattern[str], ...]]

    def rules(self, language: str) -> LanguageRules | None:
        return next((r for r in self.languages if r.language == language), None)


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{where} must be a list of non-empty strings")
    return value


def _expand(pattern: str, terms: dict[str, str], where: str) -> re.Pattern[str]:
    if "(?P<" in pattern:
        raise ValueError(f"{where}: named groups are not allowed ({pattern!r})")

    def term(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in terms:
            raise ValueError(f"{where}: unknown term <{name}> in {pattern!r}")
        return f"(?:{terms[name]})"

    try:
        return re.compile(_TERM.sub(term, pattern))
    except re.error as exc:
        raise ValueError(f"{where}: {pattern!r} is not a valid pattern: {exc}") from exc


def _language(code: str, raw: Any) -> LanguageRules:
    where = f"languages.{code}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be an object")
    terms = raw.get("terms", {})
    if not isinstance(terms, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in terms.items()
    ):
        raise ValueError(f"{where}.terms must map names to patterns")
    for name, body in terms.items():
        if _TERM.search(body):
            raise ValueError(f"{where}.terms.{name}: a term cannot use another term")
        _expand(body, {}, f"{where}.terms.{name}")
    compiled: dict[str, tuple[re.Pattern[str], ...]] = {}
    for key in _LIST_KEYS:
        items = _strings(raw.get(key, []), f"{where}.{key}")
        compiled[key] = tuple(_expand(p, terms, f"{where}.{key}") for p in items)
    if not compiled["imminent"] or not compiled["concern"]:
        raise ValueError(f"{where} needs imminent and concern patterns")
    window = raw.get("negation_window", 4)
    if isinstance(window, bool) or not isinstance(window, int) or not 0 < window <= 20:
        raise ValueError(f"{where}.negation_window must be a whole number from 1 to 20")
    fold = raw.get("fold", {})
    if not isinstance(fold, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and len(k) == 1 and len(v) == 1
        for k, v in fold.items()
    ):
        raise ValueError(f"{where}.fold must map single characters to single characters")
    return LanguageRules(
        code,
        compiled["imminent"],
        compiled["concern"],
        compiled["escalators"],
        compiled["idioms"],
        compiled["negations"],
        compiled["after_negations"],
        window,
        dict(fold),
    )


def parse_lexicon(text: str) -> Lexicon:
    """Raises ValueError, saying where, when the text is not a valid lexicon."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("the lexicon must be a JSON object")
    if data.get("version") != LEXICON_VERSION:
        raise ValueError(f"version must be {LEXICON_VERSION} (found {data.get('version')!r})")
    languages = data.get("languages")
    if not isinstance(languages, dict) or not languages:
        raise ValueError("languages must name at least one language")
    rules = tuple(_language(str(code), raw) for code, raw in languages.items())
    invitation_raw = data.get("invitation", {})
    if not isinstance(invitation_raw, dict):
        raise ValueError("invitation must map languages to patterns")
    invitation = {
        str(code): tuple(
            _expand(p, {}, f"invitation.{code}") for p in _strings(items, f"invitation.{code}")
        )
        for code, items in invitation_raw.items()
    }
    return Lexicon(rules, invitation)


def shipped_lexicon_text() -> str:
    return resources.files("desktop").joinpath(SHIPPED).read_text("utf-8")


@dataclass(frozen=True, slots=True)
class LoadedLexicon:
    lexicon: Lexicon
    problem: str = ""  # why the user's copy was not used ("" when it was, or there is none)


def load_lexicon(user_file: Path | None = None) -> LoadedLexicon:
    """The user's edited lexicon if it passes validation, else the shipped one (with why)."""
    if user_file is not None and user_file.exists():
        try:
            return LoadedLexicon(parse_lexicon(user_file.read_text("utf-8")))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            return LoadedLexicon(parse_lexicon(shipped_lexicon_text()), str(exc))
    return LoadedLexicon(parse_lexicon(shipped_lexicon_text()))
