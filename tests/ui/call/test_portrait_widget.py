"""The portrait widget (render thread, AI badge) and the rig editor, with real widgets."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from skimage import data

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.face import analyse
from desktop.avatar.rig import Rig
from desktop.avatar.rig_edit import Handle, handle_points, move_handle
from desktop.core.events import PhonemeTiming, SpeakingStarted
from desktop.ui.call.portrait_widget import PortraitWidget
from desktop.ui.persona.rig_editor import RigEditor


@pytest.fixture(scope="module")
def photo_and_rig() -> tuple[np.ndarray, Rig]:
    photo = data.astronaut()
    return photo, analyse(photo)[1]


def test_portrait_renders_off_the_gui_thread_and_shows_the_ai_badge(
    qtbot: QtBot, photo_and_rig: tuple[np.ndarray, Rig]
) -> None:
    photo, rig = photo_and_rig
    driver = AvatarDriver()
    driver.update(SpeakingStarted("Ah", 0, 22050, 22050, (PhonemeTiming("ɑ", 0.0, 1.0),)))
    widget = PortraitWidget(photo, rig, driver, position_at=lambda _now: 11025.0)
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    widget.start()
    qtbot.waitUntil(lambda: widget.frames_rendered >= 3, timeout=5000)
    image = widget.grab().toImage()
    widget.stop()
    assert widget._thread is None
    badge = widget.badge_rect
    inside = image.pixelColor(int(badge.left()) + 4, int(badge.center().y()))
    assert inside.lightness() < 100  # the dark badge is painted over the photo
    centre = image.pixelColor(200, 120)
    assert centre != QColor(0, 0, 0)


@pytest.mark.parametrize("mesh", [True, False], ids=["face mesh", "cascade rig"])
def test_rig_points_move_by_hand_and_stay_inside_the_photo(
    photo_and_rig: tuple[np.ndarray, Rig], mesh: bool
) -> None:
    _photo, rig = photo_and_rig
    rig = rig if mesh else replace(rig, landmarks=())
    moved = move_handle(rig, Handle.MOUTH_LEFT, (190.0, 150.0))
    assert moved.mouth.left == (190.0, 150.0) and moved.manual
    clamped = move_handle(rig, Handle.CHIN, (-50.0, 9999.0))
    assert clamped.chin == (0.0, 511.0)
    above = move_handle(rig, Handle.LOWER_LIP, (rig.mouth.center[0], 0.0))
    assert above.mouth.lower_lip[1] > above.mouth.upper_lip[1]
    if mesh:  # the mesh around the corner came along, the far side of the face did not
        before, after = np.array(rig.landmarks), np.array(moved.landmarks)
        shift = np.hypot(*(after - before)[:, :2].T)
        assert shift[78] > 0.5 * shift[61] and shift[291] < 0.05 * shift[61]


def test_dragging_a_handle_in_the_editor(
    qtbot: QtBot, photo_and_rig: tuple[np.ndarray, Rig]
) -> None:
    photo, rig = photo_and_rig
    editor = RigEditor(photo, rig)
    qtbot.addWidget(editor)
    editor.resize(512, 512)
    editor.show()
    start = editor.to_widget(handle_points(rig)[Handle.CHIN]).toPoint()
    with qtbot.waitSignal(editor.rig_changed) as signal:
        qtbot.mousePress(editor, Qt.MouseButton.LeftButton, pos=start)
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        move = QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(start.x(), start.y() + 20),
            QPointF(start.x(), start.y() + 20),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(editor, move)
        qtbot.mouseRelease(editor, Qt.MouseButton.LeftButton, pos=start)
    new_rig: Rig = signal.args[0]
    assert new_rig.chin[1] > rig.chin[1] + 10 and new_rig.manual
