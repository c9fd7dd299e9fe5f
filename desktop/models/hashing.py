"""SHA-256 of model files, read once in chunks: while copying them, or on their own.

Every file Keepsake checks or installs goes through `hash_files`, which checks the cancel token
between chunks and reports the bytes done.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

from desktop.core.jobs import CancelToken, Progress, ProgressCallback

CHUNK = 1 << 20


def hash_files(
    parts: Sequence[Path],
    out: IO[bytes] | None = None,
    cancel: CancelToken | None = None,
    on_bytes: Callable[[int], None] | None = None,
    also: Sequence[Any] = (),
) -> tuple[str, int]:
    """(SHA-256 as hex, size) of `parts` read one after the other; written to `out` as they are
    read (the parts are joined), and fed to the hashers in `also` (a git blob id)."""
    digest = hashlib.sha256()
    size = 0
    for part in parts:
        with part.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if out is not None:
                    out.write(chunk)
                digest.update(chunk)
                for other in also:
                    other.update(chunk)
                size += len(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
    return digest.hexdigest(), size


def sha256_file(
    path: Path,
    cancel: CancelToken | None = None,
    on_bytes: ProgressCallback | None = None,
) -> str:
    """The file's SHA-256 as hex; reports the bytes read so far as Progress."""
    done = 0

    def count(n: int) -> None:
        nonlocal done
        done += n
        if on_bytes is not None:
            on_bytes(Progress(done, None))

    return hash_files([path], cancel=cancel, on_bytes=count)[0]
