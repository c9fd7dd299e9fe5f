"""A contact sheet: the portrait neutral, in each mouth shape, and blinking."""

from __future__ import annotations

import numpy as np

from desktop.avatar import topology as topo
from desktop.avatar.life import AvatarState
from desktop.avatar.photo import Image
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig
from desktop.avatar.visemes import SHAPES, MouthShape, Viseme


def sheet_states() -> list[tuple[str, AvatarState]]:
    states = [("neutral", AvatarState())]
    states += [(v.value, AvatarState(mouth=SHAPES[v])) for v in Viseme if v is not Viseme.REST]
    states += [("half blink", AvatarState(blink=0.5)), ("blink", AvatarState(blink=1.0))]
    states += [
        ("look aside", AvatarState(gaze_x=1.0, gaze_y=-0.3)),
        ("nod", AvatarState(head_pitch_deg=2.0, mouth=MouthShape(open=0.5, unsmile=0.6))),
        ("turn", AvatarState(head_yaw_deg=3.0, mouth=SHAPES[Viseme.ROUND])),
        ("tilt", AvatarState(head_tilt_deg=3.0, mouth=MouthShape(open=0.5))),
    ]
    return states


def contact_sheet(
    photo: Image, rig: Rig, tile: int = 256, columns: int = 4, close_up: bool = False
) -> Image:
    """Each state as the call shows it, or (`close_up`) the face from brows to chin."""
    import cv2

    renderer = Renderer(photo, rig, size=tile * 3 if close_up else tile)
    box = _face_box(renderer) if close_up else None
    states = sheet_states()
    rows = (len(states) + columns - 1) // columns
    label_h = 24
    sheet = np.full((rows * (tile + label_h), columns * tile, 3), 246, dtype=np.uint8)
    for i, (name, state) in enumerate(states):
        r, c = divmod(i, columns)
        y, x = r * (tile + label_h), c * tile
        frame = renderer.render(state)
        if box is not None:
            x0, y0, side = box
            frame = cv2.resize(
                frame[y0 : y0 + side, x0 : x0 + side], (tile, tile), interpolation=cv2.INTER_AREA
            )
        sheet[y : y + tile, x : x + tile] = frame
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


def _face_box(renderer: Renderer) -> tuple[int, int, int]:
    """A square from the brows to below the chin, in the renderer's frame."""
    p = renderer.points
    side = int(renderer.iod * 2.1)
    cx = int((p[topo.IRIS_LEFT[0], 0] + p[topo.IRIS_RIGHT[0], 0]) / 2)
    top = int(min(p[topo.IRIS_LEFT[0], 1], p[topo.IRIS_RIGHT[0], 1]) - renderer.iod * 0.45)
    x0 = min(max(cx - side // 2, 0), renderer.size - side)
    y0 = min(max(top, 0), renderer.size - side)
    return x0, y0, side
