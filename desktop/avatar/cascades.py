"""The fallback face finder: OpenCV Haar cascades (a face box, eyes, mouth), CPU only.

Used when the face mesh model is missing or damaged, or finds nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from desktop.avatar.photo import Image
from desktop.avatar.rig import Eye, Mouth, Rig, rig_from_face_box

Box = tuple[int, int, int, int]


def _cascade(name: str) -> Any:
    import cv2

    folder: str = cv2.data.haarcascades  # type: ignore[attr-defined]
    return cv2.CascadeClassifier(folder + name)


def _grey(image: Image) -> Any:
    import cv2

    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    return cv2.equalizeHist(grey)


MIN_FACE_WEIGHT = 3.0  # the cascade's confidence: real faces score 3.5-8, look-alikes 0.5-2.5


def _detect(grey: Any, scale: float) -> list[tuple[Box, float]]:
    """Face boxes (in original pixels) with the cascade's confidence weight."""
    import cv2

    min_side = round(max(20, min(grey.shape) * 0.025) * scale)
    if scale != 1.0:
        grey = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_LINEAR)
    boxes, _levels, weights = _cascade("haarcascade_frontalface_default.xml").detectMultiScale3(
        grey, scaleFactor=1.1, minNeighbors=3, minSize=(min_side, min_side), outputRejectLevels=True
    )
    out: list[tuple[Box, float]] = []
    for box, weight in zip(boxes, weights, strict=False):
        x, y, w, h = (round(float(v) / scale) for v in box)
        out.append(((x, y, w, h), float(weight)))
    return out


def cascade_faces(image: Image) -> list[Box]:
    """Frontal faces, the most face-like first (eyes found), then the largest.

    Small photos are enlarged only when nothing is found at their own size, so that small
    faces are found without inviting false ones.
    """
    grey = _grey(image)
    found = _detect(grey, 1.0)
    if not any(w >= MIN_FACE_WEIGHT for _b, w in found) and max(grey.shape) < 1200:
        found += _detect(grey, 2.0)
    kept: list[tuple[Box, bool, float]] = []
    for box, weight in found:
        eyes = _find_eyes(grey, box) is not None
        if (eyes or weight >= MIN_FACE_WEIGHT) and not any(_overlap(box, k[0]) for k in kept):
            kept.append((box, eyes, weight))
    kept.sort(key=lambda k: (k[1], k[2], k[0][2]), reverse=True)
    return [box for box, _eyes, _weight in kept]


def _overlap(a: Box, b: Box) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    dx = min(ax + aw, bx + bw) - max(ax, bx)
    dy = min(ay + ah, by + bh) - max(ay, by)
    return dx > 0 and dy > 0 and dx * dy > 0.4 * min(aw * ah, bw * bh)


def cascade_rig(image: Image, face: Box) -> Rig:
    """A rig for one face: proportions first, then refined by eye and mouth detectors."""
    height, width = image.shape[:2]
    x, y, w, h = face
    rig = rig_from_face_box((width, height), (x, y, w, h), confidence=0.5)
    grey = _grey(image)
    eyes = _find_eyes(grey, face)
    confidence = 0.5
    if eyes is not None:
        left, right = eyes
        rig = replace(rig, left_eye=left, right_eye=right)
        confidence += 0.3
    mouth = _find_mouth(grey, face)
    if mouth is not None:
        rig = replace(rig, mouth=mouth)
        confidence += 0.2
    chin_y = max(rig.mouth.lower_lip[1] + 0.12 * h, y + 0.98 * h)
    return replace(
        rig,
        chin=(rig.mouth.center[0], min(chin_y, height - 1)),
        pivot=(x + w / 2, min(y + 1.25 * h, height - 1)),
        confidence=round(confidence, 2),
    )


def _find_eyes(grey: Any, face: Box) -> tuple[Eye, Eye] | None:
    import cv2

    x, y, w, h = face
    region = grey[y + int(0.15 * h) : y + int(0.58 * h), x : x + w]
    zoom = max(1.0, 120 / max(w, 1))  # small faces: look for eyes in an enlarged copy
    if zoom > 1.0:
        region = cv2.resize(region, None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
    side = max(8, int(w * zoom) // 10)
    found = _cascade("haarcascade_eye.xml").detectMultiScale(
        region, scaleFactor=1.08, minNeighbors=5, minSize=(side, side)
    )
    candidates = [
        (
            float(x + (ex + ew / 2) / zoom),
            float(y + int(0.15 * h) + (ey + eh / 2) / zoom),
            ew / zoom,
        )
        for ex, ey, ew, eh in found
    ]
    best: tuple[Eye, Eye] | None = None
    best_score = 0.0
    for i, a in enumerate(candidates):
        for b in candidates[i + 1 :]:
            left, right = (a, b) if a[0] < b[0] else (b, a)
            gap = right[0] - left[0]
            level = abs(right[1] - left[1])
            if not (0.25 * w < gap < 0.65 * w) or level > 0.12 * h:
                continue
            if not (left[0] < x + w / 2 < right[0]):
                continue
            score = gap - 2 * level
            if score > best_score:
                best_score = score
                best = (
                    Eye((left[0], left[1]), left[2] * 0.75, left[2] * 0.35),
                    Eye((right[0], right[1]), right[2] * 0.75, right[2] * 0.35),
                )
    return best


def _find_mouth(grey: Any, face: Box) -> Mouth | None:
    x, y, w, h = face
    top = y + int(0.62 * h)
    region = grey[top : y + int(1.0 * h), x + int(0.15 * w) : x + int(0.85 * w)]
    found = _cascade("haarcascade_smile.xml").detectMultiScale(
        region, scaleFactor=1.1, minNeighbors=15, minSize=(max(10, w // 5), max(6, h // 12))
    )
    if len(found) == 0:
        return None
    mx, my, mw, mh = (float(v) for v in max(found, key=lambda b: b[2] * b[3]))
    cx = x + int(0.15 * w) + mx + mw / 2
    cy = top + my + mh / 2
    if abs(cx - (x + w / 2)) > 0.15 * w:
        return None
    half = min(mw * 0.42, 0.2 * w)
    parting = _parting_row(grey, cx, cy, half, mh)
    return Mouth(
        (cx - half, parting),
        (cx + half, parting),
        (cx, parting - mh * 0.25),
        (cx, parting + mh * 0.3),
    )


def _parting_row(grey: Any, cx: float, cy: float, half: float, mh: float) -> float:
    """The darkest row across the middle of the mouth: where the lips (or teeth) part."""
    y0, y1 = int(cy - mh * 0.35), int(cy + mh * 0.35) + 1
    x0, x1 = int(cx - half * 0.6), int(cx + half * 0.6) + 1
    band = grey[max(y0, 0) : y1, max(x0, 0) : x1].astype(np.float32)
    if band.size == 0:
        return cy
    profile = np.convolve(band.mean(axis=1), np.ones(3, dtype=np.float32) / 3, mode="same")
    return float(max(y0, 0) + int(np.argmin(profile[1:-1])) + 1)
