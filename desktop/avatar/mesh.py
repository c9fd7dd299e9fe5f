"""The portrait's mesh: the face points, two rings around the face, the frame's border, and
the layers inside the mouth and the eyes, triangulated once per portrait.

Coordinates are the renderer's frame (pixels). The skin is a conforming Delaunay
triangulation (OpenCV's Subdiv2D, with midpoints added until the lips' inner line and the
eye outlines are edges); the mouth and the eyes are holes in it, filled by their own layers,
drawn first so that lips and lids can slide over them:

- the mouth: the upper teeth (fixed to the skull), the lower teeth (fixed to the jaw), and
  between them the gap that opens, painted as the inside of the mouth;
- each eye: the eyeball with the iris, which lids cover when they close.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int32]


class Layer(IntEnum):
    """Triangles' layers, in the order they are drawn."""

    GAP = 0  # the opening between the rows of teeth: painted as the inside of the mouth
    LOWER_TEETH = 1
    UPPER_TEETH = 2
    EYEBALL = 3
    SKIN = 4  # skin and lips, over everything inside the mouth and the eyes


@dataclass(frozen=True, slots=True)
class FaceFrame:
    """The face's own axes: origin between the eyes, u along the eyes, v down; unit = IOD."""

    origin: tuple[float, float]
    angle: float  # of the eye line, radians
    iod: float  # distance between the eyes (iris centres), pixels

    @classmethod
    def of(cls, points: Floats) -> FaceFrame:
        left, right = points[topo.IRIS_LEFT[0], :2], points[topo.IRIS_RIGHT[0], :2]
        d = right - left
        mid = (left + right) / 2
        return cls((float(mid[0]), float(mid[1])), math.atan2(float(d[1]), float(d[0])),
                   max(float(np.hypot(*d)), 1.0))  # fmt: skip

    def _rot(self) -> Floats:
        c, s = math.cos(self.angle), math.sin(self.angle)
        return np.array([[c, -s], [s, c]], np.float32)  # face axes -> picture axes

    def to_face(self, p: Floats) -> Floats:
        result: Floats = ((p - np.array(self.origin, np.float32)) @ self._rot()) / self.iod
        return result

    def to_picture_vectors(self, d: Floats) -> Floats:
        """Displacements in IOD units along (u, v) to pixels in the picture."""
        result: Floats = (d @ self._rot().T) * self.iod
        return result

    @property
    def down(self) -> Floats:
        return self.to_picture_vectors(np.array([0.0, 1.0], np.float32)) / self.iod

    @property
    def across(self) -> Floats:
        return self.to_picture_vectors(np.array([1.0, 0.0], np.float32)) / self.iod


@dataclass(frozen=True, slots=True)
class FaceMesh:
    rest: Floats  # (N, 2) vertex positions in the frame: where each samples the photo
    triangles: Ints  # (T, 3) in drawing order
    layers: npt.NDArray[np.int8]  # (T,) Layer of each triangle
    frame: FaceFrame
    steiner: Ints  # (S, 2): the two vertices each added midpoint lies between
    first_steiner: int
    ring_inner: Ints  # vertices of the ring just outside the face oval
    ring_outer: Ints
    border: Ints
    rim_up: Ints  # (11,) upper teeth layer along the upper inner lip, corner to corner
    part_up: Ints  # (11,) the upper teeth's lower edge (ends shared with rim_up)
    part_lo: Ints  # (11,) the lower teeth's upper edge (ends shared with rim_lo)
    rim_lo: Ints  # (11,) lower teeth layer along the lower inner lip
    eyeballs: tuple[Ints, Ints]  # copies of each eye's outline, then iris centre and edges
    teeth_visible: bool

    @property
    def count(self) -> int:
        return len(self.rest)


def _rings(points: Floats, size: int) -> tuple[Floats, Floats, Floats]:
    oval = points[list(topo.FACE_OVAL), :2]
    centre = oval.mean(axis=0)
    inner = centre + (oval - centre) * 1.3
    outer = centre + (oval - centre) * 1.85
    edge = np.linspace(0, size - 1, 6, dtype=np.float32)
    top = np.stack([edge, np.zeros_like(edge)], 1)
    bottom = np.stack([edge, np.full_like(edge, size - 1)], 1)
    left = np.stack([np.zeros_like(edge[1:-1]), edge[1:-1]], 1)
    right = np.stack([np.full_like(edge[1:-1], size - 1), edge[1:-1]], 1)
    border = np.concatenate([top, bottom, left, right]).astype(np.float32)
    margin = size * 0.03

    def inside(ring: Floats) -> Floats:
        kept: Floats = np.clip(ring, margin, size - 1 - margin).astype(np.float32)
        return kept

    return inside(inner), inside(outer), border


