"""Files made to the formats Keepsake imports: SILK (encoded by pysilk itself), AMR, Ogg Opus."""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from desktop.voice.audio import CAPTURE_RATE, Samples, resample


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
    import av

    buf = io.BytesIO()
    container: Any = av.open(buf, mode="w", format=fmt)
    with container:
        stream = container.add_stream(codec, rate=rate, layout="mono")
        stream.bit_rate = bit_rate
        frame = av.AudioFrame.from_ndarray(
            _pcm16(audio, CAPTURE_RATE, rate).reshape(1, -1), format="s16", layout="mono"
        )
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buf.getvalue()


def make_amr(audio: Samples) -> bytes:
    """An AMR-NB voice message (8 kHz), as old WeChat and QQ kept them."""
    return _encode(audio, "amr", "libopencore_amrnb", 8000, 12_200)


def make_opus(audio: Samples) -> bytes:
    """A WhatsApp voice note: Ogg Opus at 48 kHz."""
    return _encode(audio, "ogg", "libopus", 48_000, 32_000)
