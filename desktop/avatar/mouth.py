"""The inside of the mouth: reading the photo's lips and teeth, painting the gap that opens.

A smiling photo's own teeth are kept (the mesh carries them: the upper row with the skull,
the lower with the jaw); only the gap between them is painted, as a shaded cavity with a
hint of tongue, never darker than the lips' own shadow. For a closed mouth the teeth and the
tongue are painted too, tinted from the photo (the whites of the eyes, the lips).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.photo import Image

Floats = npt.NDArray[np.float32]
CAVITY = 0.42  # the cavity's brightness against the lips'
TONGUE = 0.62
IVORY = np.array([232, 224, 206], np.float32)


@dataclass(frozen=True, slots=True)
class MouthLook:
    teeth_visible: bool
    parting: Floats  # (9,) per inner column, where the upper teeth end (0 upper lip .. 1 lower)
    lips: Floats  # (3,) RGB
    teeth: Floats  # (3,) RGB, for painted teeth
    lash: Floats  # (3,) RGB, for the lash line of a closing lid
    vermilion: Floats  # (3,) RGB, the lips' own red (their most coloured part)

    @property
    def lips_luma(self) -> float:
        return luma(self.lips)


def luma(rgb: Floats) -> float:
    return float(rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114)


def _mask(shape: tuple[int, int], *polygons: Floats) -> npt.NDArray[np.bool_]:
    import cv2

    mask = np.zeros(shape, np.uint8)
    for k, poly in enumerate(polygons):
        cv2.fillPoly(mask, [np.round(poly * 4).astype(np.int32)], 1 if k == 0 else 0, shift=2)
    return mask.astype(bool)


def analyse_mouth(image: Image, points: Floats, iod: float) -> MouthLook:
    """What the photo's mouth looks like: teeth showing or not, and its colours."""
    shape = image.shape[:2]
    pts = points[:, :2]
    inner, outer = pts[list(topo.INNER_LIPS)], pts[list(topo.OUTER_LIPS)]
    lips_px = image[_mask(shape, outer, inner)].astype(np.float32)
    hole_px = image[_mask(shape, inner)].astype(np.float32)
    lips = np.median(lips_px, axis=0) if len(lips_px) else np.array([160, 100, 100], np.float32)
    vermilion = lips
    if len(lips_px) >= 8:
        sat = (lips_px.max(axis=1) - lips_px.min(axis=1)) / np.maximum(lips_px.max(axis=1), 1)
        vermilion = np.median(lips_px[sat >= np.percentile(sat, 70)], axis=0)
    gap = float(np.hypot(*(pts[topo.LOWER_LIP_INNER] - pts[topo.UPPER_LIP_INNER]))) / iod
    teeth_visible = False
    bright_luma = luma(lips)
    if gap >= 0.06 and len(hole_px) >= 12:
        # The lips are apart: what shows between them is teeth when it is about as bright as
        # the lips (a dark opening is the inside of a mouth, repainted like a closed one).
        lum = hole_px @ np.array([0.299, 0.587, 0.114], np.float32)
        teeth_visible = float(np.median(lum)) > 0.7 * luma(lips)
        bright_luma = float(np.percentile(lum, 90))
    parting = (
        _parting(image, pts, (bright_luma + luma(lips)) / 2)
        if teeth_visible
        else np.full(9, 0.5, np.float32)
    )
    whites = _eye_whites(image, pts)
    # Teeth a little brighter than the lips, ivory with a trace of the photo's own whites.
    bright = min(max(1.4 * luma(lips), 170.0), 232.0)  # teeth read brighter than the skin
    # Ivory warmed by the photo's own light (its lips, its whites of the eyes).
    warm = lips * (luma(IVORY) / max(luma(lips), 1.0))
    tint = 0.75 * IVORY + 0.15 * warm + 0.1 * whites * (luma(IVORY) / max(luma(whites), 1.0))
    teeth = np.clip(tint * (bright / luma(tint)), 0, 255).astype(np.float32)
    if teeth_visible:  # the photo's own teeth give the colour of the ones it hides
        lum = hole_px @ np.array([0.299, 0.587, 0.114], np.float32)
        teeth = np.median(hole_px[lum >= np.percentile(lum, 60)], axis=0).astype(np.float32)
    lash = _darkest(image, pts)
    return MouthLook(
        teeth_visible, parting, lips.astype(np.float32), teeth, lash, vermilion.astype(np.float32)
    )


