"""The real main window for UI tests, built the way the composition root builds it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.clock import ManualClock
from desktop.core.settings import Settings, SettingsStore
from desktop.services.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window.window import MainWindow

WindowFactory = Callable[..., "MainWindow"]


def screenshot_app(language: str, out: Path) -> tuple[QApplication, str]:
    """For the screenshot scripts: the application in `language` ("en" or "zh_CN"), the
    folder `out` made, and the prefix of the file names ("zh-" for Chinese)."""
    from PySide6.QtWidgets import QApplication

    from desktop.core.settings import UiLanguage
    from desktop.ui.i18n import install_language

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    zh = language == "zh_CN"
    if zh:
        install_language(app, UiLanguage.CHINESE_SIMPLIFIED)
    out.mkdir(parents=True, exist_ok=True)
    return app, "zh-" if zh else ""


def build_window(home: AppPaths, backend: object, immediate: bool = True) -> MainWindow:
    """A main window on `home`, after the first run, with its background tasks run at once
    (`immediate`) or on the thread pool."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.kit.theme import apply_theme
    from desktop.ui.main_window.window import MainWindow, Services
    from desktop.ui.tasks import BackgroundTasks

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app)
    store = SettingsStore(home.settings_file)
    if not home.settings_file.exists():  # tests of other screens start after the first run
        store.save(replace(Settings(), first_run_done=True))
    services = Services(
        paths=home,
        settings_store=SettingsStore(home.settings_file),
        keyring_backend=backend,  # type: ignore[arg-type]
        clock=ManualClock(),
        tasks=BackgroundTasks(immediate=immediate),
    )
    return MainWindow(services)
