"""The reply guard on the engine's streamed reply (calls and typed turns alike), on fake
adapters: a rejected reply never enters the history, their words and then a listening line
take its place, silence-like turns are met by the listening bank, a Chinese portrait on an
English-only model never speaks generated text, and a seeded conversation replays exactly."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.bench.conversation import builtin_portrait
from desktop.core.conversation import Message, Role
from desktop.core.events import TurnFinished
from desktop.core.grounding import ReplySource
from desktop.core.jobs import CancelToken
from desktop.core.safety import SafetyGuard
from desktop.core.sampling import FIRST, Sampling
from desktop.services.guarded_setup import guarded_conversation
from desktop.voice.engine import ConversationEngine
from desktop.voice.file_devices import FileOutput
from tests.support.events import Recorder
from tests.support.fakes import FakeSpeaker

LINES = (
    "Oh love, I know.",
    "I'm so sorry, love.",
    "That sounds hard.",
    "I know, love.",
    "Oh, Tommy.",
    "Bless you, love.",
)


class SeededModel:
    """A language model whose reply depends only on the seed it is given (like a seeded
    sampler), or one fixed reply; records what it was asked."""

    def __init__(self, fixed: str | None = None) -> None:
        self.fixed = fixed
        self.asked: list[list[Message]] = []

    def load(self) -> None: ...
    def warm_up(self, system_prompt: str) -> None: ...

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    @property
    def prompt_budget(self) -> int:
        return 2000

    def stream(
        self, messages: list[Message], cancel: CancelToken, sampling: Sampling = FIRST
    ) -> Iterator[str]:
        self.asked.append(messages)
        text = self.fixed or LINES[(sampling.seed or 0) % len(LINES)]
        for word in text.split(" "):
            if cancel.cancelled:
                return
            yield word + " "


def _hold(language: str, lines: list[str], model: SeededModel, seed: int = 0) -> list[TurnFinished]:
    voice, sayings = builtin_portrait(language)
    setup = guarded_conversation(voice, sayings, model, ("en",), seed=seed)
    events = Recorder()
    engine = ConversationEngine(
        None,
        model if setup.guarded is not None else None,
        FakeSpeaker(),
        setup.conversation,
        events,
        output=FileOutput(FakeSpeaker.sample_rate, realtime=False),
        planner=setup.planner,
        safety=SafetyGuard(display_name=voice.display_name, language=voice.language),
        guarded=setup.guarded,
    )
    engine.start()
    try:
        assert engine.wait_ready(10)
        for n, line in enumerate(lines, start=1):
            engine.submit_text(line)
            events.wait_for(TurnFinished, count=n)
            assert engine.wait_idle(10)
    finally:
        engine.stop()
    history = engine.conversation.history
    finished = events.of(TurnFinished)
    assert [m.content for m in history if m.role is Role.ASSISTANT] == [
        f.heard_text or "…" for f in finished
    ]
    return finished


def test_a_role_slip_never_enters_the_history_and_a_listening_line_takes_its_place() -> None:
    slipping = SeededModel("Mum, I'm so glad you're having a great day.")
    rain, sad = _hold("en", ["It's raining here.", "I had a rotten week."], slipping)
    assert len(slipping.asked) == 2  # rain: their saying fits, no model; then two tries
    assert rain.kind == "saying" and rain.reply_source is ReplySource.SAID_IN_LIFE
    assert rain.reply_text == "Take the umbrella, they said rain."
    assert sad.kind == "listening" and "Mum," not in sad.reply_text and sad.reply_text


def test_silence_and_asking_for_their_sayings_need_no_model() -> None:
    model = SeededModel()
    mm, proud, say = _hold(
        "en", ["mm", "Are you proud of me?", "Tell me one of your sayings."], model
    )
    assert model.asked == []
    assert mm.kind == "listening"
    assert proud.kind == "saying" and proud.reply_text == "Proud of you, always."
    assert say.kind == "saying" and say.reply_text != proud.reply_text


def test_a_kind_generated_reply_is_followed_by_one_gentle_question() -> None:
    model = SeededModel("Oh love, I know.")
    (done,) = _hold("en", ["Work was awful, my boss shouted at me."], model)
    assert done.kind == "generated" and done.reply_source is ReplySource.AI
    first, _sep, rest = done.reply_text.partition(". ")
    assert first == "Oh love, I know" and rest.endswith("?")


def test_a_chinese_portrait_on_an_english_only_model_never_speaks_generated_text() -> None:
    model = SeededModel("I know, love.")
    lines = [
        "今天上班挨骂了。",
        "嗯",
        "今天下雨了。",
        "你为我骄傲吗？",
        "爸最近睡不好。",
        "我想你了。",
    ]
    finished = _hold("zh", lines, model)
    assert model.asked == []
    assert {f.kind for f in finished} <= {"saying", "listening"}
    assert all(any("\u4e00" <= c <= "\u9fff" for c in f.reply_text) for f in finished)
    assert finished[3].reply_text == "妈为你骄傲。"  # their own words, said in life
    assert finished[3].reply_source is ReplySource.SAID_IN_LIFE


def test_a_seeded_conversation_replays_exactly_and_another_seed_differs() -> None:
    lines = ["Work was awful today.", "I'm so tired.", "Sarah and I argued.", "I miss you."]
    once = [f.reply_text for f in _hold("en", lines, SeededModel(), seed=3)]
    again = [f.reply_text for f in _hold("en", lines, SeededModel(), seed=3)]
    other = [f.reply_text for f in _hold("en", lines, SeededModel(), seed=4)]
    assert once == again and len(set(once)) == len(once)
    assert other != once
