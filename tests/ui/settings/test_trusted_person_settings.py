"""Someone you trust, in Settings with the real window (offscreen): moved from an old
settings.json into the vault at the first unlock, edited and kept in the vault, never written
to settings.json, and not editable (saying why) while the vault is locked."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.services.paths import AppPaths
from desktop.ui.settings.actions import SettingsActions
from desktop.ui.settings.dialog import SettingsDialog
from desktop.vault.trusted_person import TrustedPerson, TrustedPersonStore
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory


def _old_file(home: AppPaths) -> None:
    raw = {
        "version": 3,
        "first_run_done": True,
        "country": "GB",
        "trusted_name": "Anna",
        "trusted_phone": "07700 900123",
    }
    home.settings_file.write_text(json.dumps(raw), encoding="utf-8")


def test_the_first_unlock_moves_it_and_settings_edits_it_in_the_vault(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    make_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _old_file(home)
    window = make_window(keyring_backend)
    window.start()
    assert window.vault is not None
    anna = TrustedPerson("Anna", "07700 900123")
    assert window.session.trusted == anna
    assert TrustedPersonStore(window.vault).get() == anna
    on_disk = home.settings_file.read_text(encoding="utf-8")
    assert "Anna" not in on_disk and "07700" not in on_disk
    assert json.loads(on_disk)["country"] == "GB"

    seen: list[tuple[str, str, bool]] = []

    def edit(dialog: SettingsDialog) -> QDialog.DialogCode:
        seen.append(
            (
                dialog.trusted_name.text(),
                dialog.trusted_phone.text(),
                dialog.trusted_name.isEnabled(),
            )
        )
        assert not dialog.trusted_note.isVisibleTo(dialog)
        dialog.trusted_name.setText("  Ben ")
        dialog.trusted_phone.setText("020 7946 0000")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", edit)
    window.settings_actions.open_settings()
    ben = TrustedPerson("Ben", "020 7946 0000")
    assert seen == [("Anna", "07700 900123", True)]
    assert TrustedPersonStore(window.vault).get() == ben
    assert window.session.trusted == ben
    assert "Ben" not in home.settings_file.read_text(encoding="utf-8")
    window.settings_actions.open_settings()  # opened again: what the vault holds now
    assert seen[-1] == ("Ben", "020 7946 0000", True)
    window.close()

    again = make_window(keyring_backend)  # the next start reads it back from the vault
    again.start()
    assert again.session.trusted == TrustedPerson("Ben", "020 7946 0000")
    again.close()


def test_before_unlock_the_fields_are_disabled_and_say_why(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    make_window: WindowFactory,
) -> None:
    _old_file(home)
    window = make_window(keyring_backend)  # not started: the vault is locked
    actions: SettingsActions = window.settings_actions
    assert not window.session.is_open
    dialog = actions.make_settings_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.trusted_name.isEnabled() and not dialog.trusted_phone.isEnabled()
    assert dialog.trusted_note.isVisibleTo(dialog)
    assert "not open yet" in dialog.trusted_name.toolTip()
    assert dialog.trusted_name.text() == ""  # the file's copy is not shown
    assert dialog.result_trusted() is None
    assert "Anna" in home.settings_file.read_text(encoding="utf-8")  # untouched until unlock
    window.close()
