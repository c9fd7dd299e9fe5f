"""The call: the portrait large in the middle, live captions, typing or speaking, End call.

The engine runs on its own threads; its events reach this screen through EngineBridge on the
GUI thread. With no microphone the call works by typing; with no speaker, by captions.
"""

from __future__ import annotations

import html
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.care.session_limit import LimitAction
from desktop.core.captions import Captions
from desktop.core.clock import Clock
from desktop.core.events import (
    CrisisDetected,
    EngineError,
    EngineEvent,
    EngineState,
    FinalTranscript,
    NothingHeard,
    PausedTurn,
    PlaybackProgress,
    ReadyToEnd,
    ReplyText,
    SpeakingStarted,
    StateChanged,
    TurnFinished,
)
from desktop.core.grounding import ReplySource
from desktop.core.risk import RiskTier
from desktop.core.support import crisis_contacts
from desktop.ui.call.call_setup import CallSetup
from desktop.ui.call.crisis_panel import CrisisPanel
from desktop.ui.call.engine_bridge import EngineBridge
from desktop.ui.call.wording import STATE_WORDS as _STATE_WORDS
from desktop.ui.call.wording import time_left_words
from desktop.ui.care.support import SupportDialog, load_resources, system_country
from desktop.ui.i18n import tr
from desktop.ui.kit.messages import describe


