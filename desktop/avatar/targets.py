"""Where each mesh vertex goes for each movement, at full strength (a frame mixes them).

Targets are displacements of the mesh's vertices in pixels, built in the face's own axes
(unit: the distance between the eyes, IOD) and turned into the picture. Lips get explicit
displacements; the skin around them follows, fading with distance. The teeth rows are
rigid: the upper with the skull, the lower with the jaw (see `Rig motion` in render.py for
how the rims of the teeth follow the lips when these draw back).
"""

from __future__ import annotations

from enum import IntEnum

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.mesh import FaceMesh

Floats = npt.NDArray[np.float32]

JAW_DROP_IOD = 0.2  # the chin's drop at a full "ah": the opening is capped here
PRESS_MEET = 0.45  # where pressed lips meet, from the upper inner lip towards the lower
TUCK = 0.03  # how far the lower lip's inner edge goes under the upper lip when pressed


class Target(IntEnum):
    JAW = 0
    PRESS = 1
    SPREAD = 2
    ROUND = 3
    RAISE = 4  # upper lip up, lower lip to the upper teeth (f, v)
    UNSMILE = 5  # mouth corners back to a neutral height: speech shapes from a smiling photo
    BLINK = 6
    GAZE_X = 7
    GAZE_Y = 8


def _smoothstep(x: Floats) -> Floats:
    x = np.clip(x, 0.0, 1.0)
    return (x * x * (3 - 2 * x)).astype(np.float32)


