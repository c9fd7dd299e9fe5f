"""The portrait: face analysis on real photos, rendering, visemes, life, the commands."""

from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from skimage import data

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.face import analyse, find_faces
from desktop.avatar.life import AvatarState, BlinkSchedule, Life, Mood
from desktop.avatar.photo import decode_photo
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig
from desktop.avatar.visemes import (
    SHAPES,
    MouthShape,
    Viseme,
    curve_from_audio,
    curve_from_phonemes,
    viseme_for,
)
from desktop.core.errors import NoFaceFoundError, PhotoUnreadableError
from desktop.core.events import Interrupted, PhonemeTiming, SpeakingStarted

ASTRONAUT_FACE = (179, 68, 93, 105)  # the face mesh's outline


def _png(image: np.ndarray, mode: str | None = None) -> bytes:
    out = io.BytesIO()
    PILImage.fromarray(image, mode).save(out, format="PNG")
    return out.getvalue()


def _near(face: tuple[float, ...], expected: tuple[int, ...], tolerance: float) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(face, expected, strict=True))


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return data.astronaut()


@pytest.fixture(scope="module")
def rig(astronaut: np.ndarray) -> Rig:
    return analyse(astronaut)[1]


def test_astronaut_rig_has_eyes_and_mouth_where_they_are(rig: Rig) -> None:
    assert _near(rig.face, ASTRONAUT_FACE, 8)
    x, y, w, h = rig.face
    for eye in (rig.left_eye, rig.right_eye):
        assert x < eye.center[0] < x + w and y + 0.2 * h < eye.center[1] < y + 0.55 * h
    assert rig.left_eye.center[0] < rig.right_eye.center[0]
    assert y + 0.6 * h < rig.mouth.center[1] < y + h
    assert rig.mouth.left[0] < rig.mouth.center[0] < rig.mouth.right[0]
    assert rig.confidence >= 0.8
    assert Rig.from_json(json.loads(rig.dumps())) == rig


def test_exif_rotation_is_applied(astronaut: np.ndarray) -> None:
    sideways = PILImage.fromarray(np.rot90(astronaut, k=1).copy())  # stored turned left
    exif = PILImage.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    out = io.BytesIO()
    sideways.save(out, format="JPEG", quality=95, exif=exif)
    upright = decode_photo(out.getvalue())
    assert upright.shape[:2] == (512, 512)
    assert find_faces(upright), "the face is found once the photo is upright"


def test_huge_photo_is_downscaled_and_small_faces_are_found(astronaut: np.ndarray) -> None:
    huge = np.kron(astronaut, np.ones((6, 6, 1), dtype=np.uint8))  # 3072 x 3072
    image = decode_photo(_png(huge))
    assert max(image.shape[:2]) == 2048
    assert _near(find_faces(image)[0].box, tuple(v * 4 for v in ASTRONAUT_FACE), 40)
    canvas = np.full((1000, 1000, 3), 200, dtype=np.uint8)
    small = astronaut[::2, ::2]  # a face of about 46 px in a 1000 px photo
    canvas[500 : 500 + small.shape[0], 100 : 100 + small.shape[1]] = small
    faces = find_faces(decode_photo(_png(canvas)))
    assert faces and 35 <= faces[0].box[2] <= 60


def test_greyscale_and_transparent_photos(astronaut: np.ndarray) -> None:
    grey = np.asarray(PILImage.fromarray(astronaut).convert("L"))
    image = decode_photo(_png(grey, "L"))
    assert image.shape == (512, 512, 3) and find_faces(image)
    rgba = np.dstack([astronaut, np.full(astronaut.shape[:2], 255, np.uint8)])
    rgba[:60, :60, 3] = 0  # a transparent corner becomes the calm background
    flat = decode_photo(_png(rgba, "RGBA"))
    assert tuple(flat[10, 10]) == (236, 231, 224)
    assert find_faces(flat)


def test_several_faces_are_all_offered(astronaut: np.ndarray) -> None:
    pair = np.concatenate([astronaut, astronaut[:, ::-1]], axis=1)
    assert len(find_faces(decode_photo(_png(pair)))) >= 2


def test_no_face_and_broken_files() -> None:
    coffee = data.coffee()
    with pytest.raises(NoFaceFoundError):
        analyse(decode_photo(_png(coffee)))
    with pytest.raises(PhotoUnreadableError):
        decode_photo(b"")
    with pytest.raises(PhotoUnreadableError):
        decode_photo(b"\x89PNG\r\n\x1a\n" + b"broken" * 100)
    with pytest.raises(PhotoUnreadableError):
        decode_photo(_png(np.zeros((20, 20, 3), np.uint8)))


def _region_change(a: np.ndarray, b: np.ndarray, box: tuple[int, int, int, int]) -> float:
    x0, y0, x1, y1 = box
    return float(np.abs(a[y0:y1, x0:x1].astype(int) - b[y0:y1, x0:x1].astype(int)).mean())


