"""Echo cancellation with WebRTC's AEC3, through the `livekit` wheel's audio processing module.

WebRTC's audio processing module is what browsers and video calls use: an adaptive filter that
learns the room's echo path (delay, reverberation, the speaker's colouring) from what was
played, a residual-echo suppressor for the part it cannot model, and a high-pass filter. The
`livekit` wheel bundles it (`rtc.AudioProcessingModule`), prebuilt for Linux, macOS and
Windows, Apache-2.0; it runs in-process and opens no connection.

The module works on 10 ms frames of 16-bit audio: for each frame, first the *far end* (exactly
what the speakers played during those 10 ms), then the *near end* (the microphone), which it
returns with the echo removed. The microphone arrives in 32 ms blocks stamped with the time of
their last sample; the playback buffer keeps what the device played, stamped the same way, so
each block is matched with the playback of the same 32 ms, and both are cut into 10 ms frames
(the last 2 ms wait for the next block). The echo path's remaining delay (the room, the sound
card's buffers) is found by AEC3's own delay estimator. Runs on the engine's listener thread.
"""

from __future__ import annotations

from typing import Any, Protocol

import numpy as np

from desktop.core.errors import KeepsakeError
from desktop.voice.audio import CAPTURE_RATE, PlaybackBuffer, Samples

FRAME = CAPTURE_RATE // 100  # 10 ms


class EchoCancellerUnavailableError(KeepsakeError):
    """The echo cancellation library is missing or failed to start (the listener falls back)."""


class EchoCanceller(Protocol):
    def clean(self, block: Samples, capture_end: float) -> Samples:
        """The microphone block with the portrait's own voice removed."""
        ...


def _int16(audio: Samples) -> bytes:
    return np.clip(np.round(audio * 32767.0), -32768, 32767).astype("<i2").tobytes()


def played_during(playback: PlaybackBuffer, capture_end: float, frames: int) -> Samples:
    """What the speakers played in the `frames` samples (16 kHz) up to `capture_end`; silence
    where nothing was played (yet) or the history no longer reaches."""
    ref = playback.reference()
    out = np.zeros(frames, dtype=np.float32)
    end = len(ref.audio) - round((ref.end_time - capture_end) * CAPTURE_RATE)
    lo, hi = max(end - frames, 0), min(end, len(ref.audio))
    if hi > lo:
        out[lo - (end - frames) : hi - (end - frames)] = ref.audio[lo:hi]
    return out


class WebRtcEchoCanceller:
    """AEC3 in front of the VAD. One instance per microphone stream; the listener thread."""

    def __init__(
        self,
        playback: PlaybackBuffer,
        noise_suppression: bool = False,
        stream_delay_ms: int = 0,
    ) -> None:
        self._playback = playback
        self._noise_suppression = noise_suppression
        self._delay_ms = stream_delay_ms
        self._apm: Any = None
        self._frame_type: Any = None
        self._near = np.zeros(0, dtype=np.float32)
        self._far = np.zeros(0, dtype=np.float32)
        self._out = np.zeros(FRAME, dtype=np.float32)  # the output runs one frame behind
        self.newest = np.zeros(0, dtype=np.float32)  # the newest cleaned samples (see process)

    def load(self) -> None:
        """Start the module; EchoCancellerUnavailableError if the library is missing or broken."""
        if self._apm is not None:
            return
        try:
            from livekit import rtc

            self._apm = rtc.AudioProcessingModule(
                echo_cancellation=True,
                noise_suppression=self._noise_suppression,
                high_pass_filter=True,
            )
            self._frame_type = rtc.AudioFrame
        except Exception as exc:  # ImportError, OSError from the native library, its errors
            raise EchoCancellerUnavailableError(f"WebRTC echo cancellation: {exc}") from exc

    def clean(self, block: Samples, capture_end: float) -> Samples:
        far = played_during(self._playback, capture_end, len(block))
        return self.process(block, far)

    def process(self, near: Samples, far: Samples) -> Samples:
        """Cancel `far` (what was played, same times and length) from `near` (the microphone).

        Returns as many samples as given, 10 ms later than they came in (the module works on
        whole frames; the stream starts with 10 ms of silence). `newest` keeps the last
        `len(near)` samples the module has cleaned so far, 2-10 ms newer than what is returned:
        the barge-in witness measures them, so it hears the person one frame sooner."""
        if self._apm is None:
            self.load()
        self._near = np.concatenate([self._near, near.astype(np.float32)])
        self._far = np.concatenate([self._far, far.astype(np.float32)])
        done = (len(self._near) // FRAME) * FRAME
        cleaned = [self._out]
        for start in range(0, done, FRAME):
            frame = slice(start, start + FRAME)
            cleaned.append(self._frame(self._near[frame], self._far[frame]))
        self._near, self._far = self._near[done:], self._far[done:]
        out = np.concatenate(cleaned)
        self.newest = out[-len(near) :] if len(near) else out[:0]
        self._out = out[len(near) :]
        return out[: len(near)]

    def _frame(self, near: Samples, far: Samples) -> Samples:
        frame = self._frame_type
        self._apm.process_reverse_stream(frame(_int16(far), CAPTURE_RATE, 1, FRAME))
        mic = frame(_int16(near), CAPTURE_RATE, 1, FRAME)
        self._apm.set_stream_delay_ms(self._delay_ms)
        self._apm.process_stream(mic)
        return np.frombuffer(mic.data, dtype="<i2").astype(np.float32) / 32768.0
