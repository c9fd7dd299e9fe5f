"""Files dropped on the portrait editor: each to its importer, a calm word for the rest,
nothing already added lost. Real QDropEvents with file URLs, on real widgets."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from skimage import data

from desktop.services.dropped_files import FileKind, kind_of, sort_files
from desktop.ui.persona.editor import PHOTOS_STEP, VOICE_STEP, WORDS_STEP, PersonaEditor
from desktop.ui.tasks import BackgroundTasks
from desktop.voice.audio import write_wav
from tests.support.media_makers import make_opus, tone
from tests.support.paths import DATA
from tests.ui.persona.test_media_lists import make_editor

ANDROID_CHAT = (
    "12/31/20, 9:15 PM - Mum: Have you eaten yet, love?\n"
    "12/31/20, 9:16 PM - Mum: PTT-20201231-WA0001.opus (file attached)\n"
    "12/31/20, 9:16 PM - Lily: Yes Mum\n"
)


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    mime.setText("\n".join(str(p) for p in paths))  # as file managers also offer
    return mime


def drop(target: QWidget, paths: list[Path]) -> bool:
    """Drag the files over `target` and drop them; whether the drag was accepted."""
    mime = _mime(paths)
    point = QPointF(10, 10)
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(point.toPoint(), actions, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    event = QDropEvent(point, actions, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return enter.isAccepted() and event.isAccepted()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    photo, clip = tmp_path / "mum.webp", tmp_path / "voice.wav"
    PILImage.fromarray(data.astronaut()).save(photo)
    write_wav(clip, tone(0.5), 16_000)
    archive = tmp_path / "WhatsApp Chat with Mum.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("WhatsApp Chat with Mum.txt", ANDROID_CHAT)
        z.writestr("PTT-20201231-WA0001.opus", make_opus(tone(1.0, 200.0)))
    odd = tmp_path / "letter.pdf"
    odd.write_bytes(b"%PDF-1.4")
    return {
        "photo": photo,
        "clip": clip,
        "chat": DATA / "whatsapp_android.txt",
        "zip": archive,
        "odd": odd,
    }


def test_files_are_sorted_by_the_importer_they_are_for(
    files: dict[str, Path], tmp_path: Path
) -> None:
    assert kind_of(files["photo"]) is FileKind.PHOTO
    assert kind_of(files["clip"]) is FileKind.RECORDING
    assert kind_of(files["zip"]) is FileKind.CHAT and kind_of(files["chat"]) is FileKind.CHAT
    assert kind_of(files["odd"]) is FileKind.UNSUPPORTED
    assert kind_of(tmp_path) is FileKind.UNSUPPORTED  # a folder
    assert kind_of(tmp_path / "gone.jpg") is FileKind.UNSUPPORTED
    sorted_ = sort_files([files["clip"], files["photo"], files["clip"]])
    assert sorted_.photos == (files["photo"],) and sorted_.recordings == (files["clip"],)
    folder = sort_files([tmp_path])  # a folder: the files directly in it
    assert folder.photos == (files["photo"],) and folder.recordings == (files["clip"],)
    assert folder.chats == (files["zip"],) and folder.unsupported == (files["odd"],)


def test_a_folder_dropped_adds_what_is_in_it(
    qtbot: QtBot, files: dict[str, Path], tmp_path: Path
) -> None:
    editor = make_editor(qtbot)
    (tmp_path / "inner").mkdir()
    PILImage.fromarray(data.astronaut()).save(tmp_path / "inner" / "deeper.png")
    assert drop(editor, [tmp_path])
    assert editor.photos.paths() == (files["photo"],)  # not the folder inside it
    assert editor.clips.paths() == (files["clip"],)
    assert editor.chat_path.text() == str(files["zip"])
    assert "letter.pdf" in editor.drop_note.text()


def test_a_photo_dropped_goes_to_the_photos_with_its_thumbnail(
    qtbot: QtBot, files: dict[str, Path]
) -> None:
    editor = make_editor(qtbot)
    assert drop(editor, [files["photo"]])
    assert editor.photos.paths() == (files["photo"],)
    assert editor.photos.line(files["photo"]) == "Face found"
    assert editor.steps.currentRow() == PHOTOS_STEP
    assert editor.drop_note.text() == "Added 1 photo."


def test_a_recording_dropped_on_a_text_box_becomes_a_recording_not_text(
    qtbot: QtBot, files: dict[str, Path]
) -> None:
    editor = make_editor(qtbot)
    editor.steps.setCurrentRow(WORDS_STEP)
    assert drop(editor.sayings.viewport(), [files["clip"]])
    assert editor.sayings.toPlainText() == ""  # the path was not pasted
    assert editor.clips.paths() == (files["clip"],)
    assert editor.steps.currentRow() == VOICE_STEP
    assert editor.clips.rows()[0].length.text() == "0:01"


def test_chat_exports_dropped_as_text_and_as_a_whatsapp_zip(
    qtbot: QtBot, files: dict[str, Path]
) -> None:
    editor = make_editor(qtbot)
    assert drop(editor, [files["chat"]])
    assert editor.chat_path.text() == str(files["chat"]) and editor.chat_sender.count() > 0
    assert editor.steps.currentRow() == WORDS_STEP
    assert drop(editor.photos.list.viewport(), [files["zip"]])
    assert editor.chat_path.text() == str(files["zip"])
    assert "Mum" in [editor.chat_sender.itemText(i) for i in range(editor.chat_sender.count())]
    assert "voice notes" in editor.chat_note.text()
    note = editor.drop_note.text()
    assert "WhatsApp Chat with Mum.zip" in note and "whatsapp_android.txt" in note  # replaced


def test_a_mixed_drop_routes_each_file_and_names_the_ones_it_cannot_use(
    qtbot: QtBot, files: dict[str, Path]
) -> None:
    editor = make_editor(qtbot)
    editor.photos.add_paths([files["photo"]])  # already there before the drop
    assert drop(editor, [files["photo"], files["clip"], files["zip"], files["odd"]])
    assert editor.photos.paths() == (files["photo"],)  # once
    assert editor.clips.paths() == (files["clip"],)
    assert editor.chat_path.text() == str(files["zip"])
    note = editor.drop_note.text()
    assert "Added 1 recording." in note and "1 file was already added." in note
    assert "letter.pdf" in note and "can't use" in note and "Nothing else was changed" in note


def test_a_bad_chat_dropped_keeps_the_one_chosen_and_a_bad_file_loses_nothing(
    qtbot: QtBot, files: dict[str, Path], tmp_path: Path
) -> None:
    editor = make_editor(qtbot)
    editor.photos.add_paths([files["photo"]])
    editor.clips.add_paths([files["clip"]])
    editor.set_chat(files["zip"])
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_chat.txt", b"\x00" * (40 * 1024 * 1024))
    escape = tmp_path / "escape.zip"
    with zipfile.ZipFile(escape, "w") as z:
        z.writestr("_chat.txt", ANDROID_CHAT)
        z.writestr("../../.bashrc", b"x")
    for bad, reason in (
        (broken, "not a zip archive"),
        (bomb, "zip bomb"),
        (escape, "unsafe names"),
        (DATA / "not_a_chat.txt", "no chat messages"),
    ):
        assert drop(editor, [bad])
        assert reason in editor.chat_note.text() and bad.name in editor.drop_note.text()
        assert "WhatsApp Chat with Mum.zip is kept" in editor.chat_note.text()
        assert editor.chat_path.text() == str(files["zip"])
    assert drop(editor, [files["odd"]])
    assert "letter.pdf" in editor.drop_note.text()
    assert editor.photos.paths() == (files["photo"],) and editor.clips.paths() == (files["clip"],)
    assert editor.chat_path.text() == str(files["zip"])


def test_a_text_drag_still_reaches_the_text_boxes(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    mime = QMimeData()
    mime.setText("Have you eaten yet?")
    enter = QDragEnterEvent(
        QPointF(5, 5).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert not editor.drops.eventFilter(editor.sayings.viewport(), enter)  # left to the box
    assert isinstance(editor, PersonaEditor)


@pytest.fixture
def chinese() -> Iterator[None]:
    from desktop.core.settings import UiLanguage
    from desktop.ui.i18n import install_language

    app = QApplication.instance()
    assert isinstance(app, QApplication) and install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    yield
    install_language(app, UiLanguage.ENGLISH)


def test_in_chinese_a_bad_archive_is_explained_in_chinese(
    qtbot: QtBot, files: dict[str, Path], tmp_path: Path, chinese: None
) -> None:
    from tests.support.ui_texts import english_words

    bomb = tmp_path / "炸弹.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_chat.txt", b"\x00" * (40 * 1024 * 1024))
    editor = make_editor(qtbot)
    assert drop(editor, [bomb, files["odd"], files["photo"]])
    for text in (editor.chat_note.text(), editor.drop_note.text()):
        assert english_words(text) == [], text
    assert "压缩炸弹" in editor.chat_note.text() and "_chat.txt" in editor.chat_note.text()
    assert "letter.pdf" in editor.drop_note.text() and "1 张照片" in editor.drop_note.text()


def test_a_dropped_zip_is_read_on_a_worker(
    qtbot: QtBot, files: dict[str, Path], pool: BackgroundTasks
) -> None:
    editor = make_editor(qtbot, tasks=pool)
    assert drop(editor, [files["zip"]])
    assert editor.chat_note.text().startswith("Reading WhatsApp Chat with Mum.zip")
    assert editor.chat_path.text() == ""  # not read here
    qtbot.waitUntil(lambda: editor.chat_path.text() == str(files["zip"]), timeout=10_000)
    assert "voice notes" in editor.chat_note.text()
    assert editor.drop_note.text() == "Chat export: WhatsApp Chat with Mum.zip."


def test_while_files_are_dragged_over_the_editor_says_what_letting_go_does(
    qtbot: QtBot, files: dict[str, Path]
) -> None:
    from PySide6.QtGui import QDragLeaveEvent

    editor = make_editor(qtbot)
    editor.show()
    assert drop(editor, [files["photo"]])
    mime = _mime([files["clip"]])  # kept: the event does not own it
    enter = QDragEnterEvent(
        QPointF(5, 5).toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(editor, enter)
    assert enter.isAccepted() and "Let go to add them" in editor.drop_note.text()
    QApplication.sendEvent(editor, QDragLeaveEvent())  # taken away again: nothing added
    assert editor.drop_note.text() == "Added 1 photo." and editor.clips.paths() == ()


def test_in_chinese_creating_says_its_steps_and_what_was_left_out_in_chinese(
    qtbot: QtBot, chinese: None
) -> None:
    from desktop.core.jobs import Progress
    from desktop.core.persona import ImportReport, SkipKind, Skipped
    from desktop.ui.persona.import_notice import ImportNotice

    editor = make_editor(qtbot)
    editor._on_progress(Progress(1, 4, "Looking at 妈妈.jpg", "Looking at {0}", "妈妈.jpg"))
    assert editor.status.text() == "正在查看 妈妈.jpg… 25%"
    editor._on_progress(Progress(3, 4, "Saving"))
    assert editor.status.text() == "正在保存… 75%"
    notice = ImportNotice()
    qtbot.addWidget(notice)
    notice.show_report(
        ImportReport(
            photos=1,
            skipped=(Skipped("妈妈.jpg", "no face found: place the eyes and mouth by hand"),),
        )
    )
    assert notice.left_out == ["妈妈.jpg：没有找到人脸：请手动标出眼睛和嘴巴"]
    notice.show_report(
        ImportReport(skipped=(Skipped("line 1", "a notice from WhatsApp, not a message", 1),))
    )
    assert notice.left_out == ["第 1 行：WhatsApp 的通知，不是消息"]
    notice.show_report(
        ImportReport(
            skipped=(
                Skipped(
                    "320 voice notes",
                    "at most 300 from one chat",
                    kind=SkipKind.VOICE_NOTES,
                    count=320,
                    limit=300,
                ),
            )
        )
    )
    assert notice.left_out == ["320 条语音消息：一份聊天记录最多取 300 条"]


def test_in_chinese_the_sentences_of_a_drop_are_joined_without_spaces(chinese: None) -> None:
    from desktop.ui.persona.drops import what_was_added

    said = what_was_added(2, 1, 0, "", [])
    assert said == "已添加 2 张照片。已添加 1 段录音。", said
