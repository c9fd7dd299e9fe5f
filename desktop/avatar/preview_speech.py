"""A sentence for previewing a portrait without a voice model: "Hello, my dear. I am so
happy to see you." as the default Piper voice times its phonemes, looped with a pause."""

from __future__ import annotations

from collections.abc import Callable

from desktop.avatar.driver import AvatarDriver
from desktop.core.events import PhonemeTiming, SpeakingStarted

RATE = 22050
SECONDS = 2.91
PAUSE_S = 1.6
_TIMINGS = (
    ("^", 0.0, 0.035), ("h", 0.035, 0.046), ("ə", 0.081, 0.046), ("l", 0.128, 0.058),
    ("ˈ", 0.186, 0.093), ("o", 0.279, 0.07), ("ʊ", 0.348, 0.046), (",", 0.395, 0.197),
    (" ", 0.592, 0.093), ("m", 0.685, 0.035), ("a", 0.72, 0.046), ("ɪ", 0.766, 0.035),
    (" ", 0.801, 0.058), ("d", 0.859, 0.07), ("ˈ", 0.929, 0.081), ("ɪ", 1.01, 0.07),
    ("ɹ", 1.08, 0.046), (".", 1.126, 0.104), ("$", 1.231, 0.081), ("^", 1.312, 0.058),
    ("a", 1.37, 0.058), ("ɪ", 1.428, 0.128), ("ɐ", 1.556, 0.093), ("m", 1.649, 0.046),
    (" ", 1.695, 0.046), ("s", 1.741, 0.035), ("ˌ", 1.776, 0.046), ("o", 1.823, 0.058),
    ("ʊ", 1.881, 0.023), (" ", 1.904, 0.046), ("h", 1.95, 0.058), ("ˈ", 2.009, 0.07),
    ("æ", 2.078, 0.058), ("p", 2.136, 0.035), ("i", 2.171, 0.046), (" ", 2.218, 0.07),
    ("t", 2.287, 0.046), ("ə", 2.334, 0.035), (" ", 2.368, 0.058), ("s", 2.426, 0.035),
    ("ˈ", 2.461, 0.046), ("i", 2.508, 0.07), ("ː", 2.577, 0.058), (" ", 2.635, 0.046),
    ("j", 2.682, 0.046), ("u", 2.728, 0.035), ("ː", 2.763, 0.035), (".", 2.798, 0.07),
    ("$", 2.868, 0.046),
)  # fmt: skip
PHONEMES = tuple(PhonemeTiming(p, start, length) for p, start, length in _TIMINGS)


def looping_preview() -> tuple[AvatarDriver, Callable[[float], float]]:
    """A driver speaking the sentence, and a playback clock that replays it after a pause."""
    driver = AvatarDriver()
    samples = round(SECONDS * RATE)
    driver.update(SpeakingStarted("", 0, samples, RATE, PHONEMES))
    period = SECONDS + PAUSE_S
    started: list[float] = []

    def position_at(now: float) -> float:
        if not started:
            started.append(now)
        return ((now - started[0]) % period) * RATE

    return driver, position_at
