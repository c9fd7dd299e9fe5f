"""Speech recognition started on a pause: one transcription at a time, each of what is new.

The listener asks for the turn's transcript at every pause of about 200 ms (turn_taking.py),
so that it is ready when the turn ends. Whisper's cost is nearly fixed per call (it always
reads a 30 s window), so on a busy machine one call can take longer than the gap to the next
pause. Run side by side on the turn workers, the calls slowed each other down, each one
re-read the whole turn when the one before had not finished, and the transcript the reply
waits for came last, behind them all: the reply came seconds late, and later still as the
conversation went on.

So transcriptions run on one worker of their own, in order. A turn of up to `WHOLE_TURN` is
read whole at each pause: Whisper reads it in a window fitted to it (whisper_window.py), so
that costs little more than its last part, and with the words before it Whisper hears a
trailing "whether" or "you gave me" that it misses in a short piece alone. A longer one reads
only the audio after
the previous pause's transcript (a pause is a clean cut between words; that transcript is
done by the time the next job runs, being ahead of it on the same worker) and puts the two
together. A transcription that has not started when a newer pause comes is dropped: the
newer one reads its audio too. `ask` and `forget` run on the listener thread; the jobs on
the recognition worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import CancelledError, Executor, Future
from dataclasses import dataclass

from desktop.voice.audio import CAPTURE_RATE, Samples

log = logging.getLogger(__name__)

Transcribe = Callable[[Samples], str]

OVERLAP = CAPTURE_RATE // 10  # 100 ms of the earlier pause's silence lead into the rest
WHOLE_TURN = 7 * CAPTURE_RATE  # a turn this short is read whole at every pause


@dataclass(frozen=True, slots=True)
class _Part:
    """A transcript asked for: of the turn's audio up to `length`."""

    length: int
    text: Future[str]
    before: _Part | None  # the transcript it continues


def joined(head: str, tail: str) -> str:
    return " ".join(part for part in (head.strip(), tail.strip()) if part)


class SpeculativeTranscripts:
    """The transcripts of one turn's pauses, made on `worker` (one thread)."""

    def __init__(self, worker: Executor, transcribe: Transcribe) -> None:
        self._worker = worker
        self._transcribe = transcribe
        self._last: _Part | None = None

    def ask(self, audio: Samples) -> Future[str]:
        """The transcript of `audio` (the turn so far), made after those asked before it."""
        last = self._last
        if last is not None and last.text.cancel():  # not started: this one reads its audio
            last = last.before
        if last is not None and last.length > len(audio):
            last = None  # not this turn's audio: read it all
        future = self._worker.submit(self._job, audio, last)
        self._last = _Part(len(audio), future, last)
        return future

    def forget(self, cancel: bool = False) -> None:
        """The turn ended (its transcript is the responder's now) or was dropped (`cancel`:
        a transcription not started yet is not made)."""
        if cancel and self._last is not None:
            self._last.text.cancel()
        self._last = None

    def _job(self, audio: Samples, before: _Part | None) -> str:  # recognition worker
        if before is None or len(audio) <= WHOLE_TURN:
            return self._transcribe(audio)  # short enough to read whole, with its context
        try:
            head = before.text.result()
        except CancelledError:
            head = None
        except Exception:
            log.warning("an earlier transcription failed; the whole turn is read again")
            head = None
        if head is None:
            return self._transcribe(audio)
        rest = audio[max(0, before.length - OVERLAP) :]
        return joined(head, self._transcribe(rest))
