"""A sliver of an opening is painted as one faint line, not the dashes of thin triangles."""

from __future__ import annotations

import numpy as np

from desktop.avatar.mouth import MouthLook, paint_mouth


def test_a_sliver_whose_triangles_cover_only_some_pixels_is_painted_unbroken() -> None:
    patch = np.full((40, 80, 3), 200, dtype=np.uint8)
    xs = np.linspace(20, 60, 11, dtype=np.float32)
    top = np.stack([xs, np.full(11, 20.0, np.float32)], axis=1)
    bottom = np.stack([xs, np.full(11, 20.8, np.float32)], axis=1)
    inside = np.zeros((40, 80), dtype=bool)
    inside[20, 22:58:6] = True  # the thin triangles' raster: a pixel here and there
    grey = np.full(3, 180.0, np.float32)
    look = MouthLook(False, np.full(9, 0.5, np.float32), grey, grey, grey, grey)
    paint_mouth(patch, inside, top, bottom, look, 40.0, painted_teeth=False)
    changed = np.flatnonzero(np.abs(patch[20].astype(int) - 200).sum(axis=1) > 0)
    assert changed.min() <= 22 and changed.max() >= 52
    assert len(changed) == changed.max() - changed.min() + 1  # no gap along the line
