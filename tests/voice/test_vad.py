"""Turn detection and speech recognition on real speech made with Piper."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, read_wav_16k, write_wav
from desktop.voice.vad import SileroStream, TurnConfig, TurnDetector, TurnSignalKind
from tests.support.voice import noise, shared_adapters, silence, speech

pytestmark = pytest.mark.slow


def _signals(audio: np.ndarray, config: TurnConfig | None = None) -> list[TurnSignalKind]:
    vad, detector = SileroStream(), TurnDetector(config or TurnConfig())
    pad = (-len(audio)) % CAPTURE_BLOCK
    audio = np.concatenate([audio, np.zeros(pad, dtype=np.float32)])
    out: list[TurnSignalKind] = []
    for i in range(0, len(audio), CAPTURE_BLOCK):
        block = audio[i : i + CAPTURE_BLOCK]
        out += [s.kind for s in detector.push(block, vad(block))]
    return out


def test_a_pause_inside_a_sentence_does_not_cut_the_turn() -> None:
    audio = np.concatenate(
        [
            silence(0.5),
            speech("I went to the market"),
            silence(0.45),
            speech("and bought apples."),
            silence(1.2),
        ]
    )
    kinds = _signals(audio)
    assert kinds.count(TurnSignalKind.SPEECH_STARTED) == 1
    assert kinds.count(TurnSignalKind.TURN_ENDED) == 1
    assert TurnSignalKind.PAUSED in kinds and TurnSignalKind.RESUMED in kinds


def test_noise_and_a_short_sound_do_not_start_a_turn() -> None:
    assert _signals(noise(3.0, level=0.02)) == []
    blip = speech("Mm.")[: int(0.15 * CAPTURE_RATE)]
    assert _signals(np.concatenate([silence(0.5), blip, silence(1.5)])) == []


def test_end_of_turn_silence_is_configurable() -> None:
    audio = np.concatenate([silence(0.3), speech("Hello there."), silence(1.0), speech("Yes.")])
    short = _signals(audio, TurnConfig(end_silence_ms=500))
    long = _signals(audio, TurnConfig(end_silence_ms=1500))
    assert short.count(TurnSignalKind.TURN_ENDED) >= 1
    assert long.count(TurnSignalKind.TURN_ENDED) == 0


def test_speech_in_a_wav_file_is_recognised(tmp_path) -> None:
    path = tmp_path / "said.wav"
    write_wav(
        path, np.concatenate([silence(0.3), speech("Have you eaten yet?"), silence(0.5)]), 16000
    )
    text = shared_adapters().stt.transcribe(read_wav_16k(path)).lower()
    assert "have you eaten" in text


def test_silence_and_noise_give_no_transcript_rather_than_a_hallucination() -> None:
    stt = shared_adapters().stt
    assert stt.transcribe(silence(3.0)) == ""
    assert stt.transcribe(noise(3.0, level=0.005)) == ""
    assert stt.transcribe(np.zeros(0, dtype=np.float32)) == ""
