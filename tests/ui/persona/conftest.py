"""A real thread pool for the persona widgets' background work, stopped and joined after each
test, so no worker outlives the widgets it answers to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.ui.tasks import BackgroundTasks


@pytest.fixture
def pool() -> Iterator[BackgroundTasks]:
    tasks = BackgroundTasks()
    yield tasks
    assert tasks.shutdown(10_000)
    QApplication.processEvents()  # the last answers, before the widgets go
