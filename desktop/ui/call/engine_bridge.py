"""The one bridge from the conversation engine's threads to the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.events import EngineEvent


class EngineBridge(QObject):
    """Call `post(event)` from any thread; `received` is emitted on the GUI thread (queued)."""

    received = Signal(object)

    def post(self, event: EngineEvent) -> None:
        self.received.emit(event)
