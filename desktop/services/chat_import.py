"""A chat export as the import reads it: WhatsApp's text or the `.zip` phones share (whose voice
notes can become clips), WeChat's text, CSV or HTML exports, or `Name: message` lines.

Used by the persona builder (on a worker thread) and by the persona editor to offer the
senders. Every failure is an ImportFileError naming the file, with the reason in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from desktop.core.chat_archive import (
    MAX_CHAT_BYTES,
    ChatArchive,
    is_zip,
    open_chat_archive,
    read_voice_notes,
)
from desktop.core.chat_export import ChatExport
from desktop.core.chat_files import parse_chat_file
from desktop.core.errors import (
    AudioFileError,
    ChatArchiveError,
    ChatFormatError,
    ImportFileError,
)
from desktop.core.persona import Skipped
from desktop.voice.voice_message import Clip, clip_from_bytes


@dataclass(frozen=True, slots=True)
class ChatSource:
    """The messages of an export, and for a zipped one the archive its voice notes are in."""

    path: Path
    export: ChatExport
    archive: ChatArchive | None = None

    @property
    def senders(self) -> list[str]:
        return self.export.senders


def read_chat(path: Path) -> ChatSource:
    """Read and recognise a chat export. Raises ImportFileError."""
    try:
        if path.suffix.lower() == ".zip" or is_zip(path):
            archive = open_chat_archive(path)
            return ChatSource(path, archive.export, archive)
        if path.stat().st_size > MAX_CHAT_BYTES:
            raise ImportFileError(path, "the file is too large for a chat export")
        text = path.read_text(encoding="utf-8", errors="replace")
        return ChatSource(path, parse_chat_file(text, path.name))
    except OSError as exc:
        raise ImportFileError(path, "the file could not be read") from exc
    except (ChatFormatError, ChatArchiveError) as exc:
        raise ImportFileError(path, exc.reason) from exc


def voice_note_clips(source: ChatSource, sender: str) -> tuple[list[Clip], list[Skipped]]:
    """The voice notes `sender` sent, from a zipped export, as clips; one that cannot be
    decoded is skipped with its reason (the rest of the chat is still worth having)."""
    if source.archive is None:
        return [], []
    try:
        files, skipped = read_voice_notes(source.path, source.archive, sender)
    except ChatArchiveError as exc:
        raise ImportFileError(source.path, exc.reason) from exc
    clips: list[Clip] = []
    for item in files:
        name = PurePosixPath(item.name).name
        try:
            clips.append(clip_from_bytes(item.data, name))
        except AudioFileError as exc:
            skipped.append(Skipped(name, exc.reason))
    return clips, skipped
