"""Composition root of the windowed app: builds the services and the main window."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from desktop.core.errors import DisplayUnavailableError
from desktop.services.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.core.settings import SettingsStore


def check_display(environ: Mapping[str, str] | None = None, platform: str | None = None) -> None:
    """Raise DisplayUnavailableError when Qt could not open a window here (instead of aborting)."""
    env = os.environ if environ is None else environ
    plat = platform or sys.platform
    if not plat.startswith("linux"):
        return
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return  # offscreen, vnc, ...: chosen on purpose
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        raise DisplayUnavailableError(
            "no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)"
        )
    if (qpa.startswith("xcb") or not env.get("WAYLAND_DISPLAY")) and not ctypes.util.find_library(
        "xcb-cursor"
    ):
        raise DisplayUnavailableError(
            "Qt needs the X11 library libxcb-cursor0 (sudo apt install libxcb-cursor0)"
        )


def run(paths: AppPaths, argv: Sequence[str]) -> int:
    """Open the main window and run until it closes. Returns the exit code."""
    from desktop.core.privacy import silence_native_libraries

    silence_native_libraries()  # the window loads Piper and the VAD: onnxruntime stays quiet
    try:
        check_display()
    except DisplayUnavailableError as exc:
        print(
            f"keepsake: cannot open the window: {exc.reason}. `keepsake doctor` works without one.",
            file=sys.stderr,
        )
        return 2
    from PySide6.QtWidgets import QApplication

    from desktop.core.errors import VaultInUseError
    from desktop.core.settings import SettingsStore
    from desktop.ui.kit.theme import apply_theme
    from desktop.vault.instance_lock import VaultLock

    paths.ensure()
    app = QApplication(list(argv))
    app.setApplicationName("Keepsake")
    app.setApplicationDisplayName("Keepsake")
    app.setDesktopFileName("keepsake")
    apply_theme(app)
    store = SettingsStore(paths.settings_file)
    from desktop.ui.i18n import install_language

    install_language(app, store.load().settings.ui_language)
    try:
        lock = VaultLock.acquire(paths.lock_file)  # held while the window is open
    except VaultInUseError as exc:
        from desktop.ui.kit.already_open import show_already_open

        print(f"keepsake: {exc}", file=sys.stderr)
        show_already_open(exc.pid)
        return 2
    try:
        return _run_window(app, paths, store, argv, lock.release)
    finally:
        lock.release()


def _run_window(
    app: QApplication,
    paths: AppPaths,
    store: SettingsStore,
    argv: Sequence[str],
    release_lock: Callable[[], None],
) -> int:
    """The main window until it closes (the instance lock is held by the caller)."""
    from desktop.core.clock import SystemClock
    from desktop.ui.main_window.window import MainWindow, Services
    from desktop.ui.tasks import BackgroundTasks
    from desktop.vault.keys import default_keyring_backend

    services = Services(
        paths=paths,
        settings_store=store,
        keyring_backend=default_keyring_backend(),
        clock=SystemClock(),
        tasks=BackgroundTasks(),
    )
    window = MainWindow(services)
    window.show()
    window.start()
    code = app.exec()
    window.shutdown()
    if window.restart_requested:  # e.g. after choosing another language
        release_lock()  # the new process takes it again
        os.execv(sys.executable, [sys.executable, "-m", "desktop", *argv[1:]])
    return int(code)


def run_portrait_preview(photo_path: str) -> int:
    """`keepsake avatar preview PHOTO`: the animated portrait and its rig in a window."""
    try:
        check_display()
    except DisplayUnavailableError as exc:
        print(f"keepsake: cannot open the window: {exc.reason}.", file=sys.stderr)
        return 2
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from desktop.avatar.face import analyse
    from desktop.avatar.photo import load_photo
    from desktop.core.errors import KeepsakeError
    from desktop.ui.call.portrait_preview import PortraitPreview
    from desktop.ui.kit.theme import apply_theme

    try:
        photo = load_photo(Path(photo_path))
        _faces, rig = analyse(photo)
    except KeepsakeError as exc:
        print(f"keepsake avatar preview: {exc}", file=sys.stderr)
        return 3
    app = QApplication([sys.argv[0]])
    apply_theme(app)
    window = PortraitPreview(photo, rig)
    window.show()
    window.portrait.start()
    code = app.exec()
    window.portrait.stop()
    return int(code)
