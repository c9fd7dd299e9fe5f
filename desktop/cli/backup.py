"""`keepsake backup OUT` and `keepsake restore IN`."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, terminal_passphrase
from desktop.core.errors import (
    KeepsakeError,
    NoPassphraseError,
    PassphraseRequiredError,
)
from desktop.services.headless import PASSPHRASE_VARIABLE, headless_vault, local_passphrase
from desktop.services.paths import AppPaths
from desktop.vault.backup import write_backup
from desktop.vault.instance_lock import VaultLock
from desktop.vault.keys import default_keyring_backend
from desktop.vault.restore import restore_backup

BACKUP_VARIABLE = "KEEPSAKE_BACKUP_PASSPHRASE"


def _backup_passphrase(confirm: bool) -> str:
    return terminal_passphrase(
        BACKUP_VARIABLE,
        "the backup needs a passphrase",
        "Backup passphrase: ",
        "Once more: " if confirm else None,
    )


def backup_command(paths: AppPaths, out: Path) -> int:
    try:
        passphrase = _backup_passphrase(confirm=True)
        with headless_vault(paths) as vault:
            size = write_backup(vault, out, passphrase)
    except KeepsakeError as exc:
        print(f"keepsake backup: {exc}")
        return EXIT_FAILED
    print(
        f"Backup written to {out} ({size / 1e6:.1f} MB). Keep the passphrase safe: without it "
        "the backup cannot be opened."
    )
    return 0


def restore_command(paths: AppPaths, source: Path) -> int:
    """Refused while another Keepsake has the vault open; changes nothing unless it completes."""
    try:
        paths.ensure()
        with VaultLock.acquire(paths.lock_file):
            passphrase = _backup_passphrase(confirm=False)
            backend = default_keyring_backend()
            try:
                result = restore_backup(source, passphrase, paths, backend)
            except PassphraseRequiredError:
                local = local_passphrase("This computer's Keepsake passphrase: ")
                if local is None:
                    raise NoPassphraseError(
                        PASSPHRASE_VARIABLE, "this computer's vault needs its passphrase"
                    ) from None
                result = restore_backup(source, passphrase, paths, backend, local)
    except (KeepsakeError, OSError) as exc:
        print(f"keepsake restore: nothing was changed. {exc}")
        return EXIT_FAILED
    print("Restored.")
    if result.set_aside is not None:
        size = sum(
            f.stat().st_size
            for f in result.set_aside.parent.glob(result.set_aside.name + "*")
            if f.is_file()
        )
        print(
            f"The previous data was kept as {result.set_aside.name} ({size / 1e6:.1f} MB). "
            "Settings → Data lists the copies kept aside and can remove them."
        )
    return 0


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """`keepsake backup OUT` or `keepsake restore IN`."""
    if args.command == "backup":
        return backup_command(paths, args.out)
    return restore_command(paths, args.source)
