"""Objective checks of a talking portrait: the landmark model looks at the rendered frames.

A sentence is rendered frame by frame as in a call (its mouth curve, blinks, the head's
small motion); each frame goes back through the face mesh model, which measures the gap
between the inner lips in eye distances (IOD). Figures (`keepsake bench` → avatar_quality):

- mouth_follow_r: correlation of the measured gap with the commanded one;
- bilabial_closed_share: share of p/b/m frames whose measured gap is at most 0.02 IOD;
- face_found_share: share of frames in which the model finds the face with a high score;
- upper_face_ssim: SSIM of the face above the nose against the photo in the same pose;
- mouth_interior_luma: the painted inside of the open mouth against the lips' brightness;
- mouth_jump_max: the largest change of the measured gap from one frame to the next (and
  where: `mouth_jump_at_s`, seconds into the sentence, with the commanded gap's change there,
  `mouth_jump_commanded`).

A frame's gap is the mean of the model's readings of it at four half-pixel shifts
(`steady_gap`): the same frame moved by a third of a pixel, which no one can see, was read
up to 0.035 IOD apart (0.003-0.004 IOD on average over a sentence, `gap_reading_sd`), and
the largest jump between two frames of 300 picked out the reading's noise more than the
frames' change (0.051 IOD measured where 0.002 was commanded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop.avatar import topology as topo
from desktop.avatar.articulation import articulated
from desktop.avatar.head_motion import nod_degrees, sentence_turn, stress_times, turn_degrees
from desktop.avatar.landmarks import MeshModel
from desktop.avatar.life import AvatarState, Life, Mood
from desktop.avatar.mouth import luma
from desktop.avatar.photo import Image
from desktop.avatar.render import Renderer
from desktop.avatar.rig import Rig
from desktop.avatar.visemes import (
    ANTICIPATION_S,
    MouthPace,
    MouthShape,
    Viseme,
    curve_from_phonemes,
    sample_curve,
    viseme_for,
)
from desktop.core.events import PhonemeTiming

FPS = 60  # the call's portrait is drawn at the display's rate, up to 60 Hz
LEAD_S = 0.4
CLOSED_IOD = 0.02
HIGH_SCORE = 0.9  # of the score the model gives the photo itself
READ_SHIFTS = ((0.0, 0.0), (0.5, 0.0), (0.0, 0.5), (0.5, 0.5))  # pixels (x, y)


@dataclass(frozen=True, slots=True)
class QualityReport:
    mouth_follow_r: float
    bilabial_closed_share: float
    face_found_share: float
    upper_face_ssim: float
    mouth_interior_luma: float
    mouth_jump_max: float
    frames: int
    bilabial_frames: int
    mouth_jump_at_s: float = 0.0
    mouth_jump_commanded: float = 0.0
    gap_reading_sd: float = 0.0  # the spread of one frame's readings (READ_SHIFTS), mean

    def to_json(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def measured_gap(model: MeshModel, frame: Image) -> tuple[float, float] | None:
    """(inner-lip gap in IOD, the model's score) for the face in a frame, or None.

    The score is the lower of the detector's (relative to the photo's own: see `quality`)
    and the mesh model's face score."""
    faces = model.find(frame, max_faces=1)
    if not faces:
        return None
    p = faces[0].points
    left, right = p[topo.IRIS_LEFT[0], :2], p[topo.IRIS_RIGHT[0], :2]
    iod = float(np.hypot(*(right - left)))
    down = np.array([-(right - left)[1], (right - left)[0]]) / max(iod, 1e-6)
    gap = float(np.dot(p[topo.LOWER_LIP_INNER, :2] - p[topo.UPPER_LIP_INNER, :2], down)) / iod
    return max(gap, 0.0), faces[0].detection_score * faces[0].presence


@dataclass(frozen=True, slots=True)
class GapReading:
    """A frame's gap (IOD, the mean of its readings), their spread, and the face's score."""

    gap: float
    spread: float
    score: float


def steady_gap(model: MeshModel, frame: Image) -> GapReading | None:
    """The gap read on the frame as it is and moved by half a pixel (READ_SHIFTS), or None
    if the face is not found in the frame as it is. The score is the unmoved frame's."""
    import cv2

    first = measured_gap(model, frame)
    if first is None:
        return None
    gaps = [first[0]]
    h, w = frame.shape[:2]
    for dx, dy in READ_SHIFTS[1:]:
        move = np.array([[1.0, 0.0, dx], [0.0, 1.0, dy]], np.float32)
        moved = cv2.warpAffine(frame, move, (w, h), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
        reading = measured_gap(model, moved)
        if reading is not None:
            gaps.append(reading[0])
    return GapReading(float(np.mean(gaps)), float(np.std(gaps)), first[1])


def ssim(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> float:
    """Mean structural similarity of two grey images (Gaussian window, sigma 1.5)."""
    import cv2

    c1, c2 = (0.01 * 255) ** 2, (0.03 * 255) ** 2

    def blur(x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
        out: npt.NDArray[np.float32] = cv2.GaussianBlur(x, (11, 11), 1.5)
        return out

    ma, mb = blur(a), blur(b)
    va, vb, cov = blur(a * a) - ma * ma, blur(b * b) - mb * mb, blur(a * b) - ma * mb
    value = ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2))
    return float(value.mean())


def _grey(image: Image) -> npt.NDArray[np.float32]:
    import cv2

    out: npt.NDArray[np.float32] = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY).astype(np.float32)
    return out