class CallScreen(QWidget):
    ended = Signal()

    def __init__(self, setup: CallSetup, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setup = setup
        self.clock = clock
        self.started = clock.monotonic()
        self.bridge = EngineBridge(self)
        self.bridge.received.connect(self._on_event)
        self.transcript: list[tuple[str, str]] = []
        self.spoken = Captions()  # the reply's words as they are heard
        self.live_caption = ""
        self._live_source = ReplySource.AI
        self._build()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self._ended = False
        self.time_up = False
        self._tick()

    def _build(self) -> None:
        s = self.setup
        top = self._build_top()
        self.captions = QTextBrowser()
        self.captions.setAccessibleName(tr("The conversation so far"))
        self.captions.setMinimumWidth(300)
        conversation = QWidget()
        middle = QHBoxLayout(conversation)
        middle.setContentsMargins(0, 0, 0, 0)
        middle.addWidget(s.portrait, 3)
        middle.addWidget(self.captions, 2)
        contacts = crisis_contacts(load_resources(s.support_file)[0], s.country or system_country())
        self.crisis = CrisisPanel(
            contacts, s.trusted_name, s.trusted_phone, s.record_pause, s.record_answer
        )
        self.crisis.go_on.connect(self.resume_after_pause)
        self.crisis.end.connect(self.end_call)
        self.stack = QStackedWidget()
        self.stack.addWidget(conversation)
        self.stack.addWidget(self.crisis)
        bottom = self._build_bottom()
        self.notice = QLabel(self._devices_notice())
        self.notice.setObjectName("muted")
        self.notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.helplines = QLabel()  # after a pause: the help the reply pointed to stays here
        self.helplines.setObjectName("helplines")
        self.helplines.setWordWrap(True)
        self.helplines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.helplines.setAccessibleName(tr("Help, at any hour:"))
        self.helplines.setVisible(False)
        layout.addWidget(self.helplines)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)

    def _build_top(self) -> QHBoxLayout:
        s = self.setup
        top = QHBoxLayout()
        self.title = QLabel(s.name)
        self.title.setObjectName("cardTitle")
        self.state = QLabel(tr(_STATE_WORDS[EngineState.STARTING]))
        self.state.setObjectName("muted")
        self.elapsed = QLabel("0:00")
        self.elapsed.setObjectName("muted")
        self.time_left = QLabel("")
        self.time_left.setObjectName("timeLeft")
        self.time_left.setToolTip(
            tr("Time left in this conversation, as agreed in the usage limits")
        )
        ai = QLabel(tr("AI portrait"))
        ai.setObjectName("aiBadge")
        ai.setToolTip(tr("This is an AI made from memories, not the real person"))
        ai.setVisible(not getattr(s.portrait, "draws_ai_badge", False))
        support = QPushButton(tr("Support"))
        support.setObjectName("link")
        support.setToolTip(tr("Helplines and support, if you need someone to talk to"))
        support.clicked.connect(self.open_support)
        top.addWidget(self.title)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(ai)
        top.addWidget(self.time_left)
        top.addWidget(self.elapsed)
        top.addWidget(support)
        return top

    def _build_bottom(self) -> QHBoxLayout:
        s = self.setup
        self.text = QLineEdit()
        self.text.setAccessibleName(tr("Your message"))
        self.text.setPlaceholderText(tr("Type instead of speaking, then press Enter"))
        self.text.returnPressed.connect(self.send_text)
        self.mute = QPushButton(tr("Mute microphone"))
        self.mute.setCheckable(True)
        self.mute.toggled.connect(self._mute)
        self.talk = QPushButton(tr("Hold to talk (space)"))
        self.talk.pressed.connect(lambda: s.engine.set_push_to_talk(True))
        self.talk.released.connect(lambda: s.engine.set_push_to_talk(False))
        self.talk.setVisible(s.can_listen and s.engine.config.push_to_talk)
        self.mute.setVisible(s.can_listen)
        self.pause = QPushButton(tr("Pause"))
        self.pause.setCheckable(True)
        self.pause.setToolTip(tr("Stop listening and speaking for a moment; the call stays open"))
        self.pause.toggled.connect(self._pause)
        self.end = QPushButton(tr("End call"))
        self.end.setObjectName("primary")
        self.end.clicked.connect(self.end_call)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pause)
        bottom.addWidget(self.mute)
        bottom.addWidget(self.talk)
        bottom.addWidget(self.text, 1)
        bottom.addWidget(self.end)
        return bottom

    def _devices_notice(self) -> str:
        s = self.setup
        if s.can_listen and s.can_speak:
            return ""
        if not s.can_listen and not s.can_speak:
            return tr(
                "No microphone or speaker was found: you can talk by typing and read the replies."
            )
        if not s.can_listen:
            return tr("No microphone was found: you can talk by typing.")
        return tr("No speaker was found: replies are shown as captions.")

    # --- engine events (GUI thread) ------------------------------------------------------

    def engine_event(self, event: EngineEvent) -> None:
        """Called on the engine's threads: feed the portrait and the journal, then the screen."""
        self.setup.driver.update(event)
        self.setup.on_event(event)
        self.bridge.post(event)

    def _on_event(self, event: EngineEvent) -> None:
        name = self.setup.name
        if isinstance(event, StateChanged):
            if not self.paused_for_safety:
                self.state.setText(
                    self._waiting()
                    if event.state is EngineState.LISTENING
                    else tr(_STATE_WORDS[event.state])
                )
        elif isinstance(event, FinalTranscript):
            self._caption(tr("You"), event.text)
        elif isinstance(event, SpeakingStarted):
            self._live_source = event.source
            self.spoken.add(event)
        elif isinstance(event, PlaybackProgress):
            self._show_live(self.spoken.text_at(event.played_samples))
        elif isinstance(event, ReplyText) and not self.setup.can_speak:
            self._live_source = event.source  # nothing is spoken: the words as they are written
            self._show_live(event.text)
        elif isinstance(event, TurnFinished):
            self.spoken.clear()
            self.live_caption = ""
            if event.reply_text:
                label = self._label(event.reply_source)
                shown = event.heard_text if event.interrupted else event.reply_text
                self._caption(
                    tr("{0} ({1})").format(name, label),
                    shown + (tr(" (interrupted)") if event.interrupted else ""),
                )
            else:
                self._render()
        elif isinstance(event, CrisisDetected):
            self.show_pause(event.tier)
        elif isinstance(event, PausedTurn):
            self.crisis.heard(event.text)
        elif isinstance(event, NothingHeard):
            self.state.setText(tr("I didn't catch that. Please say it again, or type."))
        elif isinstance(event, EngineError):
            self.state.setText(describe(event.error))
        elif isinstance(event, ReadyToEnd):
            self.end_call()

    @property
    def paused_for_safety(self) -> bool:
        return self.stack.currentWidget() is self.crisis

    def show_pause(self, tier: RiskTier) -> None:
        """The portrait stops at once (nothing more is played) and the crisis screen takes
        its place, in Keepsake's own voice, until the person chooses to go on or end."""
        self.setup.engine.interrupt()
        stop = getattr(self.setup.portrait, "stop", None)
        if callable(stop):
            stop()
        self.stack.setCurrentWidget(self.crisis)
        self.crisis.show_pause(tier)
        self.pause.setVisible(False)
        self.state.setText(tr("Paused"))
        self._caption(tr("Keepsake"), self.crisis.title.text())

    def resume_after_pause(self) -> None:
        self.setup.engine.resume_after_pause()
        self.helplines.setText(
            tr("Help, at any hour:") + "<br>" + self.crisis.contacts_html().replace("<br>", " · ")
        )
        self.helplines.setVisible(True)  # for the rest of the call
        self.stack.setCurrentIndex(0)
        self.pause.setVisible(True)
        start = getattr(self.setup.portrait, "start", None)
        if callable(start):
            start()
        self.state.setText(self._waiting())

    def _waiting(self) -> str:
        """What the call says while it waits for the person: "Listening" only with a
        microphone."""
        if self.setup.can_listen:
            return tr("Listening")
        return tr("Your turn: type when you are ready")

    def _support_dialog(self) -> SupportDialog:
        return SupportDialog(self, self.setup.country, self.setup.support_file)

    def open_support(self) -> None:
        self._support_dialog().exec()

    @staticmethod
    def _label(source: ReplySource) -> str:
        return tr("said in life") if source is ReplySource.SAID_IN_LIFE else "AI"

    def _caption(self, who: str, text: str) -> None:
        self.transcript.append((who, text))
        self._render()

    def _show_live(self, text: str) -> None:
        """The reply's words so far, as they are spoken (GUI thread, each playback tick)."""
        if text != self.live_caption:
            self.live_caption = text
            self._render()

    def _render(self) -> None:
        lines = [(html.escape(who), html.escape(text)) for who, text in self.transcript]
        if self.live_caption:
            who = tr("{0} ({1})").format(self.setup.name, self._label(self._live_source))
            lines.append((html.escape(who), html.escape(self.live_caption) + " …"))
        self.captions.setHtml("".join(f"<p><b>{w}</b><br>{t}</p>" for w, t in lines))
        bar = self.captions.verticalScrollBar()
        bar.setValue(bar.maximum())

    # --- actions -------------------------------------------------------------------------

    def send_text(self) -> None:
        text = self.text.text().strip()
        if text:
            self.setup.engine.submit_text(text)
            self.text.clear()

    def _mute(self, muted: bool) -> None:
        self.setup.engine.set_muted(muted)
        self.mute.setText(tr("Unmute microphone") if muted else tr("Mute microphone"))

    def _pause(self, paused: bool) -> None:
        engine = self.setup.engine
        if paused:
            engine.interrupt()
        engine.set_muted(paused or self.mute.isChecked())
        self.text.setEnabled(not paused)
        self.pause.setText(tr("Resume") if paused else tr("Pause"))
        self.state.setText(tr("Paused. Take all the time you need.") if paused else self._waiting())

    def _tick(self) -> None:
        """Once a second (GUI thread): the clock, the time left, the goodbye and the end."""
        elapsed = self.clock.monotonic() - self.started
        seconds = int(elapsed)
        self.elapsed.setText(f"{seconds // 60}:{seconds % 60:02d}")
        countdown = self.setup.countdown
        left = countdown.remaining(timedelta(seconds=elapsed))
        self.time_left.setVisible(left is not None)
        if left is not None:
            self.time_left.setText(time_left_words(left))
        if self.paused_for_safety:
            return  # the crisis screen stays until the person chooses; no limit ends it
        action = countdown.step(timedelta(seconds=elapsed))
        if action is LimitAction.SAY_GOODBYE and self.setup.goodbye:
            self.setup.engine.say(self.setup.goodbye)
        elif action is LimitAction.END:
            self.time_up = True
            self.state.setText(tr("Our time is up for today."))
            self.text.setEnabled(False)
            self.setup.engine.end_after_sentence()

    def end_call(self) -> None:
        if self._ended:
            return
        self._ended = True
        self._timer.stop()
        stop = getattr(self.setup.portrait, "stop", None)
        if callable(stop):
            stop()
        engine = self.setup.engine
        engine.interrupt()  # silent at once; whoever started the engine stops it, off this thread
        engine.set_muted(True)
        self.ended.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.end_call()
        elif (
            event.key() == Qt.Key.Key_Space
            and not self.text.hasFocus()
            and not event.isAutoRepeat()
        ):
            self.setup.engine.set_push_to_talk(True)
        else:
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() == Qt.Key.Key_Space
            and not self.text.hasFocus()
            and not event.isAutoRepeat()
        ):
            self.setup.engine.set_push_to_talk(False)
        else:
            super().keyReleaseEvent(event)
