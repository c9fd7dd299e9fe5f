"""One Keepsake at a time: a lock file with the process id beside the vault.

The operating system holds the lock (flock on Linux and macOS, a locked byte on Windows) for as
long as the file is open, so a killed process never leaves a stale lock; the process id in the
file is only for the message ("Keepsake is already open"). The window holds it for its whole
life, a command while it runs, and a restore refuses to start while anyone else holds it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from desktop.core.errors import VaultInUseError

_WINDOWS_LOCK_OFFSET = 4096  # the byte locked on Windows, past the process id


class VaultLock:
    """An acquired lock; `release()` (or leaving the `with` block) gives it up."""

    def __init__(self, path: Path, handle: IO[bytes]) -> None:
        self.path = path
        self._handle: IO[bytes] | None = handle

    @classmethod
    def acquire(cls, path: Path) -> VaultLock:
        """Take the lock at `path` now, or raise VaultInUseError with the holder's process id."""
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+b", buffering=0)  # noqa: SIM115 - open while the lock is held
        try:
            _lock(handle)
        except OSError:
            pid = _read_pid(handle)
            handle.close()
            raise VaultInUseError(pid) from None
        with contextlib.suppress(OSError):  # the id is for the message only (a full disk)
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
        return cls(path, handle)

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.flush()
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(handle: IO[bytes]) -> int | None:
    try:
        handle.seek(0)
        text = handle.read(32).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
