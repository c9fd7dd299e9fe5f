"""Whisper in a window fitted to a short turn (whisper_window.py): the window's size, the
real model reading real speech made with Piper in it, silence and noise still nothing, and a
turn too long for a short window read the usual way."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import desktop.voice.stt as stt_module
import desktop.voice.whisper_window as window_module
from desktop.voice.whisper_window import FULL_FRAMES, MIN_FRAMES, window_frames
from tests.support.voice import noise, shared_adapters, silence, speech


def test_the_window_keeps_seconds_of_padding_in_five_second_steps() -> None:
    assert window_frames(0) == MIN_FRAMES == 1000
    assert window_frames(700) == 1000  # 7 s of speech and 3 s of padding
    assert window_frames(701) == 1500
    assert window_frames(2199) == 2500
    assert window_frames(2201) is None  # only Whisper's own 30 s window fits it
    assert window_frames(FULL_FRAMES) is None


@pytest.mark.slow
def test_a_short_turn_is_read_in_the_window_and_a_long_one_the_usual_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stt = shared_adapters().stt
    windows: list[Any] = []
    original = window_module.transcribe_in_window

    def counted(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        windows.append(result)
        return result

    monkeypatch.setattr(stt_module, "transcribe_in_window", counted)
    said = np.concatenate(
        [silence(0.3), speech("I keep meaning to call your sister."), silence(0.3)]
    )
    assert "call your sister" in stt.transcribe(said).lower()
    assert windows[-1] is not None  # read in the short window
    assert stt.transcribe(silence(2.0)) == ""
    assert stt.transcribe(noise(2.0, level=0.005)) == ""
    long = np.concatenate([said, silence(26.0)])
    assert "call your sister" in stt.transcribe(long).lower()
    assert windows[-1] is None  # 27 s: faster-whisper's own 30 s window
