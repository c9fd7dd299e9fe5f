"""Run inside a D-Bus session with gnome-keyring: opens a vault with the real Secret Service.

Used by test_secret_service.py; prints OK and the backend name when everything worked.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from desktop.services.paths import resolve_paths
from desktop.vault.keys import KeyringState, default_keyring_backend, keyring_status
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore


def main() -> int:
    paths = resolve_paths()
    paths.ensure()
    backend = default_keyring_backend()
    status = keyring_status(backend)
    if status.state is not KeyringState.USABLE:
        print(f"UNUSABLE {status.backend}")
        return 1
    vault = open_vault(paths, backend)
    PersonaStore(vault).add("Secret Service person", "Dad", datetime.now(UTC))
    vault.close()
    again = open_vault(paths, default_keyring_backend())
    names = [p.name for p in PersonaStore(again).list_summaries()]
    again.close()
    print("OK", status.backend, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
