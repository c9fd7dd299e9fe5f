"""`keepsake backup OUT` and `keepsake restore IN`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.core.errors import KeepsakeError
from desktop.paths import AppPaths
from desktop.persona_cli import PASSPHRASE_VARIABLE, open_vault_headless
from desktop.vault.backup import restore_backup, write_backup
from desktop.vault.keys import default_keyring_backend

BACKUP_VARIABLE = "KEEPSAKE_BACKUP_PASSPHRASE"


def _backup_passphrase(confirm: bool) -> str:
    value = os.environ.get(BACKUP_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise KeepsakeError(f"set {BACKUP_VARIABLE} or run in a terminal")
    import getpass

    first = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Once more: ") != first:
        raise KeepsakeError("the two passphrases are not the same")
    return first


def backup_command(paths: AppPaths, out: Path) -> int:
    try:
        passphrase = _backup_passphrase(confirm=True)
        vault = open_vault_headless(paths)
        try:
            size = write_backup(vault, out, passphrase)
        finally:
            vault.close()
    except KeepsakeError as exc:
        print(f"keepsake backup: {exc}")
        return 2
    print(
        f"Backup written to {out} ({size / 1e6:.1f} MB). Keep the passphrase safe: without it "
        "the backup cannot be opened."
    )
    return 0


def restore_command(paths: AppPaths, source: Path) -> int:
    try:
        result = restore_backup(
            source,
            _backup_passphrase(confirm=False),
            paths,
            default_keyring_backend(),
            os.environ.get(PASSPHRASE_VARIABLE),
        )
    except (KeepsakeError, OSError) as exc:
        print(f"keepsake restore: nothing was changed. {exc}")
        return 2
    print(
        "Restored."
        + (f" The previous data was kept as {result.set_aside.name}." if result.set_aside else "")
    )
    return 0
