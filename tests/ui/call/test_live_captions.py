"""The call's captions follow the voice: the reply's words appear as they are spoken."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.clock import ManualClock
from desktop.core.events import (
    InputSource,
    PhonemeTiming,
    PlaybackProgress,
    SpeakingStarted,
    TurnFinished,
)
from desktop.core.grounding import ReplySource
from desktop.voice.config import EngineConfig

if TYPE_CHECKING:
    from desktop.ui.call.call_setup import CallSetup


class QuietEngine:
    """Just what the call screen asks of an engine."""

    config = EngineConfig()

    def set_push_to_talk(self, pressed: bool) -> None: ...
    def interrupt(self) -> None: ...
    def set_muted(self, muted: bool) -> None: ...
    def stop(self) -> None: ...


class StillDriver:
    def update(self, event: object) -> None: ...


def _setup() -> CallSetup:
    from desktop.ui.call.call_setup import CallSetup

    engine: Any = QuietEngine()
    driver: Any = StillDriver()
    return CallSetup("Mum", engine, driver, QWidget(), False, False, lambda e: None)


def _phonemes(*words: str) -> tuple[PhonemeTiming, ...]:
    out, t = [PhonemeTiming("^", 0.0, 0.05)], 0.05
    for i, word in enumerate(words):
        if i:
            out.append(PhonemeTiming(" ", t, 0.05))
            t += 0.05
        for letter in word:
            out.append(PhonemeTiming(letter, t, 0.1))
            t += 0.1
    return tuple(out)


def test_the_reply_appears_word_by_word_then_stays(qtbot: QtBot) -> None:
    from desktop.ui.call.screen import CallScreen

    setup = _setup()
    call = CallScreen(setup, ManualClock())
    qtbot.addWidget(call)
    rate = 1000
    call._on_event(
        SpeakingStarted("Hello <there>, love.", 0, 1300, rate, _phonemes("hel", "ther", "lav"))
    )
    call._on_event(SpeakingStarted("Sit down.", 1300, 700, rate, _phonemes("sit", "daun")))
    assert call.live_caption == ""
    call._on_event(PlaybackProgress(500, rate))
    assert call.live_caption == "Hello <there>,"
    assert (
        "Hello &lt;there&gt;," in call.captions.toHtml()
        and "love" not in call.captions.toPlainText()
    )
    call._on_event(PlaybackProgress(1400, rate))
    assert call.live_caption == "Hello <there>, love. Sit"
    reply = "Hello <there>, love. Sit down."
    call._on_event(TurnFinished("hi", InputSource.TYPED, reply, reply, False, 0.5, ReplySource.AI))
    assert call.live_caption == "" and call.transcript[-1] == ("Mum (AI)", reply)
    assert call.captions.toPlainText().count("Sit down.") == 1
    call._on_event(PlaybackProgress(2000, rate))  # a late tick after the reply: nothing new
    assert call.live_caption == ""
    call.end_call()


def test_an_interrupted_reply_keeps_only_what_was_heard(qtbot: QtBot) -> None:
    from desktop.ui.call.screen import CallScreen

    setup = _setup()
    call = CallScreen(setup, ManualClock())
    qtbot.addWidget(call)
    call._on_event(
        SpeakingStarted("Sit down, love.", 0, 1000, 1000, _phonemes("sit", "daun", "lav"))
    )
    call._on_event(PlaybackProgress(300, 1000))
    assert call.live_caption == "Sit"
    call._on_event(TurnFinished("wait", InputSource.SPOKEN, "Sit down, love.", "Sit…", True, 0.4))
    assert call.transcript[-1][1].startswith("Sit…") and "love" not in call.captions.toPlainText()
    call.end_call()


def test_without_a_speaker_the_words_appear_as_they_are_written(qtbot: QtBot) -> None:
    from desktop.core.events import ReplyText
    from desktop.ui.call.screen import CallScreen

    setup = _setup()
    call = CallScreen(setup, ManualClock())
    qtbot.addWidget(call)
    call._on_event(ReplyText("Hello", "Hello"))
    call._on_event(ReplyText(" love", "Hello love"))
    assert call.live_caption == "Hello love" and "Hello love" in call.captions.toPlainText()
    call.end_call()