def _dedupe(points: Floats, existing: Floats, min_dist: float) -> Floats:
    kept: list[Floats] = []
    for p in points:
        if np.min(np.hypot(*(existing - p).T)) < min_dist:
            continue
        if kept and np.min(np.hypot(*(np.array(kept) - p).T)) < min_dist:
            continue
        kept.append(p)
    return np.array(kept, np.float32).reshape(-1, 2)


def _opened_layout(points: Floats, frame: FaceFrame) -> Floats:
    """The points with the lips and eyes parted a little, so the holes have an inside."""
    layout = points.copy()
    down = frame.down
    for upper, lower, need in (
        (topo.INNER_UPPER, topo.INNER_LOWER, 0.05),
        (topo.LEFT_EYE_UPPER, topo.LEFT_EYE_LOWER, 0.05),
        (topo.RIGHT_EYE_UPPER, topo.RIGHT_EYE_LOWER, 0.05),
    ):
        for a, b in zip(upper[1:-1], lower[1:-1], strict=True):
            gap = float(np.dot(points[b] - points[a], down)) / frame.iod
            push = max(0.0, need - gap) / 2 * frame.iod
            layout[a] -= down * push
            layout[b] += down * push
    return layout


def _delaunay(points: Floats, size: int, use: npt.NDArray[np.bool_] | None = None) -> Ints:
    import cv2

    subdiv = cv2.Subdiv2D((-4, -4, size + 8, size + 8))
    index = {}
    for i, (x, y) in enumerate(points):
        if use is not None and i < len(use) and not use[i]:
            continue
        index[(round(float(x), 2), round(float(y), 2))] = i
        subdiv.insert((float(x), float(y)))
    triangles = []
    for t in subdiv.getTriangleList():
        key = [(round(float(t[k]), 2), round(float(t[k + 1]), 2)) for k in (0, 2, 4)]
        if all(k in index for k in key):
            triangles.append([index[k] for k in key])
    return np.array(triangles, np.int32).reshape(-1, 3)


def _edges(triangles: Ints) -> set[tuple[int, int]]:
    out = set()
    for a, b, c in triangles:
        for u, v in ((a, b), (b, c), (c, a)):
            out.add((min(u, v), max(u, v)))
    return out


def _inside(polygon: Floats, points: Floats) -> npt.NDArray[np.bool_]:
    """Ray casting, vectorised over points."""
    x, y = points[:, 0:1], points[:, 1:2]
    px, py = polygon[:, 0][None], polygon[:, 1][None]
    qx, qy = np.roll(px, -1, axis=1), np.roll(py, -1, axis=1)
    crosses = ((py > y) != (qy > y)) & (x < (qx - px) * (y - py) / (qy - py + 1e-12) + px)
    result: npt.NDArray[np.bool_] = (crosses.sum(axis=1) % 2) == 1
    return result


def _thinned(base: Floats, frame: FaceFrame) -> npt.NDArray[np.bool_]:
    """Which vertices the skin is triangulated over: every outline (lips, eyes, lids, brows,
    the face's oval, nose, chin), the rings and the border, and the rest of the face points
    no closer than 0.09 IOD to each other (the smooth parts need no finer triangles)."""
    keep = np.ones(len(base), dtype=bool)
    keep[: topo.MESH_POINTS] = False
    essential = set(topo.OUTER_LIPS + topo.INNER_LIPS + topo.LEFT_EYE + topo.RIGHT_EYE)
    essential |= set(topo.FACE_OVAL + topo.LEFT_BROW + topo.RIGHT_BROW)
    for rows in (topo.LEFT_LID_SKIN, topo.RIGHT_LID_SKIN):
        essential |= set(rows[0] + rows[1])
    essential |= set(topo.LEFT_UNDER_EYE + topo.RIGHT_UNDER_EYE)
    essential |= {topo.NOSE_TIP, topo.NOSE_BOTTOM, topo.CHIN, topo.FOREHEAD}
    keep[list(essential)] = True
    spacing = 0.09 * frame.iod
    kept = base[list(essential)]
    for i in range(topo.MESH_POINTS):
        if keep[i]:
            continue
        if np.min(np.hypot(*(kept - base[i]).T)) >= spacing:
            keep[i] = True
            kept = np.vstack([kept, base[i]])
    return keep


