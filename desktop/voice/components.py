"""Which of the voice engine's optional parts work on this PC, and what stands in for each.

The end-of-turn model, echo cancellation, the WORLD vocoder and the speaker encoder come from
packages that may be missing or broken on a given machine. None is needed to hold a
conversation: each has a fallback (today's fixed pause, the built-in echo guard, a plain pitch
shift, voice fitting without the encoder). `keepsake doctor` prints one line for each; the
engine uses `available` to choose. Checking loads each part once (a second or two); any thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.voice.audio import CAPTURE_RATE, PlaybackBuffer


@dataclass(frozen=True, slots=True)
class ComponentStatus:
    name: str
    available: bool
    detail: str  # where it came from, or why it does not work (English, for the doctor)
    fallback: str  # what is used instead when it does not

    @property
    def line(self) -> str:
        if self.available:
            return f"{self.name}: ok ({self.detail})"
        return f"{self.name}: not available ({self.detail}); using {self.fallback}"


def _check(name: str, fallback: str, probe: Callable[[], str]) -> ComponentStatus:
    try:
        return ComponentStatus(name, True, probe(), fallback)
    except Exception as exc:  # a broken package raises its own errors: never a crash
        return ComponentStatus(name, False, str(exc) or type(exc).__name__, fallback)


def _smart_turn() -> str:
    from desktop.voice.smart_turn import SmartTurnModel

    model = SmartTurnModel()
    model.probability(np.zeros(CAPTURE_RATE // 2, dtype=np.float32))
    return model.path.name


def _echo_cancellation() -> str:
    from desktop.voice.aec import WebRtcEchoCanceller

    canceller = WebRtcEchoCanceller(PlaybackBuffer(CAPTURE_RATE))
    canceller.process(np.zeros(512, np.float32), np.zeros(512, np.float32))
    from importlib.metadata import version

    return f"WebRTC AEC3 from livekit {version('livekit')}"


def _vocoder() -> str:
    from desktop.voice.world_voice import _world

    return f"pyworld {getattr(_world(), '__version__', '')}".strip()


def _speaker_encoder() -> str:
    from desktop.voice.speaker_embedding import SpeakerEncoder

    encoder = SpeakerEncoder()
    encoder.embed(np.zeros(CAPTURE_RATE, dtype=np.float32))
    return encoder.path.name


def voice_components() -> tuple[ComponentStatus, ...]:
    return (
        _check("end-of-turn model (Smart Turn v3)", "a fixed pause before replying", _smart_turn),
        _check("echo cancellation", "the built-in echo guard", _echo_cancellation),
        _check("voice shaping (WORLD vocoder)", "a plain pitch shift", _vocoder),
        _check("speaker encoder", "voice fitting by pitch and formants alone", _speaker_encoder),
    )
