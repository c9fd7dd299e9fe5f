"""Collecting the conversation engine's events and waiting for one (no sleeps)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from desktop.core.events import EngineEvent


class Recorder:
    """Collects events (engine threads) and lets the test wait for one kind."""

    def __init__(self) -> None:
        self.events: list[EngineEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: EngineEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(
        self,
        kind: type,
        timeout: float = 60,
        where: Callable[[Any], bool] = lambda _e: True,
        count: int = 1,
    ) -> Any:
        """The `count`-th event of this kind (that matches `where`), once it has come."""

        def found() -> list[EngineEvent]:
            return [e for e in self.events if isinstance(e, kind) and where(e)]

        with self._cond:
            assert self._cond.wait_for(lambda: len(found()) >= count, timeout), kind
            return found()[count - 1]

    def of(self, kind: type) -> list[Any]:
        with self._cond:
            return [e for e in self.events if isinstance(e, kind)]