def test_mouth_shapes_and_blinks_change_only_their_region(astronaut: np.ndarray, rig: Rig) -> None:
    renderer = Renderer(astronaut, rig, 512)
    r = renderer.rig
    neutral = renderer.render(AvatarState())
    m = r.mouth
    mouth_box = (int(m.left[0]), int(m.upper_lip[1]) - 5, int(m.right[0]), int(m.lower_lip[1]) + 25)
    corner = (0, 0, 60, 60)
    for viseme in (Viseme.OPEN, Viseme.ROUND, Viseme.WIDE, Viseme.LIP_TEETH):
        frame = renderer.render(AvatarState(mouth=SHAPES[viseme]))
        assert _region_change(neutral, frame, mouth_box) > 2.0, viseme
        assert _region_change(neutral, frame, corner) == 0.0, viseme
    opened = renderer.render(AvatarState(mouth=SHAPES[Viseme.OPEN]))
    centre = opened[int(m.lower_lip[1]) - 2, int(m.center[0])]
    assert centre.mean() < neutral[int(m.lower_lip[1]) - 2, int(m.center[0])].mean()  # dark inside
    e = r.left_eye
    eye_box = (
        int(e.center[0] - e.width / 2),
        int(e.center[1] - e.height / 2),
        int(e.center[0] + e.width / 2),
        int(e.center[1] + e.height / 2),
    )
    closed = renderer.render(AvatarState(blink=1.0))
    assert _region_change(neutral, closed, eye_box) > 8.0
    assert _region_change(neutral, closed, mouth_box) == 0.0


def test_phonemes_map_to_visemes_in_english_and_mandarin() -> None:
    assert viseme_for("ɑː") is Viseme.OPEN
    assert viseme_for("uː") is Viseme.ROUND
    assert viseme_for("iː") is Viseme.WIDE
    assert viseme_for("m") is Viseme.CLOSED and viseme_for("p") is Viseme.CLOSED
    assert viseme_for("f") is Viseme.LIP_TEETH
    assert viseme_for("a˥˩") is Viseme.OPEN  # Mandarin with a tone mark
    assert viseme_for("tɕʰ") is Viseme.SMALL and viseme_for("y") is Viseme.ROUND
    assert viseme_for("ˈ") is Viseme.REST


def test_mouth_curves_are_smooth_and_close_for_m() -> None:
    timings = [
        PhonemeTiming("m", 0.0, 0.08),
        PhonemeTiming("ɑ", 0.08, 0.2),
        PhonemeTiming("m", 0.28, 0.1),
        PhonemeTiming("uː", 0.38, 0.2),
    ]
    curve = curve_from_phonemes(timings, 0.6)
    assert np.abs(np.diff(curve[:, 0])).max() < 0.25  # a change takes >= 40 ms: no snapping
    # The lips move a little before the sound (ANTICIPATION_S): look around each phoneme.
    assert curve[12:24, 0].max() > 0.6  # open for ɑ, between two m
    assert curve[26:36, 3].max() > 0.95  # pressed for the second m
    assert curve[40:52, 1].max() > 0.5  # round for uː


def test_mouth_from_a_recording_follows_its_loudness() -> None:
    rate = 16000
    t = np.arange(rate) / rate
    voice = (0.3 * np.sin(2 * np.pi * 220 * t) * (t > 0.5)).astype(np.float32)
    curve = curve_from_audio(voice, rate)
    assert curve[10:40, 0].max() < 0.05 and curve[60:90, 0].min() > 0.3


def test_driver_follows_the_playback_clock_and_closes_on_barge_in() -> None:
    driver = AvatarDriver()
    phonemes = (PhonemeTiming("ɑ", 0.1, 0.4),)
    driver.update(SpeakingStarted("Ah", 22050, 22050, 22050, phonemes))
    assert driver.mouth_at(22050 + 0.3 * 22050).open > 0.6
    assert driver.mouth_at(0).open == 0.0  # before the chunk plays: closed
    driver.update(Interrupted(""))
    assert driver.mouth_at(22050 + 0.3 * 22050) == MouthShape()


def test_blinks_are_irregular_brief_and_a_few_seconds_apart() -> None:
    schedule = BlinkSchedule(seed=4)
    t = np.arange(0, 120, 0.01)
    closed = np.array([schedule.amount(x) > 0.5 for x in t])
    starts = t[1:][closed[1:] & ~closed[:-1]]
    gaps = np.diff(starts)
    assert 10 < len(starts) < 70
    assert gaps.std() > 0.3  # irregular
    assert np.median(gaps) > 1.5
    life = Life(seed=2)
    life.set_mood(Mood.LISTENING, 0.0)
    tilts = [life.state(x).head_tilt_deg for x in np.arange(0, 2, 0.02)]
    assert max(abs(a - b) for a, b in itertools.pairwise(tilts)) < 0.2  # no jitter


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "avatar", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_avatar_commands(
    tmp_path: Path, subprocess_env: dict[str, str], astronaut: np.ndarray
) -> None:
    photo = tmp_path / "mum.png"
    photo.write_bytes(_png(astronaut))
    done = _run("rig", str(photo), "--json", env=subprocess_env)
    assert done.returncode == 0, done.stdout + done.stderr
    rig = json.loads(done.stdout)
    assert {"face", "eyes", "mouth", "confidence"} <= set(rig)
    assert len(rig["face"]) == 4 and len(rig["eyes"]) == 2
    nobody = tmp_path / "coffee.png"
    nobody.write_bytes(_png(data.coffee()))
    done = _run("rig", str(nobody), "--json", env=subprocess_env)
    assert done.returncode == 3 and "No face" in done.stdout
    sheet = tmp_path / "sheet.png"
    assert _run("sheet", str(photo), str(sheet), env=subprocess_env).returncode == 0
    assert PILImage.open(sheet).size[0] >= 1024
    clip = tmp_path / "clip.mp4"
    done = _run(
        "video", str(photo), "--text", "Have you eaten yet?", "--out", str(clip), env=subprocess_env
    )
    assert done.returncode == 0, done.stdout + done.stderr
    import av

    with av.open(str(clip)) as container:
        kinds = sorted(s.type for s in container.streams)
        frames = sum(1 for _ in container.decode(video=0))
    assert kinds == ["audio", "video"] and frames > 25
