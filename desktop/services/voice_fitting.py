"""Fitting the synthetic voice to their recordings, when a portrait is made from clips: the
WORLD vocoder's shape (pitch level and range, formants, rate), refined by the speaker encoder
when it is installed, or pitch and rate alone without the vocoder. Worker thread (seconds)."""

from __future__ import annotations

import numpy as np

from desktop.core.errors import KeepsakeError
from desktop.core.voice import VoiceShape
from desktop.vault.persona_records import NewSaying
from desktop.voice.audio import CAPTURE_RATE
from desktop.voice.audio_file import decode_audio_file
from desktop.voice.tts import PiperSpeaker
from desktop.voice.voice_match import Sample, VoiceAdjustment, fit_voice
from desktop.voice.world_voice import vocoder_available


def match_voice(
    tts: PiperSpeaker, prepared_clips: list[tuple[str, bytes, float]], words: list[NewSaying]
) -> VoiceShape | None:
    """The shape that brings the synthetic voice toward their recordings: pitch level and
    range, formants and rate through the WORLD vocoder, refined by the speaker encoder when it
    is installed (voice_fit.py); without the vocoder, pitch and rate only (voice_match.py)."""
    samples = []
    for index, (_name, data, _seconds) in enumerate(prepared_clips):
        text = " ".join(w.text for w in words if w.clip_index == index)
        if text:
            audio = decode_audio_file(data, CAPTURE_RATE)
            samples.append((audio, CAPTURE_RATE, text))
    if not samples:
        return None
    kept = tts.shape
    try:
        if vocoder_available():
            return _fit_shape(tts, samples)
        return _fit_pitch_and_rate(tts, samples)
    finally:
        tts.set_shape(kept)


def _fit_shape(tts: PiperSpeaker, samples: list[Sample]) -> VoiceShape:
    from desktop.voice.speaker_embedding import SpeakerEncoder
    from desktop.voice.voice_fit import fit_shape

    def synthesize(text: str, length_scale: float) -> tuple[np.ndarray, int]:
        tts.set_shape(VoiceShape(length_scale=length_scale))
        chunk = tts.synthesize(text)
        return chunk.audio, chunk.sample_rate

    encoder: SpeakerEncoder | None = SpeakerEncoder()
    try:
        assert encoder is not None
        encoder.load()
    except KeepsakeError:
        encoder = None  # fitted by pitch and formants alone
    return fit_shape(synthesize, samples, encoder)


def _fit_pitch_and_rate(tts: PiperSpeaker, samples: list[Sample]) -> VoiceShape:
    def synthesize(text: str, adjustment: VoiceAdjustment) -> tuple[np.ndarray, int]:
        tts.adjust(adjustment.length_scale, adjustment.pitch_semitones)
        chunk = tts.synthesize(text)
        return chunk.audio, chunk.sample_rate

    adjustment = fit_voice(synthesize, samples)
    return VoiceShape(adjustment.pitch_semitones, length_scale=adjustment.length_scale).clamped()
