"""What can be wrong with a photo for a portrait, measured on the photo and its face mesh."""

from __future__ import annotations

import math
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from desktop.avatar.photo import Image
from desktop.avatar.topology import (
    IRIS_LEFT,
    IRIS_RIGHT,
    LEFT_CHEEK_EDGE,
    NOSE_TIP,
    RIGHT_CHEEK_EDGE,
)

MIN_FACE_PX = 64  # a face narrower than this cannot make a portrait worth looking at
MAX_YAW_DEG = 40.0  # turned further than this, half the face is hidden
MIN_SHARPNESS = 40.0  # Laplacian variance with the eyes 64 px apart; sharp photos score 100+
DARK_LUMA = 60.0  # median brightness (0..255) under which a photo counts as very dark


class FaceProblem(StrEnum):
    """A reason a photo cannot be rigged by itself (the points are then placed by hand)."""

    NO_FACE = "no-face"
    PROFILE = "profile"
    TOO_SMALL = "too-small"


class PhotoNote(StrEnum):
    """Something worth telling about a photo that was rigged all the same."""

    SEVERAL_FACES = "several-faces"
    BLURRED = "blurred"
    MONOCHROME = "monochrome"
    DARK = "dark"
    CASCADES = "cascades"  # the face mesh model was not available: a simpler detector


def is_monochrome(image: Image) -> bool:
    small = image[:: max(1, image.shape[0] // 128), :: max(1, image.shape[1] // 128)]
    spread = small.max(axis=2).astype(np.int16) - small.min(axis=2).astype(np.int16)
    return float(np.percentile(spread, 95)) < 12


def is_dark(image: Image) -> bool:
    small = image[:: max(1, image.shape[0] // 128), :: max(1, image.shape[1] // 128)]
    return float(np.median(small.mean(axis=2))) < DARK_LUMA


def brightened(image: Image) -> Image:
    """A copy for finding faces in a dark scan: local contrast lifted (CLAHE on lightness)."""
    import cv2

    lab = cv2.cvtColor(image, cv2.COLOR_RGB2LAB)
    clahe = cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8))
    lab[:, :, 0] = clahe.apply(lab[:, :, 0])
    out: Image = cv2.cvtColor(lab, cv2.COLOR_LAB2RGB)
    return out


def yaw_degrees(points: npt.NDArray[np.float32]) -> float:
    """How far the face is turned, from where the nose tip sits between the cheeks."""
    left, right = points[LEFT_CHEEK_EDGE, :2], points[RIGHT_CHEEK_EDGE, :2]
    across = right - left
    width = float(np.hypot(*across))
    if width < 1e-3:
        return 90.0
    share = float(np.dot(points[NOSE_TIP, :2] - left, across)) / (width * width)
    return math.degrees(math.asin(max(-1.0, min(1.0, 2 * share - 1))))


def eye_distance(points: npt.NDArray[np.float32]) -> float:
    return float(np.hypot(*(points[IRIS_LEFT[0], :2] - points[IRIS_RIGHT[0], :2])))


def sharpness(image: Image, points: npt.NDArray[np.float32]) -> float:
    """Detail in the middle of the face, at a fixed scale (eyes 64 px apart)."""
    import cv2

    iod = eye_distance(points)
    if iod < 4:
        return 0.0
    scale = 64.0 / iod
    xs, ys = points[:468, 0], points[:468, 1]
    cx, cy = float(xs.mean()), float(ys.mean())
    half = iod * 0.9
    x0, x1 = max(0, int(cx - half)), min(image.shape[1], int(cx + half))
    y0, y1 = max(0, int(cy - half)), min(image.shape[0], int(cy + half))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return 0.0
    grey = cv2.cvtColor(image[y0:y1, x0:x1], cv2.COLOR_RGB2GRAY)
    grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(grey, cv2.CV_32F).var())


def face_problem(points: npt.NDArray[np.float32]) -> FaceProblem | None:
    xs, ys = points[:468, 0], points[:468, 1]
    if max(float(xs.max() - xs.min()), float(ys.max() - ys.min())) < MIN_FACE_PX:
        return FaceProblem.TOO_SMALL
    if abs(yaw_degrees(points)) > MAX_YAW_DEG:
        return FaceProblem.PROFILE
    return None
