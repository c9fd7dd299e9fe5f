"""Reading a photo for a portrait: EXIF rotation, transparency, greyscale, huge images.

The header is read first (Pillow, without decoding pixels): a photo over MAX_MEGAPIXELS, or a
file over MAX_FILE_BYTES, is refused before any decoding, and the rest is decoded straight to
about the size it will be used at (JPEG's DCT scaling; others are scaled down at once), decoded
once, so the memory one photo takes stays under about 300 MB.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.core.errors import PhotoTooLargeError, PhotoUnreadableError

Image = npt.NDArray[np.uint8]
MAX_SIDE = 2048
MAX_MEGAPIXELS = 60.0
MAX_FILE_BYTES = 100 * 1024 * 1024
MEMORY_BUDGET_BYTES = 300 * 1024 * 1024  # the file's bytes and one full-size decode
STORE_AS_IS_SIDE = 4096  # larger photos are kept in the vault at MAX_SIDE (re-encoded)
BACKGROUND = (236, 231, 224)  # the app's warm neutral, behind transparent areas


@dataclass(frozen=True, slots=True)
class PhotoHeader:
    format: str  # "JPEG", "PNG", ...
    width: int
    height: int
    alpha: bool
    bytes_per_channel: int

    @property
    def megapixels(self) -> float:
        return self.width * self.height / 1e6


def read_header(data: bytes, path: Path | None = None) -> PhotoHeader:
    """Size and kind of the image in `data`, from its header only. Raises PhotoError."""
    if not data:
        raise PhotoUnreadableError(path, "the file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise PhotoTooLargeError(path, None, MAX_MEGAPIXELS)
    from PIL import Image as PilImage

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's own "decompression bomb" warning
            with PilImage.open(io.BytesIO(data)) as image:
                width, height = image.size
                mode, kind = image.mode, image.format or ""
                alpha = "A" in image.getbands() or "transparency" in image.info
    except PilImage.DecompressionBombError:
        raise PhotoTooLargeError(path, None, MAX_MEGAPIXELS) from None
    except Exception as exc:  # Pillow raises several kinds for a file that is not an image
        raise PhotoUnreadableError(path, "not an image, or the image is damaged") from exc
    deep = mode in ("I;16", "I;16B", "I;16L", "I", "F") or mode.endswith(";16")
    header = PhotoHeader(kind, int(width), int(height), alpha, 2 if deep else 1)
    if header.width <= 0 or header.height <= 0:
        raise PhotoUnreadableError(path, "not an image, or the image is damaged")
    if header.megapixels > MAX_MEGAPIXELS:
        raise PhotoTooLargeError(path, header.megapixels, MAX_MEGAPIXELS)
    return header


def _reduction(header: PhotoHeader, max_side: int) -> int:
    """The largest of 1, 2, 4, 8 that still leaves at least `max_side` on the long side."""
    longest = max(header.width, header.height)
    factor = 1
    while factor < 8 and longest // (factor * 2) >= max_side:
        factor *= 2
    return factor


def decode_photo(data: bytes, path: Path | None = None, max_side: int = MAX_SIDE) -> Image:
    """Bytes of a JPEG/PNG/WebP/... as an RGB uint8 image, upright and at most `max_side`."""
    import cv2

    header = read_header(data, path)
    buffer = np.frombuffer(data, dtype=np.uint8)
    pixels = header.width * header.height
    keep_alpha = (  # else decoded without alpha: 3 channels of 8 bits
        header.alpha and len(data) + pixels * 4 * header.bytes_per_channel <= MEMORY_BUDGET_BYTES
    )
    if keep_alpha:  # IMREAD_UNCHANGED keeps alpha but ignores EXIF orientation (PNG, WebP)
        raw = cv2.imdecode(buffer, cv2.IMREAD_UNCHANGED)
    else:  # applies EXIF orientation; JPEG decodes straight at 1/2, 1/4 or 1/8 of its size
        flags = {
            1: cv2.IMREAD_COLOR,
            2: cv2.IMREAD_REDUCED_COLOR_2,
            4: cv2.IMREAD_REDUCED_COLOR_4,
            8: cv2.IMREAD_REDUCED_COLOR_8,
        }
        raw = cv2.imdecode(buffer, flags[_reduction(header, max_side)])
    if raw is None:
        raise PhotoUnreadableError(path, "not an image, or the image is damaged")
    raw = _shrink(raw, max_side)
    if raw.dtype != np.uint8:
        raw = cv2.convertScaleAbs(raw, alpha=255.0 / max(float(raw.max()), 1.0))
    if raw.ndim == 2:
        rgb = cv2.cvtColor(raw, cv2.COLOR_GRAY2RGB)
    elif raw.shape[2] == 4:
        rgb = _flatten_alpha(raw)
    else:
        rgb = cv2.cvtColor(raw[:, :, :3], cv2.COLOR_BGR2RGB)
    height, width = rgb.shape[:2]
    if min(height, width) < 64:
        raise PhotoUnreadableError(path, "the image is too small")
    return np.ascontiguousarray(rgb)


def _shrink(image: npt.NDArray[Any], max_side: int) -> npt.NDArray[Any]:
    import cv2

    height, width = image.shape[:2]
    scale = max_side / max(height, width)
    if scale >= 1:
        return image
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    shrunk: npt.NDArray[Any] = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    return shrunk


def _flatten_alpha(bgra: npt.NDArray[np.uint8]) -> Image:
    import cv2

    alpha = bgra[:, :, 3:4].astype(np.float32) / 255.0
    rgb: npt.NDArray[np.float32] = cv2.cvtColor(bgra[:, :, :3], cv2.COLOR_BGR2RGB).astype(
        np.float32
    )
    background = np.array(BACKGROUND, dtype=np.float32)
    return (rgb * alpha + background * (1 - alpha)).round().astype(np.uint8)


def encode_jpeg(image: Image, quality: int = 93) -> bytes:
    """An RGB image as JPEG bytes (a very large photo is kept in the vault this way)."""
    import cv2

    ok, encoded = cv2.imencode(
        ".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    if not ok:
        raise PhotoUnreadableError(None, "the photo could not be encoded")
    return bytes(encoded.tobytes())


def load_photo(path: Path, max_side: int = MAX_SIDE) -> Image:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PhotoTooLargeError(path, None, MAX_MEGAPIXELS)
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoUnreadableError(path, "the file could not be read") from exc
    return decode_photo(data, path, max_side)
