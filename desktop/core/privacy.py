"""Keeping native libraries quiet: the switches that stop them from reporting home.

onnxruntime (1.29 and later) starts Microsoft telemetry on Linux unless
`ORT_DISABLE_TELEMETRY=1` is in the environment before it loads: about 9 s after loading it
looks up an events host over DNS and writes a device id under ~/.cache/Microsoft. Piper and
faster-whisper's voice activity detector load onnxruntime. faster-whisper also imports
huggingface_hub, which never reaches the network unless asked, but is told to stay offline all
the same. The other native libraries Keepsake loads (CTranslate2, llama.cpp, Qt, OpenCV,
SQLCipher, PortAudio, FFmpeg through PyAV) have no telemetry.

Call `silence_native_libraries()` at the start of every entry point, before anything imports
those libraries (never at import time), and `guard_before_native_import()` in each adapter just
before the import, for code that is used as a library. Both also cap oneMKL's instruction set
(`desktop.core.native_maths`), which must be chosen at the same moment.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from dataclasses import dataclass

from desktop.core.native_maths import steady_native_maths

ORT_TELEMETRY_VARIABLE = "ORT_DISABLE_TELEMETRY"
QUIET_ENVIRONMENT: tuple[tuple[str, str], ...] = (
    (ORT_TELEMETRY_VARIABLE, "1"),
    ("HF_HUB_OFFLINE", "1"),
    ("HF_HUB_DISABLE_TELEMETRY", "1"),
)


def silence_native_libraries(environ: MutableMapping[str, str] | None = None) -> None:
    """Entry points: set every switch, whatever the environment said (nothing is sent)."""
    env = os.environ if environ is None else environ
    for name, value in QUIET_ENVIRONMENT:
        env[name] = value
    steady_native_maths(env)


def guard_before_native_import(environ: MutableMapping[str, str] | None = None) -> None:
    """Adapters, just before importing onnxruntime or a library that loads it."""
    env = os.environ if environ is None else environ
    for name, value in QUIET_ENVIRONMENT:
        env.setdefault(name, value)
    steady_native_maths(env)


@dataclass(frozen=True, slots=True)
class TelemetryStatus:
    """What `keepsake doctor` reports: the onnxruntime switch and whether it is on."""

    variable: str
    value: str | None

    @property
    def disabled(self) -> bool:
        return self.value == "1"


def telemetry_status(environ: MutableMapping[str, str] | None = None) -> TelemetryStatus:
    env = os.environ if environ is None else environ
    return TelemetryStatus(ORT_TELEMETRY_VARIABLE, env.get(ORT_TELEMETRY_VARIABLE))
