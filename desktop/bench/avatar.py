"""The portrait's figures for `keepsake bench`: frame rate, frame time, lip-sync offset."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from desktop.avatar.driver import AvatarDriver
from desktop.avatar.face import analyse, analyse_photo
from desktop.avatar.landmarks import MeshModel
from desktop.avatar.life import Life
from desktop.avatar.measure import quality
from desktop.avatar.photo import Image
from desktop.avatar.render import Renderer
from desktop.avatar.visemes import SHAPES, MouthShape, Viseme
from desktop.core.conversation import Conversation
from desktop.core.events import EngineEvent, TurnFinished
from desktop.services.engine_setup import Adapters
from desktop.voice.engine import ConversationEngine, EngineConfig
from desktop.voice.file_devices import FileOutput, PlayedBlock

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


def visible_opening(shape: MouthShape) -> float:
    """How open the mouth looks: the jaw's opening, and the ring of rounded lips (an o is an
    open mouth though the jaw barely drops)."""
    return shape.open + 0.5 * shape.round


def lipsync_offsets(
    adapters: Adapters,
    system_prompt: str,
    utterances: int = LIPSYNC_UTTERANCES,
    rate_hz: int = 100,
    latency_s: float = 0.0,
) -> list[float]:
    """Per utterance, the lag (ms) that best aligns the mouth's opening with the played speech.

    Each of the SPOKEN sentences goes through the real engine as a line the portrait says
    (`ConversationEngine.say`): the speech out, playback buffer, real-time output clock and
    avatar driver are the app's own, and the words are the ones chosen here (asked through
    the language model, the small one said other lines, often the same one again, so the
    figure measured its replies, not the timing). Positive means the mouth moves after the
    sound. The mouth is how open it looks (`visible_opening`), the sound its loudness (the
    square root of its level, so the loudest vowels do not decide). With `latency_s` the
    output sounds each block that long after taking it, as a sound card does.
    """
    driver = AvatarDriver()
    done = threading.Event()

    def on_event(event: EngineEvent) -> None:
        driver.update(event)
        if isinstance(event, TurnFinished):
            done.set()

    output = FileOutput(adapters.tts.sample_rate, realtime=True, latency_s=latency_s)
    engine = ConversationEngine(
        None,
        adapters.llm,
        adapters.tts,
        Conversation(system_prompt),
        on_event,
        output=output,
        config=EngineConfig(max_reply_sentences=2),
    )
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:  # a 100 Hz "display" reading the playback clock
        while not stop.wait(1 / rate_hz):
            now = time.monotonic()
            position = output.buffer.position_at(now)
            samples.append((now, visible_opening(driver.mouth_at(position))))

    sampler = threading.Thread(target=sample, name="lipsync-sampler", daemon=True)
    engine.start()
    sampler.start()
    offsets: list[float] = []
    try:
        engine.wait_ready(120)
        for text in SPOKEN[:utterances]:
            done.clear()
            start = time.monotonic()
            engine.say(text)
            done.wait(60)
            engine.wait_idle(60)
            lag = best_lag(output, [s for s in samples if s[0] >= start])
            if lag is not None:
                offsets.append(lag)
    finally:
        stop.set()
        sampler.join()
        engine.stop()
    return offsets


LAG_RANGE_MS = 200
LOUDNESS_WINDOW_S = 0.04


class PlayedAudio(Protocol):
    """What an output played, block by block (`FileOutput`)."""

    sample_rate: int

    @property
    def blocks(self) -> Sequence[PlayedBlock]: ...

    def recording(self) -> npt.NDArray[np.float32]: ...


def best_lag(output: PlayedAudio, samples: list[tuple[float, float]]) -> float | None:
    """The lag (ms, to a fraction of one) at which the mouth samples (time, opening) best
    correlate with the loudness of what `output` played: every 1 ms within
    ±LAG_RANGE_MS, the peak refined by a parabola through its neighbours (a 5 ms grid
    alone rounds each utterance by up to 2.5 ms)."""
    audio = output.recording().astype(np.float64)
    rate = output.sample_rate
    blocks = list(output.blocks)
    if len(samples) < 50 or not blocks:
        return None
    starts = np.cumsum([0] + [b.samples for b in blocks[:-1]])
    times = np.array([b.time for b in blocks])
    t = np.array([s[0] for s in samples])
    mouth = np.array([s[1] for s in samples], dtype=np.float64)
    if mouth.std() < 1e-3:
        return None
    half = int(LOUDNESS_WINDOW_S / 2 * rate)
    energy = np.concatenate([[0.0], np.cumsum(audio**2)])

    def loudness(at: np.ndarray) -> np.ndarray:
        idx = np.searchsorted(times, at) - 1
        i = np.clip(idx, 0, None)
        pos = (starts[i] + (at - times[i]) * rate).astype(int)
        lo, hi = np.clip(pos - half, 0, len(audio)), np.clip(pos + half, 0, len(audio))
        mean = (energy[hi] - energy[lo]) / np.maximum(hi - lo, 1)
        return np.where((idx >= 0) & (hi > lo), np.maximum(mean, 0.0) ** 0.25, 0.0)

    lags = np.arange(-LAG_RANGE_MS, LAG_RANGE_MS + 1)
    scores = np.full(len(lags), -np.inf)
    for k, lag_ms in enumerate(lags):
        env = loudness(t - lag_ms / 1000)
        if env.std() > 1e-6:
            scores[k] = float(np.corrcoef(mouth, env)[0, 1])
    k = int(np.argmax(scores))
    if not np.isfinite(scores[k]):
        return None
    return float(lags[k]) + _parabola_peak(scores, k)


def _parabola_peak(scores: np.ndarray, k: int) -> float:
    """Where, within ±0.5 of index `k`, a parabola through scores k-1, k, k+1 peaks."""
    if not 0 < k < len(scores) - 1 or not np.all(np.isfinite(scores[k - 1 : k + 2])):
        return 0.0
    a, b, c = scores[k - 1], scores[k], scores[k + 1]
    den = a - 2 * b + c
    return float(np.clip(0.5 * (a - c) / den, -0.5, 0.5)) if den < 0 else 0.0


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


def _offset_figures(offsets: list[float]) -> dict[str, Any]:
    return {
        "mean": round(float(np.mean(offsets)), 1) if offsets else None,
        "max_abs": round(float(np.max(np.abs(offsets))), 1) if offsets else None,
        "utterances": len(offsets),
    }
