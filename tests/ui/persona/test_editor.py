"""The guided persona editor and the persona page, with real widgets and a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image as PILImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from skimage import data

from desktop.core.persona import Agreement, FamilyConsent, SayingKind
from desktop.services.paths import AppPaths
from desktop.ui.main_window.window import MainWindow
from tests.support.paths import DATA


def _fill(editor, photo: Path, chat: Path) -> None:
    editor.name.setText("Margaret Lin")
    editor.called.setText("Mum")
    editor.relationship.setText("mother")
    editor.photos.add_paths([photo])
    editor.sayings.setPlainText("Have you eaten yet?\nDon't forget your umbrella.")
    editor.memories.setPlainText("She sang while cooking.")
    editor.set_chat(chat)
    editor.chat_sender.setCurrentText("Mum")


def test_the_editor_walks_through_and_creates_a_portrait_with_consent(
    qtbot: QtBot, home: AppPaths, tmp_path: Path, window: MainWindow
) -> None:
    window.show()
    photo = tmp_path / "mum.png"
    PILImage.fromarray(data.astronaut()).save(photo)
    editor = window.personas.make_persona_editor()
    qtbot.addWidget(editor)
    _fill(editor, photo, DATA / "whatsapp_android.txt")
    assert not editor.create_button.isEnabled()  # consent first
    editor.steps.setCurrentRow(4)
    editor.creator.setText("Lily")
    editor.creator_relationship.setText("daughter")
    editor.agreed[Agreement.YES].setChecked(True)
    editor.family.add_member(FamilyConsent("Tom", "brother", "he agreed", Agreement.YES))
    editor.family.add_member(FamilyConsent("Ann", "sister", "not yet", Agreement.NO))
    assert editor.create_button.isEnabled()
    editor.grab().save(str(tmp_path / "editor.png"))
    editor.start_create()
    assert window.vault is not None
    store = window.session.personas()
    [summary] = store.list_summaries()
    record = store.consent(summary.id)
    assert (
        record is not None
        and record.family[0].name == "Tom"
        and record.family[0].response == "he agreed"
        and record.objections == (FamilyConsent("Ann", "sister", "not yet", Agreement.NO),)
    )
    texts = {s.text for s in store.sayings(summary.id, SayingKind.SAYING)}
    assert {"Have you eaten yet?", "Don't forget your umbrella."} <= texts
    assert [c.persona.display_name for c in window.home.cards] == ["Mum"]
    assert window.stack.currentWidget() is window.persona_page  # opened after creating
    page = window.persona_page
    assert "What was left out" in page.notice.text()  # the import log behind a link
    assert "line " not in page.notice.text() and page.notice.left_out
    assert "agreed to this" in window.persona_page.consent.text()
    assert window.persona_page.words.count() >= 4
    window.close()


def test_a_malformed_chat_is_explained_and_a_broken_photo_adds_nothing(
    qtbot: QtBot, tmp_path: Path, window: MainWindow
) -> None:
    editor = window.personas.make_persona_editor()
    qtbot.addWidget(editor)
    editor.set_chat(DATA / "not_a_chat.txt")
    assert "no chat messages were recognised" in editor.chat_note.text()
    assert editor.chat_path.text() == "" and editor.chat_sender.count() == 0
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8 not really a jpeg")
    editor.name.setText("Dad")
    editor.photos.add_paths([broken])
    editor.creator.setText("Lily")
    editor.creator_relationship.setText("daughter")
    editor.start_create()
    assert "Nothing was added" in editor.status.text() and "broken.jpg" in editor.status.text()
    assert window.vault is not None and window.session.personas().list_summaries() == []
    window.close()


def test_deleting_from_the_persona_page_says_what_is_lost(
    home: AppPaths, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    store = window.session.personas()
    summary = store.add("Grandad", "", window.services.clock.now())
    store.add_typed(
        summary.id, SayingKind.SAYING, "Keep your chin up.", "Lily", window.services.clock.now()
    )
    window.refresh_wall()
    window.open_persona(summary.id)
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.persona_page.confirm_delete()
    assert "1 saying or memory" in asked[0] and "cannot be undone" in asked[0]
    assert store.list_summaries() == []
    assert window.stack.currentWidget() is window.home and window.home.cards == []
    window.close()


@pytest.mark.slow
def test_page_edits_details_chooses_the_portrait_and_previews_the_voice(
    tmp_path: Path, window: MainWindow
) -> None:
    from desktop.core.persona import PersonaDetails
    from desktop.services.persona_builder import PersonaRequest, build_persona

    store = window.session.personas()
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    PILImage.fromarray(data.coffee()).save(first)  # no face
    PILImage.fromarray(data.astronaut()).save(second)
    request = PersonaRequest(PersonaDetails(name="Margaret Lin"), photos=(first, second))
    persona_id, _ = build_persona(store, request, None, window.services.clock.now())
    assert store.get(persona_id).rig_json and '"face"' in (store.get(persona_id).rig_json or "")
    window.open_persona(persona_id)
    page = window.persona_page
    assert page.gallery.count() == 2
    page.gallery.setCurrentRow(1)
    page.use_selected_as_portrait()
    assert store.get(persona_id).portrait_media_id == store.media(persona_id)[1].id
    store.update_details(
        persona_id, PersonaDetails(name="Margaret Lin", called="Mum", personality="Kind.")
    )
    page.show_persona(store, persona_id)
    assert page.title.text() == "Mum" and "Kind." in page.details.text()
    window.personas.preview_voice(persona_id)  # no sound card here: a calm message, nothing breaks
    told = window.status_label.text()
    assert "Sound isn't available" in told or "speaker could not be used" in told
    assert "(" not in told and "-1" not in told  # PortAudio's own words stay in the log
    window.close()


def test_consent_can_be_recorded_later_and_a_face_picked_in_a_group_photo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    import json

    import numpy as np
    from PySide6.QtWidgets import QDialog, QInputDialog

    from desktop.core.persona import PersonaDetails
    from desktop.services.persona_builder import PersonaRequest, build_persona
    from desktop.ui.persona.forms import ConsentDialog

    store = window.session.personas()
    pair = tmp_path / "pair.png"
    PILImage.fromarray(np.concatenate([data.astronaut(), data.astronaut()[:, ::-1]], axis=1)).save(
        pair
    )
    persona_id, _ = build_persona(
        store,
        PersonaRequest(PersonaDetails(name="Mum"), photos=(pair,)),
        None,
        window.services.clock.now(),
    )
    window.open_persona(persona_id)
    page = window.persona_page
    assert "Consent has not been recorded" in page.consent.text()

    def fill_and_save(dialog: ConsentDialog) -> QDialog.DialogCode:
        dialog.form.creator.setText("Lily")
        dialog.form.creator_relationship.setText("daughter")
        dialog.form.agreed[Agreement.NO].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConsentDialog, "exec", fill_and_save)
    page.edit_consent()
    record = store.consent(persona_id)
    assert record is not None and record.agreed_in_life is Agreement.NO
    assert "did not agree" in page.consent.text()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("Face 2 from the left", True))
    page.gallery.setCurrentRow(0)
    page.use_selected_as_portrait()
    rig = json.loads(store.get(persona_id).rig_json or "{}")
    assert rig["face"][0] > 512  # the face on the right half was chosen
    window.close()


def test_the_voice_base_is_chosen_on_the_form_and_a_new_choice_starts_from_that_voice(
    qtbot: QtBot,
) -> None:
    from dataclasses import replace

    from desktop.core.persona import PersonaDetails, with_voice_shape
    from desktop.core.voice import VoiceBase, VoiceShape
    from desktop.ui.persona.forms import AboutForm

    form = AboutForm()
    qtbot.addWidget(form)
    fitted = with_voice_shape(
        PersonaDetails(name="Rose", relationship="mother"), VoiceShape(6.0, 1.2, 1.15, 0.95)
    )
    form.set_details(fitted)
    assert form.voice_base.currentData() == ""  # from who they were: a woman's
    kept = form.details()
    assert kept.has_custom_voice and kept.voice_shape == fitted.voice_shape
    assert kept.chosen_voice_base is VoiceBase.WOMAN
    form.voice_base.setCurrentIndex(form.voice_base.findData(VoiceBase.MAN.value))
    chosen = form.details()
    assert chosen.chosen_voice_base is VoiceBase.MAN and not chosen.has_custom_voice
    assert replace(chosen, voice_base="") == PersonaDetails(name="Rose", relationship="mother")
