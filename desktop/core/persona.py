"""The people a user keeps a portrait of. Issue #5 grows this into the full persona."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class PersonaSummary:
    """What the portrait wall shows of a persona."""

    id: int
    name: str
    called: str
    created_at: datetime
    retired: bool = False

    @property
    def display_name(self) -> str:
        """What the user called them ("Mum"), else their name."""
        return self.called or self.name
