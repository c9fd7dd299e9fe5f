"""What several subcommands need: the saved settings, and one line for a failure."""

from __future__ import annotations

import sys

from desktop.core.settings import Settings, SettingsStore
from desktop.services.paths import AppPaths

EXIT_FAILED = 2  # bad input or a refusal: nothing was changed


def load_settings(paths: AppPaths) -> Settings:
    """The saved settings; a damaged file is kept aside (said once, on stderr)."""
    loaded = SettingsStore(paths.settings_file).load()
    if loaded.damaged_copy is not None:
        print(
            f"keepsake: the settings file could not be read, so the defaults apply; it was kept "
            f"as {loaded.damaged_copy.name}.",
            file=sys.stderr,
        )
    return loaded.settings
