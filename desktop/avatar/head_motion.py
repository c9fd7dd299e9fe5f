"""The head's motion in a conversation, as pure functions of time and a seed.

Speaking: a small nod on each stressed word (the espeak stress mark before its vowel), a
slight turn at each new sentence. Listening: now and then a slow, small nod. The eyes make
small shifts of gaze every few seconds, and come back to the person.
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Sequence

from desktop.core.events import PhonemeTiming

STRESS = "ˈ"
NOD_DEG = 1.3  # a nod on a stressed word
NOD_S = 0.45
MIN_NOD_GAP_S = 0.55
TURN_S = 0.8  # how long a new sentence's turn takes
LISTEN_NOD_DEG = 0.9
LISTEN_NOD_S = 0.9


def stress_times(phonemes: Sequence[PhonemeTiming]) -> tuple[float, ...]:
    """When each stressed syllable starts (seconds into its chunk), at most one per 0.55 s."""
    out: list[float] = []
    for p in phonemes:
        if STRESS in p.phoneme and (not out or p.start_s - out[-1] >= MIN_NOD_GAP_S):
            out.append(p.start_s)
    return tuple(out)


def _bump(x: float, length: float) -> float:
    """0 -> 1 -> 0 over `length` seconds, rising faster than it falls."""
    if x <= 0 or x >= length:
        return 0.0
    k = x / length
    return math.sin(math.pi * k**0.7) ** 2


def nod_degrees(stresses: Sequence[float], t: float) -> float:
    """The nod at `t` seconds into a chunk with stressed syllables at `stresses`."""
    i = bisect_right(list(stresses), t) - 1
    total = 0.0
    for k in (i - 1, i):
        if 0 <= k < len(stresses):
            scale = 0.8 + 0.4 * ((k * 0.618) % 1.0)  # not every nod the same
            total += NOD_DEG * scale * _bump(t - stresses[k], NOD_S)
    return total


def sentence_turn(seed: int, previous: float) -> float:
    """The slight turn (degrees) a new sentence is spoken with: away from the last one."""
    rng = random.Random(seed)
    side = -1.0 if previous > 0 else 1.0
    return side * rng.uniform(0.8, 2.2)


def turn_degrees(previous: float, target: float, t: float) -> float:
    k = min(max(t / TURN_S, 0.0), 1.0)
    return previous + (target - previous) * k * k * (3 - 2 * k)


class IdleMotion:
    """Listening nods and gaze shifts at irregular moments (seeded)."""

    def __init__(self, seed: int = 1, horizon_s: float = 3600.0) -> None:
        rng = random.Random(seed * 7919 + 13)
        self._nods: list[float] = []
        t = rng.uniform(1.5, 3.5)
        while t < horizon_s:
            self._nods.append(t)
            t += rng.uniform(2.5, 6.0)
        self._gaze_times: list[float] = [0.0]
        self._gaze: list[tuple[float, float]] = [(0.0, 0.0)]
        t = rng.uniform(1.0, 2.5)
        while t < horizon_s:
            away = rng.random() < 0.5
            target = (rng.uniform(-0.7, 0.7), rng.uniform(-0.35, 0.25)) if away else (0.0, 0.0)
            self._gaze_times.append(t)
            self._gaze.append(target)
            t += rng.uniform(0.6, 1.8) if away else rng.uniform(1.5, 4.0)

    def listening_nod(self, t: float) -> float:
        i = bisect_right(self._nods, t) - 1
        if i < 0:
            return 0.0
        return LISTEN_NOD_DEG * _bump(t - self._nods[i], LISTEN_NOD_S)

    def gaze(self, t: float) -> tuple[float, float]:
        """A quick shift (60 ms) to each new target, held until the next."""
        i = bisect_right(self._gaze_times, t) - 1
        if i <= 0:
            return self._gaze[max(i, 0)]
        k = min((t - self._gaze_times[i]) / 0.06, 1.0)
        (ax, ay), (bx, by) = self._gaze[i - 1], self._gaze[i]
        return ax + (bx - ax) * k, ay + (by - ay) * k
