"""One helper for every one-off background job in the UI (load a model, open the vault, export).

A job is a plain callable `job(cancel, report) -> result` that runs on a QThreadPool worker.
Its result, its error and its progress reports come back on the GUI thread through Qt's queued
signals and are handed to the callbacks given to `run()`. Tests construct `BackgroundTasks(
immediate=True)`, which runs the job at once on the calling thread, so they need no waiting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.core.errors import OperationCancelledError
from desktop.core.jobs import CancelToken, Progress, ProgressCallback

Job = Callable[[CancelToken, ProgressCallback], Any]


class TaskHandle:
    """What `run()` returns: lets the caller cancel the job."""

    def __init__(self, token: CancelToken) -> None:
        self.token = token
        self.finished = False

    def cancel(self) -> None:
        self.token.cancel()


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry a worker's outcome back there."""

    result = Signal(object)
    error = Signal(object)
    progress = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Job, token: CancelToken, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._token = token
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            value = self._job(self._token, self._relay.progress.emit)
        except BaseException as exc:  # handed to the GUI thread, never swallowed
            self._relay.error.emit(exc)
        else:
            self._relay.result.emit(value)


class BackgroundTasks(QObject):
    """Runs jobs off the GUI thread and reports back on it. Create and use on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None, immediate: bool = False) -> None:
        super().__init__()
        self._pool = pool or QThreadPool()
        self._immediate = immediate
        self._live: dict[_Relay, TaskHandle] = {}

    def run(
        self,
        job: Job,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> TaskHandle:
        token = CancelToken()
        handle = TaskHandle(token)

        def finish_ok(value: Any) -> None:
            handle.finished = True
            on_result(value)

        def finish_error(exc: BaseException) -> None:
            handle.finished = True
            if isinstance(exc, OperationCancelledError):
                if on_cancelled is not None:
                    on_cancelled()
                return
            if on_error is None:
                raise exc
            on_error(exc)

        if self._immediate:
            report = on_progress or (lambda _p: None)
            try:
                value = job(token, report)
            except BaseException as exc:
                finish_error(exc)
            else:
                finish_ok(value)
            return handle

        relay = _Relay(self)
        self._live[relay] = handle

        @Slot(object)
        def done_ok(value: Any) -> None:
            self._forget(relay)
            finish_ok(value)

        @Slot(object)
        def done_error(exc: BaseException) -> None:
            self._forget(relay)
            finish_error(exc)

        relay.result.connect(done_ok)
        relay.error.connect(done_error)
        if on_progress is not None:
            relay.progress.connect(on_progress)
        self._pool.start(_Runnable(job, token, relay))
        return handle

    def _forget(self, relay: _Relay) -> None:
        self._live.pop(relay, None)
        relay.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._live)

    @property
    def active_threads(self) -> int:
        """Worker threads running a job right now."""
        return int(self._pool.activeThreadCount())

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every job and wait for the workers; True when all of them stopped in time."""
        for handle in self._live.values():
            handle.cancel()
        return bool(self._pool.waitForDone(timeout_ms))
