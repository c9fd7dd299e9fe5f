"""Piecewise-affine warp of the mesh, limited to the triangles that moved.

For a frame's vertex positions, each triangle that moved is drawn (in layer order) into a
small raster of triangle numbers; every pixel then samples the photo through its
triangle's affine map, from where it is now back to where it was. Pixels outside the moved
triangles keep the photo as it is. One `MeshWarp` per renderer (one thread).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from desktop.avatar.mesh import FaceMesh, Layer

Floats = npt.NDArray[np.float32]
MOVED_PX = 0.1  # a vertex closer than this to its rest position counts as still
MARGIN = 3  # pixels of unchanged photo kept around the moved region


@dataclass(frozen=True, slots=True)
class Warped:
    """The moved region: [y0:y1, x0:x1] of the frame, where each pixel samples the photo,
    and the layer each pixel shows (-1: unchanged photo)."""

    y0: int
    y1: int
    x0: int
    x1: int
    map_x: Floats
    map_y: Floats
    layer: npt.NDArray[np.int8]


class MeshWarp:
    def __init__(self, mesh: FaceMesh, size: int) -> None:
        self.mesh = mesh
        self.size = size
        self._rest = mesh.rest.astype(np.float64)
        grid_y, grid_x = np.mgrid[0:size, 0:size].astype(np.float32)
        self._gx, self._gy = grid_x, grid_y

    def warp(self, dest: Floats) -> Warped | None:
        """The moved region for vertex positions `dest` (N, 2), or None if nothing moved."""
        import cv2

        moved = np.hypot(*(dest - self.mesh.rest).T) > MOVED_PX
        if not moved.any():
            return None
        active = np.flatnonzero(moved[self.mesh.triangles].any(axis=1))
        tris = self.mesh.triangles[active]
        pts = dest[tris]  # (A, 3, 2)
        rest = self._rest[tris]
        lo = np.floor(np.minimum(pts.min(axis=(0, 1)), rest.min(axis=(0, 1))))
        hi = np.ceil(np.maximum(pts.max(axis=(0, 1)), rest.max(axis=(0, 1))))
        x0, y0 = (max(0, int(v) - MARGIN) for v in lo)
        x1, y1 = (min(self.size, int(v) + MARGIN + 1) for v in hi)
        if x1 <= x0 or y1 <= y0:
            return None
        affine = _affines(pts.astype(np.float64), rest)  # (A, 6), dest -> rest
        affine = np.vstack([affine, [1, 0, 0, 0, 1, 0]]).astype(np.float32)
        ids = np.full((y1 - y0, x1 - x0), len(active), np.int32)
        fill = cv2.fillConvexPoly
        line = cv2.LINE_8
        # Triangles are in layer order: the skin is drawn last, over the mouth and the eyes.
        for k, corners in enumerate(np.round((pts - [x0, y0]) * 16).astype(np.int32)):
            fill(ids, corners, k, line, 4)
        gx, gy = self._gx[y0:y1, x0:x1], self._gy[y0:y1, x0:x1]
        a = np.ascontiguousarray(affine.T)  # one row per coefficient: 1-D takes are fast
        map_x = np.take(a[0], ids)
        map_x *= gx
        map_x += np.take(a[1], ids) * gy
        map_x += np.take(a[2], ids)
        map_y = np.take(a[3], ids)
        map_y *= gx
        map_y += np.take(a[4], ids) * gy
        map_y += np.take(a[5], ids)
        layer_ids = np.append(self.mesh.layers[active], np.int8(-1))
        return Warped(y0, y1, x0, x1, map_x, map_y, layer_ids[ids])


def _affines(dest: npt.NDArray[np.float64], src: npt.NDArray[np.float64]) -> Floats:
    """Per triangle, the affine map taking its `dest` corners to its `src` corners, as rows
    (a, b, c, d, e, f): src = (a x + b y + c, d x + e y + f); the identity for a triangle
    squashed flat. Closed form (the inverse of each triangle's 2x2 edge matrix)."""
    e1, e2 = dest[:, 1] - dest[:, 0], dest[:, 2] - dest[:, 0]  # (A, 2) edges
    s1, s2 = src[:, 1] - src[:, 0], src[:, 2] - src[:, 0]
    det = e1[:, 0] * e2[:, 1] - e2[:, 0] * e1[:, 1]
    ok = np.abs(det) > 1e-6
    inv = np.where(ok, 1.0 / np.where(ok, det, 1.0), 0.0)
    # M = [s1 s2] @ inverse([e1 e2]); the inverse is [[e2y, -e2x], [-e1y, e1x]] / det.
    m00 = (s1[:, 0] * e2[:, 1] - s2[:, 0] * e1[:, 1]) * inv
    m01 = (s2[:, 0] * e1[:, 0] - s1[:, 0] * e2[:, 0]) * inv
    m10 = (s1[:, 1] * e2[:, 1] - s2[:, 1] * e1[:, 1]) * inv
    m11 = (s2[:, 1] * e1[:, 0] - s1[:, 1] * e2[:, 0]) * inv
    x0, y0 = dest[:, 0, 0], dest[:, 0, 1]
    out = np.stack(
        [
            m00, m01, src[:, 0, 0] - m00 * x0 - m01 * y0,
            m10, m11, src[:, 0, 1] - m10 * x0 - m11 * y0,
        ],
        axis=1,
    )  # fmt: skip
    out[~ok] = (1, 0, 0, 0, 1, 0)
    result: Floats = out.astype(np.float32)
    return result


__all__ = ["Layer", "MeshWarp", "Warped"]
