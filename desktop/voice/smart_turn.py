"""Smart Turn v3: has the person finished their turn, or only paused?

The model (BSD-2, about 8 MB, 23 languages including Chinese) ships inside the `pipecat-ai`
wheel, installed without its dependencies (see desktop/voice/bundled.py). It is a Whisper
encoder with a classifier: it hears the last 8 s of 16 kHz audio as Whisper log-mel features
(desktop/voice/log_mel.py) and answers the probability that the turn is complete, from the
intonation and the words together. onnxruntime runs it on one thread, with its telemetry off
before it loads. One instance per listener; `probability()` runs on the caller's thread
(the listener's, or a worker it hands the audio to).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop.core.errors import ModelCorruptError
from desktop.core.privacy import guard_before_native_import
from desktop.voice.audio import Samples
from desktop.voice.bundled import SMART_TURN
from desktop.voice.log_mel import whisper_log_mel


class SmartTurnModel:
    """The end-of-turn model. `load()` first (or let the first call load it)."""

    def __init__(self, path: Path | None = None, threads: int = 1) -> None:
        self._path = path
        self._threads = threads
        self._session: Any = None

    @property
    def path(self) -> Path:
        """The model file (ModelMissingError when pipecat-ai is not installed)."""
        return self._path if self._path is not None else SMART_TURN.find()

    def load(self) -> None:
        if self._session is not None:
            return
        path = self.path
        guard_before_native_import()  # onnxruntime's telemetry is off before it loads
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = self._threads
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 4
        try:
            session = onnxruntime.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelCorruptError(path, f"the end-of-turn model could not load ({exc})") from exc
        inputs = [i.name for i in session.get_inputs()]
        if inputs != ["input_features"]:
            raise ModelCorruptError(path, f"unexpected model inputs {inputs}")
        self._session = session

    def probability(self, audio: Samples) -> float:
        """P(the turn is complete) for a turn's audio (16 kHz) ending in the current pause."""
        if self._session is None:
            self.load()
        features = whisper_log_mel(audio)[None, :, :]
        out = self._session.run(None, {"input_features": features})
        return float(np.asarray(out[0]).reshape(-1)[0])
