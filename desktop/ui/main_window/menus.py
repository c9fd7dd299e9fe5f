"""The window's menus: Keepsake (settings, journal, data, limits, audio, erase, quit) and Help."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop.ui.i18n import tr

Action = Callable[[], object]


@dataclass(frozen=True, slots=True)
class MenuActions:
    settings: Action
    journal: Action
    back_up: Action
    restore: Action
    limits: Action
    audio: Action
    erase: Action
    quit: Action
    about: Action


def build_menus(window: QMainWindow, actions: MenuActions) -> QAction:
    """Fill the window's menu bar; returns the Settings action."""
    app_menu = window.menuBar().addMenu(tr("&Keepsake"))

    def add(text: str, do: Action, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: do())
        app_menu.addAction(action)
        return action

    settings = add(
        tr("&Settings…"), actions.settings, QKeySequence(QKeySequence.StandardKey.Preferences)
    )
    add(tr("&Journal"), actions.journal, QKeySequence("Ctrl+J"))
    add(tr("Back up…"), actions.back_up)
    add(tr("Restore from a backup…"), actions.restore)
    add(tr("Usage limits and therapist settings…"), actions.limits)
    add(tr("Check microphone and speaker…"), actions.audio)
    app_menu.addSeparator()
    add(tr("Erase all my data…"), actions.erase)
    app_menu.addSeparator()
    add(tr("&Quit"), actions.quit, QKeySequence(QKeySequence.StandardKey.Quit))
    help_menu = window.menuBar().addMenu(tr("&Help"))
    about = QAction(tr("&About Keepsake"), window)
    about.triggered.connect(lambda _checked=False: actions.about())
    help_menu.addAction(about)
    return settings
