"""The real main window on the offscreen platform."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.settings import Settings, SettingsStore
from desktop.services.paths import AppPaths
from desktop.ui.kit.theme import BACKGROUND
from desktop.ui.main_window.window import MainWindow
from tests.support.keyrings import FailKeyring, MemoryKeyring
from tests.support.windows import WindowFactory


def test_home_screen_renders_as_a_finished_screen(
    home: AppPaths, tmp_path: Path, window: MainWindow
) -> None:
    window.show()
    assert window.home.empty_state.isVisible()
    assert window.home.empty_add_button.text() == "Add someone you miss"
    assert window.status_label.text().startswith("Ready")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Keepsake", "&Help"]
    shot = tmp_path / "home.png"
    assert window.grab().save(str(shot))
    image = QImage(str(shot))
    assert image.width() >= 760 and image.height() >= 520
    # The calm background fills most of it, and there is drawn content (text, the card).
    background = QColor(BACKGROUND)
    samples = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 17)
        for y in range(0, image.height(), 17)
    ]
    share_background = sum(c == background for c in samples) / len(samples)
    assert 0.2 < share_background < 0.95
    assert len({c.name() for c in samples}) > 5
    window.close()


def test_adding_a_person_fills_the_wall(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    window.show()
    window.session.personas().add("Margaret Lin", "Mum", window.services.clock.now())
    window.refresh_wall()
    assert not window.home.empty_state.isVisible()
    assert [c.persona.display_name for c in window.home.cards] == ["Mum"]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.home.cards[0].talk_button.click()  # "Talk" straight from the wall: the call flow
    assert len(told) == 1 and "Before the first conversation with Mum" in told[0]
    assert window.call is None  # no consent recorded yet: no call
    window.close()


def test_no_keyring_asks_for_a_passphrase_then_retries_after_a_wrong_one(
    qtbot: QtBot, home: AppPaths, monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory
) -> None:
    window = make_window(FailKeyring())
    asked: list[tuple[bool, str]] = []
    answers = iter(["a good long passphrase"])

    def answer(create: bool, error: str) -> str:
        asked.append((create, error))
        return next(answers)

    monkeypatch.setattr(window.startup, "ask_passphrase", answer)
    window.start()
    assert asked == [(True, "")]
    assert window.vault is not None
    window.close()

    second = make_window(FailKeyring())
    asked.clear()
    answers = iter(["wrong passphrase!", "a good long passphrase"])
    monkeypatch.setattr(second.startup, "ask_passphrase", answer)
    second.start()
    assert [c for c, _ in asked] == [False, False]
    assert "doesn't open" in asked[1][1]
    assert second.vault is not None
    second.close()


class _ThreadKeyring(MemoryKeyring):
    """Remembers on which thread the vault's key was looked up."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.append(threading.current_thread())
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.append(threading.current_thread())
        super().set_password(service, username, password)


def test_start_up_work_runs_off_the_gui_thread_and_stops_on_close(
    qtbot: QtBot, home: AppPaths, monkeypatch: pytest.MonkeyPatch, make_window: WindowFactory
) -> None:
    from desktop.models.readiness import check_models
    from desktop.ui.main_window import startup

    checked_on: list[threading.Thread] = []

    def check_and_remember(*args: Any) -> Any:
        checked_on.append(threading.current_thread())
        return check_models(*args)

    monkeypatch.setattr(startup, "check_models", check_and_remember)
    keyring = _ThreadKeyring()
    window = make_window(keyring, immediate=False)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.vault is not None and window.model_results != ())
    assert all(r.ok for r in window.model_results)
    gui = threading.main_thread()
    assert keyring.threads and all(t is not gui for t in keyring.threads)  # the vault
    assert checked_on and all(t is not gui for t in checked_on)  # the models
    window.close()
    assert window.vault is None
    assert not window.services.tasks.busy
    assert window.services.tasks.active_threads == 0


def test_first_run_explains_and_asks_for_18_plus(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.main_window.first_run import FirstRunDialog

    SettingsStore(home.settings_file).save(Settings())  # a brand-new install
    shown: list[FirstRunDialog] = []

    def confirm_adult(dialog: FirstRunDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        assert not dialog.begin.isEnabled()  # not before the 18+ confirmation
        dialog.adult.setChecked(True)
        assert dialog.begin.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunDialog, "exec", confirm_adult)
    window = make_window(keyring_backend)
    window.start()
    assert len(shown) == 1 and window.vault is not None
    assert SettingsStore(home.settings_file).load().settings.first_run_done
    window.close()
    again = make_window(keyring_backend)
    again.start()
    assert len(shown) == 1  # only once
    again.close()
