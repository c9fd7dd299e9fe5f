"""The call's small words: what the portrait is doing, and the time left (GUI thread, in the
current language)."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.events import EngineState
from desktop.ui.i18n import tr, tr_noop, trn

STATE_WORDS = {
    EngineState.STARTING: tr_noop("Getting ready…"),
    EngineState.LISTENING: tr_noop("Listening"),
    EngineState.THINKING: tr_noop("Thinking…"),
    EngineState.SPEAKING: tr_noop("Speaking"),
    EngineState.STOPPED: tr_noop("Call ended"),
}


def time_left_words(left: timedelta) -> str:
    """'12 min left', or '0:45 left' in the last minute, in the current language."""
    seconds = int(left.total_seconds())
    if seconds >= 60:
        return trn("%n min left", "%n min left", (seconds + 59) // 60)
    return tr("0:{0} left").format(f"{seconds:02d}")
