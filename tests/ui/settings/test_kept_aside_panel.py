"""The window's side of a safe restore: the copies kept aside in Settings → Data, and the calm
message when Keepsake is already open."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.errors import VaultInUseError
from desktop.services.paths import AppPaths
from desktop.ui.kit.already_open import already_open_text, show_already_open
from desktop.ui.settings.kept_aside_panel import KeptAsidePanel
from desktop.vault.instance_lock import VaultLock
from desktop.vault.kept_aside import AsideReason, kept_copies


def test_copies_kept_aside_are_listed_with_size_and_date_and_can_be_removed(
    qtbot: QtBot, home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    aside = home.data_dir / "keepsake.db.before-restore-20260402-201500"
    aside.write_bytes(b"x" * 2_500_000)
    (home.data_dir / "keepsake.db.before-restore-20260402-201500-wal").write_bytes(b"w" * 1000)
    (home.data_dir / "keepsake.vault.json.before-restore-20260402-201500").write_text("{}")
    (home.data_dir / "keepsake.db.unreadable-20260301-090000").write_bytes(b"y" * 5000)
    panel = KeptAsidePanel(home)
    qtbot.addWidget(panel)
    assert panel.list.count() == 2
    first = panel.list.item(0).text()
    assert "Replaced by a restore" in first and "2.5 MB" in first and "2026" in first
    assert "2 copies kept aside" in panel.summary.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.remove_selected()
    assert not aside.exists()
    assert not list(home.data_dir.glob("*before-restore*"))
    assert [c.reason for c in kept_copies(home)] == [AsideReason.UNREADABLE]
    assert panel.list.count() == 1


def test_a_second_keepsake_is_told_calmly_that_one_is_already_open(
    qtbot: QtBot, home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = VaultLock.acquire(home.lock_file)
    try:
        with pytest.raises(VaultInUseError) as refused:
            VaultLock.acquire(home.lock_file)
    finally:
        first.release()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    show_already_open(refused.value.pid)
    assert shown and "already open" in shown[0] and str(refused.value.pid) in shown[0]
    assert "process" in already_open_text(4242)
    VaultLock.acquire(home.lock_file).release()  # released: the next start may go on
