"""Generated replies behind the guard, on a scripted model: the fallbacks' order, streaming
(the first sentence before the rest is generated), truncation, seeded replay, and a rejected
reply never entering the history."""

from __future__ import annotations

import random
import threading
from collections.abc import Generator, Iterator

from desktop.core.conversation import Conversation, Message
from desktop.core.jobs import CancelToken
from desktop.core.portrait_turns import FallbackSaying
from desktop.core.reply_guard import GuardFailure, GuardInput, ReplyGuard, Roles
from desktop.core.sampling import FIRST, RESAMPLE, Sampling
from desktop.voice.guarded_reply import (
    LARGE_MODEL,
    GuardedReplier,
    ReplyKind,
    Spoken,
)

GUARD = ReplyGuard(Roles("en", ("Margaret", "Mum"), ("Tom", "love")))


class ScriptedModel:
    """Streams a fixed text per attempt, word by word, and records what it was asked."""

    def __init__(self, *replies: str) -> None:
        self.replies = list(replies)
        self.calls: list[Sampling] = []
        self.read = 0  # words handed out so far

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        self.calls.append(sampling)
        text = self.replies[min(len(self.calls), len(self.replies)) - 1]
        for word in text.split(" "):
            if cancel.cancelled:
                return
            self.read += 1
            yield word + " "


class SeededModel:
    """Its reply depends only on the seed it is given, like a seeded sampler."""

    LINES = ("Oh love, I'm so sorry.", "I know, love.", "Bless you, Tom.", "I'm here.", "Mum, hi.")

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        yield random.Random(sampling.seed).choice(self.LINES)


class Fallbacks:
    def __init__(self, saying: str | None = None) -> None:
        self.saying = saying
        self.questions = iter(["What happened?", "How are you now?", "And then?"] * 20)
        self.lines = iter([f"I'm listening, love ({i})." for i in range(100)])
        self.released: list[str] = []

    def fallback_saying(self, user_text: str) -> FallbackSaying | None:
        return FallbackSaying(self.saying, 7) if self.saying else None

    def listening_line(self, user_text: str) -> str:
        return next(self.lines)

    def follow_up(self, user_text: str) -> str | None:
        return next(self.questions)

    def release(self, text: str, saying_id: int | None) -> None:
        self.released.append(text)


def _reply(replier: GuardedReplier, said: str, turn: int = 0, earlier: tuple[str, ...] = ()):
    return list(replier.reply([], GuardInput(said, earlier), turn, CancelToken()))


def test_a_kind_first_sentence_is_spoken_with_a_gentle_question_after_it() -> None:
    model = ScriptedModel("Oh love, I'm so sorry. And then I went to the shops.")
    out = _reply(GuardedReplier(model, GUARD, Fallbacks()), "Work was awful today.")
    assert [(s.text, s.kind) for s in out] == [
        ("Oh love, I'm so sorry.", ReplyKind.GENERATED),
        ("What happened?", ReplyKind.LISTENING),
    ]
    assert len(model.calls) == 1


def test_a_failed_reply_is_resampled_once_with_other_settings_then_their_saying() -> None:
    model = ScriptedModel("Mum, I'm so glad.", "How can I help you today?")
    replier = GuardedReplier(model, GUARD, Fallbacks("Don't work too late, love."), seed=3)
    out = _reply(replier, "Work was awful today.", turn=4)
    assert [(s.text, s.kind, s.source.value) for s in out] == [
        ("Don't work too late, love.", ReplyKind.SAYING, "said-in-life")
    ]
    assert len(model.calls) == 2  # one resample, no more
    first, second = model.calls
    assert second.temperature == RESAMPLE.temperature < first.temperature
    assert second.seed != first.seed
    assert replier.report.rejected == [GuardFailure.ROLE_SLIP, GuardFailure.OUT_OF_CHARACTER]
    assert replier.report.fell_back_to is ReplyKind.SAYING


def test_without_a_fitting_saying_a_listening_line_is_said() -> None:
    model = ScriptedModel("😊😊", "No, no, no.")
    out = _reply(GuardedReplier(model, GUARD, Fallbacks()), "mm")
    assert [s.kind for s in out] == [ReplyKind.LISTENING]
    assert out[0].text.startswith("I'm listening")


def test_the_resample_can_save_the_turn() -> None:
    model = ScriptedModel("Sarah, tell me more.", "I know, love. It is hard.")
    out = _reply(GuardedReplier(model, GUARD, Fallbacks()), "Sarah and I had a row.")
    assert out[0] == out[0].__class__("I know, love.", ReplyKind.GENERATED)


def test_the_first_sentence_is_handed_on_before_the_rest_is_generated() -> None:
    model = ScriptedModel("I know, love. " + "and then " * 40 + "more.")
    replier = GuardedReplier(model, GUARD, Fallbacks(), style=LARGE_MODEL)
    stream = replier.reply([], GuardInput("I'm tired."), 0, CancelToken())
    first = next(stream)
    assert first.text == "I know, love." and model.read == 3  # three words read, not 83
    assert isinstance(stream, Generator)
    stream.close()


def test_a_later_sentence_that_fails_ends_the_reply_there() -> None:
    model = ScriptedModel("I know, love. You work so hard. Mum, I miss you. Rest now.")
    out = _reply(GuardedReplier(model, GUARD, Fallbacks(), style=LARGE_MODEL), "I'm tired.")
    assert [s.text for s in out] == ["I know, love.", "You work so hard."]


def test_a_cut_off_tail_is_not_spoken() -> None:
    model = ScriptedModel("I know, love. Don't forget to m")
    out = _reply(GuardedReplier(model, GUARD, Fallbacks(), style=LARGE_MODEL), "I'm tired.")
    assert [s.text for s in out] == ["I know, love."]


