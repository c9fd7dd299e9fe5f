"""The encrypted vault: keys, wrong keys, passphrases, plaintext on disk, migrations."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.errors import (
    InsecureKeyringError,
    KeyMissingError,
    PassphraseRequiredError,
    PassphraseTooWeakError,
    VaultCorruptError,
    VaultTooNewError,
    WrongKeyError,
)
from desktop.services.paths import AppPaths
from desktop.vault.database import Vault
from desktop.vault.keys import KEYRING_SERVICE, KeyringState, keyring_status, read_meta
from desktop.vault.migrations import MIGRATIONS, Migration
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import FailKeyring, MemoryKeyring

NOW = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
SECRET = "Have you eaten yet, my little dumpling?"


class PlaintextKeyring(MemoryKeyring):
    pass


PlaintextKeyring.__module__ = "keyrings.alt.file"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_secret(vault: Vault) -> None:
    PersonaStore(vault).add(SECRET, "Mum", NOW)


def test_new_vault_keeps_its_key_in_the_keyring_and_no_plaintext_on_disk(
    home: AppPaths, keyring_backend: MemoryKeyring
) -> None:
    vault = open_vault(home, keyring_backend)
    _write_secret(vault)
    vault.close()
    meta = read_meta(home.vault_meta_file)
    assert meta is not None
    stored = keyring_backend.get_password(KEYRING_SERVICE, meta.keyring_username)
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    for f in home.data_dir.iterdir():
        raw = f.read_bytes()
        assert SECRET.encode() not in raw and b"Mum" not in raw, f.name
        assert stored.encode() not in raw
    reopened = open_vault(home, keyring_backend)
    assert [p.name for p in PersonaStore(reopened).list_summaries()] == [SECRET]
    reopened.close()


def test_wrong_key_fails_cleanly_and_leaves_the_file_alone(
    home: AppPaths, keyring_backend: MemoryKeyring
) -> None:
    vault = open_vault(home, keyring_backend)
    _write_secret(vault)
    vault.close()
    before = _digest(home.vault_file)
    with pytest.raises(WrongKeyError):
        Vault.open(home.vault_file, b"\x07" * 32)
    assert _digest(home.vault_file) == before
    assert (
        not Path(str(home.vault_file) + "-wal").exists()
        or Path(str(home.vault_file) + "-wal").stat().st_size == 0
    )


def test_passphrase_vault_when_there_is_no_keyring(home: AppPaths) -> None:
    backend = FailKeyring()
    assert keyring_status(backend).state is KeyringState.UNAVAILABLE
    with pytest.raises(PassphraseRequiredError):
        open_vault(home, backend)
    with pytest.raises(PassphraseTooWeakError):
        open_vault(home, backend, "short")
    assert not home.vault_file.exists()
    vault = open_vault(home, backend, "correct horse battery")
    _write_secret(vault)
    vault.close()
    before = _digest(home.vault_file)
    with pytest.raises(PassphraseRequiredError):
        open_vault(home, backend)
    with pytest.raises(WrongKeyError):
        open_vault(home, backend, "incorrect horse battery")
    assert _digest(home.vault_file) == before
    vault = open_vault(home, backend, "correct horse battery")
    assert PersonaStore(vault).list_summaries()[0].name == SECRET
    vault.close()
    assert SECRET.encode() not in home.vault_file.read_bytes()


def test_plaintext_keyring_is_refused(home: AppPaths, keyring_backend: MemoryKeyring) -> None:
    plain = PlaintextKeyring()
    assert keyring_status(plain).state is KeyringState.INSECURE
    # A new vault never puts its key there: it asks for a passphrase instead.
    with pytest.raises(PassphraseRequiredError):
        open_vault(home, plain)
    assert plain.secrets == {}
    # An existing keyring vault refuses to read its key from a plaintext backend.
    open_vault(home, keyring_backend).close()
    plain.secrets.update(keyring_backend.secrets)
    with pytest.raises(InsecureKeyringError):
        open_vault(home, plain)


def test_chained_backends_are_judged_by_their_members() -> None:
    class Chainer:
        priority = 10
        backends = [PlaintextKeyring(), MemoryKeyring()]

    assert keyring_status(Chainer()).state is KeyringState.INSECURE


def test_lost_keyring_entry_is_reported_not_overwritten(
    home: AppPaths, keyring_backend: MemoryKeyring
) -> None:
    open_vault(home, keyring_backend).close()
    before = _digest(home.vault_file)
    with pytest.raises(KeyMissingError):
        open_vault(home, MemoryKeyring())
    assert _digest(home.vault_file) == before


def test_damaged_metadata_is_reported(home: AppPaths, keyring_backend: MemoryKeyring) -> None:
    open_vault(home, keyring_backend).close()
    home.vault_meta_file.write_text("{}", encoding="utf-8")
    with pytest.raises(VaultCorruptError):
        open_vault(home, keyring_backend)


def test_migration_from_an_older_schema_keeps_the_data(tmp_path: Path) -> None:
    key = b"\x42" * 32
    path = tmp_path / "v1.db"
    old = Vault.open(path, key, migrations=MIGRATIONS[:1])
    assert old.schema_version == 1
    with old.transaction() as cur:
        cur.execute("INSERT INTO app_meta (key, value) VALUES ('first_run', '2026-01-01')")
    old.close()
    new = Vault.open(path, key)
    assert new.schema_version == MIGRATIONS[-1].version
    assert new.query("SELECT value FROM app_meta WHERE key = 'first_run'") == [("2026-01-01",)]
    PersonaStore(new).add("Grandad", "", NOW)  # the new table works
    new.close()


def test_a_failed_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    key = b"\x42" * 32
    path = tmp_path / "v.db"
    Vault.open(path, key).close()
    broken = (*MIGRATIONS, Migration(99, "broken", ("CREATE TABLE x (a)", "NOT SQL")))
    with pytest.raises(Exception, match="syntax"):
        Vault.open(path, key, migrations=broken)
    vault = Vault.open(path, key)
    assert vault.schema_version == MIGRATIONS[-1].version
    assert vault.query("SELECT name FROM sqlite_master WHERE name = 'x'") == []
    vault.close()


def test_vault_from_a_newer_keepsake_is_not_touched(tmp_path: Path) -> None:
    key = b"\x42" * 32
    path = tmp_path / "v.db"
    future = (*MIGRATIONS, Migration(99, "future", ("CREATE TABLE future (a)",)))
    Vault.open(path, key, migrations=future).close()
    before = _digest(path)
    with pytest.raises(VaultTooNewError):
        Vault.open(path, key)
    assert _digest(path) == before


def test_wal_and_foreign_keys_are_on(home: AppPaths, keyring_backend: MemoryKeyring) -> None:
    vault = open_vault(home, keyring_backend)
    assert vault.query_one("PRAGMA journal_mode")[0] == "wal"
    assert vault.query_one("PRAGMA foreign_keys")[0] == 1
    vault.close()


def test_reads_go_on_while_a_write_holds_the_vault(
    home: AppPaths, keyring_backend: MemoryKeyring
) -> None:
    """A long write (a backup's copy, the scrub after a deletion) holds the writing connection;
    the window's reads use the other one and never wait for it."""
    vault = open_vault(home, keyring_backend)
    store = PersonaStore(vault)
    store.add("Margaret Lin", "Mum", NOW)
    holding, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with vault.transaction() as cur:
            cur.execute("UPDATE persona SET called = 'Mama'")
            holding.set()
            release.wait(30)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(30)
        read: list[list[str]] = []
        reader = threading.Thread(
            target=lambda: read.append([p.called for p in store.list_summaries()])
        )
        reader.start()
        reader.join(10)  # with one shared connection this read would wait for the write
        assert read == [["Mum"]]  # the last committed state
    finally:
        release.set()
        writer.join(30)
    assert [p.called for p in store.list_summaries()] == ["Mama"]  # committed: seen at once
    with vault.transaction() as cur:  # inside a write, reads see what it wrote
        cur.execute("UPDATE persona SET called = 'Ma'")
        assert [p.called for p in store.list_summaries()] == ["Ma"]
    vault.close()
