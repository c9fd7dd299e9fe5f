"""Cancellation and progress for long operations, shared by every package."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.errors import OperationCancelledError


class CancelToken:
    """Set once by whoever started an operation; checked by the worker doing it.

    `cancel()` may be called from any thread; workers call `raise_if_cancelled()` between
    steps.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise OperationCancelledError()

    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True when cancelled meanwhile."""
        return self._event.wait(timeout)


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an operation is: `done` of `total` units (None when unknown). `message` is in
    English (a terminal shows it); a window may show `template` in its language instead, with
    `detail` (a file's name) in place of its {0}."""

    done: float
    total: float | None
    message: str = ""
    template: str = ""
    detail: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return max(0.0, min(1.0, self.done / self.total))


ProgressCallback = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """A progress callback that ignores reports."""
