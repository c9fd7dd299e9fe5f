"""The thread a file-backed device runs on: started once, stopped cooperatively and joined."""

from __future__ import annotations

import threading
from collections.abc import Callable

JOIN_S = 5.0


class DeviceThread:
    def __init__(self, name: str) -> None:
        self.name = name
        self.stopping = threading.Event()  # the loop checks it (or waits on it) each period
        self._thread: threading.Thread | None = None

    def start(self, loop: Callable[[], None]) -> None:
        self.stopping.clear()
        self._thread = threading.Thread(target=loop, name=self.name, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=JOIN_S)
            self._thread = None
