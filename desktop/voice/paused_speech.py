"""Speech with pauses in the middle of a sentence, the way grieving people speak.

For measuring end-of-turn detection (`keepsake bench`, tests): Piper says each whole sentence
(so the voice before the pause has the intonation of a sentence that goes on), the audio is
cut at a word boundary, and a silence of 0.5-1 s (seeded) is put in. A turn cut during that
pause was cut before the speaker finished. Most pauses fall where people hesitate (after
"and", "because", "the"); some fall after a word that could end a sentence ("I found your
recipe book … in the kitchen drawer"), where only the voice tells that more is coming.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.core.events import PhonemeTiming
from desktop.voice.audio import CAPTURE_RATE, Samples, resample

# (what is said before the pause, what comes after it)
PAUSED_SENTENCES: tuple[tuple[str, str], ...] = (
    ("I went to the market this morning and", "I bought the apples you like."),
    ("I was thinking that maybe we could", "go back to the lake this summer."),
    ("The thing is, when I", "see your photo, I still cry."),
    ("Do you remember the time we", "got lost on the way to the coast?"),
    ("I wanted to tell you that", "I finally finished the garden."),
    ("Last night I dreamt about", "the old house on Elm Street."),
    ("It's been hard since", "you went away."),
    ("Dad keeps asking me whether", "I'm sleeping properly."),
    ("I found your recipe book", "in the kitchen drawer yesterday."),
    ("Sometimes I feel like", "you are still here with me."),
    ("My friend said I should", "talk to someone about it."),
    ("We had a little party", "for your birthday on Sunday."),
    ("I don't know if I", "can do this every week."),
    ("The doctor told me that", "my blood pressure is fine now."),
    ("When the children visit, they", "always ask about you."),
    ("I've been trying to", "keep your roses alive."),
    ("Work has been busy, because", "two people left the team."),
    ("I saw your old friend Margaret", "at the church fair on Saturday."),
    ("I keep meaning to", "call your sister."),
    ("If you were here, you would", "tell me to stop worrying."),
    ("I started reading the book", "you gave me at Christmas."),
    ("The house feels so quiet", "without your radio playing."),
    ("I made your soup on Sunday, but", "it never tastes the same."),
    ("I wish I had asked you", "more about your childhood."),
)

Say = Callable[[str], tuple[Samples, int, tuple[PhonemeTiming, ...]]]


@dataclass(frozen=True, slots=True)
class PausedTurn:
    text: str  # the whole sentence
    audio: Samples  # 16 kHz, at a microphone's level
    pause_start_s: float  # the speaker falls silent here ...
    pause_s: float  # ... for this long, then goes on
    speech_end_s: float  # the last sound of the sentence


def paused_turns(say: Say, seed: int = 16, level: float = 0.5) -> list[PausedTurn]:
    """Every sentence of PAUSED_SENTENCES spoken with its pause (0.5-1 s, seeded)."""
    rng = np.random.default_rng(seed)
    turns = []
    for before, after in PAUSED_SENTENCES:
        text = f"{before} {after}"
        audio, rate, phonemes = say(text)
        voice = resample(audio, rate, CAPTURE_RATE) * level
        gaps = [p.start_s + p.duration_s / 2 for p in phonemes if p.phoneme == " "]
        cut = _quietest_near(voice, round(gaps[len(before.split()) - 1] * CAPTURE_RATE))
        pause_s = float(rng.uniform(0.5, 1.0))
        silence = np.zeros(round(pause_s * CAPTURE_RATE), dtype=np.float32)
        joined = np.concatenate([voice[:cut], silence, voice[cut:]]).astype(np.float32)
        loud = np.flatnonzero(np.abs(joined) > 0.01)
        turns.append(
            PausedTurn(
                text,
                joined,
                cut / CAPTURE_RATE,
                pause_s,
                float(loud[-1] + 1) / CAPTURE_RATE if len(loud) else len(joined) / CAPTURE_RATE,
            )
        )
    return turns


def _quietest_near(audio: Samples, at: int, span_s: float = 0.04) -> int:
    """The quietest 5 ms point within `span_s` of `at` (a clean cut between two words)."""
    hop = CAPTURE_RATE // 200
    lo, hi = (
        max(0, at - int(span_s * CAPTURE_RATE)),
        min(len(audio), at + int(span_s * CAPTURE_RATE)),
    )
    if hi - lo < hop:
        return at
    frames = np.lib.stride_tricks.sliding_window_view(audio[lo:hi], hop)[::hop]
    return lo + int(np.argmin(np.mean(frames**2, axis=1))) * hop + hop // 2
