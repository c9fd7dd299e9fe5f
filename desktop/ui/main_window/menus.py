"""The window's menus: Keepsake (settings, journal, data, limits, audio, erase, quit), Family
(record for my family, add a shared portrait) and Help."""

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
    selfcheck: Action
    exercises: Action
    audio: Action
    erase: Action
    quit: Action
    about: Action
    new_portrait: Action
    guide: Action
    record_for_family: Action
    add_shared: Action


def _keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's key for an action, and ours where the platform has none (Linux has
    no Preferences key)."""
    keys = QKeySequence.keyBindings(standard)
    return [*keys, QKeySequence(fallback)] if QKeySequence(fallback) not in keys else keys


def build_menus(window: QMainWindow, actions: MenuActions) -> QAction:
    """Fill the window's menu bar; returns the Settings action."""
    app_menu = window.menuBar().addMenu(tr("&Keepsake"))

    def add(
        text: str, do: Action, shortcut: QKeySequence | list[QKeySequence] | None = None
    ) -> QAction:
        action = QAction(text, window)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: do())
        app_menu.addAction(action)
        return action

    add(tr("&New portrait…"), actions.new_portrait, _keys(QKeySequence.StandardKey.New, "Ctrl+N"))
    add(tr("&Journal"), actions.journal, QKeySequence("Ctrl+J"))
    settings = add(
        tr("&Settings…"),
        actions.settings,
        _keys(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
    )
    add(tr("Back up…"), actions.back_up)
    add(tr("Restore from a backup…"), actions.restore)
    add(tr("Self-check…"), actions.selfcheck)
    add(tr("Guided exercises…"), actions.exercises)
    add(tr("Usage limits and therapist settings…"), actions.limits)
    add(tr("Check microphone and speaker…"), actions.audio)
    app_menu.addSeparator()
    add(tr("Erase all my data…"), actions.erase)
    app_menu.addSeparator()
    add(tr("&Quit"), actions.quit, QKeySequence(QKeySequence.StandardKey.Quit))
    family_menu = window.menuBar().addMenu(tr("&Family"))
    for text, do in (
        (tr("Record for my family…"), actions.record_for_family),
        (tr("Add a shared portrait…"), actions.add_shared),
    ):
        item = QAction(text, window)
        item.triggered.connect(lambda _checked=False, do=do: do())
        family_menu.addAction(item)
    help_menu = window.menuBar().addMenu(tr("&Help"))
    guide = QAction(tr("Keepsake &guide"), window)
    guide.setShortcuts(_keys(QKeySequence.StandardKey.HelpContents, "F1"))
    guide.triggered.connect(lambda _checked=False: actions.guide())
    help_menu.addAction(guide)
    about = QAction(tr("&About Keepsake"), window)
    about.triggered.connect(lambda _checked=False: actions.about())
    help_menu.addAction(about)
    return settings
