"""Which importer a file belongs to, by its kind: a photo, a recording or a chat export.

Used by the persona editor for files dropped on it (and its pickers' filters), so a dropped file
goes where the matching "Add…" button would have put it. Plain Python; any thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice
from pathlib import Path

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff")
RECORDING_SUFFIXES = (
    ".wav",
    ".mp3",
    ".m4a",
    ".aac",
    ".ogg",
    ".flac",
    ".opus",
    ".silk",
    ".slk",
    ".amr",
    ".aud",
)
CHAT_SUFFIXES = (".txt", ".zip", ".csv", ".html", ".htm")
MAX_FOLDER_FILES = 2000  # files taken from one folder dropped


class FileKind(StrEnum):
    PHOTO = "photo"
    RECORDING = "recording"
    CHAT = "chat"
    UNSUPPORTED = "unsupported"


def kind_of(path: Path) -> FileKind:
    """The importer a file is for, from its name; a folder or a missing file is unsupported."""
    suffix = path.suffix.lower()
    if not path.is_file():
        return FileKind.UNSUPPORTED
    if suffix in PHOTO_SUFFIXES:
        return FileKind.PHOTO
    if suffix in RECORDING_SUFFIXES:
        return FileKind.RECORDING
    if suffix in CHAT_SUFFIXES:
        return FileKind.CHAT
    return FileKind.UNSUPPORTED


@dataclass(frozen=True, slots=True)
class SortedFiles:
    """Files sorted by the importer each is for, in the order they were given."""

    photos: tuple[Path, ...] = ()
    recordings: tuple[Path, ...] = ()
    chats: tuple[Path, ...] = ()
    unsupported: tuple[Path, ...] = ()


def sort_files(paths: Iterable[Path]) -> SortedFiles:
    """A folder given counts as the files directly in it (by name; at most MAX_FOLDER_FILES,
    hidden ones left aside); what it holds in further folders is not looked at."""
    by_kind: dict[FileKind, list[Path]] = {kind: [] for kind in FileKind}
    for path in dict.fromkeys(_with_folders(paths)):  # the same file twice counts once
        by_kind[kind_of(path)].append(path)
    return SortedFiles(
        tuple(by_kind[FileKind.PHOTO]),
        tuple(by_kind[FileKind.RECORDING]),
        tuple(by_kind[FileKind.CHAT]),
        tuple(by_kind[FileKind.UNSUPPORTED]),
    )


def _with_folders(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if not path.is_dir():
            yield path
            continue
        try:
            inside = sorted(
                p for p in islice(path.iterdir(), MAX_FOLDER_FILES) if not p.name.startswith(".")
            )
        except OSError:
            yield path  # unreadable: named as a file Keepsake cannot use
            continue
        yield from (p for p in inside if p.is_file())


def file_filter(suffixes: tuple[str, ...]) -> str:
    """The pattern part of a file dialog's filter: `*.jpg *.png …`."""
    return " ".join(f"*{s}" for s in suffixes)
