"""What never goes into the therapist's report, even with the transcripts ticked: the person
the user trusts (their name and number, from the vault). Older pause screens were journaled
with "Call NAME: NUMBER"; the report's copy of those turns leaves such lines out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.core.journal import JournalSession, Speaker


def private_words(name: str, phone: str) -> tuple[str, ...]:
    """The words to keep out: the trusted person's name and number (empty ones skipped)."""
    return tuple(w for w in (name.strip(), phone.strip()) if w)


def without_private(session: JournalSession, words: Sequence[str]) -> JournalSession:
    """`session` with every line of Keepsake's own turns (the pause screens) that holds one of
    `words` left out. What the person said is untouched."""
    if not words:
        return session
    folded = [w.casefold() for w in words]

    def keep(line: str) -> bool:
        return not any(w in line.casefold() for w in folded)

    turns = tuple(
        replace(t, text="\n".join(line for line in t.text.split("\n") if keep(line)))
        if t.speaker is Speaker.KEEPSAKE
        else t
        for t in session.turns
    )
    return replace(session, turns=turns)
