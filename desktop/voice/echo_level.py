"""How loud the echo of recent playback can be at the microphone, block by block.

The barge-in witness (barge_in.py) calls a microphone block the person when it is louder than
any echo of what the speakers played could be: an *envelope* of the played loudness (mean
energy of 32 ms windows over the last half second) times a gain learnt while only the
portrait spoke (on the blocks the canceller removed almost entirely).

The plain envelope is the loudest window played in the last half second. It holds in any room
with a tail under half a second, but a syllable played 400 ms ago rings at full level in it,
so at the end of a word it stands 8-18 dB above the real echo, and a person no louder than the
reply stays under it for their first 100 ms. In a room, sound arrives after a delay and then
dies away, so tighter envelopes count only what was played at least `delay_s` ago, fading at
`decay_db_s` dB a second. Each envelope learns its own gain (the largest ratio of microphone
to envelope on echo-only blocks), and the echo is bounded by the smallest of their bounds. An
envelope that does not fit the room (a delay longer than the real one, a decay faster than its
reverberation) learns a large gain and stops being the smallest; the plain envelope is one of
them, so the bound never gets looser than it was. Three limits keep it honest:
- until `_TRUSTED` blocks are learnt only the plain envelope counts, and each block is learnt
  before it is judged (a block the canceller removed cannot stand above the bound);
- after that a block is learnt `_CONFIRM` blocks after it was judged, and not at all if the
  reply was stopped meanwhile: AEC3's suppressor removes the person's first syllables as if
  they were echo, and the bound must not learn to expect them;
- the learnt blocks are loud ones (the canceller leaves hiss and residue on quiet ones, so
  those prove nothing); at the quiet end of a sentence a fast-fading envelope may fall faster
  than the room's tail, so the tighter envelopes lower the plain bound by `_TIGHTEST` at most.
The canceller's residue is judged against the plain bound only: in a hard room what it leaves
of the echo comes within 10 dB of the echo itself. Plain numpy; the listener thread.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from desktop.voice.audio import CAPTURE_RATE, Samples

Levels = npt.NDArray[np.float64]  # one value per envelope, in ENVELOPES' order

_PLAYED = 1e-3  # mean energy of played sound worth learning from (-30 dB)
_ECHO_ONLY = 0.01  # the canceller left less than 1 % of the block's energy: it was all echo
_GAIN_MEMORY = 0.998  # the learnt echo gain forgets slowly (the room does not change much)
_CONVERGED = 48  # blocks of the portrait alone cancelled before the newest samples are measured
_TRUSTED = 48  # blocks learnt before the tighter envelopes count (see the module's docstring)
_LOUDER_THAN_ECHO = 1.8  # in energy (2.6 dB): louder than the echo can be
_LET_THROUGH = 0.1  # the canceller's output above -10 dB of the echo's loudness: not echo
_OVERWHELMING_LEFT = 1.0  # the canceller let through the echo's whole loudness: 10 dB above
_OVERWHELMING_MIC = 4.0  # the microphone 6 dB louder than the echo can be
_FLOOR = 1e-7  # no envelope counts below this (-70 dB): the room's hiss is louder
_CONFIRM = 2  # blocks after which an unstopped block counts as the portrait alone (64 ms)
_TIGHTEST = 0.1  # the tighter envelopes lower the plain bound by 10 dB at most


@dataclass(frozen=True, slots=True)
class Envelope:
    """What was played at least `delay_s` ago, fading at `decay_db_s` dB a second."""

    delay_s: float
    decay_db_s: float


PLAIN = Envelope(0.0, 0.0)
_TIGHTER = tuple(
    Envelope(delay, decay) for delay in (0.0, 0.016, 0.032) for decay in (60.0, 120.0, 240.0)
)
ENVELOPES = (PLAIN, *_TIGHTER)


@cache
def _weights(windows: int) -> Levels:
    """Each envelope's weight (a row) for the played loudness of each window (newest last)."""
    age = (windows - 1 - np.arange(windows)) / CAPTURE_RATE  # from the window's end to now
    rows = []
    for envelope in ENVELOPES:
        late = age - envelope.delay_s
        fade = 10.0 ** (-np.maximum(late, 0.0) * envelope.decay_db_s / 10)
        rows.append(np.where(late >= 0, fade, 0.0))
    return np.array(rows, dtype=np.float64)


