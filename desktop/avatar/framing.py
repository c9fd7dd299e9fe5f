"""Framing the portrait: head and shoulders, the eyes about a third from the top.

Whatever the photo's framing (a close-up, or a wide photo with flags and a suit), the call
shows the same: a square about 2.3 face heights tall, centred on the face, the eyes a third
of the way down. Where that square reaches past the photo's edge, the photo's edge is
extended softly rather than letting the face drift off its place.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop.avatar.photo import Image
from desktop.avatar.rig import Rig

HEAD_AND_SHOULDERS = 2.3  # the square's side, in face heights (brow to chin)
EYES_FROM_TOP = 0.36  # about a third: room for the hair or a hat above


@dataclass(frozen=True, slots=True)
class Crop:
    x: float  # photo pixels; may be negative or past the edge (the edge is extended)
    y: float
    side: float


def portrait_crop(rig: Rig) -> Crop:
    fx, _fy, fw, fh = rig.face
    eyes_y = (rig.left_eye.center[1] + rig.right_eye.center[1]) / 2
    eyes_x = (rig.left_eye.center[0] + rig.right_eye.center[0]) / 2
    face_h = max(rig.chin[1] - eyes_y, 1.0) * 1.45  # brow to chin, from eyes to chin
    side = max(face_h, fh, fw * 1.1) * HEAD_AND_SHOULDERS
    width, height = rig.image_size
    side = min(side, max(width, height) * 1.0)
    x = (eyes_x + (fx + fw / 2)) / 2 - side / 2
    y = eyes_y - side * EYES_FROM_TOP
    # Keep inside the photo where it can be done without moving the eyes off their third.
    if side <= width:
        x = min(max(x, 0.0), width - side)
    if side <= height and y + side > height:
        y = max(height - side, min(y, eyes_y - side * 0.25))
    return Crop(x, y, side)


def crop_photo(photo: Image, crop: Crop, size: int) -> Image:
    """The crop resized to `size`, the photo's edges extended softly where it runs past."""
    import cv2

    scale = size / crop.side
    m = np.array([[scale, 0, -crop.x * scale], [0, scale, -crop.y * scale]], np.float64)
    inter = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    out = cv2.warpAffine(photo, m, (size, size), flags=inter, borderMode=cv2.BORDER_REPLICATE)
    h, w = photo.shape[:2]
    inside = cv2.warpAffine(
        np.ones((h, w), np.uint8), m, (size, size), flags=cv2.INTER_NEAREST, borderValue=0
    )
    if inside.all():
        return np.ascontiguousarray(out)
    soft = cv2.GaussianBlur(out, (0, 0), size * 0.02)
    weight = cv2.GaussianBlur(inside.astype(np.float32), (0, 0), size * 0.01)[..., None]
    mixed = out * weight + soft * (1 - weight)
    return np.ascontiguousarray(mixed.round().astype(np.uint8))
