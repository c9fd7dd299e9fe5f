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
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from desktop.core.errors import DiskFullError, VaultCorruptError, WrongKeyError
from desktop.vault.database import Vault
from desktop.vault.file_header import (
    HeaderError,
    atomic_output,
    header_bytes,
    read_header,
    sub_keys,
)
from desktop.vault.keys import ScryptParams, check_new_passphrase, scrypt_to_json
from desktop.vault.scratch import ensure_space, is_disk_full, scratch_beside, scratch_file

MAGIC = b"KEEPSAKE-BACKUP\n"
MAC_BYTES = 32
FORMAT_NAME, FORMAT_VERSION = "keepsake-backup", 1
_FIELDS = {"format", "version", "schema", "scrypt"}
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BackupHeader:
    schema: int
    scrypt: ScryptParams
    body_offset: int  # where the database copy starts
    body_size: int


def _keys(passphrase: str, params: ScryptParams) -> tuple[bytes, bytes]:
    db_key, mac_key = sub_keys(
        passphrase, params, b"keepsake backup: database", b"keepsake backup: integrity"
    )
    return db_key, mac_key


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
    try:
        try:
            vault.export_to(copy, db_key)
        except BaseException as exc:
            if is_disk_full(exc):
                raise DiskFullError(out.parent) from exc
            raise
        header = header_bytes(
            MAGIC,
            {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "schema": vault.schema_version,
                "scrypt": scrypt_to_json(params),
            },
        )
        mac = hmac.new(mac_key, header, digestmod=hashlib.sha256)
        size = copy.stat().st_size
        with atomic_output(out, scratch) as target, copy.open("rb") as source:
            target.write(header)
            _copy(source, target, size, mac)
            target.write(mac.digest())
        return len(header) + size + MAC_BYTES
    finally:
        copy.unlink(missing_ok=True)


def parse_header(path: Path, handle: IO[bytes], file_size: int) -> BackupHeader:
    """The header at the start of `handle`, validated. Raises VaultCorruptError."""
    try:
        raw, header, params = read_header(handle, MAGIC, _FIELDS, FORMAT_NAME, FORMAT_VERSION)
    except HeaderError as exc:
        if exc.foreign and exc.reason == "not such a file":
            raise VaultCorruptError(path, "this is not a Keepsake backup") from exc
        if exc.foreign:
            raise VaultCorruptError(
                path, "this backup was made in a format Keepsake doesn't know"
            ) from exc
        raise VaultCorruptError(path, f"the backup's header is damaged ({exc.reason})") from exc
    schema = raw["schema"]
    if not isinstance(schema, int) or isinstance(schema, bool) or not 0 <= schema < 10_000:
        raise VaultCorruptError(path, "the backup's header is damaged (schema version)")
    body = file_size - len(header) - MAC_BYTES
    if body <= 0:
        raise VaultCorruptError(path, "the backup is cut short")
    return BackupHeader(schema, params, len(header), body)


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
