"""Smart Turn v3, from the pipecat-ai wheel: its features, the model, and the rules over both.

The features are held to values computed once by Hugging Face's WhisperFeatureExtractor (the
extractor the model was trained with; tests/data/whisper_log_mel_reference.json). The model and
speech recognition then judge real speech: whole sentences, and the same sentences cut in the
middle with the intonation of a sentence that goes on (Piper says the whole sentence, the audio
is cut at a word boundary).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop.core.errors import ModelCorruptError, ModelMissingError
from desktop.voice.audio import CAPTURE_RATE, resample
from desktop.voice.bundled import SMART_TURN, BundledFile
from desktop.voice.end_of_turn import Decision, EndOfTurnConfig, PauseEvidence, decide
from desktop.voice.log_mel import FRAMES, N_MELS, WINDOW_SAMPLES, last_window, whisper_log_mel
from desktop.voice.smart_turn import SmartTurnModel
from tests.support.paths import DATA


def _test_signal() -> np.ndarray:
    rng = np.random.default_rng(16)
    t = np.arange(5 * CAPTURE_RATE) / CAPTURE_RATE
    tone = 0.3 * np.sin(2 * np.pi * (200 + 300 * t) * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3 * t))
    return (tone + 0.05 * rng.normal(0, 1, len(t))).astype(np.float32)


def test_the_features_match_whispers_feature_extractor() -> None:
    reference = json.loads((DATA / "whisper_log_mel_reference.json").read_text())
    features = whisper_log_mel(_test_signal())
    assert features.shape == (N_MELS, FRAMES) and features.dtype == np.float32
    ours = features.reshape(-1)[:: reference["stride"]]
    assert np.abs(ours - np.array(reference["values"])).max() < 1e-5


def test_the_window_is_the_last_eight_seconds() -> None:
    short = np.ones(100, dtype=np.float32)
    padded = last_window(short)
    assert len(padded) == WINDOW_SAMPLES and padded[-100:].all() and not padded[:-100].any()
    long = np.arange(WINDOW_SAMPLES + 50, dtype=np.float32)
    assert last_window(long)[0] == 50


def test_a_missing_package_or_a_broken_file_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError):
        BundledFile("nothing", "no_such_package_here", "data", "*.onnx").find()
    with pytest.raises(ModelMissingError):
        BundledFile("nothing", "desktop", "voice", "smart-turn-*.onnx").find()
    broken = tmp_path / "smart-turn-v3.9-cpu.onnx"
    broken.write_bytes(b"not a model")
    with pytest.raises(ModelCorruptError):
        SmartTurnModel(broken).load()


@pytest.mark.slow
def test_the_bundled_model_is_found_and_loads() -> None:
    path = SMART_TURN.find()
    assert path.name.startswith("smart-turn-v3") and path.name.endswith("-cpu.onnx")
    model = SmartTurnModel()
    assert 0.0 <= model.probability(np.zeros(CAPTURE_RATE, dtype=np.float32)) <= 1.0


SPLIT = (  # what is said before the person pauses, and the rest of the sentence
    ("I went to the market this morning and", "I bought the apples you like."),
    ("I was thinking that maybe we could", "go back to the lake this summer."),
    ("Work has been busy, because", "two people left the team."),
    ("Do you remember the time we", "got lost on the way to the coast?"),
)


def _said(text: str) -> tuple[np.ndarray, list[int]]:
    """Piper saying `text` at 16 kHz, and where each word ends (samples)."""
    from tests.support.voice import shared_adapters

    chunk = shared_adapters().tts.synthesize(text)
    audio = resample(chunk.audio, chunk.sample_rate, CAPTURE_RATE) * 0.5
    ends = [round(p.start_s * CAPTURE_RATE) for p in chunk.phonemes if p.phoneme == " "]
    return audio.astype(np.float32), ends


def _evidence(audio: np.ndarray, model: SmartTurnModel, silence_ms: int) -> PauseEvidence:
    from tests.support.voice import shared_adapters

    paused = np.concatenate([audio, np.zeros(CAPTURE_RATE * silence_ms // 1000, np.float32)])
    probability = model.probability(paused)
    transcript = shared_adapters().stt.transcribe(paused)
    return PauseEvidence(silence_ms, probability, transcript)


@pytest.mark.slow
def test_complete_sentences_end_the_turn_and_cut_ones_wait() -> None:
    """At 200 ms of silence a finished sentence ends the turn by the confirmation at the
    latest; a sentence cut where the speaker only paused waits (until more speech or the cap)."""
    model = SmartTurnModel()
    config = EndOfTurnConfig()
    for before, after in SPLIT:
        text = f"{before} {after}"
        audio, ends = _said(text)
        words = len(before.split())
        whole = _evidence(audio, model, 200)
        confirmed = PauseEvidence(config.confirm_ms, whole.probability, whole.transcript)
        assert decide(config, confirmed) is Decision.END, text
        cut = _evidence(audio[: ends[words - 1]], model, 200)
        for silence in (200, 500, 1000):
            later = PauseEvidence(silence, cut.probability, cut.transcript)
            assert decide(config, later) is Decision.WAIT, (text, cut.transcript)
        assert decide(config, PauseEvidence(config.cap_ms, cut.probability, cut.transcript)) is (
            Decision.END
        )
