"""A contact sheet: the portrait neutral, in each mouth shape, and blinking."""

from __future__ import annotations

import numpy as np

from desktop.avatar.life import AvatarState
from desktop.avatar.photo import Image
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig
from desktop.avatar.visemes import SHAPES, MouthShape, Viseme


def sheet_states() -> list[tuple[str, AvatarState]]:
    states = [("neutral", AvatarState())]
    states += [(v.value, AvatarState(mouth=SHAPES[v])) for v in Viseme if v is not Viseme.REST]
    states += [("half blink", AvatarState(blink=0.5)), ("blink", AvatarState(blink=1.0))]
    states += [("tilt", AvatarState(head_tilt_deg=3.0, mouth=MouthShape(open=0.5)))]
    return states


def contact_sheet(photo: Image, rig: Rig, tile: int = 256, columns: int = 4) -> Image:
    import cv2

    renderer = Renderer(photo, rig, size=tile)
    states = sheet_states()
    rows = (len(states) + columns - 1) // columns
    label_h = 24
    sheet = np.full((rows * (tile + label_h), columns * tile, 3), 246, dtype=np.uint8)
    for i, (name, state) in enumerate(states):
        r, c = divmod(i, columns)
        y, x = r * (tile + label_h), c * tile
        sheet[y : y + tile, x : x + tile] = renderer.render(state)
        cv2.putText(
            sheet,
            name,
            (x + 8, y + tile + 17),
            cv2.FONT_HERSHEY_SIMPLEX,
            0.5,
            (70, 64, 58),
            1,
            cv2.LINE_AA,
        )
    return sheet
