"""Opening the vault without a window: the one way every headless command does it.

The keyring unlocks it, or a passphrase from KEEPSAKE_PASSPHRASE or the terminal. The instance
lock is held while it is open, so a command refuses (VaultInUseError) while another Keepsake has
the vault open, and the lock is given back when the vault is closed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.core.errors import NoPassphraseError, PassphraseRequiredError
from desktop.services.paths import AppPaths
from desktop.vault.database import Vault
from desktop.vault.instance_lock import VaultLock
from desktop.vault.keys import KeyringBackend, default_keyring_backend
from desktop.vault.opening import open_vault

PASSPHRASE_VARIABLE = "KEEPSAKE_PASSPHRASE"


def local_passphrase(prompt: str = "Keepsake passphrase: ") -> str | None:
    """KEEPSAKE_PASSPHRASE, or asked in a terminal; None without either."""
    passphrase = os.environ.get(PASSPHRASE_VARIABLE)
    if passphrase is None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(prompt)
    return passphrase


def open_vault_headless(paths: AppPaths, backend: KeyringBackend | None = None) -> Vault:
    """The unlocked vault, holding the instance lock until it is closed.

    Raises VaultInUseError while another Keepsake has it open, NoPassphraseError when it needs a
    passphrase and none can be asked for.
    """
    paths.ensure()
    lock = VaultLock.acquire(paths.lock_file)
    try:
        vault = _unlock(paths, backend or default_keyring_backend())
    except BaseException:
        lock.release()
        raise
    vault.on_close(lock.release)
    return vault


@contextmanager
def headless_vault(paths: AppPaths, backend: KeyringBackend | None = None) -> Iterator[Vault]:
    """`with headless_vault(paths) as vault:` opens it as above and always closes it."""
    vault = open_vault_headless(paths, backend)
    try:
        yield vault
    finally:
        vault.close()


def _unlock(paths: AppPaths, backend: KeyringBackend) -> Vault:
    try:
        return open_vault(paths, backend)
    except PassphraseRequiredError:
        passphrase = local_passphrase()
        if passphrase is None:
            raise NoPassphraseError(PASSPHRASE_VARIABLE) from None
        return open_vault(paths, backend, passphrase)
