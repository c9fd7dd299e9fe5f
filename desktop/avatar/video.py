"""Writing a short talking video of the portrait with its audio (PyAV: H.264 + AAC in MP4)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from fractions import Fraction
from pathlib import Path

import numpy as np

from desktop.avatar.measure import speech_states
from desktop.avatar.photo import Image
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig
from desktop.avatar.visemes import Floats
from desktop.core.events import PhonemeTiming

FPS = 25
LEAD_IN_S = 0.6
TAIL_S = 0.8


def frames_for(
    photo: Image,
    rig: Rig,
    phonemes: Sequence[PhonemeTiming],
    seconds: float,
    size: int = 512,
) -> Iterator[Image]:
    """Frames at FPS: a calm moment, the speech (mouth, nods, a slight turn), a calm moment."""
    renderer = Renderer(photo, rig, size)
    states = speech_states(
        phonemes, seconds, FPS, lead_s=LEAD_IN_S, tail_s=TAIL_S,
        pace=renderer.mouth_pace,
    )  # fmt: skip
    for state in states:
        yield renderer.render(state)


def write_video(
    path: Path, frames: Iterator[Image], audio: Floats, sample_rate: int, size: int
) -> float:
    """Encode frames and audio (which starts after LEAD_IN_S); returns the duration."""
    import av

    with av.open(str(path), mode="w") as container:
        video = container.add_stream("libx264", rate=FPS)
        video.width = video.height = size
        video.pix_fmt = "yuv420p"
        video.options = {"crf": "20", "preset": "veryfast"}
        sound = container.add_stream("aac", rate=sample_rate)
        sound.layout = "mono"
        count = 0
        for frame in frames:
            for packet in video.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                container.mux(packet)
            count += 1
        for packet in video.encode():
            container.mux(packet)
        lead = np.zeros(int(LEAD_IN_S * sample_rate), dtype=np.float32)
        pcm = np.concatenate([lead, audio.astype(np.float32)])
        step = 1024
        for start in range(0, len(pcm), step):
            chunk = pcm[start : start + step]
            af = av.AudioFrame.from_ndarray(chunk[None, :], format="flt", layout="mono")
            af.sample_rate = sample_rate
            af.pts = start
            af.time_base = Fraction(1, sample_rate)
            for packet in sound.encode(af):
                container.mux(packet)
        for packet in sound.encode():
            container.mux(packet)
    return count / FPS
