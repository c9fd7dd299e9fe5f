"""Where Keepsake keeps its files.

`KEEPSAKE_HOME` overrides everything (tests, portable installs): data, models and settings all
go below it. Otherwise the platform's user folders are used (platformdirs).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop.vault.location import SCRATCH_FOLDER

APP_NAME = "Keepsake"
HOME_VARIABLE = "KEEPSAKE_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The folders and files Keepsake uses. Nothing is created until `ensure()`."""

    data_dir: Path
    config_dir: Path
    models_dir: Path

    @property
    def vault_file(self) -> Path:
        return self.data_dir / "keepsake.db"

    @property
    def vault_meta_file(self) -> Path:
        return self.data_dir / "keepsake.vault.json"

    @property
    def lock_file(self) -> Path:
        """Held by the one Keepsake process that has the vault open (with its process id)."""
        return self.data_dir / "keepsake.lock"

    @property
    def scratch_dir(self) -> Path:
        """Temporary files (backup and restore copies); emptied at the next start."""
        return self.data_dir / SCRATCH_FOLDER

    @property
    def support_file(self) -> Path:
        """The user's own copy of the helpline list, once they choose to edit it."""
        return self.data_dir / "support.json"

    @property
    def crisis_file(self) -> Path:
        """The user's own copy of the crisis lexicon, once they choose to edit it."""
        return self.data_dir / "crisis.json"

    @property
    def bench_file(self) -> Path:
        """The figures `keepsake bench` measured last (for the model manager's estimates)."""
        return self.config_dir / "bench.json"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def ensure(self) -> None:
        """Create the folders (private to the user where the OS allows it)."""
        for folder in (self.data_dir, self.config_dir, self.models_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def resolve_paths(environ: Mapping[str, str] | None = None) -> AppPaths:
    """Work out the folders from the environment; does not touch the disk."""
    env = os.environ if environ is None else environ
    home = env.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser().resolve()
        return AppPaths(
            data_dir=root / "data", config_dir=root / "config", models_dir=root / "models"
        )
    import platformdirs

    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    config = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return AppPaths(data_dir=data, config_dir=config, models_dir=data / "models")
