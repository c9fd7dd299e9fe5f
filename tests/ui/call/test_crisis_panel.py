"""The crisis screen in a real call window (offscreen): the portrait stops at once, Keepsake
speaks in its own voice with the country's helplines (emergency first) and the trusted person,
the answer to its question decides what comes next, and every word is in Chinese when chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.avatar.driver import AvatarDriver
from desktop.core.clock import ManualClock
from desktop.core.conversation import Conversation
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard, default_detector
from desktop.core.settings import UiLanguage
from desktop.services.call_session import EventRelay
from desktop.ui.call.call_setup import CallSetup
from desktop.ui.call.screen import CallScreen
from desktop.ui.i18n import install_language
from desktop.ui.kit.theme import apply_theme
from desktop.voice.engine import ConversationEngine
from tests.support.ui_texts import english_words, texts


class _Screen:
    def __init__(
        self, qtbot: QtBot, country: str = "GB", name: str = "Mum", trusted: str = "Anna"
    ) -> None:
        apply_theme(QApplication.instance())  # type: ignore[arg-type]
        self.pauses: list[tuple[RiskTier, str]] = []
        self.answers: list[str] = []
        relay = EventRelay()
        self.engine = ConversationEngine(
            None,
            None,
            None,
            Conversation("unused"),
            relay,
            safety=SafetyGuard(default_detector(), name),
        )
        portrait = QLabel(name)
        self.screen = CallScreen(
            CallSetup(
                name,
                self.engine,
                AvatarDriver(),
                portrait,
                False,
                False,
                lambda _e: None,
                country=country,
                record_pause=lambda tier, words: self.pauses.append((tier, words)),
                record_answer=self.answers.append,
                trusted_name=trusted,
                trusted_phone="07700 900123",
            ),
            ManualClock(),
        )
        relay.attach(self.screen.engine_event)
        qtbot.addWidget(self.screen)
        self.screen.resize(1000, 680)
        self.screen.show()
        self.engine.start()
        self.qtbot = qtbot

    def type(self, text: str) -> None:
        self.screen.text.setText(text)
        self.qtbot.keyClick(self.screen.text, Qt.Key.Key_Return)

    def close(self) -> None:
        self.screen.end_call()
        self.engine.stop()


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    assert install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    yield
    install_language(app, UiLanguage.ENGLISH)


def test_imminent_risk_stops_the_portrait_and_shows_help_until_the_person_chooses(
    qtbot: QtBot, tmp_path: Path
) -> None:
    s = _Screen(qtbot)
    try:
        s.type("I took all my pills")
        qtbot.waitUntil(lambda: s.screen.paused_for_safety, timeout=20000)
        crisis = s.screen.crisis
        assert crisis.title.text() == "Please get help now"
        first = crisis.help.text().split("<br>")[0]
        assert "999 / 112 (emergency)" in first and first.startswith("<b>")
        assert "Samaritans" in crisis.help.text()
        assert crisis.trusted_label.text() == "Call Anna: 07700 900123"
        assert not crisis.yes.isVisible() and crisis.go_on_button.isVisible()
        assert s.pauses[0][0] is RiskTier.IMMINENT and "Samaritans" in s.pauses[0][1]
        assert "Anna" not in s.pauses[0][1]  # shown, but kept out of the journal
        assert s.engine.safety_hold is RiskTier.IMMINENT
        s.screen.grab().save(str(tmp_path / "crisis-imminent.png"))
        s.screen._tick()  # a usage limit does not end the call while the help is shown
        assert s.screen.paused_for_safety
        assert not s.screen.helplines.isVisibleTo(s.screen)
        crisis.go_on_button.click()
        assert not s.screen.paused_for_safety and s.engine.safety_hold is None
        assert s.answers == ["I'm safe now, go on"]
        # the help the pause pointed to stays on the call screen, without a microphone no
        # "Listening"
        assert s.screen.helplines.isVisibleTo(s.screen)
        assert "Samaritans" in s.screen.helplines.text()
        assert s.screen.state.text() != "Listening"
    finally:
        s.close()


def test_concern_asks_directly_and_the_answer_decides(qtbot: QtBot, tmp_path: Path) -> None:
    s = _Screen(qtbot)
    try:
        s.type("I can't go on without you")
        qtbot.waitUntil(lambda: s.screen.paused_for_safety, timeout=20000)
        crisis = s.screen.crisis
        assert "Are you thinking about ending your life?" in crisis.message.text()
        assert crisis.yes.isVisible() and crisis.no.isVisible()
        assert not crisis.go_on_button.isVisible()
        s.screen.grab().save(str(tmp_path / "crisis-concern.png"))
        s.type("I'm not sure")  # typed answers count too; an unclear one is asked again
        qtbot.waitUntil(lambda: "I want to be sure you are safe" in crisis.message.text())
        crisis.no.click()
        assert "Thank you for answering" in crisis.message.text()
        assert crisis.go_on_button.text() == "Go back to the conversation"
        crisis.go_on_button.click()
        assert not s.screen.paused_for_safety
        s.type("I keep thinking about ending my life")
        qtbot.waitUntil(lambda: s.screen.paused_for_safety, timeout=20000)
        s.type("yes")
        qtbot.waitUntil(lambda: crisis.tier is RiskTier.IMMINENT, timeout=20000)
        assert crisis.title.text() == "Please talk to someone now"
        assert [t for t, _ in s.pauses][:2] == [RiskTier.CONCERN, RiskTier.CONCERN]
        crisis.end_button.click()
        assert s.answers[-1] == "End the call"
    finally:
        s.close()


def test_the_crisis_screens_in_chinese(qtbot: QtBot, chinese: None, tmp_path: Path) -> None:
    s = _Screen(qtbot, "CN", "妈妈", "小芳")
    try:
        s.type("我想去找你")
        qtbot.waitUntil(lambda: s.screen.paused_for_safety, timeout=20000)
        crisis = s.screen.crisis
        assert "你是不是在想结束自己的生命" in crisis.message.text()
        assert "120（紧急）" in crisis.help.text().split("<br>")[0]
        assert english_words(" ".join(t for _, t in texts(crisis))) == []
        s.screen.grab().save(str(tmp_path / "zh-crisis-concern.png"))
        crisis.yes.click()
        assert crisis.title.text() == "请现在就找人说说"
        assert english_words(" ".join(t for _, t in texts(crisis))) == []
        s.screen.grab().save(str(tmp_path / "zh-crisis-imminent.png"))
    finally:
        s.close()
