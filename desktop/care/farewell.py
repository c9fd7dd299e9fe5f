"""The farewell: retiring a portrait after a last conversation or a letter, and undoing it.

A retired portrait keeps its journal and its page; calls are no longer offered. Bringing it
back needs the therapist's PIN when one is set (the UI also asks for confirmation).
"""

from __future__ import annotations

from datetime import datetime

from desktop.care.therapist import TherapistMode
from desktop.core.errors import PinRequiredError
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore


def letter_title(display_name: str) -> str:
    return f"A letter to {display_name}"


def retire_with_letter(
    store: PersonaStore,
    journal: Journal,
    persona_id: int,
    letter: str,
    at: datetime,
    title: str = "",
) -> int | None:
    """Keep the letter (if any) in the journal, then retire the portrait; the entry's id.
    `title`: the entry's title in the person's language (else the English one)."""
    persona = store.get(persona_id)
    entry = None
    if letter.strip():
        heading = title or letter_title(persona.display_name)
        entry = journal.add_entry(persona_id, heading, letter, at)
    store.retire(persona_id, at)
    return entry


def bring_back(
    store: PersonaStore, therapist: TherapistMode, persona_id: int, pin: str | None
) -> None:
    """Undo a retirement. Raises PinRequiredError, WrongPinError or PinLockedError."""
    if therapist.has_pin:
        if pin is None:
            raise PinRequiredError("bringing a portrait back needs the therapist's PIN")
        therapist.check_pin(pin)
    store.unretire(persona_id)
