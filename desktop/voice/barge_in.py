"""Hearing the person over the portrait's own voice: echo cancellation, the VAD, and the rule
that stops the reply.

Each microphone block goes through the echo canceller (WebRTC's AEC3, aec.py) and the VAD
listens to what is left: the portrait's own voice, delayed, reverberated and distorted by the
speakers, is removed, so it cannot stop itself. Two blocks in a row of speech over the reply
(64 ms) stop it, or one block (32 ms) that both witnesses below hear as speech, or one block
in which the raw witness's evidence is overwhelming.

AEC3 is cautious at the start of double talk: for the first 60-100 ms that the person speaks
over the reply its suppressor still treats them as echo, and the VAD on its output can stay
unsure for a second or more when the person is no louder than the reply. So a second witness
listens to the raw microphone: the loudness that the echo could reach is known (echo_level.py:
envelopes of what the speakers played in the last half second, times the room's echo gains,
learnt while only the portrait spoke); a block much louder than that is the person, and so is
a block of which the canceller let through far more than echo ever leaves (`_LET_THROUGH` of
that loudness, well above the room's hiss) when the VAD hears speech in the raw block. Once
the canceller has converged (it removed `_CONVERGED` blocks of the portrait alone almost
entirely, 3-4 s of speech) the witness measures the newest samples it has cleaned (aec.py: up
to 10 ms newer than the stream handed on), so the person emerging from its suppressor is seen
a block sooner; before that it measures the stream handed on, as the portrait's own voice can
come within 1 dB of the line while the filter converges (newer samples crossed it in a
reverberant room). A block at or above the echo's whole loudness after a converged canceller,
or 6 dB louder than the echo at the microphone, counts twice: the portrait alone stays 10 dB
and 6 dB below those on `keepsake bench`'s room. Either witness stops the reply. Without the
library, the listener falls back to the built-in echo guard (echo.py) and its double-talk
check, as before. Listener thread.

Where the time goes (`keepsake bench`, a person at the reply's level): the first 30-50 ms
after their onset are their voice building up; then AEC3 holds them back for another 30-100 ms,
while the microphone stays within a few dB of the echo's bound (the tighter envelopes bring it
within 3-9 dB of the real echo at the end of a word, where the plain one stood 8-18 dB above
it); then this rule; then the 20 ms block the output device is playing (no fade).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from desktop.voice.aec import EchoCancellerUnavailableError, WebRtcEchoCanceller, played_during
from desktop.voice.audio import CAPTURE_RATE, PlaybackBuffer, Samples
from desktop.voice.echo import EchoGuard
from desktop.voice.echo_level import EchoLevel, envelopes

log = logging.getLogger(__name__)

Vad = Callable[[Samples], float]
_ECHO_SPAN_S = 0.5  # how far back played sound can still ring in the room (delay + reverb)
_ABOVE_HISS = 30.0  # let through: also 15 dB above the quietest it has been (the hiss)
_HISS_RISE = 1.0046  # the hiss level, followed downwards at once, rises 0.6 dB a second


@dataclass(frozen=True, slots=True)
class BargeInConfig:
    blocks: int = 2  # consecutive speech blocks over the reply that stop it (64 ms)
    threshold: float = 0.6


@dataclass(frozen=True, slots=True)
class RawWitness:
    probability: float  # the raw microphone's speech probability (0: it may be only echo)
    overwhelming: bool = False  # so far above the echo that one block is enough


@dataclass(frozen=True, slots=True)
class Heard:
    cleaned: Samples  # the block without the portrait's voice: for the VAD and recognition
    probability: float  # speech probability of the person (0 when it is only our echo)
    barge_in: bool  # stop the reply now


class Hiss:
    """The quietest the canceller's output has been lately: the room's own noise."""

    def __init__(self) -> None:
        self.level: float | None = None

    def above(self, energy: float) -> bool:
        """Follow the level with this block; True when it stands well above the hiss."""
        level = self.level
        self.level = energy if level is None or energy < level else level * _HISS_RISE
        return level is not None and energy > _ABOVE_HISS * max(level, 1e-12)


class BargeIn:
    """The listener's ear while the portrait may be speaking. Listener thread."""

    def __init__(
        self,
        playback: PlaybackBuffer,
        vad: Vad,
        raw_vad: Vad | None = None,
        config: BargeInConfig = BargeInConfig(),
        canceller: WebRtcEchoCanceller | None = None,
    ) -> None:
        self._playback = playback
        self._vad = vad
        self._raw_vad = raw_vad
        self.config = config
        self._canceller = canceller
        self._guard: EchoGuard | None = None
        self._level = EchoLevel()
        self._hiss = Hiss()
        self._run = 0
        self._raw_run = 0

    @property
    def cancelling(self) -> bool:
        """True with the library's echo canceller, False on the built-in fallback."""
        return self._guard is None

    def load(self) -> None:
        """Start the echo canceller; without it, today's echo guard takes its place."""
        try:
            if self._canceller is None:
                self._canceller = WebRtcEchoCanceller(self._playback)
            self._canceller.load()
        except EchoCancellerUnavailableError:
            log.warning("echo cancellation is unavailable; using the built-in echo guard")
            self._canceller = None
            self._guard = EchoGuard(self._playback)

    def hear(self, block: Samples, capture_end: float, speaking: bool) -> Heard:
        """One microphone block; `speaking`: the portrait's reply is playing."""
        if self._canceller is None and self._guard is None:
            self.load()
        if self._guard is not None:
            return self._hear_guarded(block, capture_end, speaking)
        assert self._canceller is not None
        cleaned = self._canceller.clean(block, capture_end)
        probability = self._vad(cleaned)
        raw = RawWitness(0.0)
        if self._raw_vad is not None:
            # Once the canceller has converged, the witness measures its newest samples.
            measured = self._canceller.newest if self._level.converged else cleaned
            raw = self._raw_witness(block, measured, capture_end)
        return Heard(cleaned, probability, self._count(speaking, probability, raw))

    def _raw_witness(self, block: Samples, cleaned: Samples, capture_end: float) -> RawWitness:
        """The raw microphone's speech probability when the block is far louder than any
        echo, or the canceller let through far more of it than echo leaves (else 0)."""
        assert self._raw_vad is not None
        recent = played_during(self._playback, capture_end, int(_ECHO_SPAN_S * CAPTURE_RATE))
        played = envelopes(recent, len(block))
        mic = float(np.mean(np.square(block.astype(np.float64))))
        left = float(np.mean(np.square(cleaned.astype(np.float64)))) if len(cleaned) else 0.0
        self._level.observe(mic, played, left)
        above_hiss = self._hiss.above(left)
        raw = self._raw_vad(block)  # every block, so its state follows the stream
        level = self._level
        let_through = above_hiss and level.left_more_than_echo(left, played)
        if not (let_through or level.louder_than_echo(mic, played)):
            return RawWitness(0.0)
        return RawWitness(raw, above_hiss and level.overwhelming(mic, left, played))

    def _count(self, speaking: bool, probability: float, raw_witness: RawWitness) -> bool:
        """Two blocks in a row that a witness hears as speech stop the reply; so does one
        block that both witnesses hear (the cleaned signal's VAD and the raw microphone's),
        32 ms sooner: two independent witnesses of one block weigh as much as one of two.
        One block of overwhelming raw evidence weighs as much as two."""
        threshold = self.config.threshold
        cleaned = speaking and probability >= threshold
        raw = speaking and raw_witness.probability >= threshold
        self._run = self._run + 1 if cleaned else 0
        self._raw_run = self._raw_run + 1 if raw else 0
        both = cleaned and raw and self._raw_vad is not None
        overwhelming = raw and raw_witness.overwhelming
        if both or overwhelming or max(self._run, self._raw_run) >= self.config.blocks:
            self._run = self._raw_run = 0
            self._level.stopped()
            return True
        return False

    def _hear_guarded(self, block: Samples, capture_end: float, speaking: bool) -> Heard:
        assert self._guard is not None
        cleaned = self._guard.clean(block, capture_end)
        probability = self._vad(cleaned)
        if not self._guard.person_speaking(block, cleaned):
            probability = 0.0  # only our own voice coming back
        return Heard(cleaned, probability, self._count(speaking, probability, RawWitness(0.0)))
