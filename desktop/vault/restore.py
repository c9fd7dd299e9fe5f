"""Restoring a backup as a transaction: the vault is never renamed aside unless the restore
will complete.

1. The backup's integrity is proven and this computer's key is found (or made) first; a missing
   passphrase or a wrong one stops here, before anything is written.
2. The backup's database is extracted into the scratch folder, migrated, checked, and exported
   with this computer's key to `keepsake.db.restoring` beside the vault, which is opened again
   with that key and must pass `PRAGMA integrity_check`.
3. A marker (`keepsake.restore.json`) is written atomically: from then on the restore is
   committed. The current vault is renamed aside (`keepsake.db.before-restore-STAMP`, with its
   WAL), the staged one renamed into place (atomic renames in one folder), the marker removed.
4. If Keepsake is killed anywhere, the next `finish_interrupted_restore` (run before the vault
   is opened) rolls forward when the marker exists, and back (deleting the staged copy) when it
   does not. The caller holds the instance lock and has closed its own connection.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.errors import DiskFullError, KeyMissingError, VaultCorruptError, WrongKeyError
from desktop.core.files import atomic_write_text
from desktop.vault.backup import extract_backup
from desktop.vault.database import Vault, key_opens
from desktop.vault.keys import (
    KEYRING_SERVICE,
    KeyringBackend,
    KeySource,
    ResolvedKey,
    read_meta,
    resolve_key,
    write_meta,
)
from desktop.vault.location import VaultLocation
from desktop.vault.scratch import ensure_space, fsync_folder, is_disk_full, scratch_file

STAGED_SUFFIX = ".restoring"
MARKER_NAME = "keepsake.restore.json"
ASIDE_TAG = "before-restore"


@dataclass(frozen=True, slots=True)
class RestoreResult:
    schema_version: int
    set_aside: Path | None  # the previous vault, kept under another name


@dataclass(frozen=True, slots=True)
class _Plan:
    aside: Path  # where the current vault goes
    new_meta: bool  # a new key: the staged metadata replaces the current one


def _staged(paths: VaultLocation) -> Path:
    return paths.vault_file.with_name(paths.vault_file.name + STAGED_SUFFIX)


def _staged_meta(paths: VaultLocation) -> Path:
    return paths.vault_meta_file.with_name(paths.vault_meta_file.name + STAGED_SUFFIX)


def _marker(paths: VaultLocation) -> Path:
    return paths.data_dir / MARKER_NAME


def _aside_name(paths: VaultLocation) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    base = paths.vault_file.with_name(f"{paths.vault_file.name}.{ASIDE_TAG}-{stamp}")
    candidate, n = base, 1
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def _local_key(
    paths: VaultLocation, backend: KeyringBackend, local_passphrase: str | None
) -> ResolvedKey:
    """This computer's key for the restored vault; proven against the current vault."""
    if read_meta(paths.vault_meta_file) is not None:
        try:
            resolved = resolve_key(paths.vault_meta_file, backend, local_passphrase)
        except KeyMissingError:  # the key is gone: the restore is what brings the data back
            return resolve_key(_staged_meta(paths), backend, local_passphrase)
        if paths.vault_file.exists() and not key_opens(paths.vault_file, resolved.key):
            raise WrongKeyError("the local passphrase does not open this computer's vault")
        return resolved
    return resolve_key(_staged_meta(paths), backend, local_passphrase)


