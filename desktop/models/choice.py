"""Which installed models can serve a conversation in a given language.

The user's choices in Settings come first. When the chosen speech recognition or voice does not
speak the persona's language (an English-only Whisper for a Mandarin persona), another installed
model that does is used instead; when none is installed, that part is left out (typing, or
captions) and the caller says which model to get. Pure apart from looking at the models folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.models.installed import all_entries
from desktop.models.types import CatalogueEntry, ModelRole
from desktop.models.verify import locate


class ChoiceNote(StrEnum):
    STT_SWITCHED = "stt-switched"  # another installed recogniser speaks the language
    VOICE_SWITCHED = "voice-switched"
    NO_STT = "no-stt"  # none installed: typing only
    NO_VOICE = "no-voice"  # none installed: captions only
    NO_CHAT_MODEL = "no-chat-model"  # the language model cannot speak it: their words only


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    stt_model: str | None
    tts_voice: str | None
    notes: tuple[ChoiceNote, ...] = ()


def _base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower() or "en"


def understands(entry: CatalogueEntry, language: str) -> bool:
    return _base(language) in entry.languages or (
        entry.role is ModelRole.SPEECH_TO_TEXT and "multilingual" in entry.languages
    )


def _installed(role: ModelRole, models_dir: Path) -> list[CatalogueEntry]:
    return [
        e for e in all_entries(models_dir) if e.role is role and locate(e, models_dir) is not None
    ]


def models_for_language(
    stt_model: str, tts_voice: str, language: str, models_dir: Path
) -> LanguageChoice:
    notes: list[ChoiceNote] = []
    chosen: dict[ModelRole, str | None] = {}
    for role, wanted, switched, missing in (
        (ModelRole.SPEECH_TO_TEXT, stt_model, ChoiceNote.STT_SWITCHED, ChoiceNote.NO_STT),
        (ModelRole.TEXT_TO_SPEECH, tts_voice, ChoiceNote.VOICE_SWITCHED, ChoiceNote.NO_VOICE),
    ):
        installed = _installed(role, models_dir)
        current = next((e for e in installed if e.id == wanted), None)
        if current is not None and understands(current, language):
            chosen[role] = wanted
            continue
        other = next((e for e in installed if understands(e, language)), None)
        if other is None and current is not None and _base(language) == "en":
            chosen[role] = wanted
            continue
        chosen[role] = other.id if other is not None else None
        notes.append(switched if other is not None else missing)
    return LanguageChoice(
        chosen[ModelRole.SPEECH_TO_TEXT], chosen[ModelRole.TEXT_TO_SPEECH], tuple(notes)
    )
