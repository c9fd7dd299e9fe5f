"""The injected clock."""

from __future__ import annotations

import pytest

from desktop.core.clock import ManualClock


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock()
    start, mono = clock.now(), clock.monotonic()
    clock.advance(90)
    assert (clock.now() - start).total_seconds() == 90
    assert clock.monotonic() - mono == 90
    with pytest.raises(ValueError):
        clock.advance(-1)
