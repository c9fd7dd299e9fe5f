"""The person's settings while the window is open: read once, changed and saved here."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from desktop.core.settings import Settings, SettingsStore


class Preferences:
    """GUI thread. `current` is what every screen reads; `change` and `save` write the file."""

    def __init__(self, store: SettingsStore) -> None:
        self.store = store
        self.current = Settings()

    def load(self) -> str | None:
        """Read the file; the name of the damaged copy kept aside when it could not be read."""
        loaded = self.store.load()
        self.current = loaded.settings
        return loaded.damaged_copy.name if loaded.damaged_copy is not None else None

    def change(self, **values: Any) -> None:
        """Change some settings and save them (SettingsError when the file can't be written)."""
        self.save(replace(self.current, **values))

    def save(self, settings: Settings) -> None:
        self.store.save(settings)
        self.current = settings
