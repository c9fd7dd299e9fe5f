"""Playing one recording on an audio output until it ends or is stopped.

Worker thread: `play_clip` blocks while the output (a sound card, or the file-backed output in
tests) drains the recording, and returns as soon as the cancel token is set, dropping what has
not been played yet.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.core.jobs import CancelToken
from desktop.voice.audio import CAPTURE_RATE, AudioOutput, Samples
from desktop.voice.voice_message import read_clip

OutputFactory = Callable[[int], AudioOutput]  # sample rate -> an output, not started
_POLL_S = 0.05  # how often a playing clip looks whether it was stopped


def clip_seconds(path: Path) -> float:
    """How long the recording is. Raises AudioFileError for one Keepsake cannot read."""
    return read_clip(path).seconds


def play_samples(
    audio: Samples, rate: int, open_output: OutputFactory, cancel: CancelToken
) -> bool:
    """Play `audio` (mono float32 at `rate`) to the end; False when it was stopped first (or
    the device stopped taking sound: never longer than the recording and two seconds)."""
    output = open_output(rate)
    output.start()
    try:
        output.buffer.write(audio)
        polls = int((len(audio) / rate + 2.0) / _POLL_S) + 1
        while not output.buffer.wait_drained(_POLL_S):
            polls -= 1
            if cancel.cancelled or polls <= 0:
                output.buffer.clear()
                return False
        return True
    finally:
        output.stop()


def play_clip(path: Path, open_output: OutputFactory, cancel: CancelToken) -> bool:
    """Decode the recording (bounded, as the import reads it) and play it."""
    clip = read_clip(path)
    cancel.raise_if_cancelled()
    return play_samples(clip.audio, CAPTURE_RATE, open_output, cancel)
