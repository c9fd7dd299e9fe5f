"""A photo chosen for a new portrait, checked before it is stored: a small picture of it and
whether a face was found (the same face finding the import uses).

Worker thread. The file's size is checked before it is read, the photo is decoded once (bounded
by `decode_photo`), the face is looked for on that decode, and only a thumbnail of at most
`side` pixels comes back, so a list of photos never holds a full-size image.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop.avatar.face import analyse_photo, load_mesh_model
from desktop.avatar.landmarks import MeshModel
from desktop.avatar.photo import MAX_FILE_BYTES, Image, decode_photo
from desktop.core.errors import NoFaceFoundError, PhotoError, PhotoTooLargeError
from desktop.services.thumbnails import thumbnail_of

THUMBNAIL_SIDE = 112


class FaceFinding(StrEnum):
    FOUND = "found"
    NO_FACE = "no-face"  # placed by hand later, from a first guess
    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class PhotoCheck:
    path: Path
    finding: FaceFinding
    thumbnail: Image | None = None  # RGB, at most THUMBNAIL_SIDE on its long side


def check_photo(path: Path, mesh: MeshModel | None, side: int = THUMBNAIL_SIDE) -> PhotoCheck:
    """The photo's thumbnail and whether it has a face. Never raises for a bad file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return PhotoCheck(path, FaceFinding.TOO_LARGE)
        image = decode_photo(path.read_bytes(), path)
    except PhotoTooLargeError:
        return PhotoCheck(path, FaceFinding.TOO_LARGE)
    except (OSError, PhotoError):
        return PhotoCheck(path, FaceFinding.UNREADABLE)
    thumbnail = thumbnail_of(image, side)
    try:
        analyse_photo(image, mesh)
    except NoFaceFoundError:
        return PhotoCheck(path, FaceFinding.NO_FACE, thumbnail)
    return PhotoCheck(path, FaceFinding.FOUND, thumbnail)


class PhotoChecker:
    """Checks photos one after another (never two at once): the face model loads once, on the
    worker thread that checks the first photo."""

    def __init__(self) -> None:
        self._mesh: MeshModel | None = None
        self._loaded = False

    def check(self, path: Path, side: int = THUMBNAIL_SIDE) -> PhotoCheck:
        if not self._loaded:
            self._mesh, self._loaded = load_mesh_model(), True
        return check_photo(path, self._mesh, side)
