"""The voice base, WORLD reshaping, the speaker encoder and the fit of a shape to clips.

No recordings of a woman install with a package here, so the "person" is Piper's voice
reshaped by known amounts (pitch, intonation, formants, rate); the fit must recover them, and
the adapted voice must sound more like held-back sentences of that person to the speaker
encoder than the unadapted voice does. Speech recognition must still understand it.
"""

from __future__ import annotations

import builtins
import json
import re
import sys

import numpy as np
import pytest

from desktop.bench.voice import FIT, HELD_BACK, HER
from desktop.core.errors import ModelMissingError
from desktop.core.voice import (
    VoiceBase,
    VoiceShape,
    base_for_relationship,
    base_of_voice,
    default_shape,
)
from desktop.voice.audio import CAPTURE_RATE, resample
from desktop.voice.bundled import BundledFile
from desktop.voice.speaker_embedding import SpeakerEncoder, log_mel_frames
from tests.support.paths import DATA


@pytest.mark.parametrize(
    ("relationship", "base"),
    [
        ("mother", VoiceBase.WOMAN),
        ("my mum", VoiceBase.WOMAN),
        ("Grandma Rose", VoiceBase.WOMAN),
        ("妈妈", VoiceBase.WOMAN),
        ("舅妈", VoiceBase.WOMAN),
        ("father", VoiceBase.MAN),
        ("Dad", VoiceBase.MAN),
        ("外公", VoiceBase.MAN),
        ("舅舅", VoiceBase.MAN),
        ("friend", None),
        ("", None),
        ("mother and father", None),
    ],
)
def test_the_voice_base_follows_the_relationship(relationship: str, base: VoiceBase) -> None:
    assert base_for_relationship(relationship) is base


def test_each_base_has_a_default_shape_for_the_installed_voice() -> None:
    assert base_of_voice(140.0) is VoiceBase.MAN and base_of_voice(210.0) is VoiceBase.WOMAN
    assert default_shape(VoiceBase.MAN, VoiceBase.MAN, 140.0) == VoiceShape()
    woman = default_shape(VoiceBase.WOMAN, VoiceBase.MAN, 140.0)
    assert woman.pitch_semitones == pytest.approx(12 * np.log2(205 / 140), abs=0.01)
    assert woman.formant_scale > 1.1 and woman.pitch_range > 1.0 and woman.reshapes
    man = default_shape(VoiceBase.MAN, VoiceBase.WOMAN, 220.0)
    assert man.pitch_semitones < -5 and man.formant_scale < 0.9
    wild = VoiceShape(30.0, 5.0, 2.0, 0.1).clamped()
    assert wild == VoiceShape(14.0, 1.8, 1.35, 0.6)
    assert not VoiceShape(length_scale=1.3).reshapes  # the rate alone is Piper's


def _signal() -> np.ndarray:
    rng = np.random.default_rng(16)
    t = np.arange(2 * CAPTURE_RATE) / CAPTURE_RATE
    tone = 0.3 * np.sin(2 * np.pi * (200 + 300 * t) * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * t))
    return (tone + 0.05 * rng.normal(0, 1, len(t))).astype(np.float32)


def test_the_encoders_front_end_matches_librosa() -> None:
    reference = json.loads((DATA / "dvector_log_mel_reference.json").read_text())
    features = log_mel_frames(_signal())
    assert list(features.shape) == reference["shape"]
    ours = features.reshape(-1)[:: reference["stride"]]
    assert np.abs(ours - np.array(reference["values"])).max() < 1e-3


