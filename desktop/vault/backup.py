"""Backing up the whole vault to one file protected by a passphrase, and restoring it.

The file holds a short JSON header (format, scrypt salt and cost, schema version), then a
SQLCipher copy of the vault encrypted with a key derived from the backup passphrase, then an
HMAC-SHA256 over everything before it. Restoring checks the HMAC (a wrong passphrase or a
damaged file is refused before anything changes), opens the copy, runs any newer migrations,
and re-encrypts it with this computer's vault key. The vault it replaces is kept aside.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import VaultCorruptError, WrongKeyError
from desktop.paths import AppPaths
from desktop.vault.database import Vault
from desktop.vault.keys import (
    KeyringBackend,
    ScryptParams,
    check_new_passphrase,
    derive_key,
    resolve_key,
    store_new_key,
)

MAGIC = b"KEEPSAKE-BACKUP\n"
MAC_BYTES = 32


@dataclass(frozen=True, slots=True)
class RestoreResult:
    schema_version: int
    set_aside: Path | None


def _keys(passphrase: str, params: ScryptParams) -> tuple[bytes, bytes]:
    master = derive_key(passphrase, params)
    return (
        hmac.new(master, b"keepsake backup: database", hashlib.sha256).digest(),
        hmac.new(master, b"keepsake backup: integrity", hashlib.sha256).digest(),
    )


def _export(vault: Vault, target: Path, key: bytes) -> None:
    vault.checkpoint()
    vault.export_to(target, key)


def write_backup(vault: Vault, out: Path, passphrase: str) -> int:
    """Write the backup atomically; returns its size. Runs scrypt: not on the GUI thread."""
    check_new_passphrase(passphrase)
    params = ScryptParams.fresh()
    db_key, mac_key = _keys(passphrase, params)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.db"
        _export(vault, copy, db_key)
        body = copy.read_bytes()
    header = (
        json.dumps(
            {
                "format": "keepsake-backup",
                "version": 1,
                "schema": vault.schema_version,
                "scrypt": {"salt": params.salt.hex(), "n": params.n, "r": params.r, "p": params.p},
            }
        ).encode()
        + b"\n"
    )
    payload = MAGIC + header + body
    mac = hmac.new(mac_key, payload, hashlib.sha256).digest()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp_out = out.with_name(out.name + ".partial")
    tmp_out.write_bytes(payload + mac)
    os.replace(tmp_out, out)
    return len(payload) + MAC_BYTES


def read_backup(path: Path, passphrase: str) -> tuple[bytes, bytes]:
    """The database bytes and their key, once the file's integrity is proven."""
    data = path.read_bytes()
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + MAC_BYTES + 10:
        raise VaultCorruptError(path, "this is not a Keepsake backup")
    payload, mac = data[:-MAC_BYTES], data[-MAC_BYTES:]
    end = payload.index(b"\n", len(MAGIC))
    try:
        header = json.loads(payload[len(MAGIC) : end])
        s = header["scrypt"]
        params = ScryptParams(bytes.fromhex(s["salt"]), int(s["n"]), int(s["r"]), int(s["p"]))
    except (ValueError, KeyError) as exc:
        raise VaultCorruptError(path, "the backup's header is damaged") from exc
    db_key, mac_key = _keys(passphrase, params)
    if not hmac.compare_digest(hmac.new(mac_key, payload, hashlib.sha256).digest(), mac):
        raise WrongKeyError("the passphrase is wrong, or the backup file is damaged")
    return payload[end + 1 :], db_key


def restore_backup(
    path: Path,
    passphrase: str,
    paths: AppPaths,
    backend: KeyringBackend,
    local_passphrase: str | None = None,
) -> RestoreResult:
    """Replace this computer's vault with the backup; the old one is renamed, not deleted."""
    body, db_key = read_backup(path, passphrase)
    paths.ensure()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "restore.db"
        copy.write_bytes(body)
        restored = Vault.open(copy, db_key)  # runs newer migrations if the backup is older
        try:
            if restored.query_one("PRAGMA integrity_check")[0] != "ok":
                raise VaultCorruptError(path, "the backup's database is damaged")
            schema = restored.schema_version
            aside = _set_aside(paths)
            resolved = resolve_key(paths.vault_meta_file, backend, local_passphrase)
            _export(restored, paths.vault_file, resolved.key)
        finally:
            restored.close()
    if resolved.is_new:
        store_new_key(resolved, paths.vault_meta_file, backend)
    return RestoreResult(schema, aside)


def _set_aside(paths: AppPaths) -> Path | None:
    if not paths.vault_file.exists():
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = paths.vault_file.with_name(f"{paths.vault_file.name}.before-restore-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = paths.vault_file.with_name(paths.vault_file.name + suffix)
        if extra.exists():
            extra.rename(extra.with_name(aside.name + suffix))
    paths.vault_file.rename(aside)
    meta = paths.vault_meta_file
    if meta.exists():
        meta.rename(meta.with_name(f"{meta.name}.before-restore-{stamp}"))
    return aside
