"""The real microphone and speakers, through sounddevice (PortAudio)."""

from __future__ import annotations

import time
from typing import Any

from desktop.core.errors import AudioPart, AudioUnavailableError
from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, InputCallback, PlaybackBuffer


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:
        raise AudioUnavailableError("PortAudio is not installed") from exc
    return sounddevice


def _device_index(sd: Any, name: str | None, kind: str) -> int | None:
    if not name:
        return None
    for device in sd.query_devices():
        if device["name"] == name and device[f"max_{kind}_channels"] > 0:
            return int(device["index"])
    part = AudioPart.MICROPHONE if kind == "input" else AudioPart.SPEAKER
    raise AudioUnavailableError(f"the {kind} device “{name}” is not connected", part)


class SoundDeviceInput:
    """Captures 16 kHz mono float32 in 32 ms blocks; the callback runs on PortAudio's thread."""

    realtime = True  # a live microphone: its callback must never wait

    def __init__(self, device: str | None = None) -> None:
        self.device = device
        self._stream: Any = None

    def start(self, callback: InputCallback) -> None:
        sd = _sounddevice()

        def on_audio(indata: Any, frames: int, _time: Any, _status: Any) -> None:
            callback(indata[:, 0].copy(), time.monotonic())

        try:
            self._stream = sd.InputStream(
                samplerate=CAPTURE_RATE,
                blocksize=CAPTURE_BLOCK,
                channels=1,
                dtype="float32",
                device=_device_index(sd, self.device, "input"),
                callback=on_audio,
            )
            self._stream.start()
        except sd.PortAudioError as exc:
            raise AudioUnavailableError(
                f"the microphone could not be opened ({exc})", AudioPart.MICROPHONE
            ) from exc

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class SoundDeviceOutput:
    """Plays what is written to its buffer; the callback pulls 20 ms at a time."""

    def __init__(self, sample_rate: int, device: str | None = None) -> None:
        self._buffer = PlaybackBuffer(sample_rate)
        self.device = device
        self._stream: Any = None

    @property
    def buffer(self) -> PlaybackBuffer:
        return self._buffer

    def start(self) -> None:
        sd = _sounddevice()

        def on_output(outdata: Any, frames: int, _time: Any, _status: Any) -> None:
            outdata[:, 0] = self._buffer.read(frames, time.monotonic())

        try:
            self._stream = sd.OutputStream(
                samplerate=self._buffer.sample_rate,
                blocksize=int(self._buffer.sample_rate * 0.02),
                channels=1,
                dtype="float32",
                device=_device_index(sd, self.device, "output"),
                callback=on_output,
                latency="low",
            )
            # What the card reports between taking a block and sounding it: the mouth
            # follows the sound heard, not the samples handed over (PlaybackBuffer.position_at).
            self._buffer.latency_s = max(0.0, float(self._stream.latency))
            self._stream.start()
        except sd.PortAudioError as exc:
            raise AudioUnavailableError(
                f"the speaker could not be opened ({exc})", AudioPart.SPEAKER
            ) from exc

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None
