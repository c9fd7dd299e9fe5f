"""Streaming voice activity detection and turn detection.

`SileroStream` runs the Silero VAD model that faster-whisper ships (no download) on one
32 ms block at a time, keeping its recurrent state between blocks. `TurnDetector` is pure
logic over (block, probability) pairs: pre-roll, minimum speech length, end-of-turn silence,
and an early "pause" signal so speech recognition can start before the turn is confirmed.
It counts samples, not wall time, so it behaves the same on a live microphone and a file.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.privacy import guard_before_native_import
from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, Samples

_CONTEXT = 64


def silero_model_path() -> Path:
    guard_before_native_import()  # faster-whisper brings huggingface_hub
    from faster_whisper.utils import get_assets_path

    return Path(get_assets_path()) / "silero_vad_v6.onnx"


class SileroStream:
    """Speech probability per 512-sample block. One instance per audio stream; one thread."""

    def __init__(self, path: Path | None = None) -> None:
        guard_before_native_import()  # onnxruntime's telemetry is off before it loads
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = 1
        opts.intra_op_num_threads = 1
        opts.log_severity_level = 4
        self._session: Any = onnxruntime.InferenceSession(
            str(path or silero_model_path()), providers=["CPUExecutionProvider"], sess_options=opts
        )
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)

    def __call__(self, block: Samples) -> float:
        if len(block) != CAPTURE_BLOCK:
            raise ValueError(f"VAD blocks are {CAPTURE_BLOCK} samples")
        x = np.concatenate([self._context, block.astype(np.float32)])[None, :]
        out, self._h, self._c = self._session.run(None, {"input": x, "h": self._h, "c": self._c})
        self._context = block[-_CONTEXT:].astype(np.float32)
        return float(np.asarray(out).reshape(-1)[0])


@dataclass(frozen=True, slots=True)
class TurnConfig:
    threshold: float = 0.5
    neg_threshold: float = 0.35
    preroll_ms: int = 300
    min_speech_ms: int = 300
    end_silence_ms: int = 600
    pause_ms: int = 240
    max_turn_s: float = 30.0


class TurnSignalKind(StrEnum):
    SPEECH_STARTED = "speech-started"
    PAUSED = "paused"  # a pause that may end the turn: start transcribing now
    RESUMED = "resumed"  # the pause was only a breath
    TURN_ENDED = "turn-ended"


@dataclass(frozen=True, slots=True)
class TurnSignal:
    kind: TurnSignalKind
    audio: Samples | None = None  # the turn so far (PAUSED) or the whole turn (TURN_ENDED)


def _blocks(ms: float) -> int:
    return max(1, round(ms / 1000 * CAPTURE_RATE / CAPTURE_BLOCK))


class TurnDetector:
    """Feeds on (block, speech probability); says when a turn starts, pauses and ends."""

    def __init__(self, config: TurnConfig = TurnConfig()) -> None:
        self.config = config
        self._preroll: deque[Samples] = deque(maxlen=_blocks(config.preroll_ms))
        self._turn: list[Samples] = []
        self._speech_blocks = 0
        self._silence_blocks = 0
        self._confirmed = False
        self._paused = False

    @property
    def in_turn(self) -> bool:
        return self._confirmed

    def reset(self) -> None:
        self._preroll.clear()
        self._turn = []
        self._speech_blocks = 0
        self._silence_blocks = 0
        self._confirmed = False
        self._paused = False

    def push(self, block: Samples, probability: float) -> list[TurnSignal]:
        c = self.config
        if not self._turn:
            if probability >= c.threshold:
                self._turn = [*self._preroll, block]
                self._preroll.clear()
                self._speech_blocks, self._silence_blocks = 1, 0
            else:
                self._preroll.append(block)
            return []
        self._turn.append(block)
        speaking = probability >= (c.neg_threshold if self._silence_blocks == 0 else c.threshold)
        if speaking:
            self._speech_blocks += 1
            self._silence_blocks = 0
        else:
            self._silence_blocks += 1
        out: list[TurnSignal] = []
        if not self._confirmed:
            if self._speech_blocks >= _blocks(c.min_speech_ms):
                self._confirmed = True
                out.append(TurnSignal(TurnSignalKind.SPEECH_STARTED))
            elif self._silence_blocks >= _blocks(c.pause_ms):
                self.reset()  # a click, a cough, a short "mm": not a turn
            return out
        if speaking and self._paused:
            self._paused = False
            out.append(TurnSignal(TurnSignalKind.RESUMED))
        if not speaking and not self._paused and self._silence_blocks >= _blocks(c.pause_ms):
            self._paused = True
            out.append(TurnSignal(TurnSignalKind.PAUSED, self.audio()))
        too_long = len(self._turn) >= _blocks(c.max_turn_s * 1000)
        if self._silence_blocks >= _blocks(c.end_silence_ms) or too_long:
            audio = self.audio()
            self.reset()
            out.append(TurnSignal(TurnSignalKind.TURN_ENDED, audio))
        return out

    @property
    def silence_ms(self) -> float:
        """Milliseconds of silence since the person last spoke in this turn (0 when speaking)."""
        return self._silence_blocks * CAPTURE_BLOCK * 1000 / CAPTURE_RATE

    def end_now(self) -> TurnSignal | None:
        """End the confirmed turn at once (the end-of-turn rules decided); None if none."""
        if not self._confirmed:
            return None
        audio = self.audio()
        self.reset()
        return TurnSignal(TurnSignalKind.TURN_ENDED, audio)

    def audio(self) -> Samples:
        if not self._turn:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(self._turn)