def envelopes(recent: Samples, block: int) -> Levels:
    """Each envelope of the `recent` playback (newest last), over `block`-long windows."""
    if len(recent) < block:
        energy = float(np.mean(np.square(recent))) if len(recent) else 0.0
        return np.full(len(ENVELOPES), energy, dtype=np.float64)
    power = np.convolve(np.square(recent.astype(np.float64)), np.ones(block) / block, "valid")
    return np.asarray((_weights(len(power)) * power).max(axis=1), dtype=np.float64)


class EchoLevel:
    """The loudest the echo of recent playback can be at the microphone (energy per sample)."""

    def __init__(self) -> None:
        self.gains: Levels | None = None  # per envelope: microphone energy over it, echo only
        self.learnt = 0  # blocks the canceller removed (almost) entirely: its filter converges
        self._pending: deque[tuple[float, Levels, float]] = deque()

    @property
    def gain(self) -> float | None:
        """The plain envelope's gain (the loudest block played in the last half second)."""
        return None if self.gains is None else float(self.gains[0])

    def observe(self, mic_energy: float, played: Levels, cleaned_energy: float) -> None:
        """One block, before it is judged. While the bound is young (`_TRUSTED`) it is learnt
        at once, so a block the canceller removed cannot stand above it; after that it is
        learnt `_CONFIRM` blocks later unless the reply was stopped meanwhile, so the person's
        first syllables, which AEC3's suppressor still removes as if they were echo, do not
        teach the bound to expect them."""
        if self.learnt < _TRUSTED:
            self.learn(mic_energy, played, cleaned_energy)
            return
        self._pending.append((mic_energy, played, cleaned_energy))
        if len(self._pending) > _CONFIRM:
            self.learn(*self._pending.popleft())

    def stopped(self) -> None:
        """The reply was stopped: the blocks not yet learnt may be the person."""
        self._pending.clear()

    def learn(self, mic_energy: float, played: Levels, cleaned_energy: float) -> None:
        """One block; `played`: its `envelopes()`. Learns only from blocks that were all echo."""
        if played[0] < _PLAYED or cleaned_energy > _ECHO_ONLY * mic_energy:
            return
        self.learnt += 1
        ratio = mic_energy / np.maximum(played, _FLOOR)
        self.gains = ratio if self.gains is None else np.maximum(self.gains * _GAIN_MEMORY, ratio)

    @property
    def converged(self) -> bool:
        """The canceller has removed the portrait alone long enough to be trusted."""
        return self.gains is not None and self.learnt >= _CONVERGED

    def echo(self, played: Levels) -> float | None:
        """The loudest the echo of this playback can be at the microphone (None: nothing
        learnt yet): the smallest of the envelopes' bounds, once they are trusted."""
        if self.gains is None:
            return None
        bounds = self.gains * played
        if self.learnt < _TRUSTED:
            return float(bounds[0])
        return float(max(bounds.min(), _TIGHTEST * bounds[0]))

    def _plain(self, played: Levels) -> float | None:
        return None if self.gains is None else float(self.gains[0] * played[0])

    def louder_than_echo(self, mic_energy: float, played: Levels) -> bool:
        echo = self.echo(played)
        return echo is not None and mic_energy > _LOUDER_THAN_ECHO * max(echo, _FLOOR)

    def left_more_than_echo(self, cleaned_energy: float, played: Levels) -> bool:
        """The canceller let through more than any echo of `played` leaves behind (against
        the plain bound: what the canceller leaves of a hard room's echo can come within
        10 dB of the echo itself)."""
        echo = self._plain(played)
        return echo is not None and cleaned_energy > _LET_THROUGH * max(echo, 1e-9)

    def overwhelming(self, mic_energy: float, cleaned_energy: float, played: Levels) -> bool:
        """So far above the echo that one block is enough (see barge_in.py's docstring)."""
        echo, plain = self.echo(played), self._plain(played)
        if echo is None or plain is None:
            return False
        left = self.converged and cleaned_energy >= _OVERWHELMING_LEFT * max(plain, _FLOOR)
        return left or mic_energy > _OVERWHELMING_MIC * max(echo, _FLOOR)
