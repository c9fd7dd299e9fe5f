"""Reading a photo for a portrait: EXIF rotation, transparency, greyscale, huge images."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from desktop.core.errors import PhotoUnreadableError

Image = npt.NDArray[np.uint8]
MAX_SIDE = 2048
BACKGROUND = (236, 231, 224)  # the app's warm neutral, behind transparent areas


def decode_photo(data: bytes, path: Path | None = None, max_side: int = MAX_SIDE) -> Image:
    """Bytes of a JPEG/PNG/WebP/... as an RGB uint8 image, upright and at most `max_side`."""
    import cv2

    if not data:
        raise PhotoUnreadableError(path, "the file is empty")
    buffer = np.frombuffer(data, dtype=np.uint8)
    # IMREAD_UNCHANGED keeps alpha but ignores EXIF orientation, so decode twice when needed.
    raw = cv2.imdecode(buffer, cv2.IMREAD_UNCHANGED)
    if raw is None:
        raise PhotoUnreadableError(path, "not an image, or the image is damaged")
    if raw.dtype != np.uint8:
        raw = cv2.convertScaleAbs(raw, alpha=255.0 / max(float(raw.max()), 1.0))
    if raw.ndim == 3 and raw.shape[2] == 4:
        rgb = _flatten_alpha(raw)
    else:
        oriented = cv2.imdecode(buffer, cv2.IMREAD_COLOR)  # applies EXIF orientation
        if oriented is None:
            raise PhotoUnreadableError(path, "the image could not be decoded")
        rgb = cv2.cvtColor(oriented, cv2.COLOR_BGR2RGB)
    height, width = rgb.shape[:2]
    if min(height, width) < 64:
        raise PhotoUnreadableError(path, "the image is too small")
    scale = max_side / max(height, width)
    if scale < 1:
        rgb = cv2.resize(
            rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA
        )
    return np.ascontiguousarray(rgb)


def _flatten_alpha(bgra: npt.NDArray[np.uint8]) -> Image:
    import cv2

    alpha = bgra[:, :, 3:4].astype(np.float32) / 255.0
    rgb: npt.NDArray[np.float32] = cv2.cvtColor(bgra[:, :, :3], cv2.COLOR_BGR2RGB).astype(
        np.float32
    )
    background = np.array(BACKGROUND, dtype=np.float32)
    return (rgb * alpha + background * (1 - alpha)).round().astype(np.uint8)


def load_photo(path: Path, max_side: int = MAX_SIDE) -> Image:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoUnreadableError(path, "the file could not be read") from exc
    return decode_photo(data, path, max_side)
