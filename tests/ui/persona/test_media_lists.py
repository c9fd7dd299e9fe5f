"""The portrait editor's photos and recordings: thumbnails with what the face finding saw, Play
with the length, on real widgets, the real face finding and the file-backed speaker."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from pytestqt.qtbot import QtBot
from skimage import data

from desktop.core.jobs import CancelToken, ProgressCallback
from desktop.core.persona import ImportReport
from desktop.services.persona_builder import PersonaRequest
from desktop.services.photo_check import THUMBNAIL_SIDE, FaceFinding
from desktop.ui.persona.clip_list import ClipList, Playback, duration_text
from desktop.ui.persona.editor import PersonaEditor
from desktop.ui.persona.photo_list import PhotoList
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.audio import write_wav
from desktop.voice.file_devices import FileOutput
from tests.support.media_makers import tone

HOPPER = Path(__file__).resolve().parents[3] / "desktop" / "data" / "grace_hopper.jpg"


class Output(FileOutput):
    """The file-backed speaker, which tells when it was stopped."""

    stopped = False

    def stop(self) -> None:
        super().stop()
        self.stopped = True


class Speakers:
    """A Playback onto file-backed outputs (this machine has no sound card); keeps them."""

    def __init__(self, why_not: str = "") -> None:
        self.outputs: list[Output] = []
        self.playback = Playback(self.open, lambda: why_not)

    def open(self, rate: int) -> Output:
        output = Output(rate)
        self.outputs.append(output)
        return output


def _fail_build(
    _request: PersonaRequest, _cancel: CancelToken, _report: ProgressCallback
) -> tuple[int, ImportReport]:
    raise AssertionError("nothing is created in these tests")


def make_editor(
    qtbot: QtBot, speakers: Speakers | None = None, tasks: BackgroundTasks | None = None
) -> PersonaEditor:
    playback = (speakers or Speakers()).playback
    editor = PersonaEditor(
        tasks or BackgroundTasks(immediate=True), _fail_build, lambda: datetime.now(UTC), playback
    )
    qtbot.addWidget(editor)
    return editor


@pytest.fixture
def photos(tmp_path: Path) -> dict[str, Path]:
    astronaut, coffee, broken = tmp_path / "astronaut.png", tmp_path / "cup.jpg", tmp_path / "x.jpg"
    PILImage.fromarray(data.astronaut()).save(astronaut)
    PILImage.fromarray(data.coffee()).save(coffee)  # a cup of coffee: no face
    broken.write_bytes(b"\xff\xd8 not really a jpeg")
    return {"astronaut": astronaut, "hopper": HOPPER, "coffee": coffee, "broken": broken}


def test_photos_show_as_thumbnails_with_whether_a_face_was_found(
    qtbot: QtBot, photos: dict[str, Path]
) -> None:
    listed = PhotoList(BackgroundTasks(immediate=True))
    qtbot.addWidget(listed)
    added = listed.add_paths(list(photos.values()))
    assert added == list(photos.values())
    findings = {name: listed.finding(path) for name, path in photos.items()}
    assert findings == {
        "astronaut": FaceFinding.FOUND,
        "hopper": FaceFinding.FOUND,  # a portrait with the mouth closed
        "coffee": FaceFinding.NO_FACE,
        "broken": FaceFinding.UNREADABLE,
    }
    lines = [listed.line(p) for p in photos.values()]
    assert lines[:3] == ["Face found", "Face found", "No face found — place the points"]
    assert "read" in lines[3]
    for row, path in enumerate(photos.values()):
        item = listed.list.item(row)
        assert item.text().startswith(path.name + "\n")  # the name, not the whole path
        size = item.icon().availableSizes()[0]
        assert max(size.width(), size.height()) <= THUMBNAIL_SIDE  # small, never the photo
    picture = listed.list.item(0).icon().pixmap(THUMBNAIL_SIDE).toImage()
    assert picture.pixelColor(56, 40) != listed.list.item(3).icon().pixmap(
        112
    ).toImage().pixelColor(56, 40)  # the astronaut is drawn; the broken file keeps the plain square
    assert listed.add_paths([photos["astronaut"]]) == []  # the same photo once
    listed.list.item(0).setSelected(True)
    listed.remove_selected()
    assert photos["astronaut"] not in listed.paths() and len(listed.paths()) == 3


def test_photos_are_checked_on_a_worker_and_the_list_answers_at_once(
    qtbot: QtBot, photos: dict[str, Path], pool: BackgroundTasks
) -> None:
    listed = PhotoList(pool)  # the real thread pool
    qtbot.addWidget(listed)
    listed.add_paths([photos["astronaut"], photos["coffee"]])
    assert listed.line(photos["astronaut"]) == "Looking for a face…"  # not checked here
    qtbot.waitUntil(lambda: listed.finding(photos["coffee"]) is not None, timeout=30_000)
    assert listed.finding(photos["astronaut"]) is FaceFinding.FOUND
    assert listed.finding(photos["coffee"]) is FaceFinding.NO_FACE


@pytest.fixture
def clips(tmp_path: Path) -> dict[str, Path]:
    short, empty = tmp_path / "hello.wav", tmp_path / "empty.mp3"
    write_wav(short, tone(0.4, 330.0), 16_000)
    empty.write_bytes(b"")
    return {"hello": short, "empty": empty}


def test_recordings_are_rows_with_their_length_and_play_on_the_speaker(
    qtbot: QtBot, clips: dict[str, Path]
) -> None:
    speakers = Speakers()
    listed = ClipList(BackgroundTasks(immediate=True), speakers.playback)
    qtbot.addWidget(listed)
    listed.add_paths(list(clips.values()))
    hello, empty = listed.rows()
    assert hello.name.text() == "hello.wav" and hello.length.text() == "0:01"
    assert duration_text(65.4) == "1:05" and duration_text(3725) == "1:02:05"
    assert duration_text(0) == "0:00"
    assert hello.play.isEnabled() and hello.play.toolTip() == ""
    assert not empty.play.isEnabled() and "can't be read" in empty.play.toolTip()
    assert "read" in empty.length.text()
    listed.toggle(hello)  # at once here: it plays to the end on the file-backed speaker
    [output] = speakers.outputs
    played = output.recording()
    assert len(played) >= int(0.4 * 16_000) and float(np.abs(played).max()) > 0.2
    assert hello.play.text() == "Play" and listed.playing is None
    assert not listed.sound_note.isVisible()


def test_a_playing_recording_stops_and_play_is_off_thread(
    qtbot: QtBot, tmp_path: Path, pool: BackgroundTasks
) -> None:
    long = tmp_path / "long.wav"
    write_wav(long, tone(20.0, 220.0), 16_000)
    speakers = Speakers()
    listed = ClipList(pool, speakers.playback)  # the real thread pool
    qtbot.addWidget(listed)
    listed.add_paths([long])
    [row] = listed.rows()
    qtbot.waitUntil(row.play.isEnabled, timeout=10_000)
    assert row.length.text() == "0:20"
    listed.toggle(row)
    assert row.play.text() == "Stop" and listed.playing == long  # the window did not wait
    qtbot.waitUntil(lambda: bool(speakers.outputs) and speakers.outputs[0].buffer.played > 0)
    listed.toggle(row)  # Stop
    assert row.play.text() == "Play" and listed.playing is None
    output = speakers.outputs[0]
    qtbot.waitUntil(lambda: output.stopped, timeout=5_000)
    assert len(output.recording()) < 10 * 16_000  # stopped long before the end


def test_without_a_speaker_play_is_disabled_and_says_why(
    qtbot: QtBot, clips: dict[str, Path]
) -> None:
    speakers = Speakers("No sound card or microphone was found")
    listed = ClipList(BackgroundTasks(immediate=True), speakers.playback)
    qtbot.addWidget(listed)
    listed.show()
    listed.add_paths([clips["hello"]])
    [row] = listed.rows()
    assert not row.play.isEnabled()
    assert "No sound card" in row.play.toolTip() and "No sound card" in listed.sound_note.text()
    assert listed.sound_note.isVisible() and row.length.text() == "0:01"
    assert speakers.outputs == []


def test_closing_the_editor_stops_what_plays(
    qtbot: QtBot, tmp_path: Path, pool: BackgroundTasks
) -> None:
    long = tmp_path / "long.wav"
    write_wav(long, tone(20.0), 16_000)
    speakers = Speakers()
    editor = make_editor(qtbot, speakers, pool)
    editor.clips.add_paths([long])
    [row] = editor.clips.rows()
    qtbot.waitUntil(row.play.isEnabled, timeout=10_000)
    editor.clips.toggle(row)
    qtbot.waitUntil(lambda: bool(speakers.outputs) and speakers.outputs[0].buffer.played > 0)
    editor.reject()
    qtbot.waitUntil(lambda: speakers.outputs[0].stopped, timeout=5_000)
    assert editor.clips.playing is None


def test_create_waits_for_a_file_that_cannot_be_read_to_be_removed(
    qtbot: QtBot, photos: dict[str, Path], clips: dict[str, Path]
) -> None:
    editor = make_editor(qtbot)
    editor.name.setText("Margaret")
    editor.creator.setText("Lily")
    editor.creator_relationship.setText("daughter")
    assert editor.create_button.isEnabled()
    editor.add_files([photos["astronaut"], photos["broken"], clips["empty"]])
    assert not editor.create_button.isEnabled()
    why = editor.create_button.toolTip()
    assert "x.jpg" in why and "empty.mp3" in why and "remove" in why
    editor.photos.list.item(1).setSelected(True)
    editor.photos.remove_selected()
    assert "x.jpg" not in editor.create_button.toolTip()
    editor.clips.list.item(0).setSelected(True)
    editor.clips.remove_selected()
    assert editor.create_button.isEnabled() and editor.create_button.toolTip() == ""
