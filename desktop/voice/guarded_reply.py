"""Generated replies that cannot collapse: the reply guard on the LLM stream, sentence by
sentence, with fallbacks.

Used on the engine's responder thread. The stream is split into sentences as it comes; each
is judged by the guard *before* it is handed on to be spoken, so the first sentence is checked
before it is heard and latency holds. When the first sentence fails, the model is stopped and
asked once more with other settings (a cooler, stricter sampling and another seed); when that
fails too, the best-fitting real saying is said instead (labelled "said in life"), else a short
listening line in their language. A later sentence that fails ends the reply there. Only what
passed is returned, so a rejected reply never enters the history. Seeds come from the
conversation's seed, the turn and the attempt, so a conversation replays exactly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from desktop.core.conversation import Message
from desktop.core.grounding import RecordedClip, ReplySource
from desktop.core.guard_rules import kind_acknowledgement
from desktop.core.jobs import CancelToken
from desktop.core.portrait_turns import FallbackSaying
from desktop.core.reply_guard import GuardFailure, GuardInput, ReplyGuard
from desktop.core.sampling import FIRST, RESAMPLE, Sampling, seed_for
from desktop.core.sentences import SentenceSplitter
from desktop.core.text_similarity import NEAR_REPEAT, most_similar
from desktop.voice.model_budget import ModelBudget
from desktop.voice.timed_stream import Late, TimedStream


class ReplyKind(StrEnum):
    GENERATED = "generated"  # the language model, past the guard
    SAYING = "saying"  # their own words, verbatim
    LISTENING = "listening"  # a listening line from the bank
    HONEST = "honest"  # the honest answer to "are you really them?"


@dataclass(frozen=True, slots=True)
class Spoken:
    """One sentence (or saying) to be spoken, and what it is."""

    text: str
    kind: ReplyKind
    saying_id: int | None = None
    clip: RecordedClip | None = None

    @property
    def source(self) -> ReplySource:
        return ReplySource.SAID_IN_LIFE if self.kind is ReplyKind.SAYING else ReplySource.AI


class StreamingModel(Protocol):
    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = ...
    ) -> Iterator[str]: ...


class Fallbacks(Protocol):
    """Where a reply comes from when the model's did not pass, and the gentle question that
    follows a short generated reply (the planner provides them)."""

    def fallback_saying(self, user_text: str) -> FallbackSaying | None: ...
    def listening_line(self, user_text: str) -> str: ...
    def follow_up(self, user_text: str) -> str | None: ...
    def release(self, text: str, saying_id: int | None) -> None: ...


@dataclass(frozen=True, slots=True)
class ReplyStyle:
    """How much a model may say in its own words. A very small model (the built-in 135M)
    gives one short sentence, and the listening bank adds one gentle question; a larger model
    may answer in up to three sentences of its own."""

    max_sentences: int = 1
    max_words: int = 14
    follow_up: bool = True
    questions: bool = False  # whether the model may ask its own questions (a small one's are odd)
    acknowledgements_only: bool = True  # only a plainly kind acknowledgement (see guard_rules)


SMALL_MODEL = ReplyStyle()
MIN_MODEL_S = 0.2  # with less of the time budget left, the model is not asked (it cannot answer)
LARGE_MODEL = ReplyStyle(
    max_sentences=3, max_words=30, follow_up=False, questions=True, acknowledgements_only=False
)


@dataclass
class TurnReport:
    """What happened in the last turn (for the eval and tests; never what was said)."""

    rejected: list[GuardFailure] = field(default_factory=list)
    attempts: int = 0
    fell_back_to: ReplyKind | None = None
    budget_s: float | None = None  # what the model had for its first sentence
    model_asked: bool = False  # False: its record says it rarely passes; the fallback at once


class GuardedReplier:
    """One conversation's generated replies. Not thread-safe: the responder thread."""

    def __init__(
        self,
        model: StreamingModel,
        guard: ReplyGuard,
        fallbacks: Fallbacks,
        seed: int = 0,
        style: ReplyStyle = SMALL_MODEL,
        first: Sampling = FIRST,
        resample: Sampling = RESAMPLE,
        own_words: tuple[str, ...] = (),
        known_names: tuple[str, ...] = (),
        budget_s: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        budget: ModelBudget | None = None,
    ) -> None:
        self.model = model
        self.known_names = known_names  # texts whose names are not invented (their memories)
        # how long the model may take to give a first sentence that passes, over all tries;
        # past it, their words or a listening line at once, so latency holds on a busy PC
        self.budget_s = budget_s
        # with a record of passes (model_budget.py): the budget each turn, from that record
        self.budget = budget
        self.clock = clock
        self._deadline: float | None = None
        self._stream: TimedStream | None = None  # the last stream read on its own thread
        self.own_words = own_words  # their sayings: the model may say one back in full
        self.guard = guard
        self.fallbacks = fallbacks
        self.seed = seed
        self.style = style
        self.settings = (first, resample)
        self.report = TurnReport()

    def reply(
        self,
        messages: list[Message],
        given: GuardInput,
        turn: int,
        cancel: CancelToken,
        ready: Callable[[Spoken], None] | None = None,
        since: float | None = None,
    ) -> Iterator[Spoken]:
        """The sentences to speak, each as soon as it passed the guard. With a time budget,
        the fallback is chosen first and handed to `ready` before the model is asked, so its
        first sound is made and it can be said at once when the model's words do not pass
        in time; the model has what is left of the budget. `since` (on `clock`): when the
        person stopped speaking; the budget counts from then, so the time it took to hear
        that their turn was over is not added to the wait (a spoken turn on a slow PC: the
        fallback at once)."""
        self.report = TurnReport()
        started = self.clock()
        if since is not None:
            started = min(started, since)
        budget_s = self.budget_s
        if self.budget is not None and budget_s is not None:
            budget_s = min(budget_s, self.budget.for_turn(turn))
        self.report.budget_s = budget_s
        self._deadline = None if budget_s is None else started + budget_s
        fallback = self.fallback_for(given.user_text)
        prepare = ready if self._deadline is not None else None
        for attempt, settings in enumerate(self.settings):
            if cancel.cancelled:
                break
            if attempt and self._deadline is not None and self.clock() >= self._deadline:
                break  # no time for another try
            self.report.attempts = attempt + 1
            sampling = settings.seeded(seed_for(self.seed, turn, attempt))
            said: list[str] = []
            for sentence in self._attempt(messages, given, sampling, cancel, prepare, fallback):
                if not said and self.budget is not None:
                    self.budget.record(True)  # passed in time (recorded before it is said)
                said.append(sentence)
                yield Spoken(sentence, ReplyKind.GENERATED)
            prepare = None  # made ready once
            asked = bool(said) and said[-1].rstrip().endswith(("?", "？"))
            if said:
                self.fallbacks.release(fallback.text, fallback.saying_id)  # not said after all
            if said and self.style.follow_up and not asked and not cancel.cancelled:
                question = self.fallbacks.follow_up(given.user_text)
                if question:
                    yield Spoken(question, ReplyKind.LISTENING)
            if said:
                return
            if cancel.cancelled or GuardFailure.TOO_SLOW in self.report.rejected:
                break  # cut short, or out of time: no other try
        if cancel.cancelled:  # cut short (a barge-in): nothing more, and the fallback unsaid
            self.fallbacks.release(fallback.text, fallback.saying_id)
            return
        if self.budget is not None and budget_s:
            self.budget.record(False)  # it had its chance (even if making the fallback took it)
        self.report.fell_back_to = fallback.kind
        yield fallback

    def fallback_for(self, user_text: str) -> Spoken:
        """The best-fitting real saying, else a listening line (chosen now, released again
        if the model's own words pass)."""
        saying = self.fallbacks.fallback_saying(user_text)
        if saying is not None:
            return Spoken(saying.text, ReplyKind.SAYING, saying.saying_id, saying.clip)
        return Spoken(self.fallbacks.listening_line(user_text), ReplyKind.LISTENING)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Until the model has stopped reading a stream given up on (before it is closed)."""
        return self._stream is None or self._stream.wait(timeout)

    def _pieces(
        self,
        messages: list[Message],
        sampling: Sampling,
        cancel: CancelToken,
        accepted: list[str],
        prepare: Callable[[Spoken], None] | None,
        fallback: Spoken,
    ) -> Generator[str]:
        """The model's pieces; with a time budget, read on the model-stream thread and given
        up on when no first sentence passed by the deadline (even while the model is still
        reading the prompt)."""
        if self._deadline is None:
            stream = self.model.stream(messages, cancel, sampling)
            try:
                yield from stream
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()
            return
        if prepare is not None:
            prepare(fallback)  # their words' first sound first: ready whatever the model does
        busy = self._stream is not None and not self._stream.wait(max(0.0, self._left()))
        if busy or self._left() < MIN_MODEL_S:
            self.report.rejected.append(GuardFailure.TOO_SLOW)  # no time left to try
            return
        self.report.model_asked = True
        timed = TimedStream(lambda token: self.model.stream(messages, token, sampling), cancel)
        self._stream = timed
        try:
            while True:
                piece = timed.next(None if accepted else self._left())
                if isinstance(piece, Late) or (not accepted and self._left() <= 0):
                    self.report.rejected.append(GuardFailure.TOO_SLOW)
                    return  # the first sentence is taking too long: fall back now
                if piece is None:
                    return
                yield piece
        finally:
            timed.stop()

    def _left(self) -> float:
        return 0.0 if self._deadline is None else self._deadline - self.clock()

    def _attempt(
        self,
        messages: list[Message],
        given: GuardInput,
        sampling: Sampling,
        cancel: CancelToken,
        prepare: Callable[[Spoken], None] | None,
        fallback: Spoken,
    ) -> Iterator[str]:
        """Accepted sentences of one sampling; stops at the first one that fails."""
        splitter = SentenceSplitter(first_clause=self.style.max_sentences > 1)
        accepted: list[str] = []
        pieces = self._pieces(messages, sampling, cancel, accepted, prepare, fallback)
        try:
            for piece in pieces:
                for sentence in splitter.feed(piece):
                    if not self._accept(sentence, given, accepted):
                        return
                    yield sentence
                    if len(accepted) >= self.style.max_sentences:
                        return
                if _too_long(splitter.pending, self.style.max_words):
                    self.report.rejected.append(GuardFailure.FORMAT)  # no end in sight: stop
                    return
            if GuardFailure.TOO_SLOW in self.report.rejected:
                return  # given up on: not its cut-off tail
            rest = splitter.flush()
            whole = bool(rest) and not cancel.cancelled and _whole(rest, accepted)
            if whole and self._accept(rest, given, accepted):
                yield rest
        finally:
            pieces.close()

    def _accept(self, sentence: str, given: GuardInput, accepted: list[str]) -> bool:
        judged = GuardInput(
            given.user_text, given.earlier_replies, tuple(accepted), given.known_names
        )
        failure = self.guard.check(sentence, judged)
        if failure is None and _too_long(sentence, self.style.max_words):
            failure = GuardFailure.FORMAT
        if failure is None and not self.style.questions and sentence.rstrip()[-1:] in "?？":
            failure = GuardFailure.OUT_OF_CHARACTER
        if (
            failure is None
            and self.style.acknowledgements_only
            and not kind_acknowledgement(sentence, given.user_text, self.guard.roles)
            and most_similar(sentence, self.own_words) < NEAR_REPEAT
        ):
            failure = GuardFailure.OUT_OF_CHARACTER
        if failure is not None:
            self.report.rejected.append(failure)
            return False
        accepted.append(sentence)
        return True


def _whole(rest: str, accepted: list[str]) -> bool:
    """What is left when the stream ends: a whole sentence, or a short reply that simply
    ended; not the cut-off tail of a longer one ("Don't forget to m")."""
    if rest.rstrip("\"')） ")[-1:] in ".!?…。！？":
        return True
    return not accepted and len(rest.split()) <= 12 and len(rest) <= 40


def _too_long(sentence: str, max_words: int) -> bool:
    """Longer than this model's sentences stay sensible (a Chinese character counts as half
    a word)."""
    cjk = sum(1 for c in sentence if "\u3400" <= c <= "\u9fff")
    return len(sentence.split()) + cjk / 2 > max_words + (1 if cjk else 0)
