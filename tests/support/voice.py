"""Speech made with Piper from known text, for the voice tests."""

from __future__ import annotations

import functools

import numpy as np

from desktop.core.settings import Settings
from desktop.services.engine_setup import Adapters, build_adapters
from desktop.voice.audio import CAPTURE_RATE, Samples, resample


@functools.cache
def shared_adapters() -> Adapters:
    """The default models, loaded once per test session (they are read-only)."""
    from pathlib import Path

    adapters = build_adapters(Settings(), Path("/nonexistent-models-dir"))
    adapters.tts.noise_scale = adapters.tts.noise_w_scale = 0.0  # the same speech every run
    assert adapters.llm is not None
    adapters.stt.load()
    adapters.llm.load()
    adapters.tts.load()
    return adapters


@functools.cache
def _speech(text: str) -> Samples:
    chunk = shared_adapters().tts.synthesize(text)
    audio = resample(chunk.audio, chunk.sample_rate, CAPTURE_RATE) * 0.5
    loud = np.flatnonzero(np.abs(audio) > 0.01)  # trim Piper's own leading/trailing silence
    margin = int(0.03 * CAPTURE_RATE)
    return audio[max(0, loud[0] - margin) : loud[-1] + margin]


def speech(text: str) -> Samples:
    """`text` spoken by the Piper voice, at 16 kHz, at a normal microphone level."""
    return _speech(text).copy()


def silence(seconds: float) -> Samples:
    return np.zeros(int(seconds * CAPTURE_RATE), dtype=np.float32)


def noise(seconds: float, level: float = 0.01, seed: int = 1) -> Samples:
    rng = np.random.default_rng(seed)
    return rng.normal(0, level, int(seconds * CAPTURE_RATE)).astype(np.float32)


def release_shared_adapters() -> None:
    """Free the native models before the interpreter exits (CTranslate2 and llama.cpp)."""
    if shared_adapters.cache_info().currsize:
        adapters = shared_adapters()
        if adapters.llm is not None:
            adapters.llm.close()
        adapters.stt._model = None
        adapters.tts._voice = None
        shared_adapters.cache_clear()
        import gc

        gc.collect()
