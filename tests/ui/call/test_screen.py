"""A call in the real window: typing, a reply labelled "said in life", End call, the journal,
and the crisis screen's trusted person read from the vault."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from skimage import data

from desktop.core.journal import Ending, Speaker, TurnLabel
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.ui.call.screen import CallScreen
from desktop.ui.main_window.window import MainWindow
from desktop.vault.trusted_person import TrustedPerson, TrustedPersonStore
from tests.support.paths import DATA

pytestmark = pytest.mark.slow


def test_a_typed_call_with_captions_labels_and_a_journal(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.call.mood import MoodDialog

    moods = iter([2, 4])

    def answer(dialog: MoodDialog) -> QDialog.DialogCode:
        dialog.group.button(next(moods)).setChecked(True)
        dialog.words.setText("tired" if not dialog.note.isVisibleTo(dialog) else "lighter")
        dialog.note.setPlainText("She asked if I had eaten.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoodDialog, "exec", answer)
    from desktop.ui.settings.audio_check import AudioCheckDialog

    checked: list[AudioCheckDialog] = []

    def look(dialog: AudioCheckDialog) -> QDialog.DialogCode:
        checked.append(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AudioCheckDialog, "exec", look)
    window.resize(1100, 720)
    window.show()
    store = window.session.personas()
    photo = tmp_path / "mum.png"
    PILImage.fromarray(data.astronaut()).save(photo)
    consent = ConsentRecord("Lily", "daughter", Agreement.YES)
    request = PersonaRequest(
        PersonaDetails(name="Margaret Lin", called="Mum"),
        photos=(photo,),
        chat=DATA / "whatsapp_android.txt",
        chat_sender="Mum",
        consent=consent,
    )
    persona_id, _ = build_persona(store, request, None, window.services.clock.now())
    assert window.vault is not None
    TrustedPersonStore(window.vault).set(TrustedPerson("Anna", "07700 900123"))
    window.open_persona(persona_id)
    before = set(threading.enumerate())
    window.persona_page.talk_button.click()
    call = window.call
    assert isinstance(call, CallScreen) and window.stack.currentWidget() is call
    assert "typing" in call.notice.text()  # no sound card here
    assert call.crisis.trusted_label.text() == "Call Anna: 07700 900123"  # read from the vault
    assert len(checked) == 1 and "type instead of speaking" in checked[0].notice.text()
    assert not checked[0].test_sound.isEnabled()
    assert window.settings.audio_checked  # asked before the first call only
    qtbot.waitUntil(lambda: call.state.text() != "Getting ready…", timeout=60000)
    assert call.state.text() == "Your turn: type when you are ready"  # no mic: not "Listening"
    qtbot.keyClicks(call.text, "I haven't eaten yet today.")
    qtbot.keyClick(call.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(call.transcript) >= 2, timeout=60000)
    assert call.transcript[0] == ("You", "I haven't eaten yet today.")
    assert call.transcript[1] == ("Mum (said in life)", "Have you eaten yet?")
    window.grab().save(str(tmp_path / "call.png"))
    qtbot.keyClick(call, Qt.Key.Key_Escape)
    assert window.call is None and window.stack.currentWidget() is window.persona_page
    journal = window.session.journal()
    [session] = journal.sessions()
    assert session.ending is Ending.ENDED
    assert (session.mood_before, session.mood_after) == (2, 4)
    assert session.note == "She asked if I had eaten."
    assert session.mood_words == "before: tired · after: lighter"
    turns = journal.session(session.id).turns
    assert [(t.speaker, t.label) for t in turns] == [
        (Speaker.PERSON, TurnLabel.TYPED),
        (Speaker.PORTRAIT, TurnLabel.SAID_IN_LIFE),
    ]
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert left == [], left
    window.close()


def test_no_call_without_consent(monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.ui.call.mood import MoodDialog

    monkeypatch.setattr(MoodDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    persona = window.session.personas().create(
        PersonaDetails(name="Dad"), window.services.clock.now()
    )
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    window.open_call(persona.id)
    assert window.call is None and "please record who made this portrait" in told[0]
    window.close()


def test_the_check_in_can_be_skipped_and_switched_off(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.call.mood import MoodDialog

    asked: list[bool] = []

    def skip_for_good(dialog: MoodDialog) -> QDialog.DialogCode:
        asked.append(True)
        dialog.stop_asking.setChecked(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(MoodDialog, "exec", skip_for_good)
    assert window.calls.check_in(after=False) == (None, "")
    assert window.calls.check_in(after=True) == (None, "")  # not asked again
    assert asked == [True]
    assert window.services.settings_store.load().settings.mood_check_in is False
    window.close()