def test_a_missing_vocoder_or_encoder_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.voice import world_voice

    real_import = builtins.__import__

    def no_pyworld(name: str, *args: object, **kwargs: object) -> object:
        if name == "pyworld":
            raise ImportError("No module named 'pyworld'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "pyworld", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_pyworld)
    assert not world_voice.vocoder_available()
    with pytest.raises(world_voice.VocoderUnavailableError):
        world_voice.reshape(_signal(), CAPTURE_RATE, VoiceShape(pitch_semitones=3.0))
    monkeypatch.setattr(builtins, "__import__", real_import)
    missing = BundledFile("encoder", "no_such_package_here", "models", "*.onnx")
    with pytest.raises(ModelMissingError):
        missing.find()


# --- with the real voice ---------------------------------------------------------------------


class Voices:
    """Piper without its random variation, saying things at a length scale, 16 kHz."""

    def __init__(self) -> None:
        from desktop.models.catalogue import ModelRole, default_for
        from desktop.models.verify import locate
        from desktop.voice.tts import PiperSpeaker

        folder = locate(default_for(ModelRole.TEXT_TO_SPEECH))
        assert folder is not None
        self.piper = PiperSpeaker(
            folder / "en_US-joe-medium.onnx", noise_scale=0.0, noise_w_scale=0.0
        )
        self.piper.load()

    def synthesize(self, text: str, length_scale: float) -> tuple[np.ndarray, int]:
        self.piper.length_scale = length_scale
        chunk = self.piper.synthesize(text)
        return chunk.audio, chunk.sample_rate

    def say(self, texts: tuple[str, ...], shape: VoiceShape) -> np.ndarray:
        from desktop.voice.world_voice import reshape

        out = []
        for text in texts:
            audio, rate = self.synthesize(text, shape.length_scale)
            out.append(resample(reshape(audio, rate, shape), rate, CAPTURE_RATE))
        return np.concatenate(out)


@pytest.fixture(scope="module")
def voices() -> Voices:
    return Voices()


@pytest.mark.slow
def test_reshaping_moves_pitch_and_formants_by_known_amounts(voices: Voices) -> None:
    from desktop.voice.voice_fit import formant_scale_between, mean_envelope, pitch_profile
    from desktop.voice.world_voice import analyse, reshape, reshape_f0

    audio, rate = voices.synthesize(FIT[1], 1.0)
    shape = VoiceShape(pitch_semitones=5.0, pitch_range=1.2, formant_scale=1.15)
    shaped = reshape(audio, rate, shape)
    assert len(shaped) == len(audio)  # phoneme timings hold
    level = np.sqrt(np.mean(audio**2))
    assert np.sqrt(np.mean(shaped**2)) == pytest.approx(level, rel=0.02)
    asked = reshape_f0(analyse(audio, rate).f0, 5.0, 1.2)
    heard = pitch_profile([(shaped, rate)])
    assert 12 * np.log2(heard.median_hz / np.median(asked[asked > 0])) == pytest.approx(0, abs=1)
    stretch = formant_scale_between(mean_envelope([(audio, rate)]), mean_envelope([(shaped, rate)]))
    assert stretch == pytest.approx(1.15, abs=0.03)
    assert reshape(audio, rate, VoiceShape(length_scale=1.2)) is audio  # nothing to do


@pytest.mark.slow
def test_a_womans_default_voice_stays_intelligible(voices: Voices) -> None:
    from tests.support.voice import shared_adapters

    woman = default_shape(VoiceBase.WOMAN, VoiceBase.MAN, 140.0)
    for text in (FIT[0], HELD_BACK[2]):
        heard = shared_adapters().stt.transcribe(voices.say((text,), woman))
        said = re.findall(r"[a-z']+", text.lower())
        got = set(re.findall(r"[a-z']+", heard.lower()))
        assert sum(w in got for w in said) >= 0.8 * len(said), heard


@pytest.mark.slow
def test_the_fit_recovers_a_known_shape_and_the_likeness_follows(voices: Voices) -> None:
    from desktop.voice.voice_fit import fit_shape

    clips = [(voices.say((text,), HER), CAPTURE_RATE, text) for text in FIT]
    encoder = SpeakerEncoder()
    shape = fit_shape(voices.synthesize, clips, encoder)
    assert shape.pitch_semitones == pytest.approx(HER.pitch_semitones, abs=1.0)
    assert shape.pitch_range == pytest.approx(HER.pitch_range, abs=0.15)
    assert shape.formant_scale == pytest.approx(HER.formant_scale, abs=0.03)
    assert shape.length_scale == pytest.approx(HER.length_scale, rel=0.08)
    her = voices.say(HELD_BACK, HER)
    adapted = encoder.similarity(voices.say(HELD_BACK, shape), her)
    unadapted = encoder.similarity(voices.say(HELD_BACK, VoiceShape()), her)
    assert adapted >= unadapted + 0.1
    assert encoder.similarity(her, her) == pytest.approx(1.0, abs=1e-5)


@pytest.mark.slow
def test_piper_speaks_with_the_shape_and_falls_back_to_a_pitch_shift(
    voices: Voices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.voice import world_voice

    piper = voices.piper
    piper.set_shape(VoiceShape())
    plain = piper.synthesize(HELD_BACK[1])
    woman = default_shape(VoiceBase.WOMAN, VoiceBase.MAN, 140.0)
    piper.set_shape(woman)
    shaped = piper.synthesize(HELD_BACK[1])
    assert len(shaped.audio) == len(plain.audio) and shaped.phonemes == plain.phonemes
    assert not np.allclose(shaped.audio, plain.audio)

    def broken(*_args: object) -> object:
        raise world_voice.VocoderUnavailableError("pyworld: not installed")

    monkeypatch.setattr(world_voice, "reshape", broken)
    piper._vocoder_failed = False
    fallback = piper.synthesize(HELD_BACK[1])  # today's pitch shift, never a crash
    assert len(fallback.audio) == len(plain.audio)
    assert not np.allclose(fallback.audio, plain.audio)
    piper.set_shape(VoiceShape())


def test_a_portraits_voice_is_kept_with_it_and_old_portraits_read_the_same() -> None:
    from dataclasses import replace

    from desktop.core.persona import PersonaDetails
    from desktop.core.voice import voice_plan
    from desktop.vault.persona_codec import details_from_json, details_to_json

    mum = PersonaDetails(name="Rose", relationship="mother")
    assert mum.chosen_voice_base is VoiceBase.WOMAN and not mum.has_custom_voice
    plan = voice_plan(mum.chosen_voice_base, None, VoiceBase.MAN, 140.0)
    assert plan == default_shape(VoiceBase.WOMAN, VoiceBase.MAN, 140.0)
    edited = replace(mum, voice_base="man", voice_custom=True, voice_formant_scale=0.95)
    back = details_from_json(details_to_json(edited), "Rose")
    assert back == edited and back.chosen_voice_base is VoiceBase.MAN
    assert voice_plan(back.chosen_voice_base, back.voice_shape, VoiceBase.MAN, 140.0) == (
        VoiceShape(formant_scale=0.95)
    )
    old = details_from_json('{"relationship": "father", "voice_pitch_semitones": -2.0}', "Jim")
    assert old.has_custom_voice and old.voice_shape == VoiceShape(pitch_semitones=-2.0)
    assert voice_plan(None, None, VoiceBase.MAN, 140.0) == VoiceShape()


@pytest.mark.slow
def test_every_optional_part_reports_itself_and_a_broken_one_names_its_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.voice import bundled, components

    lines = [c.line for c in components.voice_components()]
    assert all(": ok (" in line for line in lines), lines
    gone = bundled.BundledFile("Smart Turn v3", "no_such_package_here", "data", "*.onnx")
    monkeypatch.setattr(bundled, "SMART_TURN", gone)
    monkeypatch.setattr("desktop.voice.smart_turn.SMART_TURN", gone)
    first = components.voice_components()[0]
    assert not first.available and "using a fixed pause before replying" in first.line


@pytest.mark.slow
def test_the_installed_voice_is_a_mans_and_its_womans_default_lands_near_a_womans_pitch(
    voices: Voices,
) -> None:
    from desktop.voice.voice_fit import pitch_profile, voice_pitch_hz

    pitch = voice_pitch_hz(voices.synthesize)
    assert base_of_voice(pitch) is VoiceBase.MAN
    woman = default_shape(VoiceBase.WOMAN, base_of_voice(pitch), pitch)
    spoken = voices.say(HELD_BACK, woman)
    heard = pitch_profile([(spoken, CAPTURE_RATE)]).median_hz
    assert 185 <= heard <= 235  # around a woman's typical 205 Hz
