"""Finding a model's files on disk and checking them: a fast presence check and a full hash."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.core.jobs import CancelToken, Progress, ProgressCallback, no_progress
from desktop.models.catalogue import CatalogueEntry
from desktop.models.hashing import sha256_file


class VerifyStatus(StrEnum):
    OK = "ok"  # every file present; hashes match (full check) or sizes match (quick check)
    MISSING = "missing"
    WRONG_SIZE = "wrong-size"
    WRONG_HASH = "wrong-hash"


@dataclass(frozen=True, slots=True)
class VerifyResult:
    entry: CatalogueEntry
    folder: Path | None
    status: VerifyStatus
    hashed: bool
    problem_file: Path | None = None

    @property
    def ok(self) -> bool:
        return self.status is VerifyStatus.OK


def package_folder(entry: CatalogueEntry) -> Path | None:
    """The folder holding `entry`'s files inside its installed package (no import needed)."""
    if entry.package is None:
        return None
    try:
        spec = importlib.util.find_spec(entry.package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations)))
    return base / entry.package_subdir if entry.package_subdir else base


def locate(entry: CatalogueEntry, models_dir: Path | None = None) -> Path | None:
    """Where `entry` is installed: the user's models folder first, then its package."""
    if models_dir is not None:
        own = models_dir / entry.id
        if own.is_dir():
            return own
    return package_folder(entry)


def quick_check(entry: CatalogueEntry, folder: Path | None) -> VerifyResult:
    """Presence and sizes only: cheap enough for every start."""
    if folder is None:
        return VerifyResult(entry, None, VerifyStatus.MISSING, hashed=False)
    for f in entry.files:
        path = folder / f.relpath
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return VerifyResult(entry, folder, VerifyStatus.MISSING, False, path)
        if f.size is not None and size != f.size:
            return VerifyResult(entry, folder, VerifyStatus.WRONG_SIZE, False, path)
    return VerifyResult(entry, folder, VerifyStatus.OK, hashed=False)


def full_check(
    entry: CatalogueEntry,
    folder: Path | None,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> VerifyResult:
    """Sizes, then SHA-256 of every file. Reads the whole model: run it on a worker thread."""
    quick = quick_check(entry, folder)
    if not quick.ok or folder is None:
        return quick
    total = entry.size
    before = 0
    for f in entry.files:
        path = folder / f.relpath
        base = before

        def report(p: Progress, base: int = base) -> None:
            progress(Progress(base + p.done, total, entry.name))

        if f.sha256 is None:  # not pinned: nothing to compare with (presence was checked)
            continue
        if sha256_file(path, cancel, report) != f.sha256:
            return VerifyResult(entry, folder, VerifyStatus.WRONG_HASH, True, path)
        before += f.size or 0
    return VerifyResult(entry, folder, VerifyStatus.OK, hashed=True)