def bilabial_times(phonemes: Sequence[PhonemeTiming]) -> list[float]:
    """The middle of each p, b, m as the lips make it (a little before it is heard), on the
    spans the mouth follows (`articulated`)."""
    return [
        p.start_s + p.duration_s / 2 - ANTICIPATION_S
        for p in articulated(phonemes)
        if viseme_for(p.phoneme) is Viseme.CLOSED
    ]


def speech_states(
    phonemes: Sequence[PhonemeTiming],
    seconds: float,
    fps: int = FPS,
    seed: int = 3,
    lead_s: float = LEAD_S,
    tail_s: float = LEAD_S,
    pace: MouthPace | None = None,
) -> list[AvatarState]:
    """The states of a sentence spoken in a call, with a calm moment before and after;
    `pace` is the portrait's own (`Renderer.mouth_pace`)."""
    curve = curve_from_phonemes(phonemes, seconds, pace)
    life = Life(seed=seed)
    life.set_mood(Mood.SPEAKING, 0.0)
    stresses = stress_times(phonemes)
    turn = sentence_turn(seed, 0.0)
    total = lead_s + seconds + tail_s
    states = []
    for i in range(int(total * fps)):
        t = i / fps
        if t > lead_s + seconds:
            life.set_mood(Mood.IDLE, t)
        nod = nod_degrees(stresses, t - lead_s)
        mouth = sample_curve(curve, t - lead_s)
        states.append(life.state(t, mouth, nod, turn_degrees(0.0, turn, t - lead_s)))
    return states


def quality(
    photo: Image,
    rig: Rig,
    phonemes: Sequence[PhonemeTiming],
    seconds: float,
    model: MeshModel,
    size: int = 512,
    fps: int = FPS,
) -> QualityReport:
    renderer = Renderer(photo, rig, size)
    states = speech_states(phonemes, seconds, fps, pace=renderer.mouth_pace)
    closed_at = {round((LEAD_S + t) * fps) for t in bilabial_times(phonemes)}
    pts = renderer.points
    top = max(0, int(pts[list(topo.FACE_OVAL), 1].min()))
    nose = int(pts[topo.NOSE_TIP, 1])
    left, right = int(pts[topo.LEFT_CHEEK_EDGE, 0]), int(pts[topo.RIGHT_CHEEK_EDGE, 0])
    lips = renderer.look.lips_luma
    own = measured_gap(model, renderer.image)
    high = HIGH_SCORE * (own[1] if own is not None else 1.0)  # as sure as on the photo itself
    measured, commanded, found, ssims, interior = [], [], 0, [], []
    bilabial: list[float] = []
    spreads: list[float] = []
    for i, state in enumerate(states):
        frame, info = renderer.render_with_info(state)
        result = steady_gap(model, frame)
        gap = float("nan")
        if result is not None:
            found += result.score >= high
            gap = result.gap
            spreads.append(result.spread)
        measured.append(gap)
        commanded.append(info.gap_iod)
        if i in closed_at:
            bilabial.append(gap)
        still = replace(state, mouth=MouthShape(), blink=0.0, gaze_x=0.0, gaze_y=0.0)
        reference = renderer.render(still)
        ssims.append(
            ssim(_grey(frame[top:nose, left:right]), _grey(reference[top:nose, left:right]))
        )
        if info.cavity is not None and int(info.cavity.sum()) >= 20:
            still = AvatarState(mouth=state.mouth, blink=state.blink)
            still_frame, still_info = renderer.render_with_info(still)
            if still_info.cavity is not None and still_info.cavity.any():
                inside = still_frame[still_info.cavity].astype(np.float32).mean(axis=0)
                interior.append(luma(inside) / lips)
    m, c = np.array(measured), np.array(commanded)
    ok = ~np.isnan(m)
    follow = float(np.corrcoef(m[ok], c[ok])[0, 1]) if ok.sum() > 2 and m[ok].std() > 0 else 0.0
    jumps = np.abs(np.diff(m))
    at = int(np.nanargmax(jumps)) if len(jumps) and not np.all(np.isnan(jumps)) else 0
    closed = [g for g in bilabial if not np.isnan(g)]
    return QualityReport(
        mouth_follow_r=follow,
        bilabial_closed_share=(sum(g <= CLOSED_IOD for g in closed) / len(bilabial))
        if bilabial
        else 1.0,
        face_found_share=found / len(states),
        upper_face_ssim=float(np.mean(ssims)),
        mouth_interior_luma=float(np.mean(interior)) if interior else 0.0,
        mouth_jump_max=float(np.nanmax(jumps)) if len(jumps) else 0.0,
        frames=len(states),
        bilabial_frames=len(bilabial),
        mouth_jump_at_s=(at / fps - LEAD_S) if len(jumps) else 0.0,
        mouth_jump_commanded=float(abs(c[at + 1] - c[at])) if len(jumps) else 0.0,
        gap_reading_sd=float(np.mean(spreads)) if spreads else 0.0,
    )
