"""The list of helplines and support: the user's edited copy when it reads, else the shipped one.

Shared by the call window (the Support dialog, the crisis screen) and `keepsake talk`.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from desktop.core.support import SupportResource, parse_resources

SHIPPED = "data/support.json"


@dataclass(frozen=True, slots=True)
class SupportList:
    resources: tuple[SupportResource, ...]
    unreadable: Path | None = None  # the user's edited list, when it could not be read


def shipped_text() -> str:
    return resources.files("desktop").joinpath(SHIPPED).read_text("utf-8")


def load_support_list(user_file: Path | None) -> SupportList:
    """The user's edited list if it reads well, else the shipped one (saying why)."""
    if user_file is not None and user_file.exists():
        try:
            return SupportList(parse_resources(user_file.read_text("utf-8")))
        except (OSError, UnicodeDecodeError, ValueError):
            return SupportList(parse_resources(shipped_text()), user_file)
    return SupportList(parse_resources(shipped_text()))
