"""Life when idle: blinking, breathing, a tiny head sway, and the poise of each call state.

Pure functions of time (seconds) and a seed, so a frame can be rendered for any moment and
the same moment always looks the same.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

from desktop.avatar.head_motion import IdleMotion
from desktop.avatar.visemes import MouthShape


class Mood(StrEnum):
    IDLE = "idle"
    LISTENING = "listening"  # attentive: head a little up, eyes open wider, fewer blinks
    THINKING = "thinking"  # calm: head a little down and to the side
    SPEAKING = "speaking"


@dataclass(frozen=True, slots=True)
class AvatarState:
    """Everything the renderer needs for one frame."""

    mouth: MouthShape = MouthShape()
    blink: float = 0.0  # 0 open .. 1 closed
    head_dx: float = 0.0  # in face widths
    head_dy: float = 0.0
    head_tilt_deg: float = 0.0  # roll, about the neck
    breath: float = 0.0  # -1 .. 1
    head_yaw_deg: float = 0.0  # a turn (positive: the nose moves to the right of the picture)
    head_pitch_deg: float = 0.0  # a nod (positive: the face moves down)
    gaze_x: float = 0.0  # -1 .. 1, in a third of the iris' radius
    gaze_y: float = 0.0


BLINK_CLOSE_S = 0.06
BLINK_HOLD_S = 0.03
BLINK_OPEN_S = 0.09


class BlinkSchedule:
    """Irregular blinks a few seconds apart (sometimes a double blink), ~180 ms each."""

    def __init__(self, seed: int = 1, horizon_s: float = 3600.0) -> None:
        rng = random.Random(seed)
        self._starts: list[float] = []
        t = rng.uniform(0.8, 2.5)
        while t < horizon_s:
            self._starts.append(t)
            if rng.random() < 0.12:
                self._starts.append(t + 0.32)
                t += 0.32
            t += min(9.0, max(1.6, rng.gammavariate(4.0, 1.0)))

    def amount(self, t: float, rate: float = 1.0) -> float:
        """How closed the eyes are at `t`; `rate` < 1 makes blinks rarer (attentive)."""
        if rate <= 0:
            return 0.0
        scaled = t * rate
        i = bisect_right(self._starts, scaled) - 1
        if i < 0:
            return 0.0
        dt = (scaled - self._starts[i]) / rate
        if dt < BLINK_CLOSE_S:
            return _ease(dt / BLINK_CLOSE_S)
        dt -= BLINK_CLOSE_S
        if dt < BLINK_HOLD_S:
            return 1.0
        dt -= BLINK_HOLD_S
        if dt < BLINK_OPEN_S:
            return 1.0 - _ease(dt / BLINK_OPEN_S)
        return 0.0


def _ease(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * x * (3 - 2 * x)


@dataclass(frozen=True, slots=True)
class Poise:
    dx: float = 0.0
    dy: float = 0.0
    tilt: float = 0.0
    sway: float = 1.0
    blink_rate: float = 1.0
    listening: float = 0.0  # how much of the listening nods to make


POISE = {
    Mood.IDLE: Poise(listening=0.5),
    Mood.LISTENING: Poise(dy=-0.006, tilt=1.2, sway=0.6, blink_rate=0.8, listening=1.0),
    Mood.THINKING: Poise(dx=0.004, dy=0.006, tilt=-1.5, sway=0.5, blink_rate=0.7),
    Mood.SPEAKING: Poise(sway=1.3),
}
POISE_EASE_S = 0.45


class Life:
    """Blinks, breath and sway at time `t`, blending smoothly into each new mood."""

    def __init__(self, seed: int = 1) -> None:
        self.blinks = BlinkSchedule(seed)
        self.idle = IdleMotion(seed)
        self._mood = Mood.IDLE
        self._previous = POISE[Mood.IDLE]
        self._since = 0.0

    @property
    def mood(self) -> Mood:
        return self._mood

    def set_mood(self, mood: Mood, t: float) -> None:
        if mood is self._mood:
            return
        self._previous = self._poise(t)
        self._mood = mood
        self._since = t

    def _poise(self, t: float) -> Poise:
        target = POISE[self._mood]
        k = _ease((t - self._since) / POISE_EASE_S)
        a = self._previous
        return Poise(
            a.dx + (target.dx - a.dx) * k,
            a.dy + (target.dy - a.dy) * k,
            a.tilt + (target.tilt - a.tilt) * k,
            a.sway + (target.sway - a.sway) * k,
            a.blink_rate + (target.blink_rate - a.blink_rate) * k,
            a.listening + (target.listening - a.listening) * k,
        )

    def state(
        self, t: float, mouth: MouthShape | None = None, nod: float = 0.0, turn: float = 0.0
    ) -> AvatarState:
        """The frame at `t`; `nod` and `turn` (degrees) come from the speech being played."""
        poise = self._poise(t)
        sway = poise.sway
        gaze_x, gaze_y = self.idle.gaze(t)
        return AvatarState(
            mouth=mouth or MouthShape(),
            blink=self.blinks.amount(t, poise.blink_rate),
            head_dx=poise.dx + sway * 0.004 * (math.sin(t * 0.43) + 0.6 * math.sin(t * 0.71 + 1.3)),
            head_dy=poise.dy + sway * 0.003 * math.sin(t * 0.53 + 0.4),
            head_tilt_deg=poise.tilt
            + sway * 0.6 * (math.sin(t * 0.37 + 2.1) + 0.5 * math.sin(t * 0.89)),
            breath=math.sin(2 * math.pi * 0.22 * t),
            head_yaw_deg=turn,
            head_pitch_deg=nod + poise.listening * self.idle.listening_nod(t),
            gaze_x=gaze_x,
            gaze_y=gaze_y,
        )
