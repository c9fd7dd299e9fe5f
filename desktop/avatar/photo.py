"""Reading a photo for a portrait: EXIF rotation, transparency, greyscale, huge images."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import numpy.typing as npt

from desktop.core.errors import PhotoUnreadableError

Image = npt.NDArray[np.uint8]
MAX_SIDE = 2048
MAX_PIXELS = 200_000_000  # decoded whole, more than this would take gigabytes
MAX_JPEG_PIXELS = 1_500_000_000  # JPEGs are decoded already reduced (up to 8 times)
BACKGROUND = (236, 231, 224)  # the app's warm neutral, behind transparent areas


def decode_photo(data: bytes, path: Path | None = None, max_side: int = MAX_SIDE) -> Image:
    """Bytes of a JPEG/PNG/WebP/... as an RGB uint8 image, upright and at most `max_side`."""
    import cv2

    if not data:
        raise PhotoUnreadableError(path, "the file is empty")
    buffer = np.frombuffer(data, dtype=np.uint8)
    size = header_size(data)
    reduce = jpeg_reduction(data, max_side)
    if size is not None:
        limit = MAX_JPEG_PIXELS if reduce > 1 else MAX_PIXELS
        if size[0] * size[1] > limit:
            raise PhotoUnreadableError(path, "the image is too large")
    if reduce > 1:  # a huge JPEG: decoded at a half, a quarter or an eighth of its size
        flag = {2: cv2.IMREAD_REDUCED_COLOR_2, 4: cv2.IMREAD_REDUCED_COLOR_4}.get(
            reduce, cv2.IMREAD_REDUCED_COLOR_8
        )
        small = cv2.imdecode(buffer, flag)
        if small is None:
            raise PhotoUnreadableError(path, "not an image, or the image is damaged")
        return _fit(cv2.cvtColor(small, cv2.COLOR_BGR2RGB), path, max_side)
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
    return _fit(rgb, path, max_side)


def _fit(rgb: Image, path: Path | None, max_side: int) -> Image:
    import cv2

    height, width = rgb.shape[:2]
    if min(height, width) < 64:
        raise PhotoUnreadableError(path, "the image is too small")
    scale = max_side / max(height, width)
    if scale < 1:
        rgb = cv2.resize(
            rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA
        )
    return np.ascontiguousarray(rgb)


def header_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG or JPEG header, without decoding; None for other kinds."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] != b"\xff\xd8":
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int.from_bytes(data[i + 7 : i + 9], "big"), int.from_bytes(
                data[i + 5 : i + 7], "big"
            )
        i += 2 + length
    return None


def jpeg_reduction(data: bytes, max_side: int) -> int:
    """1, 2, 4 or 8: how much smaller a JPEG can be decoded and still be `max_side` or more."""
    size = header_size(data)
    if size is None or data[:2] != b"\xff\xd8":
        return 1
    factor = 1
    while factor < 8 and max(size) / (factor * 2) >= max_side:
        factor *= 2
    return factor


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
