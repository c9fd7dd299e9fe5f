"""The family's screens are reachable from the real window: the Family menu, the empty wall,
and the persona page's "For the family" menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMenu

from desktop.core.persona import PersonaDetails
from desktop.services.family_recording import start_own_portrait
from desktop.ui.main_window.window import MainWindow


def test_the_family_menu_the_empty_wall_and_the_persona_page_open_the_family_dialogs(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show()
    opened: list[str] = []

    def exec_(self: QDialog) -> int:
        opened.append(type(self).__name__)
        return 0

    monkeypatch.setattr(QDialog, "exec", exec_)
    [family] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Family"]
    assert isinstance(family, QMenu)
    actions = family.actions()
    assert [a.text() for a in actions] == ["Record for my family…", "Add a shared portrait…"]
    for action in actions:
        action.trigger()
    assert window.home.empty_record_button.isVisible()
    window.home.empty_record_button.click()
    window.home.empty_shared_button.click()
    assert opened == [
        "RecordForFamilyDialog",
        "AddSharedDialog",
        "RecordForFamilyDialog",
        "AddSharedDialog",
    ]
    store = window.session.personas()
    now = window.services.clock.now()
    own = start_own_portrait(store, PersonaDetails(name="Margaret Lin", called="Mum"), "Lily", now)
    window.open_persona(own)
    page = window.persona_page
    assert "Recorded by Margaret Lin themselves, for Lily." in page.consent.text()
    assert page.record_action.isVisible() and page.family_button.isVisible()
    opened.clear()
    for action in (page.share_action, page.sealed_action, page.record_action):
        action.trigger()
    assert opened == ["ShareDialog", "SealedMessagesDialog", "RecordForFamilyDialog"]
    other = store.add("Dad", "", now).id
    window.open_persona(other)
    assert not page.record_action.isVisible()  # no interview of theirs to go on with
