"""Files made to the formats Keepsake imports: SILK (encoded by pysilk itself), AMR, Ogg Opus."""

from __future__ import annotations

import io

import numpy as np

from desktop.vault.interviews import AnswerClip
from desktop.voice.audio import CAPTURE_RATE, Samples, resample
from desktop.voice.voice_message import encode_pcm


def tone(seconds: float, hz: float = 220.0, rate: int = CAPTURE_RATE) -> Samples:
    t = np.arange(int(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def _pcm16(audio: Samples, rate_in: int, rate_out: int) -> np.ndarray:
    return (np.clip(resample(audio, rate_in, rate_out), -1, 1) * 32767).astype("<i2")


def make_silk(audio: Samples, tencent: bool = True, rate: int = 24_000) -> bytes:
    """A WeChat voice message: `audio` (16 kHz) encoded to SILK v3 by pysilk."""
    import pysilk

    out = io.BytesIO()
    pcm = _pcm16(audio, CAPTURE_RATE, rate)
    pysilk.encode(io.BytesIO(pcm.tobytes()), out, rate, 24_000, tencent=tencent)
    return out.getvalue()


def _encode(audio: Samples, fmt: str, codec: str, rate: int, bit_rate: int) -> bytes:
    return encode_pcm(_pcm16(audio, CAPTURE_RATE, rate), rate, fmt, codec, bit_rate)


def make_amr(audio: Samples) -> bytes:
    """An AMR-NB voice message (8 kHz), as old WeChat and QQ kept them."""
    return _encode(audio, "amr", "libopencore_amrnb", 8000, 12_200)


def make_opus(audio: Samples) -> bytes:
    """A WhatsApp voice note: Ogg Opus at 48 kHz."""
    return _encode(audio, "ogg", "libopus", 48_000, 32_000)


def flac(seconds: float, hz: float = 220.0, rate: int = CAPTURE_RATE) -> bytes:
    """A tone as a FLAC file, as Keepsake keeps recordings."""
    from desktop.voice.voice_message import encode_flac

    return encode_flac((tone(seconds, hz, rate) * 32767).astype("<i2"), rate)


def answer_flac(seconds: float) -> AnswerClip:
    """An interview answer's recording: a tone as FLAC."""
    return AnswerClip("answer.flac", flac(seconds), seconds)
