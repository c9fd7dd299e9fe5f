"""The quiet moment's "Hear their voice" in the real window (offscreen, real SQLCipher vault):
it plays their real recorded words (the part of the clip the saying came from) through the
file-backed speaker the tests use in place of a sound card; it is shown disabled, saying why,
when those words were never recorded or when there is no speaker."""

from __future__ import annotations

import numpy as np

from desktop.care.remembrance import DayKind, RemembranceDay
from desktop.core.persona import MediaKind, SayingKind, SourceKind
from desktop.ui.care.quiet_moment import QuietMoment
from desktop.ui.main_window.window import MainWindow
from desktop.vault.personas import NewSaying
from desktop.voice.audio import CAPTURE_RATE, AudioOutput
from desktop.voice.audio_file import decode_audio_file
from desktop.voice.file_devices import FileOutput
from desktop.voice.voice_message import encode_flac
from tests.support.keyrings import MemoryKeyring
from tests.support.media_makers import tone
from tests.support.windows import WindowFactory

# The window's clock starts on Monday 5 January 2026 (tests/support/windows.py): her birthday.


def _recording() -> bytes:
    """Three seconds as a FLAC, as Keepsake keeps clips: a different pitch each second, so the
    second that was played can be told from the others."""
    audio = np.concatenate([tone(1.0, 220.0), tone(1.0, 440.0), tone(1.0, 660.0)])
    return encode_flac((audio * 32767).astype("<i2"), CAPTURE_RATE)


def _mum_with_words(window: MainWindow, recorded: bool) -> bytes:
    store, now = window.session.personas(), window.services.clock.now()
    mum = store.add("Margaret Lin", "Mum", now).id
    clip = _recording()
    with store.writing() as cur:
        clip_id = store.add_media(cur, mum, MediaKind.CLIP, "kitchen.flac", clip, "Lily", now, 3.0)
        said = (
            NewSaying(SayingKind.SAYING, "Mind how you go, love.", SourceKind.CLIP, True, "",
                      0, 1.0, 2.0)
            if recorded
            else NewSaying(SayingKind.SAYING, "Mind how you go, love.", SourceKind.TYPED, True)
        )  # fmt: skip
        store.add_sayings(cur, mum, [said], "Lily", now, [clip_id])
    window.session.remembrance().add(
        RemembranceDay(0, mum, DayKind.BIRTHDAY, month=1, day=5, year=1950), now
    )
    return clip


def _opened(
    make_window: WindowFactory, backend: MemoryKeyring, speakers: bool, played: list[FileOutput]
) -> tuple[MainWindow, QuietMoment]:
    """Keepsake opened again on her birthday, with a file-backed speaker (or none)."""

    def speaker(rate: int, device: str | None) -> AudioOutput:
        output = FileOutput(rate, realtime=False)
        played.append(output)
        return output

    window = make_window(backend)
    window.care_time.output_for = speaker
    window.care_time.speakers = lambda: speakers
    window.start()
    moment = window.home.moment
    assert isinstance(moment, QuietMoment)
    return window, moment


def test_hear_their_voice_plays_the_words_they_really_recorded(
    window: MainWindow, make_window: WindowFactory, keyring_backend: MemoryKeyring
) -> None:
    clip = _mum_with_words(window, recorded=True)
    window.close()
    played: list[FileOutput] = []
    window, moment = _opened(make_window, keyring_backend, True, played)
    assert moment.listen_button.isVisibleTo(moment) and moment.listen_button.isEnabled()
    assert not moment.listen_note.isVisibleTo(moment)
    moment.listen_button.click()  # the window's tasks run at once in tests: played by now
    [speaker] = played
    heard = speaker.recording()
    said = decode_audio_file(clip, CAPTURE_RATE)[CAPTURE_RATE : 2 * CAPTURE_RATE]
    assert len(heard) >= len(said)
    np.testing.assert_array_equal(heard[: len(said)], said)  # that second, sample for sample
    spectrum = np.abs(np.fft.rfft(heard[: len(said)]))
    assert abs(float(np.argmax(spectrum)) * CAPTURE_RATE / len(said) - 440.0) < 2
    assert not np.any(np.abs(heard[len(said) :]) > 1e-4)  # and nothing after it
    assert moment.listen_button.isEnabled()  # ready to play again
    window.close()


def test_without_a_speaker_the_button_says_why(
    window: MainWindow, make_window: WindowFactory, keyring_backend: MemoryKeyring
) -> None:
    _mum_with_words(window, recorded=True)
    window.close()
    played: list[FileOutput] = []
    window, moment = _opened(make_window, keyring_backend, False, played)
    assert moment.listen_button.isVisibleTo(moment) and not moment.listen_button.isEnabled()
    assert "No speaker was found" in moment.listen_button.toolTip()
    assert moment.listen_note.isVisibleTo(moment)
    assert moment.listen_note.text() == moment.listen_button.toolTip()
    moment.listen_button.click()
    assert played == []
    window.close()


def test_words_that_were_never_recorded_have_no_voice_to_play(
    window: MainWindow, make_window: WindowFactory, keyring_backend: MemoryKeyring
) -> None:
    _mum_with_words(window, recorded=False)
    window.close()
    played: list[FileOutput] = []
    window, moment = _opened(make_window, keyring_backend, True, played)
    assert moment.words is not None and moment.words.clip_id is None
    assert not moment.listen_button.isEnabled()
    assert "not recorded" in moment.listen_button.toolTip()
    window.close()
