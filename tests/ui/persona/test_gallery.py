"""The photos on a persona's page: small pictures made on a worker, kept, never full size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image as PILImage
from pytestqt.qtbot import QtBot
from skimage import data

from desktop.core.persona import PersonaDetails
from desktop.services.persona_builder import PersonaRequest, build_persona
from desktop.ui.main_window.window import MainWindow
from desktop.ui.persona.gallery import SIDE, PhotoGallery
from desktop.ui.tasks import BackgroundTasks


def test_the_gallery_answers_at_once_and_the_pictures_follow_from_a_worker(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, pool: BackgroundTasks
) -> None:
    big, cup = tmp_path / "big.png", tmp_path / "cup.png"
    PILImage.fromarray(data.astronaut()).resize((2400, 2400)).save(big)
    PILImage.fromarray(data.coffee()).save(cup)
    store = window.session.personas()
    persona_id, _ = build_persona(
        store,
        PersonaRequest(PersonaDetails(name="Mum"), photos=(big, cup)),
        None,
        window.services.clock.now(),
    )
    gallery = PhotoGallery(pool)  # the real thread pool
    qtbot.addWidget(gallery)
    gallery.show_photos(store, persona_id)
    assert gallery.count() == 2 and not gallery.has_picture(0)  # plain squares first
    assert [gallery.item(i).text() for i in range(2)] == ["portrait", "cup.png"]
    qtbot.waitUntil(lambda: gallery.has_picture(0) and gallery.has_picture(1), timeout=20_000)
    for row in range(2):
        size = gallery.item(row).icon().availableSizes()[0]
        assert max(size.width(), size.height()) <= SIDE
    gallery.show_photos(store, persona_id)  # shown again: kept, nothing decoded
    assert gallery.has_picture(0) and gallery.has_picture(1)


def test_the_persona_page_shows_the_small_pictures(tmp_path: Path, window: MainWindow) -> None:
    photo = tmp_path / "mum.png"
    PILImage.fromarray(data.astronaut()).save(photo)
    store = window.session.personas()
    persona_id, _ = build_persona(
        store,
        PersonaRequest(PersonaDetails(name="Mum"), photos=(photo,)),
        None,
        window.services.clock.now(),
    )
    window.open_persona(persona_id)
    gallery = window.persona_page.gallery
    assert gallery.count() == 1 and gallery.has_picture(0)
    button = window.persona_page.portrait_button
    assert not button.isEnabled() and "Choose one of the photos" in button.toolTip()
    gallery.setCurrentRow(0)
    assert button.isEnabled() and button.toolTip() == ""


def test_adjusting_the_face_points_decodes_the_photo_on_a_worker_and_saves(
    tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.persona.rig_dialog import RigDialog

    photo = tmp_path / "mum.png"
    PILImage.fromarray(data.astronaut()).save(photo)
    store = window.session.personas()
    persona_id, _ = build_persona(
        store,
        PersonaRequest(PersonaDetails(name="Mum"), photos=(photo,)),
        None,
        window.services.clock.now(),
    )
    window.open_persona(persona_id)
    shown: list[tuple[int, int]] = []

    def accept(dialog: RigDialog) -> QDialog.DialogCode:
        shown.append((dialog.editor._image.width(), dialog.editor._image.height()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RigDialog, "exec", accept)
    changed: list[int] = []
    window.persona_page.changed.connect(changed.append)
    window.persona_page.adjust_rig()
    assert shown == [(512, 512)] and changed == [persona_id]
