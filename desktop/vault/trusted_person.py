"""The person the user trusts (a name and a phone number), kept in the vault.

Shown on the crisis screen as "Call NAME: NUMBER"; Keepsake never contacts them. It is private,
so it lives in the encrypted vault (one `app_meta` row), never in settings.json, and stays out
of the therapist's report. Calls come from worker threads (the vault is thread-safe).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.core.settings import SettingsStore
from desktop.vault.database import Vault

_KEY = "trusted_person"
MAX_CHARS = 200  # a name or a phone number; anything longer is cut, not refused


@dataclass(frozen=True, slots=True)
class TrustedPerson:
    name: str = ""
    phone: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.name)

    def cleaned(self) -> TrustedPerson:
        return TrustedPerson(self.name.strip()[:MAX_CHARS], self.phone.strip()[:MAX_CHARS])


NOBODY = TrustedPerson()


class TrustedPersonStore:
    """Reads and writes the trusted person in one vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self) -> TrustedPerson:
        rows = self.vault.query("SELECT value FROM app_meta WHERE key = ?", (_KEY,))
        if not rows:
            return NOBODY
        try:
            raw = json.loads(rows[0][0])
            name, phone = raw["name"], raw["phone"]
        except (ValueError, KeyError, TypeError):
            return NOBODY
        if not isinstance(name, str) or not isinstance(phone, str):
            return NOBODY
        return TrustedPerson(name, phone)

    def is_stored(self) -> bool:
        return bool(self.vault.query("SELECT 1 FROM app_meta WHERE key = ?", (_KEY,)))

    def set(self, person: TrustedPerson) -> TrustedPerson:
        """Keep `person` (cleaned); both fields empty removes the row. The value kept."""
        person = person.cleaned()
        with self.vault.transaction() as cur:
            if not person.name and not person.phone:
                cur.execute("DELETE FROM app_meta WHERE key = ?", (_KEY,))
            else:
                value = json.dumps({"name": person.name, "phone": person.phone})
                cur.execute(
                    "INSERT INTO app_meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (_KEY, value),
                )
        return person


def copy_from_settings(settings: SettingsStore, store: TrustedPersonStore) -> TrustedPerson:
    """Step one of the move out of settings.json: what the file still holds goes into the vault
    unless the vault already holds someone (a second run after a crash, or a newer choice). The
    file is not touched. The person now in the vault. Worker thread."""
    legacy = settings.legacy_private()
    if legacy and not store.is_stored():
        store.set(TrustedPerson(legacy.get("trusted_name", ""), legacy.get("trusted_phone", "")))
    return store.get()


def move_from_settings(settings: SettingsStore, store: TrustedPersonStore) -> TrustedPerson:
    """Both steps: into the vault first, then out of settings.json (atomically rewritten). A
    crash between them leaves the person in both places; the next run just removes them from
    the file. SettingsError when the file cannot be rewritten (the vault has them already)."""
    person = copy_from_settings(settings, store)
    settings.forget_legacy()
    return person
