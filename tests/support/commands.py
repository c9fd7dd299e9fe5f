"""What running `keepsake` in the test's own process gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


Keepsake = Callable[..., Ran]
