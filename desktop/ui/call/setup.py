"""The call's screen, from a session prepared in the background (desktop/services/call_session.py).

GUI thread, and quick: the photo was decoded and the vault written before this runs; the models
load on the engine's own thread once it starts ("Getting ready…").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.avatar.driver import AvatarDriver
from desktop.core.clock import Clock
from desktop.core.settings import Settings
from desktop.models.choice import ChoiceNote
from desktop.services.call_session import CallSession, start_engine
from desktop.ui.call.call_setup import CallSetup
from desktop.ui.call.portrait_widget import PortraitWidget
from desktop.ui.call.screen import CallScreen
from desktop.ui.i18n import tr, tr_noop


def _portrait(session: CallSession, driver: AvatarDriver) -> QWidget:
    if session.photo is not None and session.rig is not None:
        position = session.output.buffer.position_at if session.output is not None else None
        return PortraitWidget(session.photo, session.rig, driver, position_at=position)
    still = QLabel(session.persona.display_name)
    still.setAlignment(Qt.AlignmentFlag.AlignCenter)
    still.setObjectName("title")
    return still


def build_screen(
    session: CallSession, settings: Settings, support_file: Path, clock: Clock
) -> CallScreen:
    """The call screen for `session`, attached to its engine, which is started here."""
    driver = AvatarDriver()
    portrait = _portrait(session, driver)
    recorder = session.record.recorder
    screen = CallScreen(
        CallSetup(
            session.persona.display_name,
            session.engine,
            driver,
            portrait,
            session.can_listen,
            session.can_speak,
            recorder,
            session.countdown,
            session.goodbye,
            settings.country,
            support_file,
            recorder.record_pause,
            recorder.record_answer,
            session.trusted.name,
            session.trusted.phone,
        ),
        clock,
    )
    session.relay.attach(screen.engine_event)
    if not start_engine(session):
        screen.setup.can_listen = screen.setup.can_speak = False
        screen.notice.setText(
            tr("Sound could not be started: you can talk by typing and read the replies.")
        )
    missing = [tr(_MISSING[note]) for note in session.notes]
    missing += _lexicon_note(session.lexicon_problem)
    if missing:
        screen.notice.setText(" ".join([screen.notice.text(), *missing]).strip())
    if isinstance(portrait, PortraitWidget):
        portrait.start()
    return screen


def _lexicon_note(problem: str) -> list[str]:
    if not problem:
        return []
    return [
        tr(
            "Your edited crisis word list could not be read, so the list that came with "
            "Keepsake is used ({0})."
        ).format(problem)
    ]


_MISSING = {
    ChoiceNote.NO_STT: tr_noop(
        "No speech recognition for this language is installed, so you talk by typing. "
        "Settings → Models offers one."
    ),
    ChoiceNote.NO_VOICE: tr_noop(
        "No voice for this language is installed, so replies are shown as captions. "
        "Settings → Models offers one."
    ),
    ChoiceNote.NO_CHAT_MODEL: tr_noop(
        "The conversation model cannot speak this language, so the portrait answers with "
        "their own words and short listening lines. A model for it (for example Qwen2.5 "
        "Instruct) can be added in Settings → Models."
    ),
}
