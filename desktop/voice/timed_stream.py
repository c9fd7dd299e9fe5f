"""A language model's stream read on its own thread, so the reader can stop waiting for it.

llama.cpp yields nothing while it reads the prompt (on a busy PC, seconds), so a deadline
checked between pieces cannot fire then. `TimedStream` asks for the stream's pieces one at a
time on a *model-stream* thread and waits for each with a timeout: past it the reader goes on
without the model (their words, a listening line) while the model finishes what it was doing
and stops. The model starts reading at once and reads no further than the reader asks.
The model is not thread-safe: a new stream waits for the last one to end (`wait`).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator

from desktop.core.jobs import CancelToken


class _Either(CancelToken):
    """Cancelled when the turn is (a barge-in) or when the reader stopped waiting."""

    def __init__(self, turn: CancelToken) -> None:
        super().__init__()
        self._turn = turn

    @property
    def cancelled(self) -> bool:
        return super().cancelled or self._turn.cancelled


class Late:
    """What `next` gives when the piece did not come in time."""


LATE = Late()


class TimedStream:
    """One stream of pieces, read on the model-stream thread (started here). The reader's
    thread calls `next`; `stop` from the reader's thread ends it."""

    def __init__(self, open_stream: Callable[[CancelToken], Iterator[str]], turn: CancelToken):
        self.token = _Either(turn)
        self._wanted = threading.Semaphore(0)
        self._got: queue.SimpleQueue[str | BaseException | None] = queue.SimpleQueue()
        self._asked = True  # a piece was asked for and has not come yet: the first, at once
        self._wanted.release()
        self._thread = threading.Thread(
            target=self._run, args=(open_stream,), name="model-stream", daemon=True
        )
        self._thread.start()

    def _run(self, open_stream: Callable[[CancelToken], Iterator[str]]) -> None:
        """The model-stream thread: one piece per request, until the end or `stop`."""
        stream: Iterator[str] | None = None
        try:
            stream = open_stream(self.token)
            while True:
                self._wanted.acquire()
                if self.token.cancelled:
                    return
                piece = next(stream, None)
                self._got.put(piece)
                if piece is None:
                    return
        except BaseException as exc:  # handed to the reader, raised there
            self._got.put(exc)
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()

    def next(self, timeout: float | None) -> str | Late | None:
        """The next piece; None at the end of the stream; LATE when none came in `timeout`
        seconds (None: wait for it). Raises what the model raised."""
        if not self._asked:
            self._asked = True
            self._wanted.release()
        try:
            got = self._got.get(timeout=None if timeout is None else max(0.0, timeout))
        except queue.Empty:
            return LATE
        self._asked = False
        if isinstance(got, BaseException):
            raise got
        return got

    def stop(self) -> None:
        """Stop reading: the model stops at its next piece (its thread ends soon after)."""
        self.token.cancel()
        self._wanted.release()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Until the model-stream thread has ended; True when it has."""
        self._thread.join(timeout)
        return not self._thread.is_alive()
