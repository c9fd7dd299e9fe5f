"""Every control on every screen has a name a screen reader can say, in both languages: its
accessible name, its own text, or the label Qt reads for it (a QLabel whose buddy it is).
And every kind of control shows a visible ring (the theme's FOCUS colour) when it has the
keyboard focus, and none without it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSlider,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTextBrowser,
    QTextEdit,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.settings import UiLanguage
from desktop.services.paths import AppPaths
from desktop.ui.i18n import install_language, tr
from desktop.ui.kit.theme import FOCUS, apply_theme
from tests.support.keyrings import MemoryKeyring
from tests.support.ui_texts import english_words
from tests.support.windows import WindowFactory

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)
# parts of a composite control, named through the control itself
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QCalendarWidget, QTabBar)


def _inside_composite(widget: QWidget, screen: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not screen:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(screen: QWidget) -> Iterator[QWidget]:
    found = [screen, *screen.findChildren(QWidget)]
    for widget in found:
        if isinstance(widget, QScrollBar) or not isinstance(widget, CONTROLS):
            continue
        if not _inside_composite(widget, screen):
            yield widget


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for the control, by Qt's own rule (QAccessibleWidget):
    its accessible name, a button's text, else a QLabel beside it whose buddy it is, or the
    title of the group box it sits in."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for label in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    return parent.title() if isinstance(parent, QGroupBox) else ""


def owner(widget: QWidget) -> str:
    """The app's own class the control belongs to (where to name it)."""
    at: QWidget | None = widget
    while at is not None:
        if type(at).__module__.startswith("desktop.ui"):
            return f"{type(at).__module__}.{type(at).__name__}"
        at = at.parentWidget()
    return "?"


def unnamed(screens: list[QWidget]) -> list[tuple[str, str]]:
    """(owner, description) of every control without a name, each control once; in Chinese,
    also every control whose name has English words in it."""
    chinese = tr("End call") != "End call"
    seen: set[int] = set()
    out = []
    for screen in screens:
        for widget in controls(screen):
            if id(widget) in seen or widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (a menu bar's overflow button) are Qt's to name
            seen.add(id(widget))
            name = spoken_name(widget)
            if chinese and english_words(name):
                out.append((owner(widget), f"{type(widget).__name__} in English: {name!r}"))
            if not name.strip():
                hint = widget.toolTip() or getattr(widget, "placeholderText", lambda: "")()
                text = (
                    getattr(widget, "text", lambda: "")()
                    if isinstance(widget, QAbstractButton)
                    else ""
                )
                out.append((owner(widget), f"{type(widget).__name__} {hint[:50]!r} {text!r}"))
    return out


@pytest.fixture(params=[UiLanguage.ENGLISH, UiLanguage.CHINESE_SIMPLIFIED])
def language(request: pytest.FixtureRequest) -> Iterator[UiLanguage]:
    app = QApplication.instance()
    assert app is not None
    install_language(app, request.param)
    yield request.param
    install_language(app, UiLanguage.ENGLISH)


def _unnamed_on_every_screen(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
) -> list[tuple[str, str]]:
    from desktop.ui.call.mood import MoodDialog
    from desktop.ui.settings.audio_check import AudioCheckDialog
    from tests.ui.test_translations import _screens

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(AudioCheckDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    screens = _screens(qtbot, home, keyring_backend, tmp_path, make_window)
    window = screens[0]
    settings = window.settings_actions.make_settings_dialog()  # type: ignore[attr-defined]
    qtbot.addWidget(settings)
    screens.append(settings)  # every tab: General, Models (with Measure this PC), Data
    assert sum(len(list(controls(s))) for s in screens) > 150
    return [(where, what) for where, what in unnamed(screens) if where != "?"]


def test_every_control_on_every_screen_has_a_name(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    language: UiLanguage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
) -> None:
    found = _unnamed_on_every_screen(
        qtbot, home, keyring_backend, tmp_path, monkeypatch, make_window
    )
    missing = [f"{where}: {what}" for where, what in found]
    assert missing == [], "\n".join(missing)


def _focus_pixels(widget: QWidget) -> int:
    """Pixels of the focus ring's colour in the widget as drawn now."""
    ring = QColor(FOCUS)
    image = widget.grab().toImage()

    def near(colour: QColor) -> bool:
        return (
            abs(colour.red() - ring.red())
            + abs(colour.green() - ring.green())
            + abs(colour.blue() - ring.blue())
            < 40
        )

    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if near(image.pixelColor(x, y))
    )


def _items() -> QWidget:
    items = QListWidget()
    items.addItems(["Mum", "Dad"])
    return items


def _tabs() -> QWidget:
    tabs = QTabBar()
    tabs.addTab("General")
    tabs.addTab("Models")
    return tabs


def _tool() -> QWidget:
    tool = QToolButton()
    tool.setText("?")
    return tool


KINDS: dict[str, Callable[[], QWidget]] = {
    "button": lambda: QPushButton("Save"),
    "check box": lambda: QCheckBox("Tick"),
    "radio button": lambda: QRadioButton("Choose"),
    "field": lambda: QLineEdit("words"),
    "text": lambda: QPlainTextEdit("words"),
    "reader": QTextBrowser,
    "drop-down": QComboBox,
    "number": QSpinBox,
    "date": lambda: QDateEdit(QDate(2024, 3, 12)),
    "time": lambda: QTimeEdit(QTime(9, 0)),
    "list": _items,
    "table": lambda: QTableWidget(2, 2),
    "tabs": _tabs,
    "tool button": _tool,
    "slider": lambda: QSlider(Qt.Orientation.Horizontal),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_control_shows_a_focus_ring(qtbot: QtBot, kind: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    control = KINDS[kind]()
    control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    host = QWidget()
    other = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(other)
    layout.addWidget(control)
    qtbot.addWidget(host)
    host.resize(320, 220)
    host.show()
    host.activateWindow()
    qtbot.waitExposed(host)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    before = _focus_pixels(control)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    after = _focus_pixels(control)
    assert before == 0 and after >= 150, (kind, before, after)
