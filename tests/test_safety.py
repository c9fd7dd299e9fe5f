"""Crisis language (English and Chinese, with simple negations) and honest answers."""

from __future__ import annotations

import threading

import pytest

from desktop.core.conversation import Conversation
from desktop.core.events import CrisisDetected, EngineEvent, ReplyText, TurnFinished
from desktop.core.grounding import ReplySource
from desktop.core.safety import CrisisDetector, SafetyGuard, honest_answer, sincerely_asks_what_i_am
from desktop.voice.pipeline import ConversationEngine

CRISIS = [
    "I want to kill myself.",
    "Sometimes I think I should just end it all",
    "I don't want to live anymore without you",
    "I keep thinking about suicide",
    "I'm going to hurt myself tonight",
    "I'd be better off dead",
    "I want to join you in heaven soon",
    "我不想活了",
    "我想死",
    "我想去陪你",
]
NOT_CRISIS = [
    "I would never kill myself, don't worry.",
    "I'm not suicidal, just sad.",
    "I'm not going to hurt myself.",
    "The garden is killing me with all this weeding.",
    "I miss you so much today.",
    "Dad's death still hurts.",
    "我不会自杀，只是很想你。",
    "我今天很想你",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_language_is_found(text: str) -> None:
    assert CrisisDetector().check(text) is not None


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_negations_and_ordinary_grief_are_not_a_crisis(text: str) -> None:
    assert CrisisDetector().check(text) is None


def test_sincere_questions_get_an_honest_answer() -> None:
    for question in (
        "Are you really Mum?",
        "are you actually my dad",
        "Are you an AI?",
        "Are you still alive?",
        "你真的是妈妈吗？",
        "你是机器人吗",
    ):
        assert sincerely_asks_what_i_am(question), question
    for ordinary in ("Are you proud of me?", "Do you remember the sea?", "妈妈，你好吗"):
        assert not sincerely_asks_what_i_am(ordinary), ordinary
    assert "AI" in honest_answer("Mum", "en") and "not really Mum" in honest_answer("Mum", "en")
    assert "人工智能" in honest_answer("妈妈", "zh")


def _run(text: str) -> list[EngineEvent]:
    events: list[EngineEvent] = []
    done = threading.Event()

    def on_event(event: EngineEvent) -> None:
        events.append(event)
        if isinstance(event, TurnFinished | CrisisDetected):
            done.set()

    guard = SafetyGuard(CrisisDetector(), "Mum")
    engine = ConversationEngine(None, None, None, Conversation("unused"), on_event, safety=guard)
    engine.start()
    try:
        engine.submit_text(text)
        assert done.wait(30)
        engine.wait_idle(30)
    finally:
        engine.stop()
    return events


def test_crisis_language_pauses_the_conversation_without_a_reply() -> None:
    events = _run("I don't want to be alive anymore.")
    assert any(isinstance(e, CrisisDetected) for e in events)
    assert not any(isinstance(e, ReplyText | TurnFinished) for e in events)


def test_are_you_really_mum_is_answered_honestly_even_without_a_language_model() -> None:
    events = _run("Are you really Mum?")
    finished = next(e for e in events if isinstance(e, TurnFinished))
    assert finished.reply_source is ReplySource.AI
    assert finished.reply_text.startswith("No, I'm not really Mum. I'm an AI")
