"""The lip-sync bench measures the call's mouth: its driver paced as the portrait paces it."""

from __future__ import annotations

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.face import analyse
from desktop.avatar.portrait_pace import pace_driver, portrait_driver
from desktop.avatar.render import Renderer
from desktop.avatar.visemes import PRESS_RATE
from desktop.bench.avatar import bench_photo


def test_portrait_driver_takes_the_portraits_pace() -> None:
    photo = bench_photo()
    _faces, rig = analyse(photo)
    renderer = Renderer(photo, rig, 512)
    assert renderer.mouth_pace.lips < PRESS_RATE  # the smile's lips part far: a slower pace
    call = AvatarDriver()
    pace_driver(call, renderer)
    bench = portrait_driver(photo, rig)
    assert bench._pace == call._pace == renderer.mouth_pace


def test_the_benchs_driver_is_the_bench_portraits() -> None:
    from desktop.avatar.face import analyse_photo
    from desktop.avatar.landmarks import MeshModel
    from desktop.bench.avatar import lipsync_driver

    photo = bench_photo()
    renderer = Renderer(photo, analyse_photo(photo, MeshModel()).rig, 512)
    assert lipsync_driver()._pace == renderer.mouth_pace
    assert renderer.mouth_pace.lips < PRESS_RATE
