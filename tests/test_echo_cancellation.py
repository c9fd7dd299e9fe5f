"""WebRTC echo cancellation (AEC3, from the livekit wheel) on a simulated room and clock.

The played stream and the microphone are laid out on one timeline at 16 kHz: the output
device reads 20 ms blocks, the room (delay, reverberation, a compressing speaker, hiss) turns
what was played into echo, and the listener handles 32 ms microphone blocks with the engine's
barge-in rule (three blocks in a row that the VAD hears as speech). Every block is decided the
same way on every run.
"""

from __future__ import annotations

import builtins
import re
import sys
from dataclasses import dataclass

import numpy as np
import pytest

from desktop.voice.aec import (
    FRAME,
    EchoCancellerUnavailableError,
    WebRtcEchoCanceller,
    played_during,
)
from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples
from desktop.voice.room import RoomAcoustics, RoomEcho, energy_db, impulse_response, speaker

_OUT_BLOCK = 320
_BARGE_BLOCKS, _BARGE_THRESHOLD = 3, 0.6
HARSH = RoomAcoustics(delay_s=0.12, gain=0.5, rt60_s=0.5, reverb_share=0.8, drive=3.0)


def test_the_room_delays_reverberates_and_compresses() -> None:
    room = RoomAcoustics()
    ir = impulse_response(room)
    delay = round(room.delay_s * CAPTURE_RATE)
    assert not ir[:delay].any() and ir[delay] == pytest.approx(room.gain)
    tail = ir[delay + 1 :].astype(np.float64)
    assert np.sum(tail**2) == pytest.approx(room.reverb_share * room.gain**2, rel=1e-3)
    early, late = np.abs(tail[:800]).mean(), np.abs(tail[-800:]).mean()
    assert late < early / 100  # the tail dies away (60 dB over RT60)
    loud = speaker(np.array([0.02, 0.9], dtype=np.float32), room.drive)
    assert loud[0] == pytest.approx(0.02, rel=1e-3) and loud[1] < 0.9 * 0.7


def test_block_by_block_echo_is_the_whole_signals_echo() -> None:
    echo = RoomEcho()
    played = np.random.default_rng(2).normal(0, 0.2, 3 * CAPTURE_RATE).astype(np.float32)
    whole = echo.render(played)
    end = 2 * CAPTURE_RATE
    got = echo.block(played[:end], CAPTURE_BLOCK)
    assert np.allclose(got, whole[end - CAPTURE_BLOCK : end], atol=1e-6)
    assert np.allclose(echo.block(played[:300], 300), whole[:300], atol=1e-6)


def test_played_during_matches_the_playback_history_by_time() -> None:
    buffer = PlaybackBuffer(CAPTURE_RATE)
    ramp = np.arange(2000, dtype=np.float32) / 2000
    buffer.write(ramp)
    for k in range(5):
        buffer.read(_OUT_BLOCK, (k + 1) * _OUT_BLOCK / CAPTURE_RATE)
    got = played_during(buffer, 1000 / CAPTURE_RATE, 512)
    assert np.allclose(got, ramp[488:1000])
    later = played_during(buffer, 1800 / CAPTURE_RATE, 512)  # partly not played yet
    assert np.allclose(later[:312], ramp[1288:1600]) and not later[312:].any()


@dataclass
class Heard:
    barge_ins: list[float]  # capture times at which the listener would stop the reply
    raw: Samples
    cleaned: Samples
    echo: Samples


def _reply(sentences: int) -> Samples:
    from tests.voice_helpers import silence, speech

    lines = [
        "Oh, love, the summers by the sea were the best of times.",
        "Your father always burnt the sausages, every single year.",
        "I kept your drawings in the blue tin under the stairs.",
        "Don't forget to water the tomatoes when it gets hot.",
        "You were such a stubborn little thing, and I loved that.",
        "We used to sing in the car on the way to your grandmother's.",
        "I'm proud of you, I always have been.",
        "The kettle's on, come and sit with me for a while.",
        "Remember the night the power went out and we played cards by candlelight?",
        "You have your grandfather's hands, you know.",
        "It's all right to miss me, but don't stop living.",
    ]
    parts = []
    for i in range(sentences):
        parts += [speech(lines[i % len(lines)]) * 1.8, silence(0.3 + 0.1 * (i % 4))]
    return np.concatenate(parts)


