"""Guards against a Qt binding that miscounts references when a signal is emitted.

PySide6 6.12.0 returns a borrowed `True` from `Signal.emit()`; on Python 3.11 every emit then
drops a reference to `True` and the process aborts after a few hundred emits (a call's
portrait emits 60 a second). pyproject.toml pins a release without the bug.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    probe = _Probe()
    received: list[int] = []
    probe.fired.connect(received.append)
    before = sys.getrefcount(True)
    for i in range(200):
        probe.fired.emit(i)
    worker = threading.Thread(target=lambda: [probe.fired.emit(i) for i in range(200)])  # type: ignore[func-returns-value]
    worker.start()
    worker.join()
    assert sys.getrefcount(True) - before >= -5  # (a few may move while the test runs)
    assert len(received) >= 200
