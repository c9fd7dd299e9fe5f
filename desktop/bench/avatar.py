"""The portrait's figures for `keepsake bench`: frame rate, frame time, lip-sync offset."""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.face import analyse, analyse_photo
from desktop.avatar.landmarks import MeshModel
from desktop.avatar.life import Life
from desktop.avatar.measure import quality
from desktop.avatar.photo import Image
from desktop.avatar.portrait_pace import portrait_driver
from desktop.avatar.render import Renderer
from desktop.avatar.visemes import SHAPES, Viseme
from desktop.bench.lipsync import SEARCH_HALF_MS, Curve, LagFit, fit_lags, lag_scores
from desktop.bench.speaking import SpeakingPortrait
from desktop.services.engine_setup import Adapters
from desktop.voice.file_devices import FileOutput

SPOKEN = (
    "Have you eaten yet? I made your favourite soup.",
    "Remember to wear a warm coat, it is cold outside.",
    "I am so proud of you, my dear.",
    "Your father would have loved to see this garden in bloom.",
    "Do not worry about me, I am always with you.",
    "Tell me about your week. Did you sleep well?",
    "We used to walk by the river every Sunday morning.",
    "Call your brother, he misses you more than he says.",
    "It is alright to be sad sometimes, my love.",
    "I kept your letters in the blue box under the bed.",
)
LIPSYNC_UTTERANCES = len(SPOKEN)  # one sentence's offset is noisy (about 10 ms): ten of them


def closed_mouth_photo() -> Image:
    """Grace Hopper's official US Navy portrait (public domain), shipped with Keepsake."""
    from importlib import resources

    from desktop.avatar.photo import decode_photo

    data = resources.files("desktop").joinpath("data/grace_hopper.jpg").read_bytes()
    return decode_photo(data)


def landmark_ms(photo: Image, runs: int = 5) -> float:
    """Median time to find the face mesh in a photo, on one core (models loaded)."""
    import cv2

    model = MeshModel()
    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    try:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            model.find(photo)
            times.append(time.perf_counter() - start)
    finally:
        cv2.setNumThreads(threads)
    return float(np.median(times) * 1000)


def avatar_quality(adapters: Adapters) -> dict[str, Any]:
    """The objective checks on a spoken sentence, for a smiling and a closed-mouth photo;
    the top-level figures are the worse of the two."""
    chunk = adapters.tts.synthesize(SPOKEN[0] + " " + SPOKEN[2])
    model = MeshModel()
    photos: dict[str, Any] = {}
    for name, photo in (("astronaut", bench_photo()), ("closed_mouth", closed_mouth_photo())):
        result = analyse_photo(photo, model)
        report = quality(photo, result.rig, chunk.phonemes, chunk.seconds, model)
        photos[name] = report.to_json()
    worst: dict[str, Any] = {}
    for key, pick in (
        ("mouth_follow_r", min),
        ("bilabial_closed_share", min),
        ("face_found_share", min),
        ("upper_face_ssim", min),
        ("mouth_interior_luma", None),
        ("mouth_jump_max", max),
    ):
        values = [p[key] for p in photos.values()]
        if pick is None:  # the one furthest from the middle of its 0.2-0.6 band
            worst[key] = max(values, key=lambda v: abs(v - 0.4))
        else:
            worst[key] = pick(values)
    return {**worst, "photos": photos}


def bench_photo() -> Image:
    """A real photo that ships offline (scikit-image), else a synthetic face-like test card."""
    try:
        from skimage import data

        image: Image = data.astronaut()  # type: ignore[no-untyped-call]
        return image
    except ImportError:
        return _drawn_face()


def lipsync_driver() -> AvatarDriver:
    """The driver of the bench photo's portrait, built as the call builds it
    (`portrait_driver`): the lip-sync offsets are the mouth's at that portrait's pace."""
    photo = bench_photo()
    return portrait_driver(photo, analyse_photo(photo, MeshModel()).rig)


def _drawn_face() -> Image:
    import cv2

    img = np.full((512, 512, 3), 200, np.uint8)
    cv2.ellipse(img, (256, 240), (110, 140), 0, 0, 360, (205, 170, 150), -1)
    for x in (215, 297):
        cv2.ellipse(img, (x, 215), (20, 9), 0, 0, 360, (250, 250, 250), -1)
        cv2.circle(img, (x, 215), 7, (60, 40, 30), -1)
    cv2.ellipse(img, (256, 320), (40, 9), 0, 0, 360, (170, 90, 90), -1)
    return img