def _listen(
    played: Samples, room: RoomAcoustics, voice: Samples | None = None, voice_at_s: float = 0.0
) -> Heard:
    """The listener over the whole reply; a second voice talks over it if given."""
    from desktop.voice.vad import SileroStream

    total = len(played) + CAPTURE_RATE // 2
    stream = np.zeros(total, dtype=np.float32)
    stream[: len(played)] = played
    echo = RoomEcho(room)
    heard_echo = echo.render(stream)
    mic = heard_echo + echo.noise(total, np.random.default_rng(5))
    if voice is not None:
        at = int(voice_at_s * CAPTURE_RATE)
        mic[at : at + len(voice)] += voice[: total - at]
    buffer = PlaybackBuffer(CAPTURE_RATE)
    buffer.write(played)
    canceller = WebRtcEchoCanceller(buffer)
    vad = SileroStream()
    barge_ins: list[float] = []
    cleaned: list[Samples] = []
    read = run = 0
    for start in range(0, total - CAPTURE_BLOCK + 1, CAPTURE_BLOCK):
        capture_end = (start + CAPTURE_BLOCK) / CAPTURE_RATE
        while (read + _OUT_BLOCK) / CAPTURE_RATE <= capture_end:
            buffer.read(_OUT_BLOCK, (read + _OUT_BLOCK) / CAPTURE_RATE)
            read += _OUT_BLOCK
        block = canceller.clean(mic[start : start + CAPTURE_BLOCK], capture_end)
        cleaned.append(block)
        speaking = start < len(played)
        run = run + 1 if speaking and vad(block) >= _BARGE_THRESHOLD else 0
        if run >= _BARGE_BLOCKS:
            barge_ins.append(capture_end)
            run = 0
    n = len(cleaned) * CAPTURE_BLOCK
    return Heard(barge_ins, mic[:n], np.concatenate(cleaned), heard_echo[:n])


@pytest.mark.slow
@pytest.mark.parametrize("room", [RoomAcoustics(), HARSH], ids=["kitchen", "harsh"])
def test_the_portraits_own_voice_never_barges_in_and_is_removed(room: RoomAcoustics) -> None:
    played = _reply(20)
    heard = _listen(played, room)
    assert heard.barge_ins == []
    removed = energy_db(heard.raw) - energy_db(heard.cleaned)
    assert removed >= 20.0


@pytest.mark.slow
@pytest.mark.parametrize("room", [RoomAcoustics(), HARSH], ids=["kitchen", "harsh"])
def test_a_second_voice_talking_over_the_portrait_barges_in(room: RoomAcoustics) -> None:
    from tests.voice_helpers import speech

    played = _reply(4)
    voice = speech("Wait, Mum, stop, I want to tell you something.") * 1.5
    at_s = 2.5
    heard = _listen(played, room, voice, at_s)
    assert heard.barge_ins and heard.barge_ins[0] > at_s  # heard, and not before they spoke
    assert heard.barge_ins[0] < at_s + 0.5
    # What the person said survives the cancellation: speech recognition hears it.
    from tests.voice_helpers import shared_adapters

    lo = int(at_s * CAPTURE_RATE)
    said = shared_adapters().stt.transcribe(heard.cleaned[lo : lo + len(voice) + FRAME])
    assert {"stop", "tell", "something"} <= set(re.findall(r"[a-z]+", said.lower())), said


def test_a_missing_library_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_livekit(name: str, *args: object, **kwargs: object) -> object:
        if name == "livekit" or name.startswith("livekit."):
            raise ImportError("No module named 'livekit'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.delitem(sys.modules, "livekit", raising=False)
    monkeypatch.delitem(sys.modules, "livekit.rtc", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_livekit)
    with pytest.raises(EchoCancellerUnavailableError):
        WebRtcEchoCanceller(PlaybackBuffer(CAPTURE_RATE)).load()


@pytest.mark.slow
def test_the_output_is_the_input_ten_ms_later_without_echo() -> None:
    canceller = WebRtcEchoCanceller(PlaybackBuffer(CAPTURE_RATE))
    rng = np.random.default_rng(9)
    voice = (0.1 * np.sin(np.arange(CAPTURE_RATE) * 2 * np.pi * 300 / CAPTURE_RATE)).astype(
        np.float32
    ) + rng.normal(0, 0.001, CAPTURE_RATE).astype(np.float32)
    silent = np.zeros(CAPTURE_BLOCK, dtype=np.float32)
    out = np.concatenate(
        [
            canceller.process(voice[s : s + CAPTURE_BLOCK], silent)
            for s in range(0, CAPTURE_RATE - CAPTURE_BLOCK + 1, CAPTURE_BLOCK)
        ]
    )
    assert len(out) == (CAPTURE_RATE // CAPTURE_BLOCK) * CAPTURE_BLOCK
    assert not out[:FRAME].any()
    # The module's own filters (a high-pass, AEC3's band split) delay and colour the voice a
    # little, but what comes out is the voice: the same tone at the same level.
    settled = out[CAPTURE_RATE // 2 :]
    assert energy_db(settled) == pytest.approx(energy_db(voice[CAPTURE_RATE // 2 :]), abs=1.0)
    spectrum = np.abs(np.fft.rfft(settled))
    assert np.argmax(spectrum) * CAPTURE_RATE / len(settled) == pytest.approx(300, abs=3)