def _skin(
    layout: Floats, size: int, loops: list[list[int]], use: npt.NDArray[np.bool_]
) -> tuple[Floats, Ints, list[tuple[int, int]], list[list[int]]]:
    """Delaunay over the layout, refined until every loop edge is a triangle edge."""
    points = layout.copy()
    steiner: list[tuple[int, int]] = []
    for _round in range(6):
        triangles = _delaunay(points, size, use)
        edges = _edges(triangles)
        missing = False
        for loop in loops:
            k = 0
            while k < len(loop):
                a, b = loop[k], loop[(k + 1) % len(loop)]
                if (min(a, b), max(a, b)) not in edges:
                    points = np.vstack([points, (points[a] + points[b]) / 2]).astype(np.float32)
                    steiner.append((a, b))
                    loop.insert(k + 1, len(points) - 1)
                    missing = True
                    k += 1
                k += 1
        if not missing:
            break
    centroids = points[triangles].mean(axis=1)
    hole = np.zeros(len(triangles), dtype=bool)
    for loop in loops:
        hole |= _inside(points[loop], centroids)
    return points, triangles[~hole], steiner, loops


def build_mesh(points: Floats, size: int, parting: Floats, teeth_visible: bool) -> FaceMesh:
    """The mesh for 478 face points (x, y, z) in the frame; `parting` is, per inner column
    of the mouth (9), how far down from the upper to the lower inner lip the teeth part."""
    frame = FaceFrame.of(points)
    face = points[: topo.MESH_POINTS, :2].astype(np.float32)
    ring_in, ring_out, border = _rings(points, size)
    gap = frame.iod * 0.12
    ring_in = _dedupe(ring_in, face, gap * 0.5)
    ring_out = _dedupe(ring_out, np.vstack([face, ring_in]), gap)
    border = _dedupe(border, np.vstack([face, ring_in, ring_out]), gap)
    n_face = topo.MESH_POINTS
    ring_in_idx = np.arange(len(ring_in)) + n_face
    ring_out_idx = np.arange(len(ring_out)) + ring_in_idx[-1] + 1 if len(ring_out) else []
    base = np.vstack([face, ring_in, ring_out, border]).astype(np.float32)
    border_idx = np.arange(len(border)) + len(base) - len(border)
    layout = _opened_layout(base, frame)
    loops = [list(topo.INNER_LIPS), list(topo.LEFT_EYE), list(topo.RIGHT_EYE)]
    layout, skin, steiner, loops = _skin(layout, size, loops, _thinned(base, frame))
    # Real positions: the added midpoints between their two (real) ends. Ring and border
    # vertices are renumbered after the 478 landmarks, the midpoints after them.
    iris = points[topo.MESH_POINTS : topo.ALL_POINTS, :2]
    shift = topo.ALL_POINTS - topo.MESH_POINTS

    def renumber(i: npt.ArrayLike) -> Ints:
        a = np.asarray(i, dtype=np.int32)
        return np.where(a >= n_face, a + shift, a).astype(np.int32)

    # Resolve midpoints in order (a midpoint may lie between earlier midpoints).
    all_rest = np.vstack([face, iris, base[n_face:]]).astype(np.float32)
    steiner_pairs = renumber(np.array(steiner, np.int32).reshape(-1, 2))
    first_steiner = len(all_rest)
    for a, b in steiner_pairs:
        all_rest = np.vstack([all_rest, (all_rest[a] + all_rest[b]) / 2])
    skin_tris = renumber(skin)
    v = _Vertices(all_rest)
    rows, layers = _mouth_layers(v, parting)
    eyeballs, eye_layers = _eyeball_layers(v, size)
    layers += eye_layers
    # The lower lip first, so that the upper lip covers it where pressed lips overlap.
    lower_lip = np.isin(skin_tris, list(topo.INNER_LOWER[1:-1])).any(axis=1)
    layers.append((np.vstack([skin_tris[lower_lip], skin_tris[~lower_lip]]), Layer.SKIN))
    triangles = np.vstack([t for t, _ in layers]).astype(np.int32)
    layer_of = np.concatenate([np.full(len(t), int(k), np.int8) for t, k in layers])
    return FaceMesh(
        rest=np.vstack(v.points).astype(np.float32),
        triangles=triangles,
        layers=layer_of,
        frame=frame,
        steiner=steiner_pairs,
        first_steiner=first_steiner,
        ring_inner=renumber(ring_in_idx),
        ring_outer=renumber(np.asarray(ring_out_idx, np.int32)),
        border=renumber(border_idx),
        rim_up=rows[0],
        part_up=rows[1],
        part_lo=rows[2],
        rim_lo=rows[3],
        eyeballs=(eyeballs[0], eyeballs[1]),
        teeth_visible=teeth_visible,
    )


