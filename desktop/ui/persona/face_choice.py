"""Choosing the face in a portrait photo: which one, when there are several, and a first guess
for placing the points by hand when none was found (GUI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.avatar.face import FoundFace, rig_for
from desktop.avatar.photo import Image
from desktop.avatar.rig import Rig, rig_from_face_box
from desktop.ui.i18n import tr


def pick_face(parent: QWidget, photo: Image, faces: list[FoundFace]) -> Rig | None:
    """Several faces: let the user say which one is them (left to right)."""
    ordered = sorted(faces, key=lambda f: f.box[0])
    names = [tr("Face {0} from the left").format(i + 1) for i in range(len(ordered))]
    choice, ok = QInputDialog.getItem(
        parent, tr("Which one is them?"), tr("This photo has several faces:"), names, 0, False
    )
    if not ok:
        return None
    return rig_for(photo, ordered[names.index(choice)])


def first_guess(photo: Image) -> Rig:
    """Where a face usually sits in a portrait: the start for placing the points by hand."""
    h, w = photo.shape[:2]
    side = min(w, h) * 0.4
    return rig_from_face_box((w, h), ((w - side) / 2, (h - side) / 3, side, side), 0.0)
