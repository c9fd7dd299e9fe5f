"""A window to look at a portrait: the animated portrait beside its editable rig."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.photo import Image
from desktop.avatar.rig import Rig
from desktop.ui.call.portrait_widget import PortraitWidget
from desktop.ui.i18n import tr
from desktop.ui.persona.rig_editor import RigEditor


class PortraitPreview(QWidget):
    def __init__(self, photo: Image, rig: Rig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keepsake — portrait preview"))
        self.portrait = PortraitWidget(photo, rig, AvatarDriver())
        self.editor = RigEditor(photo, rig)
        self.editor.rig_changed.connect(self.portrait.set_rig)
        layout = QHBoxLayout(self)
        for widget, caption in (
            (self.portrait, tr("How the portrait moves")),
            (self.editor, tr("Drag a point to correct it")),
        ):
            column = QVBoxLayout()
            label = QLabel(caption)
            label.setObjectName("muted")
            column.addWidget(widget, 1)
            column.addWidget(label)
            layout.addLayout(column, 1)
        self.resize(1000, 540)

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.portrait.stop()