class _Builder:
    def __init__(self, mesh: FaceMesh) -> None:
        self.mesh = mesh
        self.q = mesh.frame.to_face(mesh.rest)  # (N, 2) u, v in IOD
        n = mesh.count
        self.face = np.zeros(n, bool)
        self.face[: topo.MESH_POINTS] = True
        self.face[topo.ALL_POINTS : mesh.first_steiner] = True  # rings and border
        self.lip_ids = np.array(sorted(set(topo.OUTER_LIPS) | set(topo.INNER_LIPS)), np.int32)
        q = self.q
        self.corner_l, self.corner_r = q[topo.MOUTH_LEFT], q[topo.MOUTH_RIGHT]
        self.uc = float((self.corner_l[0] + self.corner_r[0]) / 2)
        self.half_w = max(float(self.corner_r[0] - self.corner_l[0]) / 2, 0.05)
        upper = q[list(topo.INNER_UPPER)]
        order = np.argsort(upper[:, 0])
        self._lip_u, self._lip_v = upper[order, 0], upper[order, 1]
        self.nose_v = float(q[topo.NOSE_BOTTOM, 1])
        # Outside the face only the skin under the chin gives way to the jaw; the outer ring
        # and the frame's border never move, so the rest of the photo stays as it is.
        self.weight_ring = np.ones(n, np.float32)
        ring = self.mesh.ring_inner
        mouth_v = float(q[topo.LOWER_LIP_BOTTOM, 1])
        self.weight_ring[ring] = 0.5 * _smoothstep((q[ring, 1] - mouth_v - 0.15) / 0.3)
        self.weight_ring[self.mesh.ring_outer] = 0.0
        self.weight_ring[self.mesh.border] = 0.0
        # The nose stays still whatever the lips do (the skin beside it may follow them).
        nose = np.exp(-(((q[:, 0] - self.uc) / 0.22) ** 4)) * _smoothstep(
            (self.nose_v + 0.03 - q[:, 1]) / 0.06
        )
        self.weight_ring *= 1 - nose

    def empty(self) -> Floats:
        return np.zeros((self.mesh.count, 2), np.float32)

    def lip_line(self, u: Floats) -> Floats:
        out: Floats = np.interp(u, self._lip_u, self._lip_v).astype(np.float32)
        return out

    def s(self, ids: list[int] | npt.NDArray[np.int32]) -> Floats:
        """Position across the mouth: -1 at the left corner, 1 at the right."""
        out: Floats = np.clip((self.q[ids, 0] - self.uc) / self.half_w, -1, 1).astype(np.float32)
        return out

    def follow(self, d: Floats, drivers: npt.NDArray[np.int32], radius: float) -> None:
        """Skin vertices (not drivers) take a smooth share of the drivers' displacement."""
        others = np.flatnonzero(self.face & ~np.isin(np.arange(self.mesh.count), drivers))
        if not len(others):
            return
        qo, qd = self.q[others], self.q[drivers]
        dist = np.hypot(qo[:, None, 0] - qd[None, :, 0], qo[:, None, 1] - qd[None, :, 1])
        w = np.exp(-((dist / 0.07) ** 2)) + 1e-9
        share = (w @ d[drivers]) / w.sum(axis=1, keepdims=True)
        fade = np.exp(-((dist.min(axis=1) / radius) ** 2))[:, None]
        d[others] = share * fade * self.weight_ring[others, None]

    def teeth_follow_across(self, d: Floats) -> None:
        """Rows of teeth keep the lips' width (their rims follow the lips across)."""
        m = self.mesh
        for rows, lips in ((m.rim_up, topo.INNER_UPPER), (m.rim_lo, topo.INNER_LOWER)):
            d[rows, 0] = d[list(lips), 0]
        for part, rim in ((m.part_up, m.rim_up), (m.part_lo, m.rim_lo)):
            d[part[1:-1], 0] = d[rim[1:-1], 0]

    # --- the movements (u, v displacements in IOD) ----------------------------------------

    def jaw(self) -> Floats:
        q = self.q
        du = q[:, 0] - self.uc
        below = _smoothstep((q[:, 1] - self.lip_line(q[:, 0])) / 0.15)
        across = 0.35 + 0.65 * np.exp(-((du / 0.7) ** 2))
        cheek_span = np.maximum(self.lip_line(q[:, 0]) - self.nose_v, 0.05)
        cheek = (
            0.3
            * np.exp(-((du / 0.8) ** 2))
            * np.clip((q[:, 1] - self.nose_v) / cheek_span, 0, 1) ** 1.5
            * (1 - below)
        )
        w = (below * across + cheek) * self.weight_ring
        w[~self.face] = 0.0
        for ids in (topo.OUTER_UPPER[1:-1], topo.INNER_UPPER[1:-1]):
            w[list(ids)] = 0.42 * self.s(list(ids)) ** 4  # near the corners, with them
        for ids in (topo.OUTER_LOWER[1:-1], topo.INNER_LOWER[1:-1]):
            w[list(ids)] = across[list(ids)] * 0.97
        for c in (topo.MOUTH_LEFT, topo.MOUTH_RIGHT, topo.INNER_LEFT, topo.INNER_RIGHT):
            w[c] = 0.42
        m = self.mesh
        lower_teeth = np.concatenate([m.rim_lo, m.part_lo[1:-1]])
        w[lower_teeth] = across[lower_teeth] * 0.95
        w[lower_teeth[[0, 10]]] = 0.42
        d = self.empty()
        d[:, 1] = w * JAW_DROP_IOD
        d[:, 0] = -0.12 * w * JAW_DROP_IOD * du
        return d

    def press(self) -> Floats:
        q = self.q
        d = self.empty()
        up, lo = list(topo.INNER_UPPER[1:-1]), list(topo.INNER_LOWER[1:-1])
        meet = q[up, 1] + PRESS_MEET * (q[lo, 1] - q[up, 1])
        d[up, 1] = meet - q[up, 1]
        d[lo, 1] = meet - TUCK - q[lo, 1]  # the lower lip's wet inner edge tucks under the upper
        d[list(topo.OUTER_UPPER[1:-1]), 1] = 0.15 * d[up, 1] + 0.008  # the lip grows fuller
        d[list(topo.OUTER_LOWER[1:-1]), 1] = 0.35 * d[lo, 1] - 0.015
        self.follow(d, self.lip_ids, 0.18)
        return d

    def spread(self) -> Floats:
        d = self.empty()
        ids = self.lip_ids
        s = self.s(ids)
        d[ids, 0] = 0.07 * s
        d[ids, 1] = -0.02 * s * s
        self.follow(d, ids, 0.3)
        self.teeth_follow_across(d)
        return d

    def round(self) -> Floats:
        d = self.empty()
        ids = self.lip_ids
        s = self.s(ids)
        d[ids, 0] = -0.13 * s
        bulge = 1 - s[np.isin(ids, topo.OUTER_UPPER)] ** 2
        d[ids[np.isin(ids, topo.OUTER_UPPER)], 1] = -0.025 * bulge
        bulge = 1 - s[np.isin(ids, topo.OUTER_LOWER)] ** 2
        d[ids[np.isin(ids, topo.OUTER_LOWER)], 1] = 0.03 * bulge
        self.follow(d, ids, 0.25)
        self.teeth_follow_across(d)
        return d

    def raise_upper(self) -> Floats:
        q, m = self.q, self.mesh
        d = self.empty()
        for ids in (topo.OUTER_UPPER[1:-1], topo.INNER_UPPER[1:-1]):
            s = self.s(list(ids))
            d[list(ids), 1] = -0.035 * np.sqrt(np.clip(1 - s * s, 0, 1))
        lo = list(topo.INNER_LOWER[1:-1])
        teeth_edge = q[m.part_up[1:-1], 1]
        d[lo, 1] = teeth_edge + 0.005 - q[lo, 1]
        d[list(topo.OUTER_LOWER[1:-1]), 1] = 0.5 * d[lo, 1]
        self.follow(d, self.lip_ids, 0.2)
        return d

    def unsmile(self) -> Floats:
        q = self.q
        centre_v = float((q[topo.UPPER_LIP_INNER, 1] + q[topo.LOWER_LIP_INNER, 1]) / 2)
        corner_v = float((self.corner_l[1] + self.corner_r[1]) / 2)
        drop = max(0.0, centre_v - corner_v)  # how far the corners are lifted by the smile
        inward = 0.05 * min(1.0, drop / 0.1)
        d = self.empty()
        ids = self.lip_ids
        s = self.s(ids)
        d[ids, 1] = drop * s * s
        d[ids, 0] = -inward * s
        self.follow(d, ids, 0.35)
        self.teeth_follow_across(d)
        return d

    def blink(self) -> Floats:
        q = self.q
        d = self.empty()
        for upper, lower, skin, under in (
            (topo.LEFT_EYE_UPPER, topo.LEFT_EYE_LOWER, topo.LEFT_LID_SKIN, topo.LEFT_UNDER_EYE),
            (topo.RIGHT_EYE_UPPER, topo.RIGHT_EYE_LOWER, topo.RIGHT_LID_SKIN, topo.RIGHT_UNDER_EYE),
        ):
            up, lo = list(upper[1:-1]), list(lower[1:-1])
            opening = q[lo, 1] - q[up, 1]
            close = q[lo, 1] - 0.2 * opening
            d[up, 1] = close - q[up, 1]
            d[lo, 1] = close - q[lo, 1]
            d[list(skin[0]), 1] = 0.85 * d[up, 1]  # the lash line slides down, little stretched
            d[list(skin[1]), 1] = 0.4 * d[up, 1]
            d[list(under), 1] = 0.3 * d[lo, 1]
        return d

    def gaze(self, axis: int) -> Floats:
        d = self.empty()
        irises = (topo.IRIS_LEFT, topo.IRIS_RIGHT)
        for eyeball, iris in zip(self.mesh.eyeballs, irises, strict=True):
            radius = float(np.mean(np.hypot(*(self.q[list(iris[1:])] - self.q[iris[0]]).T)))
            inner = eyeball[16:]  # the iris centre and edges (the outline's copies stay)
            d[inner, axis] = radius * 0.35
        return d


def build_targets(mesh: FaceMesh) -> Floats:
    """(len(Target), N, 2) displacements in pixels for each movement at full strength."""
    b = _Builder(mesh)
    in_face = [
        b.jaw(),
        b.press(),
        b.spread(),
        b.round(),
        b.raise_upper(),
        b.unsmile(),
        b.blink(),
        b.gaze(0),
        b.gaze(1),
    ]
    out = np.zeros((len(Target), mesh.count, 2), np.float32)
    for k, d in enumerate(in_face):
        d[np.hypot(d[:, 0], d[:, 1]) < 0.003] = 0.0  # what hardly moves stays put (speed)
        for i, (a, c) in enumerate(mesh.steiner):  # midpoints move with their two ends
            d[mesh.first_steiner + i] = (d[a] + d[c]) / 2
        out[k] = mesh.frame.to_picture_vectors(d)
    return out
