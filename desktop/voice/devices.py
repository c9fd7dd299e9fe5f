"""Listing the audio devices (sounddevice / PortAudio) and explaining why there are none."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AudioDevice:
    index: int
    name: str
    host_api: str
    max_input_channels: int
    max_output_channels: int
    default_samplerate: float
    is_default_input: bool = False
    is_default_output: bool = False


class AudioProblem(StrEnum):
    NO_PORTAUDIO = "no-portaudio"
    NO_SOUNDDEVICE = "no-sounddevice"
    PORTAUDIO_FAILED = "portaudio-failed"
    NO_DEVICES = "no-devices"


@dataclass(frozen=True, slots=True)
class AudioReport:
    """The audio devices found, or why there are none (`reason`)."""

    portaudio: str | None
    inputs: tuple[AudioDevice, ...]
    outputs: tuple[AudioDevice, ...]
    reason: str | None = None  # in English, for `keepsake doctor`
    problem: AudioProblem | None = None  # the same, for the UI to say in its language

    @property
    def can_listen(self) -> bool:
        return bool(self.inputs)

    @property
    def can_speak(self) -> bool:
        return bool(self.outputs)


def _import_sounddevice() -> Any:
    import sounddevice

    return sounddevice


def audio_report() -> AudioReport:
    """Ask PortAudio for its devices. Never raises: problems become `reason`."""
    try:
        sd = _import_sounddevice()
    except OSError:
        return AudioReport(
            None,
            (),
            (),
            "PortAudio is not installed (on Debian/Ubuntu: libportaudio2)",
            AudioProblem.NO_PORTAUDIO,
        )
    except ImportError:
        return AudioReport(
            None, (), (), "the sounddevice package is not installed", AudioProblem.NO_SOUNDDEVICE
        )
    try:
        raw = list(sd.query_devices())
        apis = [a["name"] for a in sd.query_hostapis()]
        default_in, default_out = (int(x) for x in sd.default.device)
    except Exception as exc:  # PortAudio reports many things as generic errors
        log.warning("PortAudio could not list the devices", exc_info=True)
        return AudioReport(
            sd.get_portaudio_version()[1],
            (),
            (),
            f"PortAudio failed: {exc}",
            AudioProblem.PORTAUDIO_FAILED,
        )
    devices = [
        AudioDevice(
            index=int(d["index"]),
            name=str(d["name"]),
            host_api=apis[int(d["hostapi"])] if int(d["hostapi"]) < len(apis) else "",
            max_input_channels=int(d["max_input_channels"]),
            max_output_channels=int(d["max_output_channels"]),
            default_samplerate=float(d["default_samplerate"]),
            is_default_input=int(d["index"]) == default_in,
            is_default_output=int(d["index"]) == default_out,
        )
        for d in raw
    ]
    inputs = tuple(d for d in devices if d.max_input_channels > 0)
    outputs = tuple(d for d in devices if d.max_output_channels > 0)
    found = bool(inputs and outputs)
    reason = None if found else "no sound card or microphone was found"
    problem = None if found else AudioProblem.NO_DEVICES
    return AudioReport(str(sd.get_portaudio_version()[1]), inputs, outputs, reason, problem)


def devices_fingerprint(
    report: AudioReport, input_device: str | None, output_device: str | None
) -> str:
    """A short fingerprint of the microphone and speaker a call would use (their names and
    host APIs). Kept after a sound check passed: a different one means the devices changed
    and the check is offered again. Hashed, so the settings file holds no device names."""
    microphone = _pick(report.inputs, input_device, inputs=True)
    speaker = _pick(report.outputs, output_device, inputs=False)
    text = f"in={microphone}\nout={speaker}\nportaudio={bool(report.portaudio)}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _pick(devices: tuple[AudioDevice, ...], name: str | None, inputs: bool) -> str:
    """The device a call would open for `name` (None: the system's default one), as text."""
    if name:
        found = next((d for d in devices if d.name == name), None)
        return f"{name}@{found.host_api}" if found is not None else f"{name}@(not connected)"
    default = next(
        (d for d in devices if (d.is_default_input if inputs else d.is_default_output)),
        devices[0] if devices else None,
    )
    return f"{default.name}@{default.host_api}" if default is not None else "(none)"
