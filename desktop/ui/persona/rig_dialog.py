"""Placing or correcting the face points: the labelled, zoomable photo beside the portrait
speaking a sentence with the points as they are now."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.avatar.photo import Image
from desktop.avatar.preview_speech import looping_preview
from desktop.avatar.rig import Rig
from desktop.ui.call.portrait_widget import PortraitWidget
from desktop.ui.i18n import tr
from desktop.ui.persona.rig_editor import RigEditor


class RigDialog(QDialog):
    """Place the eyes, mouth and chin by hand, and see the portrait speak as they are."""

    def __init__(
        self, photo: Image, rig: Rig, parent: QWidget | None = None, message: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Adjust the face points"))
        self.resize(1060, 640)
        self.editor = RigEditor(photo, rig)
        driver, position_at = looping_preview()
        self.preview = PortraitWidget(photo, rig, driver, position_at=position_at)
        self.editor.rig_changed.connect(self.preview.set_rig)
        note = QLabel(message or tr("Drag a point to correct it; the portrait follows."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        zoom = QHBoxLayout()
        for text, action in (
            (tr("Zoom in"), lambda: self.editor.set_zoom(self.editor.zoom * 1.5)),
            (tr("Zoom out"), lambda: self.editor.set_zoom(self.editor.zoom / 1.5)),
            (tr("Face"), self.editor.zoom_to_face),
            (tr("Whole photo"), lambda: self.editor.set_zoom(1.0)),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            zoom.addWidget(button)
        zoom.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.editor, 1)
        left.addLayout(zoom)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        caption = QLabel(tr("How the portrait will speak"))
        caption.setObjectName("muted")
        right.addWidget(caption)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.preview.stop())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if rig_has_face(self.editor.rig):
            self.editor.zoom_to_face()
        self.preview.start()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.preview.stop()
        super().closeEvent(event)


def rig_has_face(rig: Rig) -> bool:
    """Whether the rig came from a face that was found (not a first guess to place by hand)."""
    return rig.confidence > 0.0
