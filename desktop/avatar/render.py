"""Rendering a frame of the portrait from the photo, its rig and an AvatarState.

Per frame: the mesh's vertices move (jaw, lips, un-smile, lids, gaze: `targets.py`), the
triangles that moved are warped piecewise-affinely (`warp.py`), the gap that opens in the
mouth is painted (`mouth.py`) and a lash line follows a closing lid; then one `cv2.remap`
applies the head's small motion (a turn and a nod use the face's depth) inside a feathered
mask. Pixels outside the moved triangles and the head stay exactly as in the photo. Pure
numpy/OpenCV; one thread per Renderer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.framing import crop_photo, portrait_crop
from desktop.avatar.life import AvatarState
from desktop.avatar.lips import close_lips, lip_tone
from desktop.avatar.mesh import FaceMesh, Layer, build_mesh
from desktop.avatar.mouth import MouthLook, analyse_mouth, paint_mouth
from desktop.avatar.photo import Image
from desktop.avatar.rig import Rig
from desktop.avatar.targets import Target, build_targets
from desktop.avatar.template import fitted_landmarks
from desktop.avatar.visemes import (
    GAP_RATE_IOD,
    JAW_GAP_RATE_IOD,
    OPENING_RATE,
    MouthPace,
    MouthShape,
)
from desktop.avatar.warp import MeshWarp, Warped

Field = npt.NDArray[np.float32]
COARSE = 4  # the head's motion field is computed every 4 pixels
CORNER_FOLLOW = (0.75, 0.5, 0.25)  # how much of a corner's drop the teeth's edge beside it takes
STILL_MASK = 1e-3  # the head's weight under which a pixel stays as it is (< 1/100 pixel)


@dataclass(frozen=True, slots=True)
class FrameInfo:
    """What a frame was asked to show, for measuring it (see desktop/avatar/measure.py)."""

    gap_iod: float  # the commanded opening between the inner lips, in eye distances
    cavity: npt.NDArray[np.bool_] | None  # where the painted inside of the mouth shows


def _smoothstep(x: Field) -> Field:
    x = np.clip(x, 0.0, 1.0)
    return (x * x * (3 - 2 * x)).astype(np.float32)


def mouth_weights(state: AvatarState) -> npt.NDArray[np.float32]:
    """The targets' strengths for a state (the jaw's opening is capped at 1)."""
    m = state.mouth
    w = np.zeros(len(Target), np.float32)
    w[Target.JAW] = min(1.0, m.open + 0.25 * m.teeth)  # the curve keeps it 0 on pressed lips
    w[Target.PRESS] = m.press
    w[Target.SPREAD] = m.wide * (1 - 0.6 * m.press)  # pressed lips are not spread
    w[Target.ROUND] = m.round
    w[Target.RAISE] = m.teeth
    w[Target.UNSMILE] = max(m.unsmile, 0.8 * m.round, m.press)  # pressed lips draw in
    w[Target.BLINK] = state.blink
    w[Target.GAZE_X] = state.gaze_x
    w[Target.GAZE_Y] = state.gaze_y
    return w


class Renderer:
    """Renders frames of one portrait at one size. Construct once (the mesh is built here)."""

    def __init__(self, photo: Image, rig: Rig, size: int = 512) -> None:
        crop = portrait_crop(rig)
        scale = size / crop.side
        self.size = size
        self.image = crop_photo(photo, crop, size)
        self.rig = rig.mapped(scale, -crop.x, -crop.y)
        points = fitted_landmarks(self.rig)
        self.points = points
        iod = float(np.hypot(*(points[topo.IRIS_LEFT[0], :2] - points[topo.IRIS_RIGHT[0], :2])))
        self.iod = max(iod, 1.0)
        self.look: MouthLook = analyse_mouth(self.image, points, self.iod)
        self._tone = lip_tone(self.image, points)
        self.mesh: FaceMesh = build_mesh(
            points, size, self.look.parting, self.look.teeth_visible and self.rig.has_mesh
        )
        self._targets = build_targets(self.mesh)
        self._warp = MeshWarp(self.mesh, size)
        # The photo with this frame's moved region pasted in; the head's motion reads it.
        self._canvas = self.image.copy()
        self._pasted: tuple[int, int, int, int] | None = None
        grid_y, grid_x = np.mgrid[0:size, 0:size].astype(np.float32)
        self._gx, self._gy = grid_x, grid_y
        self._head_box, self._head_mask, self._depth = self._head_fields()
        self._mouth_pace: MouthPace | None = None

    # --- the head ------------------------------------------------------------------------

    def _head_fields(self) -> tuple[tuple[int, int, int, int], Field, Field]:
        """The feathered region that moves with the head, and the face's depth (IOD units)."""
        r = self.rig
        fx, fy, fw, fh = r.face
        cx, cy = fx + fw / 2, fy + fh * 0.5
        s = self.size
        x0, x1 = max(0, int(cx - fw * 1.3)), min(s, int(cx + fw * 1.3) + 1)
        y0, y1 = max(0, int(fy - fh * 0.7)), min(s, int(fy + fh * 2.3) + 1)
        x1, y1 = x0 + (x1 - x0) // COARSE * COARSE, y0 + (y1 - y0) // COARSE * COARSE
        # The head's field is smooth: computed on a coarse grid (pixel centres), then resized.
        gy, gx = np.mgrid[0 : y1 - y0 : COARSE, 0 : x1 - x0 : COARSE].astype(np.float32)
        gx += x0 + (COARSE - 1) / 2
        gy += y0 + (COARSE - 1) / 2
        e = ((gx - cx) / (fw * 0.95)) ** 2 + ((gy - cy) / (fh * 1.05)) ** 2
        head = 1 - _smoothstep((np.sqrt(e) - 0.75) / 0.5)
        neck = ((np.abs(gx - cx) < fw * 0.45) & (gy > cy)).astype(np.float32)
        fade = 1 - _smoothstep((gy - (fy + fh * 1.35)) / (fh * 0.6))
        mask = np.maximum(head, neck * fade * 0.9).astype(np.float32)
        # Depth: a rounded head with the nose in front (enough for a turn of a few degrees).
        nose = self.points[topo.NOSE_TIP, :2]
        round_head = np.sqrt(np.clip(1 - e, 0, 1)) * 0.8
        bump = 0.3 * np.exp(-(((gx - nose[0]) ** 2 + (gy - nose[1]) ** 2) / (0.2 * self.iod) ** 2))
        depth = (round_head + bump).astype(np.float32) * self.iod
        # Only where the head moves at all (a still border costs a remap for nothing).
        rows = np.flatnonzero(mask.max(axis=1) > STILL_MASK)
        cols = np.flatnonzero(mask.max(axis=0) > STILL_MASK)
        if len(rows) and len(cols):
            r0, r1, c0, c1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
            mask, depth = mask[r0:r1, c0:c1], depth[r0:r1, c0:c1]
            gx, gy = gx[r0:r1, c0:c1], gy[r0:r1, c0:c1]
            y0, y1 = y0 + r0 * COARSE, y0 + r1 * COARSE
            x0, x1 = x0 + c0 * COARSE, x0 + c1 * COARSE
        self._coarse = (np.ascontiguousarray(gx), np.ascontiguousarray(gy))
        box = (int(y0), int(y1), int(x0), int(x1))
        return box, np.ascontiguousarray(mask), np.ascontiguousarray(depth)

    def _head_maps(self, state: AvatarState) -> tuple[Field, Field] | None:
        """Where each pixel of the head region samples from, or None if the head is still."""
        fw = self.rig.face[2]
        tx = state.head_dx * fw
        ty = state.head_dy * fw + state.breath * fw * 0.006
        roll = math.radians(state.head_tilt_deg)
        yaw, pitch = math.radians(state.head_yaw_deg), math.radians(state.head_pitch_deg)
        if max(abs(roll), abs(yaw), abs(pitch)) < 1e-5 and abs(tx) < 1e-3 and abs(ty) < 1e-3:
            return None
        y0, y1, x0, x1 = self._head_box
        gx, gy = self._coarse
        px, py = self.rig.pivot
        # Turn and nod: nearer parts (the nose) move more than the outline.
        dx = tx + math.sin(yaw) * self._depth
        dy = ty + math.sin(pitch) * self._depth
        cos, sin = math.cos(roll), math.sin(roll)
        ux, uy = gx - px - dx, gy - py - dy
        sx = px + cos * ux + sin * uy
        sy = py - sin * ux + cos * uy
        import cv2

        mask = self._head_mask
        shape = (x1 - x0, y1 - y0)
        move_x = cv2.resize(mask * (sx - gx), shape, interpolation=cv2.INTER_LINEAR)
        move_y = cv2.resize(mask * (sy - gy), shape, interpolation=cv2.INTER_LINEAR)
        move_x += self._gx[y0:y1, x0:x1]
        move_y += self._gy[y0:y1, x0:x1]
        return move_x, move_y

    # --- the face ------------------------------------------------------------------------

    def vertices(self, state: AvatarState) -> Field:
        """The mesh's vertex positions for a state (before the head's motion)."""
        w = mouth_weights(state)
        m = self.mesh
        dest: Field = m.rest + np.tensordot(w, self._targets, axes=1)
        down, across = m.frame.down, m.frame.across
        # The teeth rows stay put; where a lip draws back past them, their rim follows it.
        rows = ((m.rim_up, topo.INNER_UPPER, -1.0), (m.rim_lo, topo.INNER_LOWER, 1.0))
        for rim, lips, sign in rows:
            lip = dest[list(lips)]
            offset = lip - dest[rim]
            along = offset @ down
            dest[rim] += across[None] * (offset @ across)[:, None]
            dest[rim] += down[None] * (np.where(along * sign > 0, along, 0.0))[:, None]
        for rim in (m.rim_up, m.rim_lo):  # the opening's corners are the lips' corners
            dest[rim[[0, -1]]] = dest[[topo.INNER_LEFT, topo.INNER_RIGHT]]
        # Where a corner drops (the jaw, rounded lips), the teeth's edge beside it follows a
        # little, so the opening does not end in a hook above the corner.
        part = m.part_up
        for end, step in ((0, 1), (len(part) - 1, -1)):
            drop = max(0.0, float((dest[part[end]] - m.rest[part[end]]) @ down))
            for k, share in enumerate(CORNER_FOLLOW, start=1):
                dest[part[end + step * k]] += down * (drop * share)
        gap = (dest[m.part_lo] - dest[m.part_up]) @ down
        dest[m.part_lo] += down[None] * np.maximum(-gap, 0.0)[:, None]
        return dest

    @property
    def mouth_pace(self) -> MouthPace:
        """How fast (strengths a second) this portrait's jaw and lips may open and close, so
        that the gap it shows changes by at most JAW_GAP_RATE_IOD eye distances a second
        with the jaw (and whatever moves it with the jaw: the pressing lips, the lower lip
        going to the teeth, by their shares of the jaw's gap per strength), GAP_RATE_IOD with
        the pressing lips alone.

        Each movement is held to its own pace, not their average: on a closed-mouth photo
        the lips at rest almost meet, so pressing them moves the gap a fifth as far as the
        jaw does, and half the two together let the jaw open the gap twice too fast. And
        each is measured where it moves the gap fastest (`_gap_slope`): over a smile's teeth
        the lips close the gap by 0.24 IOD a strength until they meet at three quarters of
        their press, not by its 0.18 average over the whole press."""
        if self._mouth_pace is None:
            jaw = self._gap_slope("open")
            lips = self._gap_slope("press")
            teeth = self._gap_slope("teeth")
            self._mouth_pace = MouthPace(
                jaw=min(OPENING_RATE, JAW_GAP_RATE_IOD / jaw),
                lips=min(OPENING_RATE, GAP_RATE_IOD / lips),
                lips_share=lips / jaw,
                teeth_share=teeth / jaw,
            )
        return self._mouth_pace

    def _gap_slope(self, channel: str, steps: int = 10) -> float:
        """The most the gap (IOD) changes per strength of one shape alone, in tenths."""
        gaps = [
            self.gap_iod(self.vertices(AvatarState(mouth=MouthShape(**{channel: k / steps}))))
            for k in range(steps + 1)
        ]
        return max(float(np.abs(np.diff(gaps)).max()) * steps, 1e-3)

    def gap_iod(self, dest: Field) -> float:
        """The opening between the inner lips (0 when they meet or overlap), in IOD."""
        d = dest[topo.LOWER_LIP_INNER] - dest[topo.UPPER_LIP_INNER]
        return max(0.0, float(d @ self.mesh.frame.down) / self.iod)

    def render(self, state: AvatarState) -> Image:
        return self.render_with_info(state)[0]

    def render_with_info(self, state: AvatarState) -> tuple[Image, FrameInfo]:
        import cv2

        dest = self.vertices(state)
        warped = self._warp.warp(dest)
        if self._pasted is not None:  # the last frame's region back to the photo
            y0, y1, x0, x1 = self._pasted
            self._canvas[y0:y1, x0:x1] = self.image[y0:y1, x0:x1]
            self._pasted = None
        cavity = None
        if warped is not None:
            cavity = self._draw_region(warped, dest, state)
        info = FrameInfo(self.gap_iod(dest), cavity)
        head = self._head_maps(state)
        if head is None:
            return self._canvas.copy(), info
        y0, y1, x0, x1 = self._head_box
        frame = self._canvas.copy()
        cv2.remap(
            self._canvas, head[0], head[1], cv2.INTER_LINEAR,
            dst=frame[y0:y1, x0:x1], borderMode=cv2.BORDER_REPLICATE,
        )  # fmt: skip
        return frame, info

    def _draw_region(
        self, warped: Warped, dest: Field, state: AvatarState
    ) -> npt.NDArray[np.bool_]:
        import cv2

        y0, y1, x0, x1 = warped.y0, warped.y1, warped.x0, warped.x1
        patch: Image = cv2.remap(
            self.image, warped.map_x, warped.map_y, cv2.INTER_LINEAR,
            borderMode=cv2.BORDER_REPLICATE,
        )  # fmt: skip
        m = self.mesh
        painted_teeth = not m.teeth_visible
        opening = warped.layer == Layer.GAP
        if painted_teeth:
            opening |= (warped.layer == Layer.UPPER_TEETH) | (warped.layer == Layer.LOWER_TEETH)
        cavity = np.zeros((self.size, self.size), dtype=bool)
        if opening.any():
            origin = np.array([x0, y0], np.float32)
            top = dest[m.rim_up if painted_teeth else m.part_up] - origin
            bottom = dest[m.rim_lo if painted_teeth else m.part_lo] - origin
            lower_hidden = bool(np.median(self.look.parting) > 0.85)  # no lower teeth in photo
            shown = paint_mouth(
                patch, opening, top, bottom, self.look, self.iod, painted_teeth, lower_hidden
            )
            cavity[y0:y1, x0:x1] = shown
        origin = np.array([x0, y0], np.float32)
        if state.blink > 0.25:
            self._lashes(patch, dest, state.blink, origin)
        if m.teeth_visible:
            self._closed_lips(patch, dest, origin)
        self._canvas[y0:y1, x0:x1] = patch
        self._pasted = (y0, y1, x0, x1)
        return cavity

    def _closed_lips(self, patch: Image, dest: Field, origin: Field) -> None:
        """Lips that parted over teeth in the photo, meeting: their own colour, and the soft
        line of closed lips (the photo has none to give: its lips' inner edges were against
        the teeth)."""
        gap = self.gap_iod(dest)
        strength = float(_smoothstep(np.array((0.07 - gap) / 0.06, np.float32)))
        close_lips(patch, dest, origin, self._tone, strength, self.iod)

    def _lashes(self, patch: Image, dest: Field, blink: float, origin: Field) -> None:
        """A soft dark line along each closing lid's edge."""
        import cv2

        strength = float(_smoothstep(np.array((blink - 0.25) / 0.6, np.float32))) * 0.45
        width = max(1, round(self.iod * 0.02))
        overlay = patch.copy()
        colour = tuple(float(c) for c in self.look.lash)
        for lid in (topo.LEFT_EYE_UPPER, topo.RIGHT_EYE_UPPER):
            line = np.round((dest[list(lid)] - origin) * 4).astype(np.int32)
            cv2.polylines(overlay, [line], False, colour, width, cv2.LINE_AA, shift=2)
        cv2.addWeighted(overlay, strength, patch, 1 - strength, 0, dst=patch)
