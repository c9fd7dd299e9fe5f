"""The voice a portrait speaks with: the installed synthetic voice shaped to their base.

A portrait keeps a voice base (a woman's or a man's: chosen on its page, else from the
relationship) and, once fitted to their clips or set by hand, a shape of its own
(core/voice.py). The installed voice's own pitch says which base it is; the plan is then
their shape, or the pleasant default that turns it into the other base, or the voice as it
is. Measuring the installed voice synthesises two sentences once per voice and process.
Worker threads (it loads the voice).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.core.conversation import PersonaVoice
from desktop.core.persona import PersonaDetails
from desktop.core.voice import VoiceBase, VoiceShape, base_of_voice, voice_plan
from desktop.voice.audio import Samples
from desktop.voice.tts import PiperSpeaker

_pitches: dict[Path, float] = {}
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class VoiceChoice:
    base: VoiceBase | None  # their base (None: not known; the voice stays as it is)
    custom: VoiceShape | None  # fitted to their clips or set by hand


def choice_of(details: PersonaDetails) -> VoiceChoice:
    return VoiceChoice(
        details.chosen_voice_base, details.voice_shape if details.has_custom_voice else None
    )


def choice_of_voice(voice: PersonaVoice) -> VoiceChoice:
    base = VoiceBase(voice.voice_base) if voice.voice_base in set(VoiceBase) else None
    return VoiceChoice(base, voice.voice_shape)


def installed_voice_pitch(tts: PiperSpeaker) -> float:
    """The median pitch (Hz) of the installed voice as it is; 0 when it could not be told."""
    with _lock:
        known = _pitches.get(tts.model_path)
    if known is not None:
        return known
    from desktop.voice.voice_fit import voice_pitch_hz

    kept = tts.shape

    def synthesize(text: str, length_scale: float) -> tuple[Samples, int]:
        tts.set_shape(VoiceShape(length_scale=length_scale))
        chunk = tts.synthesize(text)
        return chunk.audio, chunk.sample_rate

    try:
        pitch = voice_pitch_hz(synthesize)
    finally:
        tts.set_shape(kept)
    with _lock:
        _pitches[tts.model_path] = pitch
    return pitch


def plan_for(tts: PiperSpeaker, choice: VoiceChoice) -> VoiceShape:
    """The shape to speak with (see core/voice.py `voice_plan`)."""
    if choice.custom is not None:
        return choice.custom.clamped()
    if choice.base is None:
        return VoiceShape()
    pitch = installed_voice_pitch(tts)
    return voice_plan(choice.base, None, base_of_voice(pitch), pitch)


def shape_speaker(tts: PiperSpeaker, choice: VoiceChoice) -> VoiceShape:
    """Make `tts` speak with the portrait's voice; returns the shape used."""
    shape = plan_for(tts, choice)
    tts.set_shape(shape)
    return shape
