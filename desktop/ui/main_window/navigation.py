"""Where the window goes next: the controllers ask by signal, the window shows the screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigation(QObject):
    """Emitted by any controller on the GUI thread; connected once, by the window."""

    home = Signal()  # the portrait wall (refreshed)
    persona = Signal(int)  # a persona's page
    journal = Signal()
    limits = Signal()  # the limit screen, after `LimitScreen.show_decision`
    call = Signal(int, bool)  # a call with this persona (True: the farewell conversation)
    show_call = Signal(object)  # a call's screen, ready: show it
    drop_call = Signal(object)  # a call's screen, ended: take it away
    write_entry = Signal(object)  # a journal entry (to this persona id, or None)
