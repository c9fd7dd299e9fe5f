"""A face mesh for rigs without one (cascades, hand placement): a template fitted to them.

The template (desktop/data/face_template.json, see scripts/make_face_template.py) is mapped
onto the rig's eyes, mouth corners, lips and chin by the affine map that fits them best.
"""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.rig import Rig

Floats = npt.NDArray[np.float32]
_ANCHORS = (
    topo.IRIS_LEFT[0],
    topo.IRIS_RIGHT[0],
    topo.MOUTH_LEFT,
    topo.MOUTH_RIGHT,
    topo.UPPER_LIP_TOP,
    topo.LOWER_LIP_BOTTOM,
    topo.CHIN,
)


def load_template() -> Floats:
    """(478, 3): u, v, depth with the eyes one unit apart."""
    text = resources.files("desktop").joinpath("data/face_template.json").read_text("utf-8")
    return np.array(json.loads(text)["points"], np.float32)


def fitted_landmarks(rig: Rig, template: Floats | None = None) -> Floats:
    """478 points (x, y, z) in photo pixels for `rig`: its own mesh, or the template fitted."""
    if rig.has_mesh:
        return np.array(rig.landmarks, np.float32)
    tpl = load_template() if template is None else template
    m = rig.mouth
    targets = np.array(
        [rig.left_eye.center, rig.right_eye.center, m.left, m.right, m.upper_lip, m.lower_lip,
         rig.chin],
        np.float64,
    )  # fmt: skip
    source = np.hstack([tpl[list(_ANCHORS), :2].astype(np.float64), np.ones((len(_ANCHORS), 1))])
    affine, *_ = np.linalg.lstsq(source, targets, rcond=None)  # (3, 2)
    xy = np.hstack([tpl[:, :2], np.ones((len(tpl), 1), np.float32)]) @ affine
    scale = float(np.sqrt(abs(np.linalg.det(affine[:2]))))
    out = np.hstack([xy, tpl[:, 2:3] * scale]).astype(np.float32)
    return out
