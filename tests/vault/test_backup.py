"""Backup to one passphrase-protected file, and restore on another computer."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import VaultCorruptError, WrongKeyError
from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import PersonaDetails, SayingKind
from desktop.services.paths import resolve_paths
from desktop.vault.backup import write_backup
from desktop.vault.journal import Journal
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from desktop.vault.restore import restore_backup
from tests.support.keyrings import FailKeyring, MemoryKeyring

NOW = datetime(2026, 4, 2, 20, 0, tzinfo=UTC)


def _filled(home: Path, backend: MemoryKeyring) -> Path:
    paths = resolve_paths({"KEEPSAKE_HOME": str(home)})
    paths.ensure()
    vault = open_vault(paths, backend)
    store = PersonaStore(vault)
    mum = store.create(PersonaDetails(name="Margaret Lin", called="Mum"), NOW)
    store.add_typed(mum.id, SayingKind.SAYING, "Have you eaten yet?", "Lily", NOW)
    journal = Journal(vault)
    session = journal.start_session(mum.id, "Mum", Channel.WINDOW, NOW)
    journal.add_turn(session, JournalTurn(NOW, Speaker.PERSON, "Hello Mum.", TurnLabel.TYPED))
    journal.end_session(session, NOW)
    out = home / "keepsake-backup.kbk"
    write_backup(vault, out, "our family passphrase")
    vault.close()
    return out


def test_a_backup_restores_on_another_computer(tmp_path: Path) -> None:
    backup = _filled(tmp_path / "first-pc", MemoryKeyring())
    assert b"Have you eaten" not in backup.read_bytes()
    other = resolve_paths({"KEEPSAKE_HOME": str(tmp_path / "second-pc")})
    result = restore_backup(
        backup, "our family passphrase", other, FailKeyring(), "a new local passphrase"
    )
    assert result.set_aside is None
    vault = open_vault(other, FailKeyring(), "a new local passphrase")
    store = PersonaStore(vault)
    [mum] = store.list_summaries()
    assert mum.display_name == "Mum"
    assert store.search(mum.id, "eaten")[0][0].text == "Have you eaten yet?"
    assert Journal(vault).sessions()[0].persona_name == "Mum"
    assert vault.query_one("PRAGMA integrity_check")[0] == "ok"
    vault.close()


def test_restoring_over_a_vault_keeps_the_old_one_aside(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    backup = _filled(tmp_path / "pc", backend)
    paths = resolve_paths({"KEEPSAKE_HOME": str(tmp_path / "pc")})
    result = restore_backup(backup, "our family passphrase", paths, backend)
    assert result.set_aside is not None and result.set_aside.exists()
    vault = open_vault(paths, backend)
    assert [p.name for p in PersonaStore(vault).list_summaries()] == ["Margaret Lin"]
    vault.close()


def test_wrong_passphrase_or_damaged_file_changes_nothing(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    backup = _filled(tmp_path / "pc", backend)
    paths = resolve_paths({"KEEPSAKE_HOME": str(tmp_path / "pc")})
    before = paths.vault_file.read_bytes()
    with pytest.raises(WrongKeyError):
        restore_backup(backup, "not the passphrase", paths, backend)
    damaged = tmp_path / "damaged.kbk"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(WrongKeyError):
        restore_backup(damaged, "our family passphrase", paths, backend)
    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("hello")
    with pytest.raises(VaultCorruptError):
        restore_backup(not_backup, "our family passphrase", paths, backend)
    assert paths.vault_file.read_bytes() == before
    assert not list((tmp_path / "pc" / "data").glob("*before-restore*"))
