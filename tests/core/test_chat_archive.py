"""A WhatsApp export as the zip phones share: chat and voice notes, bounded against bad zips."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core import chat_archive
from desktop.core.chat_archive import open_chat_archive, read_voice_notes
from desktop.core.errors import ChatArchiveError, ChatFormatError
from desktop.voice.voice_message import clip_from_bytes
from tests.support.media_makers import make_opus, tone

ANDROID_CHAT = (
    "12/31/20, 9:15 PM - Mum: Have you eaten yet, love?\n"
    "12/31/20, 9:16 PM - Mum: PTT-20201231-WA0001.opus (file attached)\n"
    "12/31/20, 9:16 PM - Lily: Yes Mum\n"
    "12/31/20, 9:17 PM - Lily: PTT-20201231-WA0002.opus (file attached)\n"
    "12/31/20, 9:18 PM - Mum: IMG-20201231-WA0003.jpg (file attached)\n"
    "12/31/20, 9:19 PM - Mum: PTT-20201231-WA0004.opus (file attached)\n"
)
IOS_CHAT = (
    "[31/12/2020, 21:15:03] Mum: Have you eaten yet, love?\n"
    "[31/12/2020, 21:15:09] Mum: \u200e<attached: 00000012-AUDIO-2020-12-31-21-15-09.opus>\n"
    "[31/12/2020, 21:16:00] Lily: Yes Mum\n"
)


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_an_android_zip_gives_the_chat_and_the_senders_voice_notes(tmp_path: Path) -> None:
    mum_1, mum_2 = make_opus(tone(1.0, 200.0)), make_opus(tone(2.0, 300.0))
    path = _zip(
        tmp_path / "WhatsApp Chat with Mum.zip",
        {
            "WhatsApp Chat with Mum.txt": ANDROID_CHAT.encode(),
            "PTT-20201231-WA0001.opus": mum_1,
            "PTT-20201231-WA0002.opus": make_opus(tone(1.0)),
            "IMG-20201231-WA0003.jpg": b"\xff\xd8 not really a photo",
            "PTT-20201231-WA0004.opus": mum_2,
        },
    )
    chat = open_chat_archive(path)
    assert chat.export.senders[0] == "Mum"
    assert [m.text for m in chat.export.messages if m.sender == "Mum"] == [
        "Have you eaten yet, love?"
    ]
    notes, skipped = read_voice_notes(path, chat, "Mum")
    assert [n.name for n in notes] == ["PTT-20201231-WA0001.opus", "PTT-20201231-WA0004.opus"]
    assert [n.data for n in notes] == [mum_1, mum_2] and not skipped
    clips = [clip_from_bytes(n.data, n.name) for n in notes]
    assert [round(c.seconds) for c in clips] == [1, 2]


def test_an_iphone_zip_in_a_folder(tmp_path: Path) -> None:
    note = make_opus(tone(1.0))
    path = _zip(
        tmp_path / "chat.zip",
        {
            "WhatsApp Chat - Mum/_chat.txt": IOS_CHAT.encode(),
            "WhatsApp Chat - Mum/00000012-AUDIO-2020-12-31-21-15-09.opus": note,
            "WhatsApp Chat - Mum/notes.txt": b"something else",
        },
    )
    chat = open_chat_archive(path)
    assert chat.chat_name.endswith("_chat.txt")
    notes, _ = read_voice_notes(path, chat, "Mum")
    assert [n.data for n in notes] == [note]
    assert read_voice_notes(path, chat, "Lily")[0] == []


@pytest.mark.parametrize(
    "name", ["../../etc/evil.opus", "/abs/chat.txt", "C:\\Windows\\x.txt", "a/../../b.txt"]
)
def test_unsafe_names_refuse_the_whole_archive(tmp_path: Path, name: str) -> None:
    path = _zip(tmp_path / "x.zip", {"_chat.txt": IOS_CHAT.encode(), name: b"x"})
    with pytest.raises(ChatArchiveError, match="unsafe names"):
        open_chat_archive(path)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"_chat.txt": b"\x00" * (40 * 1024 * 1024)})
    assert path.stat().st_size < 200_000
    with pytest.raises(ChatArchiveError, match="zip bomb"):
        open_chat_archive(path)


def test_a_member_larger_than_it_says_is_cut_off(tmp_path: Path, monkeypatch) -> None:
    path = _zip(tmp_path / "x.zip", {"_chat.txt": IOS_CHAT.encode() * 50}, zipfile.ZIP_STORED)
    monkeypatch.setattr(chat_archive, "MAX_CHAT_BYTES", 1000)
    with pytest.raises(ChatArchiveError, match="far too large"):
        open_chat_archive(path)


def test_too_many_members_are_refused_from_the_directory_record(
    tmp_path: Path, monkeypatch
) -> None:
    path = _zip(tmp_path / "many.zip", {f"f{i}.txt": b"" for i in range(30)})
    monkeypatch.setattr(chat_archive, "MAX_MEMBERS", 20)
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", _never_read_directory)
    with pytest.raises(ChatArchiveError, match="far too many files"):
        open_chat_archive(path)


def _never_read_directory(self: zipfile.ZipFile) -> None:
    raise AssertionError("the directory was read before its size was checked")


def test_voice_notes_are_capped_in_number(tmp_path: Path, monkeypatch) -> None:
    lines = "".join(
        f"12/31/20, 9:{i:02d} PM - Mum: PTT-20201231-WA{i:04d}.opus (file attached)\n"
        for i in range(5)
    )
    note = make_opus(tone(0.5))
    members = {f"PTT-20201231-WA{i:04d}.opus": note for i in range(5)}
    path = _zip(tmp_path / "m.zip", {"WhatsApp Chat with Mum.txt": lines.encode(), **members})
    monkeypatch.setattr(chat_archive, "MAX_VOICE_NOTES", 3)
    chat = open_chat_archive(path)
    notes, skipped = read_voice_notes(path, chat, "Mum")
    assert len(notes) == 3 and "2 voice notes" in skipped[0].what


@pytest.mark.parametrize(
    "content", [b"not a zip at all", b"PK\x03\x04 broken", b""], ids=["text", "broken", "empty"]
)
def test_not_a_zip_or_a_damaged_one(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(content)
    with pytest.raises(ChatArchiveError):
        open_chat_archive(path)


def test_a_zip_without_a_chat_or_with_an_unreadable_one(tmp_path: Path) -> None:
    with pytest.raises(ChatArchiveError, match="no chat"):
        open_chat_archive(_zip(tmp_path / "a.zip", {"photo.jpg": b"x"}))
    with pytest.raises(ChatFormatError, match=r"_chat\.txt"):
        open_chat_archive(_zip(tmp_path / "b.zip", {"_chat.txt": b"just some words"}))
