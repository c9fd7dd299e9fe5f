"""The real speaker's adapter (`SoundDeviceOutput`) on a stand-in for sounddevice (the machine
has no sound card): the latency the stream reports becomes the playback clock's
`latency_s`, so the mouth follows the sound heard, not the samples handed to the card."""

from __future__ import annotations

import time
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from desktop.voice import sounddevice_io
from desktop.voice.sounddevice_io import SoundDeviceOutput

RATE = 22_050


class _FakeStream:
    """PortAudio's OutputStream as sounddevice gives it: a `latency` in seconds, a callback."""

    def __init__(self, reported: float, **kwargs: Any) -> None:
        self.latency = reported  # what PortAudio says once open (the asked-for "low" is in kwargs)
        self.kwargs = kwargs
        self.started = False
        self.closed = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.started = False

    def close(self) -> None:
        self.closed = True

    def pull(self, frames: int) -> Any:
        """The card asking for `frames` samples, as PortAudio calls back."""
        out = np.zeros((frames, 1), dtype=np.float32)
        self.kwargs["callback"](out, frames, None, None)
        return out


def _fake_sounddevice(latency: float, streams: list[_FakeStream]) -> Any:
    def output_stream(**kwargs: Any) -> _FakeStream:
        stream = _FakeStream(latency, **kwargs)
        streams.append(stream)
        return stream

    return SimpleNamespace(
        OutputStream=output_stream, PortAudioError=RuntimeError, query_devices=list
    )


@pytest.mark.parametrize(("reported", "kept"), [(0.045, 0.045), (0.0, 0.0), (-0.01, 0.0)])
def test_the_streams_reported_latency_becomes_the_playback_clocks(
    monkeypatch: pytest.MonkeyPatch, reported: float, kept: float
) -> None:
    streams: list[_FakeStream] = []
    monkeypatch.setattr(
        sounddevice_io, "_sounddevice", lambda: _fake_sounddevice(reported, streams)
    )
    speaker = SoundDeviceOutput(RATE)
    assert speaker.buffer.latency_s == 0.0
    speaker.start()
    (stream,) = streams
    assert stream.started
    assert stream.kwargs["latency"] == "low"
    assert stream.kwargs["blocksize"] == int(RATE * 0.02)
    assert speaker.buffer.latency_s == pytest.approx(kept)
    speaker.stop()
    assert stream.closed


def test_the_mouth_follows_what_is_heard_a_latency_after_the_card_took_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    streams: list[_FakeStream] = []
    monkeypatch.setattr(sounddevice_io, "_sounddevice", lambda: _fake_sounddevice(0.05, streams))
    speaker = SoundDeviceOutput(RATE)
    speaker.start()
    tone = np.linspace(0.1, 0.9, 441 * 3, dtype=np.float32)
    start = speaker.buffer.write(tone)
    before = time.monotonic()
    block = streams[0].pull(441)
    after = time.monotonic()
    assert np.array_equal(block[:, 0], tone[:441])
    assert speaker.buffer.played == start + 441
    # taken by the card, not yet heard: the clock is still at the block's start for 50 ms
    assert speaker.buffer.position_at(after + 0.049) == pytest.approx(start, abs=0.002 * RATE)
    # 10 ms after it is heard, 10 ms of it has played
    heard = speaker.buffer.position_at(before + 0.06)
    assert start + 0.01 * RATE - (after - before) * RATE <= heard <= start + 0.01 * RATE + 1
    speaker.stop()
