"""A portrait shared between family members: where it came from, and what is in the file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.persona import ConsentRecord, PersonaDetails


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who shared a portrait and when; kept with a portrait added from a shared file."""

    shared_by: str
    shared_at: datetime
    made_by: str  # who made the portrait (the consent's creator, or the person themselves)
    message: str = ""  # a few words from the sender
    added_at: datetime | None = None  # when it was added to this vault


@dataclass(frozen=True, slots=True)
class SharePreview:
    """What the family sees before a shared portrait is added: who made it, the consent,
    and what it holds."""

    details: PersonaDetails
    consent: ConsentRecord | None
    provenance: Provenance
    photos: int
    clips: int
    sayings: int
    memories: int
    answers: int
    sealed: int

    @property
    def objections(self) -> tuple[str, ...]:
        """Family members who objected to the portrait, by name."""
        return tuple(f.name for f in self.consent.objections) if self.consent else ()
