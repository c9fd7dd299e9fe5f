"""Moving a rig's points by hand (the portrait editor's handles), as pure functions."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

import numpy as np

from desktop.avatar import topology as topo
from desktop.avatar.mesh_rig import rig_from_points
from desktop.avatar.rig import Eye, Mouth, Point, Rig


class Handle(StrEnum):
    LEFT_EYE = "left eye"
    RIGHT_EYE = "right eye"
    MOUTH_LEFT = "mouth corner (left)"
    MOUTH_RIGHT = "mouth corner (right)"
    UPPER_LIP = "upper lip"
    LOWER_LIP = "lower lip"
    CHIN = "chin"


def handle_points(rig: Rig) -> dict[Handle, Point]:
    m = rig.mouth
    return {
        Handle.LEFT_EYE: rig.left_eye.center,
        Handle.RIGHT_EYE: rig.right_eye.center,
        Handle.MOUTH_LEFT: m.left,
        Handle.MOUTH_RIGHT: m.right,
        Handle.UPPER_LIP: m.upper_lip,
        Handle.LOWER_LIP: m.lower_lip,
        Handle.CHIN: rig.chin,
    }


def nearest_handle(rig: Rig, point: Point, radius: float) -> Handle | None:
    best, best_d = None, radius
    for handle, (x, y) in handle_points(rig).items():
        d = ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5
        if d <= best_d:
            best, best_d = handle, d
    return best


def _clamp(rig: Rig, p: Point) -> Point:
    w, h = rig.image_size
    return (min(max(p[0], 0.0), w - 1.0), min(max(p[1], 0.0), h - 1.0))


# Which face mesh point each handle is, and how far around it the mesh follows (in eye
# distances): the whole eye moves with its centre, a lip corner only nearby.
_MESH_POINT = {
    Handle.LEFT_EYE: (topo.IRIS_LEFT[0], 0.3),
    Handle.RIGHT_EYE: (topo.IRIS_RIGHT[0], 0.3),
    Handle.MOUTH_LEFT: (topo.MOUTH_LEFT, 0.18),
    Handle.MOUTH_RIGHT: (topo.MOUTH_RIGHT, 0.18),
    Handle.UPPER_LIP: (topo.UPPER_LIP_TOP, 0.15),
    Handle.LOWER_LIP: (topo.LOWER_LIP_BOTTOM, 0.15),
    Handle.CHIN: (topo.CHIN, 0.35),
}


def _move_mesh(rig: Rig, handle: Handle, to: Point) -> Rig:
    points = np.array(rig.landmarks, np.float32)
    index, reach = _MESH_POINT[handle]
    iod = float(np.hypot(*(points[topo.IRIS_LEFT[0], :2] - points[topo.IRIS_RIGHT[0], :2])))
    delta = np.array(to, np.float32) - points[index, :2]
    dist = np.hypot(*(points[:, :2] - points[index, :2]).T) / max(iod, 1.0)
    weight = np.exp(-((dist / reach) ** 2))
    if handle in (Handle.LEFT_EYE, Handle.RIGHT_EYE):  # the iris and the lids go together
        iris = topo.IRIS_LEFT if handle is Handle.LEFT_EYE else topo.IRIS_RIGHT
        ring = topo.LEFT_EYE if handle is Handle.LEFT_EYE else topo.RIGHT_EYE
        weight[list(iris) + list(ring)] = 1.0
    points[:, :2] += weight[:, None] * delta[None]
    return rig_from_points(rig.image_size, points, rig.confidence, manual=True)


def move_handle(rig: Rig, handle: Handle, to: Point) -> Rig:
    """The rig with one point moved (kept inside the photo); marks the rig as corrected.

    With a face mesh, the mesh around the point follows it smoothly."""
    p = _clamp(rig, to)
    m = rig.mouth
    if handle is Handle.UPPER_LIP:  # the lips keep their order
        p = (p[0], min(p[1], m.lower_lip[1] - 2))
    elif handle is Handle.LOWER_LIP:
        p = (p[0], max(p[1], m.upper_lip[1] + 2))
    if rig.has_mesh:
        return _move_mesh(rig, handle, p)
    m = rig.mouth
    if handle is Handle.LEFT_EYE:
        rig = replace(rig, left_eye=Eye(p, rig.left_eye.width, rig.left_eye.height))
    elif handle is Handle.RIGHT_EYE:
        rig = replace(rig, right_eye=Eye(p, rig.right_eye.width, rig.right_eye.height))
    elif handle is Handle.MOUTH_LEFT:
        rig = replace(rig, mouth=Mouth(p, m.right, m.upper_lip, m.lower_lip))
    elif handle is Handle.MOUTH_RIGHT:
        rig = replace(rig, mouth=Mouth(m.left, p, m.upper_lip, m.lower_lip))
    elif handle is Handle.UPPER_LIP:
        rig = replace(
            rig, mouth=Mouth(m.left, m.right, (p[0], min(p[1], m.lower_lip[1] - 2)), m.lower_lip)
        )
    elif handle is Handle.LOWER_LIP:
        rig = replace(
            rig, mouth=Mouth(m.left, m.right, m.upper_lip, (p[0], max(p[1], m.upper_lip[1] + 2)))
        )
    elif handle is Handle.CHIN:
        rig = replace(rig, chin=p)
    return replace(rig, manual=True)
