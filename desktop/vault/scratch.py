"""Temporary files in the data folder, free space, and a full disk told apart from other errors.

Backups and restores stage their large copies in `<data>/tmp`, never in the system's /tmp (which
may be a small RAM disk, and is not cleaned when Keepsake is killed). A file written elsewhere
(a backup's `.partial` beside its destination) is noted in that folder first. `tidy()` runs at
the next start (when the vault is opened, under the instance lock): it removes the noted partial
files and the folder's contents.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import uuid
from pathlib import Path

from desktop.core.errors import DiskFullError
from desktop.vault.location import SCRATCH_FOLDER

SPACE_MARGIN = 2 * 1024 * 1024  # kept free on top of what a write needs (the WAL, the journal)
_NOTE_SUFFIX = ".partial-note"
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_SQLITE_FULL = 13


def scratch_beside(vault_file: Path) -> Path:
    """The scratch folder of the data folder that holds `vault_file` (VaultLocation.scratch_dir)."""
    return vault_file.parent / SCRATCH_FOLDER


def scratch_file(scratch_dir: Path, name: str) -> Path:
    """A fresh path in the scratch folder (the folder is created)."""
    scratch_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    return scratch_dir / f"{uuid.uuid4().hex[:12]}-{name}"


def note_partial(scratch_dir: Path, partial: Path) -> Path:
    """Remember a partial file outside the data folder, so the next start removes it."""
    note = scratch_file(scratch_dir, "backup" + _NOTE_SUFFIX)
    note.write_text(str(partial.resolve()), encoding="utf-8")
    return note


def tidy(scratch_dir: Path) -> int:
    """Remove what an interrupted backup or restore left behind; returns how many files."""
    folder = scratch_dir
    if not folder.is_dir():
        return 0
    removed = 0
    for note in folder.glob("*" + _NOTE_SUFFIX):
        with contextlib.suppress(OSError, ValueError):
            partial = Path(note.read_text(encoding="utf-8").strip())
            if partial.name.endswith(".partial") and partial.is_file():
                partial.unlink()
                removed += 1
    for item in folder.iterdir():
        with contextlib.suppress(OSError):
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item)
            else:
                item.unlink()
            removed += 1
    return removed


def ensure_space(folder: Path, needed: int) -> None:
    """Raise DiskFullError unless `needed` bytes (and a margin) are free where `folder` is."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    if free < needed + SPACE_MARGIN:
        raise DiskFullError(folder, needed + SPACE_MARGIN - free)


def is_disk_full(exc: BaseException) -> bool:
    """An OSError for a full disk or quota, or SQLite's 'database or disk is full'."""
    if isinstance(exc, OSError) and exc.errno in _FULL_ERRNOS:
        return True
    return getattr(exc, "sqlite_errorcode", None) == _SQLITE_FULL


def fsync_folder(folder: Path) -> None:
    """Make renames in `folder` durable (where the platform allows it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