def test_a_cancelled_turn_says_nothing_more() -> None:
    cancel = CancelToken()
    cancel.cancel()
    replier = GuardedReplier(ScriptedModel("I know, love."), GUARD, Fallbacks("Saying."))
    assert list(replier.reply([], GuardInput("Hi"), 0, cancel)) == []


def _conversation(seed: int) -> tuple[list[str], Conversation]:
    convo = Conversation("SYSTEM")
    replier = GuardedReplier(SeededModel(), GUARD, Fallbacks(), seed=seed)
    replies: list[str] = []
    for turn in range(20):
        said = f"Something hard happened, number {turn}."
        spoken = list(
            replier.reply(
                convo.messages_for(said, len, 10_000),
                GuardInput(said, tuple(replies)),
                turn,
                CancelToken(),
            )
        )
        reply = " ".join(s.text for s in spoken)
        convo.record(said, reply)
        replies.append(reply)
    return replies, convo


def test_a_seeded_conversation_replays_exactly_and_keeps_rejected_replies_out() -> None:
    first, convo = _conversation(seed=11)
    second, _ = _conversation(seed=11)
    other, _ = _conversation(seed=12)
    assert first == second
    assert other != first
    history = " ".join(m.content for m in convo.history)
    assert "Mum, hi." not in history  # generated 1 time in 5, always rejected
    assert len(set(first)) == len(first)  # no reply twice


def test_a_sentence_that_runs_on_is_given_up_early_not_read_to_the_end() -> None:
    model = ScriptedModel("I know love " + "and then " * 40 + "more.", "I know, love.")
    out = _reply(GuardedReplier(model, GUARD, Fallbacks()), "I'm tired.")
    assert model.read < 20 + 4  # gave up after about 15 words, then the resample
    assert out[0].text == "I know, love." and replier_failures(model) == 2


def replier_failures(model: ScriptedModel) -> int:
    return len(model.calls)


def test_a_first_sentence_too_slow_for_the_budget_gives_their_words_at_once() -> None:
    now = [0.0]

    def clock() -> float:
        return now[0]

    class SlowModel(ScriptedModel):
        def stream(
            self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
        ) -> Iterator[str]:
            for piece in super().stream(messages, cancel, sampling):
                now[0] += 0.2  # a busy PC: 0.2 s a word
                yield piece

    model = SlowModel("Oh love, I know how hard that is for you.")
    replier = GuardedReplier(model, GUARD, Fallbacks(), budget_s=0.6, clock=clock)
    out = _reply(replier, "Work was awful.")
    assert [s.kind for s in out] == [ReplyKind.LISTENING]
    assert len(model.calls) == 1 and model.read <= 4  # no resample, stopped after 0.6 s
    assert GuardFailure.TOO_SLOW in replier.report.rejected
    quick = GuardedReplier(ScriptedModel("I know, love."), GUARD, Fallbacks(), budget_s=0.6)
    assert _reply(quick, "I'm tired.")[0].kind is ReplyKind.GENERATED


class ReadingModel(ScriptedModel):
    """A model still reading the prompt (a busy PC): nothing comes until the test lets it."""

    def __init__(self, *replies: str) -> None:
        super().__init__(*replies)
        self.go = threading.Event()

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        self.go.wait()
        yield from super().stream(messages, cancel, sampling)


def test_the_fallback_is_made_ready_first_and_said_when_the_model_is_still_reading() -> None:
    model = ReadingModel("Oh love, I know how hard that is.")
    ready: list[tuple[str, int]] = []
    replier = GuardedReplier(model, GUARD, Fallbacks(), budget_s=0.3)

    def prepare(spoken: Spoken) -> None:
        ready.append((spoken.text, len(model.calls)))

    out = list(replier.reply([], GuardInput("Work was awful."), 0, CancelToken(), prepare))
    assert [s.text for s in out] == ["I'm listening, love (0)."]  # no piece ever came
    assert ready == [("I'm listening, love (0).", 0)]  # made ready before the model was asked
    assert replier.report.rejected == [GuardFailure.TOO_SLOW]
    assert not replier.wait_idle(0)  # the model is still reading the stream given up on
    model.go.set()
    assert replier.wait_idle(5) and model.read <= 1  # it stopped at its first piece


def test_a_fallback_made_ready_is_released_when_the_models_words_pass() -> None:
    fallbacks = Fallbacks()
    replier = GuardedReplier(ScriptedModel("I know, love."), GUARD, fallbacks, budget_s=5)
    out = list(replier.reply([], GuardInput("I'm tired."), 0, CancelToken(), lambda _s: None))
    assert out[0].kind is ReplyKind.GENERATED
    assert fallbacks.released == ["I'm listening, love (0)."]  # free for a later turn


def test_a_model_still_busy_with_the_last_stream_is_not_asked_again() -> None:
    model = ReadingModel("Oh love, I know how hard that is.")
    replier = GuardedReplier(model, GUARD, Fallbacks(), budget_s=0.25)
    _reply(replier, "Work was awful.")
    out = _reply(replier, "And then it rained.")
    assert out[0].kind is ReplyKind.LISTENING
    assert len(model.calls) == 0  # the first stream never got past the prompt
    model.go.set()
    assert replier.wait_idle(5)


def test_a_turn_cut_short_before_any_words_leaves_the_fallback_unsaid() -> None:
    fallbacks = Fallbacks()
    cancel = CancelToken()
    cancel.cancel()  # a barge-in before the model gave anything
    replier = GuardedReplier(ScriptedModel("I know, love."), GUARD, fallbacks, budget_s=5)
    assert list(replier.reply([], GuardInput("I'm tired."), 0, cancel)) == []
    assert fallbacks.released == ["I'm listening, love (0)."]
