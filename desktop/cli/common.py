"""What several subcommands need: the saved settings, and one line for a failure."""

from __future__ import annotations

import os
import sys

from desktop.core.errors import NoPassphraseError, PassphraseMismatchError
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


def terminal_passphrase(variable: str, missing: str, prompt: str, again: str | None) -> str:
    """The passphrase from the environment `variable`, or asked in the terminal (asked `again`
    to confirm a new one). Raises NoPassphraseError without either, PassphraseMismatchError
    when the two differ."""
    value = os.environ.get(variable)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise NoPassphraseError(variable, missing)
    import getpass

    first = getpass.getpass(prompt)
    if again is not None and getpass.getpass(again) != first:
        raise PassphraseMismatchError
    return first
