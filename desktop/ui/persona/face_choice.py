"""Choosing the face in a portrait photo: finding it (worker thread), which one when there are
several, and a first guess for placing the points by hand when none was found (GUI thread)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.avatar.face import FaceAnalysis, FoundFace, analyse_photo, rig_for
from desktop.avatar.photo import Image, decode_photo
from desktop.avatar.rig import Rig, rig_from_face_box
from desktop.core.errors import NoFaceFoundError
from desktop.ui.i18n import tr

Found = tuple[Image, FaceAnalysis | NoFaceFoundError]  # the photo, and its face or why none


def find_face(data: bytes) -> Found:
    """Decode a stored photo and look for its face (worker thread, ~0.2 s). Raises PhotoError
    for a photo that cannot be read."""
    photo = decode_photo(data)
    try:
        return photo, analyse_photo(photo)
    except NoFaceFoundError as exc:
        return photo, exc


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