def _parting(image: Image, pts: Floats, threshold: float) -> Floats:
    """Per inner column, where the upper teeth's bright band ends (or the gap below them)."""
    import cv2

    grey = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    samples = 24
    out = np.ones(9, np.float32)
    t = np.linspace(0, 1, samples, dtype=np.float32)
    for i, (a, b) in enumerate(zip(topo.INNER_UPPER[1:-1], topo.INNER_LOWER[1:-1], strict=True)):
        line = pts[a] + (pts[b] - pts[a]) * t[:, None]
        profile = cv2.remap(
            grey, line[:, 0:1].copy(), line[:, 1:2].copy(), cv2.INTER_LINEAR
        ).ravel()
        bright = profile > threshold
        if not bright.any():
            out[i] = np.nan
            continue
        start = int(np.argmax(bright))
        end = start + int(np.argmin(bright[start:])) if not bright[start:].all() else samples
        again = np.flatnonzero(bright[end:])
        if len(again):  # a second bright band: lower teeth; part at the darkest row between
            stop = end + int(again[0])
            end = end + int(np.argmin(profile[end:stop])) if stop > end else end
        out[i] = end / (samples - 1)
    found = out[~np.isnan(out)]
    out[np.isnan(out)] = float(np.median(found)) if len(found) else 0.5
    smoothed = np.array([np.median(out[max(0, i - 1) : i + 2]) for i in range(9)], np.float32)
    result: Floats = np.clip(smoothed, 0.15, 1.0).astype(np.float32)
    return result


def _eye_whites(image: Image, pts: Floats) -> Floats:
    shape = image.shape[:2]
    found = []
    for outline, iris in ((topo.LEFT_EYE, topo.IRIS_LEFT), (topo.RIGHT_EYE, topo.IRIS_RIGHT)):
        px = image[_mask(shape, pts[list(outline)])].astype(np.float32)
        if len(px):
            lum = px @ np.array([0.299, 0.587, 0.114], np.float32)
            found.append(px[lum >= np.percentile(lum, 80)])
        del iris
    if not found or not sum(len(f) for f in found):
        return IVORY * 0.85
    whites = np.concatenate(found).mean(axis=0)
    # The whites of eyes in a photo are greyer than they look; lift them a little.
    result: Floats = np.clip(whites * 1.08, 0, 255).astype(np.float32)
    return result


def _darkest(image: Image, pts: Floats) -> Floats:
    px = image[_mask(image.shape[:2], pts[list(topo.LEFT_EYE)])].astype(np.float32)
    if not len(px):
        return np.array([40, 30, 28], np.float32)
    lum = px @ np.array([0.299, 0.587, 0.114], np.float32)
    result: Floats = px[lum <= np.percentile(lum, 10)].mean(axis=0).astype(np.float32)
    return result


def _redder(rgb: Floats) -> Floats:
    """The lips' colour with its red brought out (the sampled lips include some skin)."""
    grey = luma(rgb)
    result: Floats = np.clip(grey + (rgb - grey) * 1.8, 0, 255).astype(np.float32)
    return result


def _smoothstep(x: Floats) -> Floats:
    x = np.clip(x, 0.0, 1.0)
    return (x * x * (3 - 2 * x)).astype(np.float32)


