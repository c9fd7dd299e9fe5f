"""Background jobs that run one after another, for lists that check their items one by one.

GUI thread. Each job runs on a worker (through `BackgroundTasks`), the next starts when the one
before has answered, so a job may use state the earlier ones left (a face model loaded once)
without two threads sharing it. `clear()` drops the jobs not started and cancels the one running.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.ui.tasks import BackgroundTasks, Job, TaskHandle


@dataclass(frozen=True, slots=True)
class _Queued:
    job: Job
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None]


class SerialJobs:
    def __init__(self, tasks: BackgroundTasks) -> None:
        self._tasks = tasks
        self._waiting: deque[_Queued] = deque()
        self._running: TaskHandle | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

    def add(
        self,
        job: Job,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._waiting.append(_Queued(job, on_result, on_error))
        if self._running is None:
            self._next()

    def clear(self) -> None:
        self._waiting.clear()
        if self._running is not None:
            self._running.cancel()

    def _next(self) -> None:
        while self._waiting and self._running is None:
            queued = self._waiting.popleft()

            def done(value: Any, queued: _Queued = queued) -> None:
                self._running = None
                queued.on_result(value)
                self._next()

            def failed(exc: BaseException, queued: _Queued = queued) -> None:
                self._running = None
                queued.on_error(exc)
                self._next()

            def cancelled() -> None:
                self._running = None
                self._next()

            handle = self._tasks.run(queued.job, done, failed, on_cancelled=cancelled)
            if not handle.finished:  # a real worker: it answers later
                self._running = handle