def restore_backup(
    path: Path,
    passphrase: str,
    paths: VaultLocation,
    backend: KeyringBackend,
    local_passphrase: str | None = None,
) -> RestoreResult:
    """Replace this computer's vault with the backup, or change nothing. Runs scrypt and
    copies the whole database: not on the GUI thread."""
    paths.ensure()
    finish_interrupted_restore(paths)
    local = _local_key(paths, backend, local_passphrase)
    raw = scratch_file(paths.scratch_dir, "restore-backup.db")
    staged, staged_meta, marker = _staged(paths), _staged_meta(paths), _marker(paths)
    committed = False
    try:
        db_key = extract_backup(path, passphrase, raw)
        restored = Vault.open(raw, db_key)  # runs newer migrations if the backup is older
        try:
            if restored.query_one("PRAGMA integrity_check")[0] != "ok":
                raise VaultCorruptError(path, "the backup's database is damaged")
            schema = restored.schema_version
            ensure_space(paths.data_dir, raw.stat().st_size)
            restored.export_to(staged, local.key)
        finally:
            restored.close()
        raw.unlink()
        _verify(staged, local.key, path)
        existed = paths.vault_file.exists()
        plan = _Plan(_aside_name(paths), new_meta=local.is_new)
        if local.is_new:
            if local.meta.key_source is KeySource.KEYRING:
                backend.set_password(KEYRING_SERVICE, local.meta.keyring_username, local.key.hex())
            write_meta(staged_meta, local.meta)
        atomic_write_text(marker, json.dumps({"aside": plan.aside.name, "meta": plan.new_meta}))
        committed = True
        _swap(paths, plan)
    except BaseException as exc:
        raw.unlink(missing_ok=True)
        if not committed:
            for leftover in (staged, staged_meta, staged.with_name(staged.name + "-journal")):
                leftover.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError(paths.data_dir) from exc
        raise
    return RestoreResult(schema, plan.aside if existed else None)


def _verify(staged: Path, key: bytes, source: Path) -> None:
    """The staged vault opens with this computer's key and is intact."""
    try:
        check = Vault.open(staged, key)
    except WrongKeyError as exc:
        raise VaultCorruptError(source, "the restored copy did not open with this key") from exc
    try:
        if check.query_one("PRAGMA integrity_check")[0] != "ok":
            raise VaultCorruptError(source, "the restored copy is damaged")
    finally:
        check.close()
    for suffix in ("-wal", "-shm", "-journal"):  # closed cleanly: nothing may travel beside it
        extra = staged.with_name(staged.name + suffix)
        if extra.exists():
            if extra.stat().st_size and suffix == "-wal":
                raise VaultCorruptError(source, "the restored copy was not closed cleanly")
            extra.unlink()


def _move(src: Path, dst: Path) -> None:
    if src.exists() and not dst.exists():
        src.rename(dst)


def _swap(paths: VaultLocation, plan: _Plan) -> None:
    """The committed part: idempotent, so an interrupted swap is finished by running it again."""
    staged = _staged(paths)
    if staged.exists():
        # the current vault aside, with its WAL and the copy of its care chain's head
        for suffix in ("-wal", "-shm", ".care", ""):
            _move(
                paths.vault_file.with_name(paths.vault_file.name + suffix),
                plan.aside.with_name(plan.aside.name + suffix),
            )
        staged_meta = _staged_meta(paths)
        if plan.new_meta and staged_meta.exists():
            meta_aside = paths.vault_meta_file.with_name(
                paths.vault_meta_file.name + plan.aside.name.removeprefix(paths.vault_file.name)
            )
            _move(paths.vault_meta_file, meta_aside)
            staged_meta.replace(paths.vault_meta_file)
        staged.rename(paths.vault_file)
        fsync_folder(paths.data_dir)
    _marker(paths).unlink(missing_ok=True)
    fsync_folder(paths.data_dir)


def _read_plan(paths: VaultLocation) -> _Plan:
    try:
        raw: Any = json.loads(_marker(paths).read_text(encoding="utf-8"))
        name = str(raw["aside"])
        if "/" in name or "\\" in name or not name.startswith(paths.vault_file.name + "."):
            raise ValueError(name)
        return _Plan(paths.data_dir / name, bool(raw["meta"]))
    except (OSError, ValueError, KeyError, TypeError):
        return _Plan(_aside_name(paths), _staged_meta(paths).exists())


def finish_interrupted_restore(paths: VaultLocation) -> bool:
    """Before the vault is opened: finish a committed restore, or undo an uncommitted one.
    True when a restore was finished."""
    if _marker(paths).exists():
        _swap(paths, _read_plan(paths))
        return True
    for leftover in (_staged(paths), _staged_meta(paths)):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    for suffix in ("-wal", "-shm", "-journal"):  # SQLite's files beside the staged copy
        with contextlib.suppress(FileNotFoundError):
            _staged(paths).with_name(_staged(paths).name + suffix).unlink()
    return False
