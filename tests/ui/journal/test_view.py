"""The journal in the window: list, search, read, write, export, delete, erase everything."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import PersonaDetails
from desktop.services.paths import AppPaths
from desktop.ui.journal.dialogs import EntryDialog
from desktop.vault.export import ExportFormat, ExportSelection
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory

NOW = datetime(2026, 5, 3, 19, 0, tzinfo=UTC)


def _filled_window(
    qtbot: QtBot, home: AppPaths, keyring_backend: MemoryKeyring, make_window: WindowFactory
):
    window = make_window(keyring_backend)
    window.start()
    assert window.vault is not None
    store, journal = PersonaStore(window.vault), Journal(window.vault)
    mum = store.create(PersonaDetails(name="Margaret Lin", called="Mum"), NOW)
    for day in range(2):
        at = NOW + timedelta(days=day)
        session = journal.start_session(mum.id, "Mum", Channel.WINDOW, at)
        journal.add_turn(
            session,
            JournalTurn(at, Speaker.PERSON, f"Day {day}: I walked by the sea.", TurnLabel.TYPED),
        )
        journal.add_turn(
            session,
            JournalTurn(at, Speaker.PORTRAIT, "Have you eaten yet?", TurnLabel.SAID_IN_LIFE),
        )
        journal.end_session(session, at + timedelta(minutes=5))
    return window, store, journal, mum.id


def test_journal_lists_searches_and_reads(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
) -> None:
    window, _store, _journal, mum = _filled_window(qtbot, home, keyring_backend, make_window)
    window.home.journal_requested.emit()
    view = window.journal_view
    assert window.stack.currentWidget() is view and view.items.count() == 2

    def write(dialog: EntryDialog) -> QDialog.DialogCode:
        dialog.title.setText("A letter")
        dialog.body.setPlainText("Dear Mum, the sea was calm today.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", write)
    window.journal.write_entry(mum)
    assert view.items.count() == 3
    view.search.setText("sea")
    assert view.items.count() == 3
    label = view.items.itemWidget(view.items.item(0))
    assert "<b>sea</b>" in label.text()
    view.search.setText("")
    view.items.setCurrentRow(1)
    assert "Have you eaten yet?" in view.reader.toPlainText()
    assert "said in life" in view.reader.toPlainText()
    window.close()


def test_export_delete_and_erase_everything(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make_window: WindowFactory,
) -> None:
    window, _store, journal, mum = _filled_window(qtbot, home, keyring_backend, make_window)
    window.journal.open_journal()
    window.journal.run_export(ExportFormat.MARKDOWN, ExportSelection(), tmp_path / "j.md")
    assert (
        "Day 1" in (tmp_path / "j.md").read_text() and "not encrypted" in window.status_label.text()
    )
    window.journal.run_export(ExportFormat.PDF, ExportSelection(), tmp_path / "j.pdf")
    assert (tmp_path / "j.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    view = window.journal_view
    view.items.setCurrentRow(0)
    view.delete_selected()
    assert len(journal.sessions()) == 1
    view.persona.setCurrentIndex(view.persona.findData(mum))
    view.delete_persona_sessions()
    assert journal.sessions() == []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a: ("ERASE", True))
    window.data.erase_everything()
    assert window.vault is not None  # a fresh, empty vault
    assert PersonaStore(window.vault).list_summaries() == []
    assert keyring_backend.secrets and len(keyring_backend.secrets) == 1  # only the new key
    window.close()


def test_backup_and_restore_from_the_window(
    qtbot: QtBot,
    home: AppPaths,
    keyring_backend: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make_window: WindowFactory,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window, store, _journal, mum = _filled_window(qtbot, home, keyring_backend, make_window)
    backup = tmp_path / "family.kbk"
    monkeypatch.setattr(window.data, "ask_backup_passphrase", lambda create: "our backup words")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(backup), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.data.back_up()
    assert backup.exists() and "Backup written" in window.status_label.text()
    store.delete(mum)
    assert store.list_summaries() == []
    window.data.restore()
    assert window.vault is not None
    assert [p.display_name for p in PersonaStore(window.vault).list_summaries()] == ["Mum"]
    assert [c.persona.display_name for c in window.home.cards] == ["Mum"]
    assert list(home.data_dir.glob("*before-restore*"))
    window.close()


def test_export_dialog_offers_the_selected_conversation(
    qtbot: QtBot, home: AppPaths, keyring_backend: MemoryKeyring, make_window: WindowFactory
) -> None:
    from desktop.ui.journal.dialogs import ExportDialog

    window, store, journal, _mum = _filled_window(qtbot, home, keyring_backend, make_window)
    chosen = journal.sessions()[0].id
    dialog = ExportDialog(store.list_summaries(), None, window, chosen)
    qtbot.addWidget(dialog)
    dialog.only_selected.setChecked(True)
    fmt, selection = dialog.selection()
    assert fmt is ExportFormat.PDF and selection.session_ids == (chosen,)
    dialog.only_selected.setChecked(False)
    assert dialog.selection()[1].session_ids == ()
    window.close()
