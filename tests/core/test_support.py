"""Support resources: the user's country first, an editable list, a broken edit loses nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.support import (
    ANYWHERE,
    EMERGENCY,
    countries,
    crisis_contacts,
    for_country,
    parse_resources,
)
from desktop.services.support_list import shipped_text
from desktop.ui.care.support import SupportDialog


def test_the_users_country_comes_first_then_help_available_anywhere() -> None:
    items = parse_resources(shipped_text())
    ordered = for_country(items, "cn")
    assert [r.codes for r in ordered[:5]] == [("CN",)] * 4 + [(ANYWHERE,)]
    assert ordered[0].number == "010-82951332" and ordered[0].how == "call"
    assert for_country(items, "")[0].codes == (ANYWHERE,)
    assert ("GB", "United Kingdom and Ireland") in countries(items)


def test_the_crisis_screen_puts_the_emergency_number_first() -> None:
    items = parse_resources(shipped_text())
    gb = crisis_contacts(items, "gb")
    assert gb[0].how == EMERGENCY and "999" in gb[0].number
    assert [r.name for r in gb[1:]] == ["Samaritans"]  # their number known: no generic line
    assert crisis_contacts(items, "CN")[0].number == "120"
    everyone = crisis_contacts(items, "")  # no country known: nothing hidden, emergency first
    assert len(everyone) == len(items) and everyone[0].how == EMERGENCY


@pytest.mark.parametrize("text", ["", "{}", '{"resources": []}', '{"resources": [{"name": 1}]}'])
def test_a_malformed_list_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_resources(text)


def test_an_edited_list_is_used_and_a_broken_edit_falls_back_with_a_note(
    qtbot: QtBot, tmp_path: Path
) -> None:
    mine = tmp_path / "support.json"
    mine.write_text(
        '{"resources": [{"codes": ["NZ"], "country": "New Zealand", "name": "Need to talk?",'
        ' "contact": "call or text 1737"}, {"codes": ["*"], "country": "Anywhere",'
        ' "name": "My sister Ann", "contact": "07700 900123"}]}'
    )
    dialog = SupportDialog(None, "NZ", mine)
    qtbot.addWidget(dialog)
    assert "1737" in dialog.text.text() and "My sister Ann" in dialog.text.text()
    assert dialog.text.text().index("1737") < dialog.text.text().index("Ann")
    mine.write_text("{ not json")
    broken = SupportDialog(None, "GB", mine)
    qtbot.addWidget(broken)
    assert "116 123" in broken.text.text() and "could not be read" in broken.text.text()
    assert mine.read_text() == "{ not json"  # the user's file is left as it is
