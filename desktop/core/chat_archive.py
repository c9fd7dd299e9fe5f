"""A WhatsApp chat as phones share it: one `.zip` with the chat's text and its media.

The chat (`_chat.txt` from an iPhone, `WhatsApp Chat with Mum.txt` from Android) is read like
any export; the voice notes its messages name (`PTT-...opus`, `...-AUDIO-...opus`) are read
for the sender the person picks, to become clips. Nothing is extracted to disk.

Bounded against hostile archives before anything is decompressed: the end-of-directory record
is read first (at most MAX_MEMBERS entries and MAX_DIRECTORY_BYTES of directory), any name that
is absolute or climbs out (`..`) refuses the whole archive, encrypted members are refused, and
every member is read through a cap (its declared size is not trusted), with a budget for all of
them together and a limit on how much a member may expand.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from desktop.core.chat_export import ChatExport
from desktop.core.chat_files import parse_chat_file
from desktop.core.errors import ChatArchiveError, ChatFormatError
from desktop.core.persona import SkipKind, Skipped

MAX_ARCHIVE_BYTES = 8 * 1024**3  # a chat with its photos and videos can be large
MAX_MEMBERS = 100_000
MAX_DIRECTORY_BYTES = 32 * 1024 * 1024
MAX_CHAT_BYTES = 64 * 1024 * 1024
MAX_VOICE_NOTE_BYTES = 32 * 1024 * 1024  # a voice note of an hour is ~20 MB
MAX_VOICE_NOTES = 300
MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # everything read from one archive
MAX_EXPANSION = 200  # uncompressed / compressed, beyond which a member is a bomb
CHAT_SUFFIXES = (".txt", ".html", ".htm", ".csv")
VOICE_SUFFIXES = (".opus", ".ogg", ".m4a", ".aac", ".mp3", ".amr", ".wav", ".silk")
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"


@dataclass(frozen=True, slots=True)
class ArchiveFile:
    """A member read from the archive: its name inside it and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ChatArchive:
    """The chat of a zipped export, and the voice notes in the archive by their file name."""

    chat_name: str
    export: ChatExport
    voice_members: dict[str, str]  # file name -> member name in the archive

    def voice_notes_of(self, sender: str) -> list[str]:
        """Member names of the voice notes `sender` sent that are in the archive, in order."""
        attached = [
            PurePosixPath(n.replace("\\", "/")).name for n in self.export.attached_by(sender)
        ]
        names = [n for n in attached if n in self.voice_members]
        return [self.voice_members[n] for n in dict.fromkeys(names)]


def is_zip(path: Path) -> bool:
    try:
        return zipfile.is_zipfile(path)
    except OSError:
        return False


def open_chat_archive(path: Path) -> ChatArchive:
    """Check the archive and read its chat. Raises ChatArchiveError or ChatFormatError."""
    with _open(path) as archive:
        members = _members(path, archive)
        chats = [m for m in members if m.filename.lower().endswith(CHAT_SUFFIXES)]
        if not chats:
            raise ChatArchiveError(path, "there is no chat (.txt) in this archive")
        chat = min(chats, key=lambda m: (_chat_rank(m.filename), m.filename))
        raw = _read(path, archive, chat, MAX_CHAT_BYTES, [MAX_TOTAL_BYTES])
        text = raw.decode("utf-8", errors="replace")
        try:
            export = parse_chat_file(text, chat.filename)
        except ChatFormatError as exc:
            raise ChatFormatError(exc.reason, PurePosixPath(chat.filename).name) from exc
        voices = {
            PurePosixPath(m.filename).name: m.filename
            for m in members
            if m.filename.lower().endswith(VOICE_SUFFIXES)
        }
        return ChatArchive(chat.filename, export, voices)


