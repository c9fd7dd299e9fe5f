"""Finding the face in a photo and building its rig: the face mesh first, cascades as fallback.

`analyse()` runs once when a photo is chosen (about 10 ms for the mesh on one core, plus
~100 ms the first time the models load). A face that cannot make a portrait by itself (too
small, turned to the side) raises `FaceUnusableError`, a `NoFaceFoundError`: the caller
offers hand placement. Notes (several faces, blurred, dark, black-and-white, the simpler
detector) travel with the result for the UI to mention.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.avatar.cascades import cascade_faces, cascade_rig
from desktop.avatar.landmarks import FaceLandmarks, MeshModel
from desktop.avatar.mesh_rig import rig_from_points
from desktop.avatar.photo import Image
from desktop.avatar.quality import (
    MIN_SHARPNESS,
    FaceProblem,
    PhotoNote,
    brightened,
    face_problem,
    is_dark,
    is_monochrome,
    sharpness,
)
from desktop.avatar.rig import Rig
from desktop.core.errors import FaceMeshUnavailableError, FaceUnusableError, NoFaceFoundError

Box = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class FoundFace:
    box: Box
    landmarks: FaceLandmarks | None = None  # None: found by the cascades


@dataclass(frozen=True, slots=True)
class FaceAnalysis:
    faces: tuple[FoundFace, ...]  # the largest first
    rig: Rig  # for faces[0]
    notes: tuple[PhotoNote, ...]


def load_mesh_model() -> MeshModel | None:
    """The face mesh model, or None when it is missing or damaged (cascades then)."""
    try:
        return MeshModel()
    except FaceMeshUnavailableError:
        return None


def find_faces(image: Image, mesh: MeshModel | None = None) -> list[FoundFace]:
    """Faces in the photo, the largest first: by the mesh model, else by the cascades."""
    model = mesh or load_mesh_model()
    if model is not None:
        found = model.find(image)
        if not found and is_dark(image):
            found = model.find(brightened(image))
        if found:
            return [FoundFace(f.box, f) for f in found]
    return [FoundFace(box) for box in cascade_faces(image)]


def analyse_photo(image: Image, mesh: MeshModel | None = None) -> FaceAnalysis:
    """The faces, a rig for the largest, and what is worth saying about the photo."""
    model = mesh or load_mesh_model()
    notes: list[PhotoNote] = []
    if model is None:
        notes.append(PhotoNote.CASCADES)
    faces = find_faces(image, model) if model is not None else find_faces_by_cascades(image)
    if not faces:
        raise NoFaceFoundError("no face was found in the photo")
    main = faces[0]
    if main.landmarks is None and PhotoNote.CASCADES not in notes:
        notes.append(PhotoNote.CASCADES)
    if main.landmarks is not None:
        problem = face_problem(main.landmarks.points)
        if problem is not None:
            raise FaceUnusableError(problem.value)
        if sharpness(image, main.landmarks.points) < MIN_SHARPNESS:
            notes.append(PhotoNote.BLURRED)
    if len(faces) > 1:
        notes.append(PhotoNote.SEVERAL_FACES)
    if is_monochrome(image):
        notes.append(PhotoNote.MONOCHROME)
    if is_dark(_face_region(image, main.box)):
        notes.append(PhotoNote.DARK)
    return FaceAnalysis(tuple(faces), rig_for(image, main), tuple(notes))


def _face_region(image: Image, box: Box) -> Image:
    x, y, w, h = box
    region = image[max(0, y) : y + h, max(0, x) : x + w]
    return region if region.size else image


def find_faces_by_cascades(image: Image) -> list[FoundFace]:
    return [FoundFace(box) for box in cascade_faces(image)]


def analyse(image: Image) -> tuple[list[Box], Rig]:
    """The face boxes and the rig of the largest (see `analyse_photo` for the notes)."""
    result = analyse_photo(image)
    return [f.box for f in result.faces], result.rig


def rig_for(image: Image, face: FoundFace) -> Rig:
    """The rig of one found face (the user's choice among several)."""
    height, width = image.shape[:2]
    if face.landmarks is None:
        return cascade_rig(image, face.box)
    return rig_from_landmarks((width, height), face.landmarks)


def rig_from_landmarks(image_size: tuple[int, int], face: FaceLandmarks) -> Rig:
    confidence = min(1.0, face.detection_score * face.presence + 0.1)
    return rig_from_points(image_size, face.points, confidence)


__all__ = [
    "FaceAnalysis",
    "FaceProblem",
    "FoundFace",
    "PhotoNote",
    "analyse",
    "analyse_photo",
    "find_faces",
    "rig_for",
]
