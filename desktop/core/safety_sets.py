"""The built-in sentence sets of the safety eval, shipped as package data.

`desktop/data/eval/safety/<set>/<language>-<label>.txt`, one sentence a line, `#` for comments.
Sets: `dev` (used while writing the lexicon; also the similarity signal's exemplars),
`heldout` (written before any tuning, never tuned on) and `fresh` (written after the first
tuning; its misses then widened the lexicon by kind of phrasing, so it is no longer unseen).
Labels: `imminent`, `concern`, `ordinary` (what the person says), `invitation` and `reply`
(what a portrait might say). Pure, stdlib only.
"""

from __future__ import annotations

from importlib import resources

SETS = ("dev", "heldout", "fresh")
LANGUAGES = ("en", "zh")
RISK_LABELS = ("imminent", "concern", "ordinary")
REPLY_LABELS = ("invitation", "reply")


def read_lines(text: str) -> list[str]:
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def load_set(name: str, language: str, label: str) -> list[str]:
    """The sentences of one file; an empty list when the set has no such file."""
    item = resources.files("desktop").joinpath("data/eval/safety", name, f"{language}-{label}.txt")
    return read_lines(item.read_text("utf-8")) if item.is_file() else []
