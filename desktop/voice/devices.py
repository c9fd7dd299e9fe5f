"""Listing the audio devices (sounddevice / PortAudio) and explaining why there are none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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


@dataclass(frozen=True, slots=True)
class AudioReport:
    """The audio devices found, or why there are none (`reason`)."""

    portaudio: str | None
    inputs: tuple[AudioDevice, ...]
    outputs: tuple[AudioDevice, ...]
    reason: str | None = None

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
            None, (), (), "PortAudio is not installed (on Debian/Ubuntu: libportaudio2)"
        )
    except ImportError:
        return AudioReport(None, (), (), "the sounddevice package is not installed")
    try:
        raw = list(sd.query_devices())
        apis = [a["name"] for a in sd.query_hostapis()]
        default_in, default_out = (int(x) for x in sd.default.device)
    except Exception as exc:  # PortAudio reports many things as generic errors
        return AudioReport(sd.get_portaudio_version()[1], (), (), f"PortAudio failed: {exc}")
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
    reason = None if inputs and outputs else "no sound card or microphone was found"
    return AudioReport(str(sd.get_portaudio_version()[1]), inputs, outputs, reason)
