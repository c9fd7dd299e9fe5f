"""The portrait's own pace for the mouth the driver plays, shared by the call and the bench.

The call's portrait (ui/call/portrait_widget.py) builds a Renderer for its photo and gives
the driver that portrait's pace; the lip-sync bench (bench/speaking.py) builds its driver
through the same function, so it measures the mouth the call shows, not a faster one.
"""

from __future__ import annotations

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.photo import Image
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig


def pace_driver(driver: AvatarDriver, renderer: Renderer) -> None:
    """Hold `driver`'s mouth to the pace `renderer`'s portrait lets its lips move."""
    driver.set_pace(renderer.mouth_pace)


def portrait_driver(photo: Image, rig: Rig, size: int = 512) -> AvatarDriver:
    """A driver paced for the portrait of `photo` with `rig`, as the call's is."""
    driver = AvatarDriver()
    pace_driver(driver, Renderer(photo, rig, size))
    return driver
