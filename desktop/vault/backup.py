"""Backing up the whole vault to one file protected by a passphrase, and reading one back.

The file holds a short JSON header (format, scrypt salt and cost, schema version), then a
SQLCipher copy of the vault encrypted with a key derived from the backup passphrase, then an
HMAC-SHA256 over everything before it. The header is validated as a schema and the scrypt cost
must lie within fixed bounds before any work is done; the HMAC is checked (a wrong passphrase or
a damaged file is refused) before anything is written. Files are streamed, never read whole.
Restoring one into this computer's vault is `desktop/vault/restore.py`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from desktop.core.errors import DiskFullError, VaultCorruptError, WrongKeyError
from desktop.vault.database import Vault
from desktop.vault.keys import (
    ScryptParams,
    check_new_passphrase,
    derive_key,
    scrypt_from_json,
    scrypt_to_json,
)
from desktop.vault.scratch import (
    ensure_space,
    is_disk_full,
    note_partial,
    scratch_beside,
    scratch_file,
)

MAGIC = b"KEEPSAKE-BACKUP\n"
MAC_BYTES = 32
MAX_HEADER_BYTES = 4096
FORMAT_NAME, FORMAT_VERSION = "keepsake-backup", 1
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupHeader:
    schema: int
    scrypt: ScryptParams
    body_offset: int  # where the database copy starts
    body_size: int


def _keys(passphrase: str, params: ScryptParams) -> tuple[bytes, bytes]:
    master = derive_key(passphrase, params)
    return (
        hmac.new(master, b"keepsake backup: database", hashlib.sha256).digest(),
        hmac.new(master, b"keepsake backup: integrity", hashlib.sha256).digest(),
    )


class _Sink(Protocol):
    def write(self, data: bytes, /) -> int: ...


def _copy(source: IO[bytes], target: _Sink, size: int, mac: hmac.HMAC | None = None) -> None:
    left = size
    while left > 0:
        chunk = source.read(min(CHUNK, left))
        if not chunk:
            raise EOFError("the file ended early")
        if mac is not None:
            mac.update(chunk)
        target.write(chunk)
        left -= len(chunk)


def write_backup(vault: Vault, out: Path, passphrase: str) -> int:
    """Write the backup atomically; returns its size. Runs scrypt: not on the GUI thread.

    The database copy is staged in the scratch space beside the vault, the output as
    `OUT.partial`, which the next start removes if Keepsake is killed meanwhile.
    """
    check_new_passphrase(passphrase)
    params = ScryptParams.fresh()
    db_key, mac_key = _keys(passphrase, params)
    scratch = scratch_beside(vault.path)
    vault.checkpoint()
    estimate = vault.path.stat().st_size
    ensure_space(vault.path.parent, estimate)
    ensure_space(out.parent, estimate)
    copy = scratch_file(scratch, "backup-copy.db")
    tmp_out = out.with_name(out.name + ".partial")
    note: Path | None = None
    try:
        vault.export_to(copy, db_key)
        header = json.dumps(
            {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "schema": vault.schema_version,
                "scrypt": scrypt_to_json(params),
            }
        ).encode()
        out.parent.mkdir(parents=True, exist_ok=True)
        note = note_partial(scratch, tmp_out)
        mac = hmac.new(mac_key, digestmod=hashlib.sha256)
        size = copy.stat().st_size
        with tmp_out.open("wb") as target, copy.open("rb") as source:
            for part in (MAGIC, header + b"\n"):
                mac.update(part)
                target.write(part)
            _copy(source, target, size, mac)
            target.write(mac.digest())
            target.flush()
            os.fsync(target.fileno())
        os.replace(tmp_out, out)
        return len(MAGIC) + len(header) + 1 + size + MAC_BYTES
    except BaseException as exc:
        tmp_out.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(out.parent) from exc
        raise
    finally:
        copy.unlink(missing_ok=True)
        if note is not None:
            note.unlink(missing_ok=True)


def _bad(path: Path, what: str) -> VaultCorruptError:
    return VaultCorruptError(path, f"the backup's header is damaged ({what})")


def parse_header(path: Path, handle: IO[bytes], file_size: int) -> BackupHeader:
    """The header at the start of `handle`, validated. Raises VaultCorruptError."""
    start = handle.read(len(MAGIC))
    if start != MAGIC or file_size < len(MAGIC) + 2 + MAC_BYTES:
        raise VaultCorruptError(path, "this is not a Keepsake backup")
    line = handle.readline(MAX_HEADER_BYTES + 1)
    if not line.endswith(b"\n"):
        raise _bad(path, "no end of header")
    try:
        raw: Any = json.loads(line)
    except ValueError as exc:
        raise _bad(path, "not JSON") from exc
    if not isinstance(raw, dict) or set(raw) != {"format", "version", "schema", "scrypt"}:
        raise _bad(path, "unexpected fields")
    if raw["format"] != FORMAT_NAME or raw["version"] != FORMAT_VERSION:
        raise VaultCorruptError(path, "this backup was made in a format Keepsake doesn't know")
    schema = raw["schema"]
    if not isinstance(schema, int) or isinstance(schema, bool) or not 0 <= schema < 10_000:
        raise _bad(path, "schema version")
    try:
        params = scrypt_from_json(raw["scrypt"])
    except ValueError as exc:
        raise _bad(path, str(exc)) from exc
    offset = len(MAGIC) + len(line)
    body = file_size - offset - MAC_BYTES
    if body <= 0:
        raise VaultCorruptError(path, "the backup is cut short")
    return BackupHeader(schema, params, offset, body)


def extract_backup(path: Path, passphrase: str, target: Path) -> bytes:
    """Check the backup's integrity, then write its database copy to `target`; returns the
    copy's key. Nothing is written unless the HMAC proves the passphrase and the file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = parse_header(path, handle, size)
            db_key, mac_key = _keys(passphrase, header.scrypt)
            mac = hmac.new(mac_key, digestmod=hashlib.sha256)
            handle.seek(0)
            _copy(handle, _Discard(), header.body_offset + header.body_size, mac)
            if not hmac.compare_digest(mac.digest(), handle.read(MAC_BYTES)):
                raise WrongKeyError("the passphrase is wrong, or the backup file is damaged")
            ensure_space(target.parent, header.body_size)
            handle.seek(header.body_offset)
            try:
                with target.open("wb") as out:
                    _copy(handle, out, header.body_size)
                    out.flush()
                    os.fsync(out.fileno())
            except BaseException as exc:
                target.unlink(missing_ok=True)
                if is_disk_full(exc):
                    raise DiskFullError(target.parent) from exc
                raise
    except EOFError as exc:
        raise VaultCorruptError(path, "the backup is cut short") from exc
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFullError(target.parent) from exc
        raise VaultCorruptError(path, "the backup could not be read") from exc
    return db_key


class _Discard:
    """A sink for `_copy` when only the HMAC is wanted."""

    def write(self, data: bytes) -> int:
        return len(data)
