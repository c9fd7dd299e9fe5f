"""Closed lips over a smile: the lips' own colour where a smile's thin lips are stretched.

A smiling photo's lips are thin and their inner edges pale (wet, lit against the teeth);
when the warp brings them together they would read as a pale band of skin. Here, as they
close, each lip takes the photo's own lip colour (its lower lip's, the fuller one; the upper
lip a little darker, as it faces down) while keeping its texture, and the line where they
meet gets the soft shadow of closed lips, darker in the corners. Pure numpy/OpenCV.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.photo import Image

Floats = npt.NDArray[np.float32]
UPPER_SHADE = 0.86  # the upper lip's lightness against the lower lip's (it faces down)


@dataclass(frozen=True, slots=True)
class LipTone:
    """The photo's lip colour in Lab (OpenCV's float ranges: L 0..100, a and b about 0)."""

    lab: Floats  # (3,) the lower lip's most coloured half
    rgb: Floats  # (3,) the same colour in RGB 0..255


def _lab(rgb: Floats) -> Floats:
    import cv2

    out: Floats = cv2.cvtColor(
        (rgb.reshape(-1, 1, 3) / 255.0).astype(np.float32), cv2.COLOR_RGB2LAB
    ).reshape(rgb.shape)
    return out


def _poly_mask(shape: tuple[int, int], poly: Floats, blur: int) -> Floats:
    import cv2

    mask = np.zeros(shape, np.float32)
    cv2.fillPoly(mask, [np.round(poly * 4).astype(np.int32)], 1.0, cv2.LINE_AA, 2)
    if blur > 1:
        mask = cv2.GaussianBlur(mask, (blur | 1, blur | 1), 0)
    return mask


def lip_polygons(points: Floats) -> tuple[Floats, Floats]:
    """(upper, lower) lip outlines: the outer line and back along the inner one."""
    p = points[:, :2]
    upper = np.vstack([p[list(topo.OUTER_UPPER)], p[list(topo.INNER_UPPER)][::-1]])
    lower = np.vstack([p[list(topo.OUTER_LOWER)], p[list(topo.INNER_LOWER)][::-1]])
    return upper.astype(np.float32), lower.astype(np.float32)


def lip_tone(image: Image, points: Floats) -> LipTone:
    """The lower lip's colour in the photo (the upper lip of a smile is too thin to trust)."""
    _upper, lower = lip_polygons(points)
    mask = _poly_mask(image.shape[:2], lower, 0) > 0.5
    px = image[mask].astype(np.float32)
    if len(px) < 8:
        rgb = np.array([170, 105, 100], np.float32)
    else:
        lab = _lab(px)
        chroma = np.hypot(lab[:, 1], lab[:, 2])
        rgb = np.median(px[chroma >= np.median(chroma)], axis=0).astype(np.float32)
    return LipTone(_lab(rgb), rgb)


def close_lips(
    patch: Image, dest: Floats, origin: Floats, tone: LipTone, strength: float, iod: float
) -> None:
    """Give the lips in `patch` (whose corner is `origin` in the frame) their colour and the
    line where they meet, with `strength` 0..1 (1: fully closed). `dest` is the frame's
    vertex positions."""
    import cv2

    if strength < 0.02:
        return
    upper, lower = lip_polygons(dest - origin)
    both = np.vstack([upper, lower])
    pad = int(iod * 0.05) + 2
    x0, y0 = (max(0, int(v) - pad) for v in both.min(axis=0))
    x1 = min(patch.shape[1], int(both[:, 0].max()) + pad)
    y1 = min(patch.shape[0], int(both[:, 1].max()) + pad)
    if x1 <= x0 or y1 <= y0:
        return
    offset = np.array([x0, y0], np.float32)
    shape = (y1 - y0, x1 - x0)
    soft = max(3, round(iod * 0.025))
    m_up = _poly_mask(shape, upper - offset, soft)
    m_lo = _poly_mask(shape, lower - offset, soft)
    region = patch[y0:y1, x0:x1].astype(np.float32) / 255.0
    lab = cv2.cvtColor(region, cv2.COLOR_RGB2LAB)
    out = lab.copy()
    for mask, shade, pull in ((m_up, UPPER_SHADE, 1.0), (m_lo, 1.0, 0.9)):
        w = mask > 0.5
        if not w.any():
            continue
        mean = lab[w].mean(axis=0)
        target = tone.lab * np.array([shade, 1.0, 1.0], np.float32)
        recoloured = np.empty_like(lab)
        recoloured[..., 0] = target[0] + (lab[..., 0] - mean[0]) * 0.8
        recoloured[..., 1:] = target[1:] + (lab[..., 1:] - mean[1:]) * 0.5
        a = (mask * pull)[..., None]
        out = out * (1 - a) + recoloured * a
    # Where they meet: a soft dark line, a shadow on the lower lip under it, darker corners.
    seam = np.zeros(shape, np.float32)
    line = np.round((dest[list(topo.INNER_UPPER)] - origin - offset) * 4).astype(np.int32)
    width = max(1, round(iod * 0.014))
    cv2.polylines(seam, [line], False, 1.0, width, cv2.LINE_AA, shift=2)
    shadow = np.zeros(shape, np.float32)
    cv2.polylines(shadow, [line], False, 1.0, max(2, round(iod * 0.04)), cv2.LINE_AA, shift=2)
    shadow = cv2.GaussianBlur(shadow, (soft * 2 + 1, soft * 2 + 1), 0) * m_lo
    seam = cv2.GaussianBlur(seam, (3, 3), 0)
    for c in (topo.INNER_LEFT, topo.INNER_RIGHT):
        x, y = dest[c] - origin - offset
        r = max(2.0, iod * 0.02)
        cv2.circle(seam, (round(x * 4), round(y * 4)), round(r * 4), 0.7, -1, cv2.LINE_AA, 2)
    seam = cv2.GaussianBlur(seam, (soft | 1, soft | 1), 0)
    out[..., 0] *= 1 - 0.5 * np.clip(seam, 0, 1) - 0.22 * shadow
    mixed = lab * (1 - strength) + out * strength
    rgb = cv2.cvtColor(mixed.astype(np.float32), cv2.COLOR_LAB2RGB)
    patch[y0:y1, x0:x1] = (rgb * 255).clip(0, 255).astype(np.uint8)
