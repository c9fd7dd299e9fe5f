"""Small square pictures of a portrait photo, centred on the face: decoded reduced, once.

Worker thread. The photo is decoded at a few times the thumbnail's size (JPEG decodes straight
at 1/2, 1/4 or 1/8), so a wall of portraits never decodes a full-size photo.
"""

from __future__ import annotations

import json

import numpy as np

from desktop.avatar.photo import Image, decode_photo
from desktop.core.errors import PhotoError

_DECODE_FACTOR = 4  # decode at this many times the thumbnail's side, then crop and scale
_FACE_MARGIN = 1.6  # the square around the face, as a multiple of its larger side


def face_square(data: bytes, rig_json: str | None, size: int) -> Image | None:
    """An RGB square, `size` pixels a side, of the photo centred on the face when its rig says
    where the face is (else on the middle); None when the photo cannot be read."""
    import cv2

    try:
        image = decode_photo(data, max_side=max(64, size * _DECODE_FACTOR))
    except PhotoError:
        return None
    height, width = image.shape[:2]
    if rig_json:
        rig = json.loads(rig_json)
        x, y, w, h = rig["face"]
        scale = width / float(rig["image_size"][0])
        side = max(w, h) * _FACE_MARGIN * scale
        cx, cy = (x + w / 2) * scale, (y + h / 2) * scale
    else:
        side = min(width, height)
        cx, cy = width / 2, height / 2
    side = max(1.0, min(side, float(max(width, height))))
    left, top = round(cx - side / 2), round(cy - side / 2)
    square = np.full((round(side), round(side), 3), 0, dtype=np.uint8)
    src = image[max(0, top) : max(0, top + round(side)), max(0, left) : max(0, left + round(side))]
    square[
        max(0, -top) : max(0, -top) + src.shape[0], max(0, -left) : max(0, -left) + src.shape[1]
    ] = src
    small: Image = cv2.resize(square, (size, size), interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(small)


def photo_thumbnail(data: bytes, side: int) -> Image | None:
    """The whole photo fitted in a `side` square, decoded reduced; None when it cannot be
    read. Worker thread."""
    try:
        image = decode_photo(data, max_side=max(64, side * _DECODE_FACTOR))
    except PhotoError:
        return None
    return thumbnail_of(image, side)


def thumbnail_of(image: Image, side: int) -> Image:
    """The whole photo made to fit a `side` square (never enlarged)."""
    import cv2

    height, width = image.shape[:2]
    scale = min(1.0, side / max(height, width))
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    small = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(small)
