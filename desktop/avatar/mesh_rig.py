"""A rig from face mesh points: the eyes, mouth, chin and face box the rest of Keepsake
uses, read off the 478 points (which the rig keeps for the renderer)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.rig import Eye, Mouth, Rig

Floats = npt.NDArray[np.float32]


def rig_from_points(
    image_size: tuple[int, int], points: Floats, confidence: float, manual: bool = False
) -> Rig:
    p = points
    height = image_size[1]

    def pt(i: int) -> tuple[float, float]:
        return float(p[i, 0]), float(p[i, 1])

    def eye(iris: tuple[int, ...], upper: tuple[int, ...], lower: tuple[int, ...]) -> Eye:
        w = float(np.hypot(*(p[upper[0], :2] - p[upper[-1], :2])))
        opening = float(np.mean(p[list(lower[1:-1]), 1] - p[list(upper[1:-1]), 1]))
        return Eye(pt(iris[0]), w, max(opening, 1.0))

    oval = p[list(topo.FACE_OVAL), :2]
    x0, y0 = (float(v) for v in oval.min(axis=0))
    x1, y1 = (float(v) for v in oval.max(axis=0))
    chin = pt(topo.CHIN)
    return Rig(
        image_size=image_size,
        face=(x0, y0, x1 - x0, y1 - y0),
        left_eye=eye(topo.IRIS_LEFT, topo.LEFT_EYE_UPPER, topo.LEFT_EYE_LOWER),
        right_eye=eye(topo.IRIS_RIGHT, topo.RIGHT_EYE_UPPER, topo.RIGHT_EYE_LOWER),
        mouth=Mouth(
            pt(topo.MOUTH_LEFT),
            pt(topo.MOUTH_RIGHT),
            pt(topo.UPPER_LIP_TOP),
            pt(topo.LOWER_LIP_BOTTOM),
        ),
        chin=chin,
        pivot=((x0 + x1) / 2, min(chin[1] + 0.25 * (y1 - y0), height - 1.0)),
        confidence=round(confidence, 2),
        manual=manual,
        # Rounded as the rig's JSON keeps them, so a saved rig reads back the same.
        landmarks=tuple(
            (round(float(x), 2), round(float(y), 2), round(float(z), 2)) for x, y, z in p
        ),
    )
