"""What is about to be stored for a persona: its words, its media, the whole new persona."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.persona import (
    ConsentRecord,
    PersonaDetails,
    SayingCaution,
    SayingKind,
    SourceKind,
)


@dataclass(frozen=True, slots=True)
class NewSaying:
    """A saying, memory or style example about to be stored."""

    kind: SayingKind
    text: str
    source: SourceKind
    confirmed: bool = True
    context: str = ""
    clip_index: int | None = None  # which of the clips imported together it comes from
    clip_start_s: float | None = None
    clip_end_s: float | None = None
    caution: SayingCaution = SayingCaution.NONE


@dataclass(frozen=True, slots=True)
class NewMedia:
    """A photo (with its face rig, when a face was found) or a recording (with its length)."""

    filename: str
    data: bytes
    rig_json: str | None = None
    duration_s: float | None = None


@dataclass(frozen=True, slots=True)
class NewPersona:
    details: PersonaDetails
    supplied_by: str = ""
    photos: tuple[NewMedia, ...] = ()
    clips: tuple[NewMedia, ...] = ()
    words: tuple[NewSaying, ...] = ()
    consent: ConsentRecord | None = None
