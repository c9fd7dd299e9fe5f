"""Copies of the vault kept aside: the data a restore replaced, and a vault that could not be
opened. Listed with their size and date (Settings → Data) and removed only when the user asks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from desktop.vault.location import VaultLocation


class AsideReason(StrEnum):
    BEFORE_RESTORE = "before-restore"  # replaced by a restore
    UNREADABLE = "unreadable"  # found without its metadata, so it could not be opened


@dataclass(frozen=True, slots=True)
class KeptCopy:
    name: str  # the database file's name in the data folder
    reason: AsideReason
    kept_at: datetime  # local time, when it was set aside
    size: int  # bytes, with its journal files and metadata
    files: tuple[Path, ...]


_NAMES = re.compile(
    r"^(?P<base>keepsake\.db)\.(?P<reason>before-restore|unreadable)-"
    r"(?P<stamp>\d{8}-\d{6})(?P<n>-\d+)?$"
)


def _companions(paths: VaultLocation, main: Path, reason: str, tag: str) -> list[Path]:
    data = paths.data_dir
    base = paths.vault_file.name
    names = [main.name + "-wal", main.name + "-shm", main.name + ".care"]  # moved with it
    names += [f"{base}{extra}{tag}" for extra in ("-wal", "-shm", ".care")]  # as opening does
    if reason == AsideReason.BEFORE_RESTORE:
        names.append(paths.vault_meta_file.name + tag)
    return [data / n for n in names if (data / n).is_file()]


def kept_copies(paths: VaultLocation) -> list[KeptCopy]:
    """Every copy kept aside, newest first."""
    if not paths.data_dir.is_dir():
        return []
    found = []
    for main in paths.data_dir.iterdir():
        m = _NAMES.match(main.name)
        if m is None or not main.is_file():
            continue
        tag = main.name.removeprefix(m.group("base"))  # ".before-restore-20260401-101500"
        files = (main, *_companions(paths, main, m.group("reason"), tag))
        found.append(
            KeptCopy(
                main.name,
                AsideReason(m.group("reason")),
                datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S"),
                sum(f.stat().st_size for f in files),
                files,
            )
        )
    return sorted(found, key=lambda c: (c.kept_at, c.name), reverse=True)


def remove_copy(paths: VaultLocation, copy: KeptCopy) -> None:
    """Delete a copy kept aside, with its companions (the user confirmed). Not undoable."""
    for path in copy.files:
        if path.parent != paths.data_dir or path == paths.vault_file:
            raise ValueError(f"not a copy kept aside: {path}")
        path.unlink(missing_ok=True)


def total_size(copies: list[KeptCopy]) -> int:
    return sum(c.size for c in copies)
