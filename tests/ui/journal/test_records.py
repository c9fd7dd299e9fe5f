"""The journal records everything that happened in a conversation, labelled: the pause for
safety with the helplines shown, the mood check-ins, the note after the call; a search hit opens
scrolled to it and highlighted; delete acts only on something chosen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from desktop.core.journal import Channel, JournalTurn, Speaker, TurnLabel
from desktop.core.persona import PersonaDetails
from desktop.services.paths import AppPaths
from desktop.vault.export import ExportSelection, collect, to_markdown
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring
from tests.support.windows import WindowFactory

NOW = datetime(2026, 5, 3, 19, 0, tzinfo=UTC)
HELPLINE = "Samaritans: 116 123"


def _call(journal: Journal, persona: int) -> int:
    session = journal.start_session(persona, "Mum", Channel.WINDOW, NOW, mood_before=2)
    journal.add_turn(
        session, JournalTurn(NOW, Speaker.PERSON, "I don't want to be here", TurnLabel.TYPED)
    )
    journal.add_turn(
        session,
        JournalTurn(
            NOW,
            Speaker.KEEPSAKE,
            f"The portrait has stopped.\n{HELPLINE}",
            TurnLabel.PAUSE_IMMINENT,
        ),
    )
    journal.add_turn(
        session, JournalTurn(NOW, Speaker.PERSON, "I'm safe now, go on", TurnLabel.PAUSE_ANSWER)
    )
    for i in range(40):  # a long talk, so the hit is below the first screen
        journal.add_turn(
            session, JournalTurn(NOW, Speaker.PORTRAIT, f"Line {i} of the talk.", TurnLabel.AI)
        )
    journal.add_turn(
        session, JournalTurn(NOW, Speaker.PERSON, "We walked to the lighthouse.", TurnLabel.TYPED)
    )
    journal.end_session(
        session,
        NOW + timedelta(minutes=6),
        mood_after=4,
        mood_words="lighter",
        note="Glad I told her about the garden.",
    )
    return session


def test_the_reader_labels_every_part_of_a_call_and_opens_a_hit_highlighted(
    qtbot: QtBot, home: AppPaths, keyring_backend: MemoryKeyring, make_window: WindowFactory
) -> None:
    window = make_window(keyring_backend)
    window.start()
    assert window.vault is not None
    store, journal = PersonaStore(window.vault), Journal(window.vault)
    mum = store.create(PersonaDetails(name="Margaret Lin", called="Mum"), NOW)
    _call(journal, mum.id)
    window.resize(1100, 700)
    window.show()
    window.journal.open_journal()
    view = window.journal_view
    assert not view.delete_button.isEnabled()
    assert "Choose" in view.delete_button.toolTip()
    assert not view.delete_all.isEnabled()
    view.items.setCurrentRow(0)
    assert view.delete_button.isEnabled()
    text = view.reader.toPlainText()
    assert "Keepsake (paused for your safety):" in text and HELPLINE in text
    assert "You, on the pause screen: I'm safe now, go on" in text
    assert "Before the call you felt: 2 · low" in text
    assert "Your note after the call" in text
    assert "After the call you felt: 4 · all right" in text and "In your words: lighter" in text
    assert text.index("Your note after the call") > text.index("lighthouse")
    assert view.reader.verticalScrollBar().value() == 0

    view.search.setText("lighthouse")
    assert view.items.count() == 1 and not view.delete_button.isEnabled()
    view.items.setCurrentRow(0)
    assert "<span class='hit'>lighthouse</span>" in view._page
    assert view.reader.verticalScrollBar().value() > 0  # scrolled to the hit
    window.close()


def test_the_export_carries_the_same_records(
    home: AppPaths, keyring_backend: MemoryKeyring, make_window: WindowFactory
) -> None:
    window = make_window(keyring_backend)
    window.start()
    assert window.vault is not None
    store, journal = PersonaStore(window.vault), Journal(window.vault)
    mum = store.create(PersonaDetails(name="Margaret Lin", called="Mum"), NOW)
    _call(journal, mum.id)
    selection = ExportSelection()
    text = to_markdown(collect(journal, store, selection, NOW), selection)
    assert "**Keepsake (paused for your safety):** The portrait has stopped." in text
    assert HELPLINE in text
    assert "_Before the call you felt: 2 · low_" in text
    assert "**Your note after the call**" in text and "> Glad I told her" in text
    assert "1 conversation, 6 min in all." in text
    window.close()
