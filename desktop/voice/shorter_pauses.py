"""Long silences inside a turn, shortened before Whisper reads it.

Grieving people pause in the middle of a sentence, and Whisper tiny reads a sentence with a
second of silence inside worse than the same sentence said straight: on the bench's 32
sentences with a 0.5-1 s pause inside, it heard "weather" for "whether", "can the kitchen
drawer" for "in the kitchen drawer" and "painting" for "hanging" after the pause (17 word
errors of 339 through the transcriber); with each pause shortened to 0.3 s, 14.
faster-whisper's own path does the same with its VAD (it joins the speech it finds); the
window fitted to a short turn (whisper_window.py) had nothing of the kind. Quiet is judged
against the turn's own level (a block 20 dB under its loud blocks), so a room's hum or the
canceller's residue counts as quiet and ordinary speech does not; only the inside of the
turn is touched, and only silence longer than LONGEST_S is cut. Pure numpy, on the
caller's thread.
"""

from __future__ import annotations

import numpy as np

from desktop.voice.audio import CAPTURE_RATE, Samples

BLOCK = 512  # 32 ms at 16 kHz
LONGEST_S = 0.4  # a silence inside the turn longer than this ...
KEPT_S = 0.3  # ... is shortened to this
QUIET_BELOW = 0.1  # a block this far under the turn's loud blocks (-20 dB) is quiet
FLOOR = 1e-4  # ... and digital silence always is


def shorten_pauses(audio: Samples, rate: int = CAPTURE_RATE) -> Samples:
    """`audio` with each silence inside it longer than LONGEST_S cut to KEPT_S; the same
    array when there is none."""
    blocks = len(audio) // BLOCK
    if blocks < 3:
        return audio
    frames = audio[: blocks * BLOCK].astype(np.float32).reshape(blocks, BLOCK)
    rms = np.sqrt(np.mean(np.square(frames), axis=1))
    quiet = rms < max(float(np.percentile(rms, 90)) * QUIET_BELOW, FLOOR)
    loud = np.flatnonzero(~quiet)
    if len(loud) < 2:
        return audio
    longest, kept = round(LONGEST_S * rate / BLOCK), round(KEPT_S * rate / BLOCK)
    cuts: list[tuple[int, int]] = []  # (first sample dropped, first sample kept again)
    start = None
    for index in range(int(loud[0]), int(loud[-1]) + 1):
        if quiet[index] and start is None:
            start = index
        elif not quiet[index] and start is not None:
            if index - start > longest:
                cuts.append(((start + kept) * BLOCK, index * BLOCK))
            start = None
    if not cuts:
        return audio
    pieces, at = [], 0
    for dropped, resumed in cuts:
        pieces.append(audio[at:dropped])
        at = resumed
    pieces.append(audio[at:])
    return np.concatenate(pieces).astype(audio.dtype, copy=False)