def _states(n: int) -> list[Any]:
    life = Life(seed=5)
    visemes = [SHAPES[v] for v in Viseme]
    return [life.state(i / 60, visemes[i % len(visemes)]) for i in range(n)]


def render_speed(photo: Image, size: int, frames: int) -> tuple[float, float]:
    """(frames per second, 95th-percentile ms) on one core."""
    import cv2

    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    try:
        _faces, rig = analyse(photo)
        renderer = Renderer(photo, rig, size)
        states = _states(frames)
        times = []
        for state in states:
            start = time.perf_counter()
            renderer.render(state)
            times.append(time.perf_counter() - start)
    finally:
        cv2.setNumThreads(threads)
    return 1.0 / float(np.mean(times)), float(np.percentile(times, 95) * 1000)


def lipsync_offsets(
    adapters: Adapters,
    system_prompt: str,
    utterances: int = LIPSYNC_UTTERANCES,
    rate_hz: int = 100,
    latency_s: float = 0.0,
) -> tuple[float | None, list[LagFit]]:
    """The run's common lag (ms) and, per utterance, the lag that best aligns the mouth's
    opening with the played speech.

    Each of the SPOKEN sentences goes through the real engine as a line the portrait says
    (`ConversationEngine.say`): the speech out, playback buffer, real-time output clock and
    avatar driver are the app's own, and the words are the ones chosen here (asked through
    the language model, the small one said other lines, often the same one again, so the
    figure measured its replies, not the timing). Positive means the mouth moves after the
    sound. The mouth is how open it looks (speaking.py), the sound its loudness (the
    square root of its level, so the loudest vowels do not decide). With `latency_s` the
    output sounds each block that long after taking it, as a sound card does. Every sentence
    said has its fit, measured or not (`desktop/bench/lipsync.py`).
    """
    output = FileOutput(adapters.tts.sample_rate, realtime=True, latency_s=latency_s)
    curves: list[Curve | str] = []
    with SpeakingPortrait(adapters, system_prompt, output, lipsync_driver(), rate_hz) as portrait:
        for text in SPOKEN[:utterances]:
            _start, samples = portrait.say(text)
            curves.append(lag_scores(output, samples))
    return fit_lags(curves)


def bench_avatar(adapters: Adapters, system_prompt: str, quick: bool) -> dict[str, Any]:
    photo = bench_photo()
    fps_512, p95_512 = render_speed(photo, 512, 90 if quick else 400)
    fps_1024, _ = render_speed(photo, 1024, 30 if quick else 120)
    offsets = lipsync_offsets(adapters, system_prompt, 4 if quick else LIPSYNC_UTTERANCES)
    # a card that sounds each block 60 ms after taking it: the mouth must wait for the sound
    late = lipsync_offsets(adapters, system_prompt, 4, latency_s=CARD_LATENCY_S)
    return {
        "avatar_quality": avatar_quality(adapters),
        "landmark_ms": round(landmark_ms(photo), 1),
        "avatar_fps_512": round(fps_512, 1),
        "avatar_fps_1024": round(fps_1024, 1),
        "avatar_frame_ms_p95": round(p95_512, 2),
        "avatar_core_share_at_30fps": round(30 / fps_512, 3),
        "lipsync_offset_ms": _offset_figures(offsets),
        "lipsync_offset_ms_card_latency": {
            "latency_ms": round(CARD_LATENCY_S * 1000),
            **_offset_figures(late),
        },
    }


CARD_LATENCY_S = 0.06


def _offset_figures(run: tuple[float | None, list[LagFit]]) -> dict[str, Any]:
    """`utterances` counts the measured ones; `per_utterance` has every sentence said."""
    common, fits = run
    offsets = [f.lag_ms for f in fits if f.lag_ms is not None]
    return {
        "mean": round(float(np.mean(offsets)), 1) if offsets else None,
        "max_abs": round(float(np.max(np.abs(offsets))), 1) if offsets else None,
        "utterances": len(offsets),
        "said": len(fits),
        "unmeasured": len(fits) - len(offsets),
        "ambiguous": sum(f.ambiguous for f in fits),
        "common_ms": None if common is None else round(common, 1),
        "search_ms": SEARCH_HALF_MS,
        "per_utterance": [{"text": t, **f.to_json()} for t, f in zip(SPOKEN, fits, strict=False)],
    }