def read_voice_notes(
    path: Path, chat: ChatArchive, sender: str
) -> tuple[list[ArchiveFile], list[Skipped]]:
    """The voice notes `sender` sent, read from the archive (at most MAX_VOICE_NOTES)."""
    wanted = chat.voice_notes_of(sender)
    skipped: list[Skipped] = []
    if len(wanted) > MAX_VOICE_NOTES:
        left = len(wanted) - MAX_VOICE_NOTES
        skipped.append(
            Skipped(
                f"{left} voice notes",
                f"at most {MAX_VOICE_NOTES} from one chat",
                kind=SkipKind.VOICE_NOTES,
                count=left,
                limit=MAX_VOICE_NOTES,
            )
        )
        wanted = wanted[:MAX_VOICE_NOTES]
    budget = [MAX_TOTAL_BYTES]
    out: list[ArchiveFile] = []
    with _open(path) as archive:
        infos = {m.filename: m for m in _members(path, archive)}
        for name in wanted:
            info = infos.get(name)
            if info is None:
                continue
            try:
                out.append(
                    ArchiveFile(name, _read(path, archive, info, MAX_VOICE_NOTE_BYTES, budget))
                )
            except ChatArchiveError as exc:
                skipped.append(Skipped(PurePosixPath(name).name, exc.reason))
    return out, skipped


def _open(path: Path) -> zipfile.ZipFile:
    try:
        size = path.stat().st_size
        if size > MAX_ARCHIVE_BYTES:
            raise ChatArchiveError(path, "the archive is far too large")
        with path.open("rb") as handle:
            _check_directory(path, handle, size)
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, struct.error) as exc:
        raise ChatArchiveError(path, "this is not a zip archive, or it is damaged") from exc
    except OSError as exc:
        raise ChatArchiveError(path, "the archive could not be read") from exc


def _check_directory(path: Path, handle: IO[bytes], size: int) -> None:
    """Read the end-of-directory record (and its zip64 form) before zipfile reads the whole
    directory into memory: refuse too many entries or too large a directory."""
    tail = min(size, 65_557)
    handle.seek(size - tail)
    data = handle.read(tail)
    at = data.rfind(_EOCD)
    if at < 0 or len(data) - at < 22:
        raise zipfile.BadZipFile("no end of central directory")
    entries, directory = struct.unpack("<10xHL6x", data[at : at + 22])
    locator = data.rfind(_ZIP64_LOCATOR, 0, at)
    if (entries == 0xFFFF or directory == 0xFFFFFFFF) and locator >= 0:
        (offset,) = struct.unpack("<8xQ4x", data[locator : locator + 20])
        handle.seek(offset)
        record = handle.read(56)
        if not record.startswith(_ZIP64_EOCD) or len(record) < 56:
            raise zipfile.BadZipFile("damaged zip64 record")
        entries, directory = struct.unpack("<32xQQ8x", record)
    if entries > MAX_MEMBERS or directory > MAX_DIRECTORY_BYTES:
        raise ChatArchiveError(path, "the archive holds far too many files")


def _members(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ChatArchiveError(path, "the archive holds far too many files")
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"):
            raise ChatArchiveError(path, "the archive has files with unsafe names")
    return [i for i in infos if not i.is_dir()]


def _read(
    path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, budget: list[int]
) -> bytes:
    """One member, read through a cap; `budget` is what is left for the whole archive."""
    name = PurePosixPath(info.filename).name
    if info.flag_bits & 0x1:
        raise ChatArchiveError(path, "{0} is encrypted", name)
    if info.file_size > limit or info.file_size > budget[0]:
        raise ChatArchiveError(path, "{0} is far too large", name)
    if info.file_size > 1024 * 1024 and info.file_size > MAX_EXPANSION * max(1, info.compress_size):
        raise ChatArchiveError(path, "{0} expands far beyond its size (a zip bomb)", name)
    cap = min(limit, budget[0])
    try:
        with archive.open(info) as member:
            data = member.read(cap + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
        raise ChatArchiveError(path, "{0} is damaged", name) from exc
    if len(data) > cap:
        raise ChatArchiveError(path, "{0} is far larger than the archive says", name)
    budget[0] -= len(data)
    return data


def _chat_rank(name: str) -> int:
    """The chat itself first: `_chat.txt` or `WhatsApp Chat with ...`, at the top; then any
    text, page or table of messages."""
    base = PurePosixPath(name).name.lower()
    top = 0 if "/" not in name.strip("/") else 1
    named = 0 if base == "_chat.txt" or base.startswith(("whatsapp chat", "whatsapp-chat")) else 2
    kind = CHAT_SUFFIXES.index(next(s for s in CHAT_SUFFIXES if base.endswith(s)))
    return named * 10 + top * 5 + kind
