"""The vault's schema, as numbered steps. `PRAGMA user_version` records the last one applied.

Never edit a released step: add a new one. Each step runs in one transaction together with
the version bump, so a crash leaves the vault at the previous version, intact.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "app metadata",
        (
            """CREATE TABLE app_meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        2,
        "personas",
        (
            """CREATE TABLE persona (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                called TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                retired_at TEXT
            )""",
        ),
    ),
)


def latest_version(migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    return migrations[-1].version if migrations else 0
