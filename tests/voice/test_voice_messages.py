"""WeChat voice messages (SILK made by pysilk itself, AMR) and other recordings as clips."""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pytest

from desktop.core.errors import AmrHeaderError, AudioFileError, SilkTruncatedError
from desktop.voice.audio import CAPTURE_RATE
from desktop.voice.audio_file import decode_audio_file
from desktop.voice.voice_message import (
    VoiceFormat,
    clip_from_bytes,
    read_clip,
    silk_frames,
    sniff,
)
from tests.support.media_makers import make_amr, make_opus, make_silk, tone


def _pitch(audio: np.ndarray, rate: int = CAPTURE_RATE) -> float:
    spectrum = np.abs(np.fft.rfft(audio * np.hanning(len(audio))))
    return float(np.fft.rfftfreq(len(audio), 1 / rate)[int(np.argmax(spectrum))])


@pytest.mark.parametrize("tencent", [True, False])
def test_a_silk_voice_message_becomes_a_flac_clip_with_its_sound(tencent: bool) -> None:
    silk = make_silk(tone(3.0, 330.0), tencent=tencent)
    assert sniff(silk) is VoiceFormat.SILK and silk.startswith(b"\x02" if tencent else b"#!")
    clip = clip_from_bytes(silk, "msg_5501.silk")
    assert clip.filename == "msg_5501.flac" and clip.data.startswith(b"fLaC")
    assert clip.seconds == pytest.approx(3.0, abs=0.05)
    assert _pitch(clip.audio) == pytest.approx(330.0, abs=5)
    # what the vault keeps is read back by the ordinary reader of clips
    kept = decode_audio_file(clip.data, CAPTURE_RATE)
    assert len(kept) == len(clip.audio)


def test_a_silk_message_cut_short_is_refused_as_such() -> None:
    silk = make_silk(tone(2.0))
    frames = silk_frames(silk, None)
    boundary = len(silk) - len(frames[-1])  # the start of the last frame
    for cut in (boundary + 1, boundary + 5, len(silk) - 1, len(silk) // 2 + 3):
        with pytest.raises(SilkTruncatedError) as caught:
            clip_from_bytes(silk[:cut], "cut.silk")
        assert caught.value.reason == "the voice message was cut short"


def test_damaged_long_and_empty_silk_messages_are_refused_calmly() -> None:
    silk = make_silk(tone(2.0))
    start = len(b"\x02#!SILK_V3")
    huge_length = silk[:start] + (30_000).to_bytes(2, "little") + silk[start + 2 :]
    with pytest.raises(AudioFileError, match="damaged") as caught:
        clip_from_bytes(huge_length, "bad.silk")
    assert not isinstance(caught.value, SilkTruncatedError)
    with pytest.raises(AudioFileError, match="longer than 1 s"):
        clip_from_bytes(silk, "long.silk", max_seconds=1.0)
    with pytest.raises(AudioFileError, match="empty"):
        clip_from_bytes(silk[:start], "header-only.silk")
    rng = np.random.default_rng(3)
    flipped = bytearray(silk)
    for at in rng.integers(start + 2, len(silk), 40):
        flipped[at] ^= 0x5A
    with contextlib.suppress(AudioFileError):  # noise, or refused: never anything else
        clip_from_bytes(bytes(flipped), "flipped.silk")


def test_an_amr_voice_message_decodes_and_a_wrong_header_is_named(tmp_path: Path) -> None:
    amr = make_amr(tone(2.0, 440.0))
    assert sniff(amr) is VoiceFormat.AMR
    clip = clip_from_bytes(amr, "voice.amr")
    assert clip.data == amr and clip.seconds == pytest.approx(2.0, abs=0.1)
    assert _pitch(clip.audio) == pytest.approx(440.0, abs=10)
    for wrong in (b"#!AMR-XY\n" + amr[6:], make_opus(tone(1.0)), b"\x00" * 500):
        path = tmp_path / "wrong.amr"
        path.write_bytes(wrong)
        with pytest.raises(AmrHeaderError) as caught:
            read_clip(path)
        assert caught.value.path == path and "AMR" in caught.value.reason


def test_other_recordings_are_kept_as_they_are(tmp_path: Path) -> None:
    opus = make_opus(tone(1.5))
    path = tmp_path / "PTT-20240101-WA0001.opus"
    path.write_bytes(opus)
    clip = read_clip(path)
    assert clip.data == opus and clip.filename == path.name
    assert clip.seconds == pytest.approx(1.5, abs=0.05)
    silk_file = tmp_path / "msg.silk"
    silk_file.write_bytes(make_silk(tone(1.0)))
    assert read_clip(silk_file).filename == "msg.flac"
    with pytest.raises(AudioFileError, match="does not exist"):
        read_clip(tmp_path / "missing.silk")
    (tmp_path / "empty.silk").write_bytes(b"")
    with pytest.raises(AudioFileError, match="empty"):
        read_clip(tmp_path / "empty.silk")


@pytest.mark.slow
def test_a_spoken_wechat_voice_message_is_transcribed_with_time_spans() -> None:
    from tests.support.voice import shared_adapters, silence, speech

    said = np.concatenate(
        [silence(0.4), speech("Put on a warm coat before you go out."), silence(0.4)]
    )
    clip = clip_from_bytes(make_silk(said), "msg.silk")
    segments = shared_adapters().stt.segments(clip.audio)
    text = " ".join(t for _s, _e, t in segments).lower()
    assert "warm coat" in text
    assert 0.0 <= segments[0][0] < segments[-1][1] <= clip.seconds + 0.1
