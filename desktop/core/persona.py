"""The people a user keeps a portrait of: who they were, their words, and the consent record."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from desktop.core.voice import VoiceBase, VoiceShape, base_for_relationship


@dataclass(frozen=True, slots=True)
class PersonaSummary:
    """What the portrait wall shows of a persona."""

    id: int
    name: str
    called: str
    created_at: datetime
    retired: bool = False  # after a farewell: journal readable, no calls offered
    archived: bool = False  # a retired portrait put away: off the wall, still in the journal

    @property
    def display_name(self) -> str:
        """What the user called them ("Mum"), else their name."""
        return self.called or self.name


@dataclass(frozen=True, slots=True)
class PersonaDetails:
    """Everything the user tells about them, in their own words."""

    name: str
    called: str = ""
    relationship: str = ""  # "mother", "grandfather", ...
    born: str = ""  # free text: "1948", "spring 1951"
    died: str = ""
    language: str = "en"  # BCP-47-ish: "en", "zh"
    dialect: str = ""  # a note: "Cantonese, Hong Kong"
    personality: str = ""
    speaking_style: str = ""
    do_not_say: tuple[str, ...] = ()  # topics and claims the portrait must never make
    voice_length_scale: float = 1.0  # the synthetic voice, brought closer to their recordings
    voice_pitch_semitones: float = 0.0
    voice_base: str = ""  # "woman" or "man" (core/voice.py); empty: from the relationship
    voice_pitch_range: float = 1.0
    voice_formant_scale: float = 1.0
    voice_custom: bool = False  # the shape was fitted to their clips or set by hand

    @property
    def voice_shape(self) -> VoiceShape:
        """The shape kept for them (fitted or set by hand); see `voice_plan` for what is used."""
        return VoiceShape(
            self.voice_pitch_semitones,
            self.voice_pitch_range,
            self.voice_formant_scale,
            self.voice_length_scale,
        )

    @property
    def chosen_voice_base(self) -> VoiceBase | None:
        """The base chosen on the persona page, else the one the relationship suggests."""
        if self.voice_base in {b.value for b in VoiceBase}:
            return VoiceBase(self.voice_base)
        return base_for_relationship(self.relationship)

    @property
    def has_custom_voice(self) -> bool:
        """A fitted or hand-set shape (older portraits kept a fitted pitch and rate only)."""
        return self.voice_custom or self.voice_shape != VoiceShape()


def with_voice_shape(details: PersonaDetails, shape: VoiceShape) -> PersonaDetails:
    """The details with a voice shape of their own (fitted to clips or set by hand)."""
    shape = shape.clamped()
    return replace(
        details,
        voice_pitch_semitones=shape.pitch_semitones,
        voice_pitch_range=shape.pitch_range,
        voice_formant_scale=shape.formant_scale,
        voice_length_scale=shape.length_scale,
        voice_custom=True,
    )


@dataclass(frozen=True, slots=True)
class Persona:
    id: int
    details: PersonaDetails
    created_at: datetime
    portrait_media_id: int | None = None
    rig_json: str | None = None
    retired_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return self.details.called or self.details.name


class Agreement(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class FamilyConsent:
    """A family member asked about the portrait (a co-griever): what they said, and whether
    they agreed to it or objected."""

    name: str
    relationship: str
    response: str  # what they said, in the user's words
    agreement: Agreement = Agreement.UNKNOWN  # YES: agreed; NO: objected

    @property
    def objects(self) -> bool:
        return self.agreement is Agreement.NO


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """Who made the portrait, whether the person agreed while alive, who else was asked.

    A portrait a living person recorded themselves ("Record for my family") has
    `self_recorded` set: the creator is the person, who agreed, and `for_whom` says whom
    they recorded it for.
    """

    creator: str
    creator_relationship: str
    agreed_in_life: Agreement
    family: tuple[FamilyConsent, ...] = ()
    recorded_at: datetime | None = None
    note: str = ""
    self_recorded: bool = False
    for_whom: str = ""

    @property
    def objections(self) -> tuple[FamilyConsent, ...]:
        """The family members who objected: shown before every share."""
        return tuple(f for f in self.family if f.objects)


class SayingKind(StrEnum):
    SAYING = "saying"  # a phrase they said (verbatim)
    MEMORY = "memory"  # something the user remembers about them
    STYLE_EXAMPLE = "style"  # a short exchange showing how they spoke


class SourceKind(StrEnum):
    TYPED = "typed"
    CLIP = "clip"
    CHAT = "chat"


class SayingCaution(StrEnum):
    """Whether a saying could read as an invitation to join them after a death ("Come home
    soon, I'm waiting for you"), and what the person decided."""

    NONE = ""
    MARKED = "invitation"  # marked at import, waiting for the person to decide
    KEPT = "kept"  # kept among their words (the portrait still never says it aloud)
    SET_ASIDE = "set-aside"  # not used in conversations at all; still in the vault

    @property
    def usable(self) -> bool:
        """Whether the conversation may draw on it (as context; never said verbatim)."""
        return self in (SayingCaution.NONE, SayingCaution.KEPT)


@dataclass(frozen=True, slots=True)
class Saying:
    id: int
    persona_id: int
    kind: SayingKind
    text: str
    source: SourceKind
    confirmed: bool
    context: str = ""  # for style examples: what was said to them
    clip_id: int | None = None
    clip_start_s: float | None = None
    clip_end_s: float | None = None
    supplied_by: str = ""
    added_at: datetime | None = None
    caution: SayingCaution = SayingCaution.NONE
    answer_id: int | None = None  # the interview answer it was transcribed from


class MediaKind(StrEnum):
    PHOTO = "photo"
    CLIP = "clip"


@dataclass(frozen=True, slots=True)
class MediaInfo:
    id: int
    persona_id: int
    kind: MediaKind
    filename: str
    size: int
    supplied_by: str
    added_at: datetime
    duration_s: float | None = None


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something an import left out, and why (shown to the user). `line`: the line of the chat
    export it was, when `what` names only that line. `count` and `limit`: for parts left out
    over a bound, how many were left out and the bound, so the window can word them in its
    language (`kind` names which bound); `what` and `reason` say the same in English."""

    what: str
    reason: str
    line: int = 0
    kind: SkipKind | None = None
    count: int = 0
    limit: int = 0


class SkipKind(StrEnum):
    """A bound an import keeps, for `Skipped.kind`."""

    VOICE_NOTES = "voice_notes"  # at most MAX_VOICE_NOTES voice notes from one chat
    CHAT_WORDS = "chat_words"  # at most MAX_CHAT_WORDS sayings and memories from one chat


@dataclass(frozen=True, slots=True)
class ImportReport:
    sayings: int = 0
    memories: int = 0
    style_examples: int = 0
    clips: int = 0
    photos: int = 0
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    marked: int = 0  # sayings that could read as an invitation, for the person to decide
