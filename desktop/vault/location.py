"""Where the vault's files are: what the vault needs to know of the app's folders.

The app's `AppPaths` (desktop/services/paths.py) provides it; the vault never decides the
folders itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

SCRATCH_FOLDER = "tmp"  # in the data folder: large temporary copies (backup, restore)


class VaultLocation(Protocol):
    @property
    def data_dir(self) -> Path: ...

    @property
    def vault_file(self) -> Path: ...

    @property
    def vault_meta_file(self) -> Path: ...

    @property
    def scratch_dir(self) -> Path: ...

    def ensure(self) -> None:
        """Create the folders (private to the user where the OS allows it)."""
