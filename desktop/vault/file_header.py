"""What Keepsake's passphrase files share: a magic line, a JSON header line validated as a
schema before any work is done, sub-keys derived from the passphrase, and an atomic write.

Used by the vault backup (`backup.py`) and the shared portrait (`share_file.py`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from desktop.core.errors import DiskFullError
from desktop.vault.keys import ScryptParams, derive_key, scrypt_from_json
from desktop.vault.scratch import is_disk_full, note_partial

MAX_HEADER_BYTES = 4096


class HeaderError(ValueError):
    """A header that is not one of ours (`foreign`) or is damaged (`reason` says how)."""

    def __init__(self, reason: str, foreign: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.foreign = foreign


def header_bytes(magic: bytes, fields: dict[str, Any]) -> bytes:
    """The magic line and the header as one JSON line."""
    return magic + json.dumps(fields, sort_keys=True).encode() + b"\n"


def read_header(
    handle: IO[bytes], magic: bytes, fields: set[str], format_name: str, version: int
) -> tuple[dict[str, Any], bytes, ScryptParams]:
    """The header at the start of `handle`: its fields (exactly `fields`), its bytes as written
    (magic included) and its scrypt parameters, within bounds. Raises HeaderError."""
    if handle.read(len(magic)) != magic:
        raise HeaderError("not such a file", foreign=True)
    line = handle.readline(MAX_HEADER_BYTES + 1)
    if not line.endswith(b"\n"):
        raise HeaderError("no end of header")
    try:
        raw: Any = json.loads(line)
    except ValueError as exc:
        raise HeaderError("not JSON") from exc
    if not isinstance(raw, dict) or set(raw) != fields:
        raise HeaderError("unexpected fields")
    if raw["format"] != format_name or raw["version"] != version:
        raise HeaderError("a format Keepsake doesn't know", foreign=True)
    try:
        params = scrypt_from_json(raw["scrypt"])
    except ValueError as exc:
        raise HeaderError(str(exc)) from exc
    return raw, magic + line, params


def sub_keys(passphrase: str, params: ScryptParams, *purposes: bytes) -> tuple[bytes, ...]:
    """One scrypt run, then a key for each purpose (HMAC-SHA256). Not on the GUI thread."""
    master = derive_key(passphrase, params)
    return tuple(hmac.new(master, p, hashlib.sha256).digest() for p in purposes)


@contextmanager
def atomic_output(out: Path, scratch: Path) -> Iterator[IO[bytes]]:
    """Write `out` as `OUT.partial` (noted in the scratch folder, so the next start removes it
    if Keepsake is killed), flushed to disk, then renamed into place. On any error the partial
    file is removed; a full disk becomes DiskFullError."""
    tmp_out = out.with_name(out.name + ".partial")
    note: Path | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        note = note_partial(scratch, tmp_out)
        with tmp_out.open("wb") as target:
            yield target
            target.flush()
            os.fsync(target.fileno())
        os.replace(tmp_out, out)
    except BaseException as exc:
        tmp_out.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(out.parent) from exc
        raise
    finally:
        if note is not None:
            note.unlink(missing_ok=True)
