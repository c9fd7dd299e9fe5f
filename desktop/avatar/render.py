"""Rendering a frame of the portrait from the photo, its rig and an AvatarState.

All motion is one `cv2.remap` per frame: precomputed displacement fields (jaw, round, wide,
press, each eyelid, the head) are weighted by the state and added to a base grid, inside
feathered masks, so nothing tears at the warp borders. The open mouth's dark interior and a
hint of teeth are painted into the gap the jaw opens; closed eyelids are the photo's own lid
skin stretched down, with a soft lash line. Pure numpy/OpenCV; one thread per Renderer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.avatar.life import AvatarState
from desktop.avatar.photo import Image
from desktop.avatar.rig import Eye, Rig

Field = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class _Local:
    """A displacement field that is non-zero only inside a rectangle."""

    y0: int
    y1: int
    x0: int
    x1: int
    dx: Field
    dy: Field


def _smoothstep(x: Field) -> Field:
    x = np.clip(x, 0.0, 1.0)
    return (x * x * (3 - 2 * x)).astype(np.float32)


def portrait_crop(rig: Rig) -> tuple[int, int, int]:
    """A square (x, y, side) framing head and shoulders, inside the photo."""
    width, height = rig.image_size
    fx, fy, fw, fh = rig.face
    side = min(width, height, max(fw, fh) * 3.0)
    cx, cy = fx + fw / 2, fy + fh * 0.62
    x = min(max(cx - side / 2, 0), width - side)
    y = min(max(cy - side / 2, 0), height - side)
    return round(x), round(y), round(side)


class Renderer:
    """Renders frames of one portrait at one size. Construct once (fields are precomputed)."""

    def __init__(self, photo: Image, rig: Rig, size: int = 512) -> None:
        import cv2

        x, y, side = portrait_crop(rig)
        crop = photo[y : y + side, x : x + side]
        scale = size / side
        self.image = np.ascontiguousarray(
            cv2.resize(
                crop, (size, size), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
            )
        )
        self.size = size
        self.rig = rig.mapped(scale, -x, -y)
        grid_y, grid_x = np.mgrid[0:size, 0:size].astype(np.float32)
        self._gx, self._gy = grid_x, grid_y
        r = self.rig
        self._face_w = r.face[2]
        self._jaw = self._jaw_field()
        self._round, self._wide, self._press = self._lip_fields()
        self._head_mask = self._head_mask_field()
        self._interior = _mouth_colours(self.image, r)

    # --- fields ------------------------------------------------------------------------

    def _roi(
        self, cx: float, cy: float, half_w: float, top: float, bottom: float
    ) -> tuple[int, int, int, int]:
        s = self.size
        return (
            max(0, int(cy - top)),
            min(s, int(cy + bottom) + 1),
            max(0, int(cx - half_w)),
            min(s, int(cx + half_w) + 1),
        )

    def _jaw_field(self) -> _Local:
        """Unit jaw drop: everything below the lip line moves down 1 px, fading at the edges."""
        r = self.rig
        m = r.mouth
        cx, lip_y = m.center[0], (m.upper_lip[1] + m.lower_lip[1]) / 2
        fw = self._face_w
        chin_y = r.chin[1]
        y0, y1, x0, x1 = self._roi(cx, lip_y, fw * 0.75, fw * 0.35, (chin_y - lip_y) + fw * 0.55)
        gx, gy = self._gx[y0:y1, x0:x1], self._gy[y0:y1, x0:x1]
        half = m.width / 2
        dist = np.abs(gx - cx)
        # Sharp parting between the lips; a soft stretch of the cheeks beside the mouth.
        ramp = 1.5 + np.clip(dist - half * 0.62, 0, None) * 1.2
        above = _smoothstep((gy - (lip_y - ramp)) / ramp)
        below = 1 - _smoothstep((gy - chin_y) / (fw * 0.5))
        across = np.exp(-((dist / (fw * 0.42)) ** 4)).astype(np.float32)
        weight = (above * below * across).astype(np.float32)
        return _Local(y0, y1, x0, x1, np.zeros_like(weight), -weight)

    def _lip_fields(self) -> tuple[_Local, _Local, _Local]:
        r = self.rig
        m = r.mouth
        cx, cy = m.center
        lip_h = max(m.lower_lip[1] - m.upper_lip[1], 4.0)
        y0, y1, x0, x1 = self._roi(cx, cy, m.width * 1.1, lip_h * 2.2, lip_h * 2.2)
        gx, gy = self._gx[y0:y1, x0:x1], self._gy[y0:y1, x0:x1]
        mask = np.exp(
            -(((gx - cx) / (m.width * 0.62)) ** 2) - ((gy - cy) / (lip_h * 1.3)) ** 2
        ).astype(np.float32)
        zeros = np.zeros_like(mask)
        # Round: sample farther out, so the lips look narrower (up to 35 %).
        rnd = _Local(y0, y1, x0, x1, ((gx - cx) * 0.35 * mask).astype(np.float32), zeros)
        # Wide: sample closer in, and lift the corners a little.
        wide = _Local(
            y0,
            y1,
            x0,
            x1,
            (-(gx - cx) * 0.16 * mask).astype(np.float32),
            (mask * lip_h * 0.12).astype(np.float32),
        )
        press = _Local(y0, y1, x0, x1, zeros, ((gy - cy) * 0.25 * mask).astype(np.float32))
        return rnd, wide, press

    def _head_mask_field(self) -> Field:
        r = self.rig
        fx, fy, fw, fh = r.face
        cx, cy = fx + fw / 2, fy + fh * 0.55
        e = ((self._gx - cx) / (fw * 0.95)) ** 2 + ((self._gy - cy) / (fh * 1.05)) ** 2
        head = 1 - _smoothstep((np.sqrt(e) - 0.75) / 0.5)
        neck: Field = ((np.abs(self._gx - cx) < fw * 0.45) & (self._gy > cy)).astype(np.float32)
        fade_down = 1 - _smoothstep((self._gy - (fy + fh * 1.35)) / (fh * 0.6))
        mask: Field = np.maximum(head, neck * fade_down * 0.9).astype(np.float32)
        return mask

    # --- frames ------------------------------------------------------------------------

    def render(self, state: AvatarState) -> Image:
        import cv2

        r = self.rig
        fw = self._face_w
        map_x = self._gx.copy()
        map_y = self._gy.copy()
        # Head: small rotation about the neck and a drift, with breathing, inside the mask.
        theta = math.radians(state.head_tilt_deg)
        px, py = r.pivot
        tx = state.head_dx * fw
        ty = state.head_dy * fw + state.breath * fw * 0.006
        if abs(theta) > 1e-5 or abs(tx) > 1e-3 or abs(ty) > 1e-3:
            cos, sin = math.cos(theta), math.sin(theta)
            ux, uy = self._gx - px - tx, self._gy - py - ty
            sx = px + cos * ux + sin * uy
            sy = py - sin * ux + cos * uy
            map_x += self._head_mask * (sx - self._gx)
            map_y += self._head_mask * (sy - self._gy)
        mouth = state.mouth
        lip_h = max(r.mouth.lower_lip[1] - r.mouth.upper_lip[1], 4.0)
        opening = (mouth.open * 1.0 + mouth.teeth * 0.25) * lip_h * 0.85 * (1 - mouth.press)
        for field, weight in (
            (self._jaw, opening),
            (self._round, mouth.round),
            (self._wide, mouth.wide),
            (self._press, mouth.press),
        ):
            if weight > 1e-3:
                map_x[field.y0 : field.y1, field.x0 : field.x1] += field.dx * weight
                map_y[field.y0 : field.y1, field.x0 : field.x1] += field.dy * weight
        frame: Image = cv2.remap(
            self.image, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
        )
        if opening > 0.6:
            self._paint_interior(frame, map_x, opening, mouth.round, mouth.wide, mouth.teeth)
        if state.blink > 0.02:
            for eye in (r.left_eye, r.right_eye):
                self._paint_lid(frame, eye, state.blink)
        return frame

    def _paint_interior(
        self, frame: Image, map_x: Field, opening: float, rnd: float, wide: float, teeth: float
    ) -> None:
        import cv2

        m = self.rig.mouth
        cx = m.center[0]
        lip_y = (m.upper_lip[1] + m.lower_lip[1]) / 2
        half_w = m.width / 2 * (0.8 - 0.3 * rnd + 0.12 * wide)
        half_h = opening / 2
        cy = lip_y + half_h * 0.9
        pad = 4
        x0, x1 = int(cx - half_w) - pad, int(cx + half_w) + pad + 1
        y0, y1 = int(lip_y - 2) - pad, int(cy + half_h) + pad + 1
        if x0 < 0 or y0 < 0 or x1 > self.size or y1 > self.size:
            return
        h, w = y1 - y0, x1 - x0
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        # A flattened ellipse (superellipse): it fills the corners of the gap the jaw opens.
        nx = np.abs(xx - (cx - x0)) / max(half_w, 1.0)
        ny = np.abs(yy - (cy - y0)) / max(half_h, 1.0)
        alpha = np.clip((1 - (nx**4 + ny**2.5)) * max(half_h, 2.0) * 0.6, 0, 1).astype(np.float32)
        soft = max(1, int(half_h * 0.35)) * 2 + 1
        alpha = cv2.GaussianBlur(alpha, (soft, soft), 0)[:, :, None]
        dark, teeth_colour = self._interior
        radial = np.sqrt(
            ((xx - (cx - x0)) / max(half_w, 1)) ** 2 + ((yy - (cy - y0)) / max(half_h, 1)) ** 2
        )
        interior = dark * (0.75 + 0.55 * np.clip(radial, 0, 1)[:, :, None])
        # A hint of the upper teeth just under the upper lip.
        band = np.clip(1 - (yy[:, :1] - (lip_y - y0)) / max(2.0, half_h * 0.5), 0, 1)
        teeth_alpha = band[:, :, None] * (0.45 + 0.5 * teeth) * min(1.0, opening / 6)
        interior = interior * (1 - teeth_alpha) + teeth_colour * teeth_alpha
        patch = frame[y0:y1, x0:x1].astype(np.float32)
        alpha = alpha * 0.94
        frame[y0:y1, x0:x1] = (patch * (1 - alpha) + interior * alpha).clip(0, 255).astype(np.uint8)

    def _paint_lid(self, frame: Image, eye: Eye, blink: float) -> None:
        """Close the upper lid over the eye, made of the skin just above it, with a lash line."""
        import cv2

        cx, cy = eye.center
        w, h = eye.width * 1.1, eye.height * 1.05
        x0, x1 = int(cx - w / 2), int(cx + w / 2) + 1
        eye_top, eye_bottom = int(cy - h / 2), int(cy + h / 2) + 1
        skin_top = int(eye_top - max(2.0, h * 0.3))
        if x0 < 0 or skin_top < 0 or x1 > self.size or eye_bottom > self.size:
            return
        lid_h = max(1, round((eye_bottom - eye_top) * blink))
        skin = frame[skin_top : eye_top - 1, x0:x1]
        if skin.size == 0:
            return
        lid = cv2.resize(skin, (x1 - x0, lid_h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
        # Curve the lid's lower edge like an eyelid: lower in the middle than at the corners.
        xs = np.linspace(-1, 1, x1 - x0, dtype=np.float32)
        edge = lid_h * (0.55 + 0.45 * np.sqrt(np.clip(1 - xs**2, 0, 1)))
        rows = np.arange(lid_h, dtype=np.float32)[:, None]
        alpha = np.clip(edge[None, :] - rows + 0.5, 0, 1)
        alpha *= np.clip(1 - np.abs(xs) ** 6, 0, 1)[None, :]
        alpha = cv2.GaussianBlur(alpha, (3, 3), 0)[:, :, None]
        region = frame[eye_top : eye_top + lid_h, x0:x1].astype(np.float32)
        mixed = region * (1 - alpha) + lid * alpha
        if blink > 0.5:  # lashes along the closing edge
            lash = np.exp(-(((rows - (edge[None, :] - 1.0)) / 0.9) ** 2))[:, :, None]
            lash *= np.clip(1 - np.abs(xs) ** 2, 0, 1)[None, :, None] * (blink - 0.5) * 1.2
            lash *= alpha
            mixed = mixed * (1 - lash * 0.6) + self._interior[0] * 0.7 * lash * 0.6
        frame[eye_top : eye_top + lid_h, x0:x1] = mixed.clip(0, 255).astype(np.uint8)


def _mouth_colours(image: Image, rig: Rig) -> tuple[Field, Field]:
    """A dark interior tinted by the lips, and a soft teeth colour."""
    m = rig.mouth
    x0, x1 = int(m.left[0]), int(m.right[0])
    y0, y1 = int(m.upper_lip[1]), int(m.lower_lip[1]) + 1
    patch = image[max(y0, 0) : y1, max(x0, 0) : x1].reshape(-1, 3).astype(np.float32)
    lips = np.percentile(patch, 30, axis=0) if len(patch) else np.array([150, 90, 90], np.float32)
    dark = (
        lips * np.array([0.42, 0.3, 0.3], np.float32) + np.array([22, 6, 8], np.float32)
    ).astype(np.float32)
    teeth = np.array([228, 222, 210], np.float32) * 0.88
    return dark.reshape(1, 1, 3), teeth.reshape(1, 1, 3)