def paint_mouth(
    patch: Image,
    inside: npt.NDArray[np.bool_],
    top: Floats,
    bottom: Floats,
    look: MouthLook,
    iod: float,
    painted_teeth: bool,
    painted_lower: bool = False,
) -> npt.NDArray[np.bool_]:
    """Paint the opening (`inside`, in `patch`'s pixels) between the `top` and `bottom`
    lines (11 points each, patch coordinates). Returns where the cavity itself shows."""
    import cv2

    rows, cols = np.nonzero(inside)
    if not len(rows):
        return inside
    y0, y1 = int(rows.min()) - 2, int(rows.max()) + 3
    x0, x1 = int(cols.min()) - 2, int(cols.max()) + 3
    y0, x0 = max(y0, 0), max(x0, 0)
    y1, x1 = min(y1, patch.shape[0]), min(x1, patch.shape[1])
    gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    order_t, order_b = np.argsort(top[:, 0]), np.argsort(bottom[:, 0])
    y_top = np.interp(gx[0], top[order_t, 0], top[order_t, 1]).astype(np.float32)[None]
    y_bot = np.interp(gx[0], bottom[order_b, 0], bottom[order_b, 1]).astype(np.float32)[None]
    height = np.maximum(y_bot - y_top, 0.5)
    # How much of each pixel the opening covers, from its two lines (a sliver opening is a
    # faint continuous line, not the dotted edge of thin triangles), within the layer's
    # extent across.
    cover = np.clip(np.minimum(gy + 0.5, y_bot) - np.maximum(gy - 0.5, y_top), 0, 1)
    # Across, the layer's extent column by column, its gaps closed: a sliver's triangles
    # cover only some pixels of a thin opening, and their dilation alone left it dashed.
    columns = np.asarray(inside[y0:y1, x0:x1].any(axis=0), dtype=np.uint8).reshape(1, -1)
    columns = cv2.morphologyEx(columns, cv2.MORPH_CLOSE, np.ones((1, 9), np.uint8))
    extent = cv2.dilate(columns, np.ones((1, 3), np.uint8))
    alpha = np.minimum(cover, extent.astype(np.float32))
    t = np.clip((gy - y_top) / height, 0, 1)
    left, right = float(top[:, 0].min()), float(top[:, 0].max())
    centre, half = (left + right) / 2, max((right - left) / 2, 1.0)
    s = np.clip((gx - centre) / half, -1, 1)
    lips = _redder(look.lips)
    depth = (0.75 + 0.35 * t) * (1 - 0.3 * s * s)  # darker under the teeth and in the corners
    colour = lips * CAVITY * depth[..., None]
    # The tongue: a soft rounded shape resting on the lower teeth, seen once the jaw opens.
    opened = _smoothstep((height - 0.03 * iod) / (0.06 * iod))
    tongue_shape = 1 - ((gx - centre) / (half * 0.62)) ** 2 - ((gy - y_bot) / (height * 0.55)) ** 2
    tongue = _smoothstep(tongue_shape * 3) * opened * 0.85
    tongue_colour = lips * TONGUE * (0.9 + 0.1 * t)[..., None]
    colour = colour * (1 - tongue[..., None]) + tongue_colour * tongue[..., None]
    # A narrow opening is the lips' shadow more than a dark mouth: it darkens as it widens.
    narrow = 1 - _smoothstep(height / (0.05 * iod))
    colour = colour * (1 - 0.5 * narrow[..., None]) + lips * 0.6 * 0.5 * narrow[..., None]
    cavity = np.ones(alpha.shape, dtype=bool)
    if painted_teeth or painted_lower:
        colour, cavity = _paint_teeth(
            colour, gx, gy, y_top, y_bot, height, s, centre, half, look, iod,
            painted_teeth,
        )  # fmt: skip
    region = patch[y0:y1, x0:x1].astype(np.float32)
    a = alpha[..., None]
    patch[y0:y1, x0:x1] = (region * (1 - a) + colour * a).clip(0, 255).astype(np.uint8)
    shown = np.zeros_like(inside)
    shown[y0:y1, x0:x1] = cavity & (alpha > 0.95)
    return shown