class _Vertices:
    """The mesh's vertices as they are added: the skin's first, then each layer's own."""

    def __init__(self, skin: Floats) -> None:
        self.points = [skin]

    @property
    def skin(self) -> Floats:
        return self.points[0]

    def add(self, p: Floats) -> Ints:
        start = sum(len(v) for v in self.points)
        self.points.append(p.astype(np.float32))
        return np.arange(start, start + len(p), dtype=np.int32)


def _mouth_layers(
    v: _Vertices, parting: Floats
) -> tuple[tuple[Ints, Ints, Ints, Ints], list[tuple[Ints, Layer]]]:
    """Rows of teeth and the gap between them: (rim_up, part_up, part_lo, rim_lo), layers."""
    upper = v.skin[list(topo.INNER_UPPER)]
    lower = v.skin[list(topo.INNER_LOWER)]
    fractions = np.concatenate([[0.0], np.clip(parting, 0, 1), [0.0]]).astype(np.float32)
    part = upper + (lower - upper) * fractions[:, None]
    rim_up = v.add(upper)
    part_up = np.concatenate([[rim_up[0]], v.add(part[1:-1]), [rim_up[-1]]])
    rim_lo = v.add(lower)
    part_lo = np.concatenate([[rim_lo[0]], v.add(part[1:-1]), [rim_lo[-1]]])
    layers = [
        (_strip(part_up, part_lo), Layer.GAP),
        (_strip(part_lo, rim_lo), Layer.LOWER_TEETH),
        (_strip(rim_up, part_up), Layer.UPPER_TEETH),
    ]
    rows = (rim_up, part_up.astype(np.int32), part_lo.astype(np.int32), rim_lo)
    return rows, layers


def _eyeball_layers(v: _Vertices, size: int) -> tuple[tuple[Ints, Ints], list[tuple[Ints, Layer]]]:
    """Each eye's outline copied, with the iris inside: what the lids slide over."""
    eyeballs = []
    layers = []
    for outline, iris_ids in ((topo.LEFT_EYE, topo.IRIS_LEFT), (topo.RIGHT_EYE, topo.IRIS_RIGHT)):
        ring = v.skin[list(outline)]
        iris_pts = _irises_inside(v.skin[list(iris_ids)], ring)
        ids = v.add(np.vstack([ring, iris_pts]))
        eyeballs.append(ids)
        local = _delaunay(np.vstack([ring, iris_pts]).astype(np.float32), size)
        cents = np.vstack([ring, iris_pts])[local].mean(axis=1)
        layers.append((ids[local[_inside(ring, cents)]], Layer.EYEBALL))
    return (eyeballs[0], eyeballs[1]), layers


def _strip(top: Ints, bottom: Ints) -> Ints:
    """Two triangles per column between two rows of vertices (degenerate ones dropped)."""
    tris = []
    for i in range(len(top) - 1):
        a, b, c, d = top[i], top[i + 1], bottom[i + 1], bottom[i]
        for tri in ((a, b, c), (a, c, d)):
            if len(set(tri)) == 3:
                tris.append(tri)
    return np.array(tris, np.int32).reshape(-1, 3)


def _irises_inside(iris: Floats, outline: Floats) -> Floats:
    """The iris centre and those of its edge points that lie inside the eye's outline."""
    keep = _inside(outline, iris)
    keep[0] = True
    centre = iris[0]
    pts = [centre]
    for p, ok in zip(iris[1:], keep[1:], strict=True):
        if ok:
            pts.append(p)
    if not _inside(outline, centre[None])[0]:
        pts = [outline.mean(axis=0)]
    return np.array(pts, np.float32)
