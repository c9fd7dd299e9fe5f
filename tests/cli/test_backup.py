"""`keepsake backup OUT` and `keepsake restore IN`: a round trip, and refusals that change
nothing."""

from __future__ import annotations

import json

import pytest

from desktop.services.paths import AppPaths
from tests.support.commands import Keepsake


def _names(keepsake_cli: Keepsake) -> list[str]:
    return [p["name"] for p in json.loads(keepsake_cli("persona", "list", "--json").out)]


def test_a_backup_restored_brings_the_data_back_and_keeps_what_it_replaced(
    keepsake_cli: Keepsake, home: AppPaths
) -> None:
    made = keepsake_cli("persona", "create", "Margaret Lin", "--saying", "Have you eaten yet?")
    assert made.code == 0, made.out
    backup = home.data_dir.parent / "family.kbk"
    written = keepsake_cli("backup", str(backup))
    assert written.code == 0 and "Backup written to" in written.out and backup.stat().st_size
    assert keepsake_cli("persona", "create", "Dad").code == 0
    assert _names(keepsake_cli) == ["Margaret Lin", "Dad"]
    restored = keepsake_cli("restore", str(backup))
    assert restored.code == 0 and "Restored." in restored.out
    assert "The previous data was kept as" in restored.out
    assert _names(keepsake_cli) == ["Margaret Lin"]


def test_a_wrong_backup_passphrase_or_none_changes_nothing(
    keepsake_cli: Keepsake, home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert keepsake_cli("persona", "create", "Margaret Lin").code == 0
    backup = home.data_dir.parent / "family.kbk"
    assert keepsake_cli("backup", str(backup)).code == 0
    assert keepsake_cli("persona", "create", "Dad").code == 0
    monkeypatch.setenv("KEEPSAKE_BACKUP_PASSPHRASE", "not the words we chose")
    wrong = keepsake_cli("restore", str(backup))
    assert wrong.code == 2 and "nothing was changed" in wrong.out
    monkeypatch.delenv("KEEPSAKE_BACKUP_PASSPHRASE")
    asked = keepsake_cli("backup", str(home.data_dir.parent / "again.kbk"))
    assert asked.code == 2 and "KEEPSAKE_BACKUP_PASSPHRASE" in asked.out
    assert not (home.data_dir.parent / "again.kbk").exists()
    assert _names(keepsake_cli) == ["Margaret Lin", "Dad"]