def _tooth_phase(u: Floats) -> tuple[Floats, Floats]:
    """Across the mouth (`u`: -1 .. 1 of the teeth's half width), which tooth a column
    shows and where in it (phase -1 .. 1): wide central incisors, narrower ones beside."""
    edges = np.array([0.0, 0.3, 0.52, 0.7, 0.84, 0.96, 1.08], np.float32)
    a = np.abs(u)
    k = np.clip(np.searchsorted(edges, a) - 1, 0, len(edges) - 2)
    lo, hi = edges[k], edges[k + 1]
    phase: Floats = ((a - lo) / (hi - lo) * 2 - 1).astype(np.float32)
    return k.astype(np.float32), phase


def _paint_teeth(
    colour: Floats,
    gx: Floats,
    gy: Floats,
    y_top: Floats,
    y_bot: Floats,
    height: Floats,
    s: Floats,
    centre: float,
    half: float,
    look: MouthLook,
    iod: float,
    upper_too: bool,
) -> tuple[Floats, npt.NDArray[np.bool_]]:
    """Teeth for a photo that shows none: the upper row mostly under the upper lip (only
    its biting edge shows until the jaw is well open), the lower row once the lower lip
    has dropped below it; each tooth rounded at its edge, the side teeth receding into the
    mouth's shadow, lit as far as light reaches in. Returns the colour and where the cavity
    still shows."""
    k, phase = _tooth_phase((gx - centre) / (half * 0.92))
    side = np.clip(np.abs(s) / 0.92, 0, 1)
    # The biting edge: each tooth a little rounded at its corners, the side ones shorter.
    rounded = 1 - 0.12 * (np.clip(np.abs(phase) - 0.6, 0, 1) / 0.4) ** 2 * (1 + 0.5 * (k > 0))
    length = (1 - 0.28 * side**1.5) * rounded
    upper_h = np.minimum(0.05 * iod, 0.4 * height) * float(upper_too)
    upper_edge = y_top + upper_h * length
    lower_h = np.minimum(0.035 * iod, 0.25 * height) * _smoothstep(
        (height - 0.06 * iod) / (0.06 * iod)
    )
    lower_edge = y_bot - lower_h * (1 - 0.35 * side) * rounded
    upper = _smoothstep(upper_edge - gy + 0.5) * float(upper_too)
    lower = _smoothstep(gy - lower_edge + 0.5)
    # The rows end where the mouth's shadow takes over, before the corners.
    within = 1 - _smoothstep(((np.abs(s) - 0.7) / 0.22).astype(np.float32))
    upper, lower = upper * within, lower * within
    # Shading: the gaps between teeth, the side teeth turned away, the lip's shadow at the
    # top, light on the biting edge, and the little light that reaches a mouth barely open.
    seam = 1 - 0.12 * np.exp(-(((1 - np.abs(phase)) * half * 0.15) ** 2) / 0.6)
    turn = 1 - 0.45 * side**1.4
    down = np.clip((gy - y_top) / np.maximum(upper_h, 1), 0, 1)
    lit = 0.6 + 0.4 * _smoothstep(height / (0.1 * iod))
    warm = 0.85 * look.teeth + 0.15 * _redder(look.lips) * (
        luma(look.teeth) / max(look.lips_luma, 1)
    )
    up_shade = lit * turn * seam * (0.78 + 0.22 * np.sqrt(down)) * (1 - 0.1 * down**6)
    lo_shade = 0.8 * lit * turn * seam
    teeth_up = warm * up_shade[..., None]
    teeth_lo = warm * lo_shade[..., None]
    colour = (colour * (1 - upper[..., None]) + teeth_up * upper[..., None]).astype(np.float32)
    colour = (colour * (1 - lower[..., None]) + teeth_lo * lower[..., None]).astype(np.float32)
    cavity: npt.NDArray[np.bool_] = (upper < 0.1) & (lower < 0.1)
    return colour.astype(np.float32), cavity
