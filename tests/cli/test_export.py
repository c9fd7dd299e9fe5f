"""`keepsake export`: the journal to a file without a window; refusals that write nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.services.paths import AppPaths
from desktop.vault.journal import Journal
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from tests.support.commands import Keepsake
from tests.support.faults import PASSPHRASE, no_keyring

DAY = datetime(2026, 3, 1, 18, 0, tzinfo=UTC)


def _talked(home: AppPaths) -> None:
    vault = open_vault(home, no_keyring(), PASSPHRASE)
    try:
        mum = PersonaStore(vault).add("Margaret Lin", "Mum", DAY)
        journal = Journal(vault)
        for week in range(2):
            at = DAY + timedelta(weeks=week)
            session = journal.start_session(mum.id, "Mum", Channel.WINDOW, at)
            turn = JournalTurn(at, Speaker.PERSON, f"Week {week}: the roses.", TurnLabel.TYPED)
            journal.add_turn(session, turn)
            journal.end_session(session, at + timedelta(minutes=10))
    finally:
        vault.close()


def test_the_journal_is_exported_by_persona_and_dates(
    keepsake_cli: Keepsake, home: AppPaths
) -> None:
    _talked(home)
    out = home.data_dir.parent / "journal.md"
    done = keepsake_cli(
        "export", "--format", "md", "--persona", "Mum", "--from", "2026-03-05", "--out", str(out)
    )
    assert done.code == 0 and "1 conversations written" in done.out
    assert "not encrypted" in done.err
    text = out.read_text("utf-8")
    assert "Week 1: the roses." in text and "Week 0" not in text


def test_an_unknown_persona_or_date_writes_nothing(keepsake_cli: Keepsake, home: AppPaths) -> None:
    _talked(home)
    out = home.data_dir.parent / "journal.json"
    nobody = keepsake_cli("export", "--format", "json", "--persona", "Dad", "--out", str(out))
    assert nobody.code == 2 and "no portrait called 'Dad'" in nobody.out
    bad_date = keepsake_cli("export", "--format", "json", "--from", "March", "--out", str(out))
    assert bad_date.code == 2
    assert not out.exists()
