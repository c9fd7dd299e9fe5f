"""Unlocking the vault: find or create its key, open the database, keep metadata in step."""

from __future__ import annotations

import logging
import time

from desktop.vault.database import Vault
from desktop.vault.keys import (
    KEYRING_SERVICE,
    KeyringBackend,
    KeySource,
    read_meta,
    resolve_key,
    store_new_key,
)
from desktop.vault.location import VaultLocation
from desktop.vault.restore import finish_interrupted_restore
from desktop.vault.scratch import tidy

log = logging.getLogger(__name__)


def open_vault(
    paths: VaultLocation, backend: KeyringBackend, passphrase: str | None = None
) -> Vault:
    """Open the user's vault, creating it on first use. Runs scrypt: not on the GUI thread.

    The metadata (and, in keyring mode, the key) is stored only after the new database was
    created successfully, so a failure leaves nothing behind that could lock the user out. An
    interrupted restore is finished (or undone) first, and temporary files are removed: call
    with the instance lock held (`desktop/vault/instance_lock.py`).
    """
    paths.ensure()
    finish_interrupted_restore(paths)  # before anything looks at the vault file
    tidy(paths.scratch_dir)
    resolved = resolve_key(paths.vault_meta_file, backend, passphrase)
    if resolved.is_new and paths.vault_file.exists():
        _set_aside(paths)
    vault = Vault.open(paths.vault_file, resolved.key)
    if resolved.is_new:
        try:
            store_new_key(resolved, paths.vault_meta_file, backend)
        except BaseException:
            vault.close()
            raise
    return vault


def _set_aside(paths: VaultLocation) -> None:
    """A database without metadata cannot be opened; keep it under another name, never delete.

    This happens when a first start was interrupted between creating the database and saving
    its metadata.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm", ".care"):
        src = paths.vault_file.with_name(paths.vault_file.name + suffix)
        if src.exists():
            src.rename(src.with_name(f"{src.name}.unreadable-{stamp}"))


def erase_vault(paths: VaultLocation, backend: KeyringBackend) -> None:
    """Delete the vault, its metadata and its key (the user confirmed twice). Not undoable."""
    meta = read_meta(paths.vault_meta_file)
    for suffix in ("", "-wal", "-shm", ".care"):
        paths.vault_file.with_name(paths.vault_file.name + suffix).unlink(missing_ok=True)
    paths.vault_meta_file.unlink(missing_ok=True)
    if meta is not None and meta.key_source is KeySource.KEYRING:
        try:
            backend.delete_password(KEYRING_SERVICE, meta.keyring_username)
        except Exception:  # a key already gone is fine; keyrings raise their own kinds
            log.info("vault: the keyring had no key to delete", exc_info=True)
