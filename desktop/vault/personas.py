"""Storing personas in the vault."""

from __future__ import annotations

from datetime import datetime

from desktop.core.persona import PersonaSummary
from desktop.vault.database import Vault


class PersonaStore:
    """Personas in one vault. Thread-safe through the vault's lock."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def add(self, name: str, called: str, now: datetime) -> PersonaSummary:
        name = name.strip()
        if not name:
            raise ValueError("a persona needs a name")
        with self._vault.transaction() as cur:
            cur.execute(
                "INSERT INTO persona (name, called, created_at) VALUES (?, ?, ?)",
                (name, called.strip(), now.isoformat()),
            )
            new_id = int(cur.lastrowid)
        return PersonaSummary(new_id, name, called.strip(), now)

    def list_summaries(self) -> list[PersonaSummary]:
        rows = self._vault.query(
            "SELECT id, name, called, created_at, retired_at FROM persona ORDER BY created_at, id"
        )
        return [
            PersonaSummary(
                int(r[0]), str(r[1]), str(r[2]), datetime.fromisoformat(r[3]), r[4] is not None
            )
            for r in rows
        ]
