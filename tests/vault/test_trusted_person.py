"""The trusted person kept in a real SQLCipher vault, and its move out of settings.json: into
the vault first, then out of the file, so a process killed between the two loses nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.errors import SettingsError
from desktop.core.settings import Settings, SettingsStore
from desktop.vault.database import Vault
from desktop.vault.trusted_person import (
    MAX_CHARS,
    NOBODY,
    TrustedPerson,
    TrustedPersonStore,
    copy_from_settings,
    move_from_settings,
)

KEY = b"\x11" * 32
ANNA = TrustedPerson("Anna", "07700 900123")


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened = Vault.open(tmp_path / "keepsake.db", KEY)
    yield opened
    opened.close()


def _old_settings(path: Path, name: str = "Anna", phone: str = "07700 900123") -> None:
    raw = {"version": 3, "country": "GB", "trusted_name": name, "trusted_phone": phone}
    path.write_text(json.dumps(raw), encoding="utf-8")


def test_it_is_kept_encrypted_read_back_changed_and_cleared(tmp_path: Path) -> None:
    first = Vault.open(tmp_path / "keepsake.db", KEY)
    store = TrustedPersonStore(first)
    assert store.get() == NOBODY and not store.get().is_set
    assert store.set(TrustedPerson("  Anna ", " 07700 900123\n")) == ANNA
    first.close()
    again = Vault.open(tmp_path / "keepsake.db", KEY)
    try:
        assert TrustedPersonStore(again).get() == ANNA
        assert b"Anna" not in (tmp_path / "keepsake.db").read_bytes()
        TrustedPersonStore(again).set(TrustedPerson("Ben", ""))
        assert TrustedPersonStore(again).get() == TrustedPerson("Ben", "")
        TrustedPersonStore(again).set(TrustedPerson(" ", ""))
        assert TrustedPersonStore(again).get() == NOBODY
        assert not TrustedPersonStore(again).is_stored()
        long = TrustedPersonStore(again).set(TrustedPerson("A" * 5000, "1" * 5000))
        assert (len(long.name), len(long.phone)) == (MAX_CHARS, MAX_CHARS)
    finally:
        again.close()


def test_a_damaged_row_reads_as_nobody(vault: Vault) -> None:
    with vault.transaction() as cur:
        cur.execute("INSERT INTO app_meta (key, value) VALUES ('trusted_person', '[1, 2')")
    assert TrustedPersonStore(vault).get() == NOBODY


def test_an_old_settings_file_still_loads_and_a_save_keeps_the_values_until_moved(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    _old_settings(path)
    store = SettingsStore(path)
    loaded = store.load()
    assert loaded.damaged_copy is None and loaded.settings.country == "GB"
    assert not hasattr(loaded.settings, "trusted_name")
    store.save(Settings(country="FR"))  # before the first unlock: nothing is lost
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert (raw["country"], raw["trusted_name"], raw["trusted_phone"]) == (
        "FR",
        "Anna",
        "07700 900123",
    )


def test_the_move_puts_it_in_the_vault_then_takes_it_out_of_the_file(
    tmp_path: Path, vault: Vault
) -> None:
    path = tmp_path / "settings.json"
    _old_settings(path)
    settings, store = SettingsStore(path), TrustedPersonStore(vault)
    assert move_from_settings(settings, store) == ANNA
    assert store.get() == ANNA
    text = path.read_text(encoding="utf-8")
    assert "Anna" not in text and "trusted" not in text and "07700" not in text
    assert json.loads(text)["country"] == "GB"  # everything else as it was
    settings.save(Settings(country="GB"))
    assert "trusted" not in path.read_text(encoding="utf-8")
    assert move_from_settings(settings, store) == ANNA  # nothing left to move: unchanged


def test_killed_between_the_two_steps_nothing_is_lost_and_the_next_run_finishes(
    tmp_path: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    _old_settings(path)
    settings, store = SettingsStore(path), TrustedPersonStore(vault)

    def killed(target: Path, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.core.settings.atomic_write_text", killed)
    with pytest.raises(SettingsError):
        move_from_settings(settings, store)
    assert store.get() == ANNA  # the vault was written first
    assert json.loads(path.read_text(encoding="utf-8"))["trusted_name"] == "Anna"
    monkeypatch.undo()
    store.set(TrustedPerson("Anna", "020 7946 0000"))  # changed since, in the vault
    assert move_from_settings(settings, store) == TrustedPerson("Anna", "020 7946 0000")
    assert "trusted" not in path.read_text(encoding="utf-8")


def test_copying_leaves_the_file_alone_and_empty_old_values_move_nothing(
    tmp_path: Path, vault: Vault
) -> None:
    path = tmp_path / "settings.json"
    _old_settings(path, "", "")
    settings, store = SettingsStore(path), TrustedPersonStore(vault)
    assert copy_from_settings(settings, store) == NOBODY
    assert "trusted_name" in path.read_text(encoding="utf-8")
    settings.forget_legacy()
    assert "trusted_name" not in path.read_text(encoding="utf-8")
    missing = SettingsStore(tmp_path / "none.json")
    assert move_from_settings(missing, store) == NOBODY
    assert not (tmp_path / "none.json").exists()


def test_the_therapist_report_never_includes_them(tmp_path: Path) -> None:
    """Not even with the transcripts ticked, where an older pause screen was journaled with
    "Call Anna: …" (before the trusted person stayed out of the journal)."""
    from datetime import timedelta

    from desktop.care.report import (
        ReportFormat,
        report_csv,
        report_html,
        usage_report,
        write_usage_report,
    )
    from desktop.care.report_private import private_words
    from desktop.care.store import CareStore
    from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
    from desktop.vault.journal import Journal
    from tests.care.test_care_report import START, ZONE, filled_vault

    filled = filled_vault(tmp_path)
    try:
        TrustedPersonStore(filled).set(ANNA)
        journal, care = Journal(filled), CareStore(filled)
        session = journal.start_session(None, "Mum", Channel.WINDOW, START, None)
        care.end_usage(care.start_usage(None, session, START), START + timedelta(minutes=5))
        shown = "Please get help now\nCall Anna: 07700 900123\nSamaritans: call 116 123"
        turn = JournalTurn(START, Speaker.KEEPSAKE, shown, TurnLabel.PAUSE_IMMINENT)
        journal.add_turn(session, turn)
        journal.add_turn(
            session, JournalTurn(START, Speaker.PERSON, "I rang Anna", TurnLabel.TYPED)
        )
        journal.end_session(session, START + timedelta(minutes=5))
        report = usage_report(care, ZONE, START + timedelta(weeks=5), [], True, True, True)
        for text in (report_csv(report), report_html(report)):
            assert "Anna" not in text and "07700" not in text
        pages: list[str] = []
        trusted = TrustedPersonStore(filled).get()
        write_usage_report(
            ReportFormat.PDF,
            report,
            tmp_path / "report.pdf",
            journal,
            lambda page, _out: pages.append(page),
            private_words(trusted.name, trusted.phone),
        )
        assert "Samaritans" in pages[0] and "I rang Anna" in pages[0]  # their own words stay
        assert "Call Anna" not in pages[0] and "07700" not in pages[0]
    finally:
        filled.close()
