"""The bound on the echo's loudness (echo_level.py) on the simulated room, without a canceller:
the portrait's syllables through the kitchen's delay, reverberation and speaker, and the room's
hiss. The canceller is stood in for by what it leaves of the portrait alone: the hiss."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.voice.aec import played_during
from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples
from desktop.voice.echo_level import (
    _CONFIRM,
    _TIGHTEST,
    _TRUSTED,
    ENVELOPES,
    EchoLevel,
    Levels,
    envelopes,
)
from desktop.voice.room import RoomAcoustics, RoomEcho

ROOM = RoomAcoustics()
LEARN = 8 * CAPTURE_RATE  # samples of the portrait alone before the person speaks
HISS = ROOM.noise**2


def _syllables(seconds: float, seed: int) -> tuple[Samples, list[int]]:
    """Bursts of shaped noise, 80-250 ms long with 60-400 ms between (a voice's rhythm), and
    where each ends."""
    rng = np.random.default_rng(seed)
    out = np.zeros(int(seconds * CAPTURE_RATE), dtype=np.float32)
    ends, at = [], int(0.1 * CAPTURE_RATE)
    while at < len(out):
        length = int(rng.uniform(0.08, 0.25) * CAPTURE_RATE)
        burst = rng.normal(0, rng.uniform(0.15, 0.4), length) * np.hanning(length)
        out[at : at + length] = burst[: len(out) - at]
        at += length
        ends.append(at)
        at += int(rng.uniform(0.06, 0.4) * CAPTURE_RATE)
    return out, ends


def _blocks(signal: Samples, mic: Samples) -> list[tuple[float, Levels]]:
    """Each microphone block's energy and the envelopes of what had been played by its end
    (the output device reads 20 ms at a time, as in echo_trial.py)."""
    buffer = PlaybackBuffer(CAPTURE_RATE)
    buffer.write(signal)
    out, read = [], 0
    for start in range(0, len(signal) - CAPTURE_BLOCK + 1, CAPTURE_BLOCK):
        end = (start + CAPTURE_BLOCK) / CAPTURE_RATE
        while (read + 320) / CAPTURE_RATE <= end:
            buffer.read(320, (read + 320) / CAPTURE_RATE)
            read += 320
        recent = played_during(buffer, end, CAPTURE_RATE // 2)
        out.append((_energy(mic[start : start + CAPTURE_BLOCK]), envelopes(recent, CAPTURE_BLOCK)))
    return out


def _energy(block: Samples) -> float:
    return float(np.mean(np.square(block.astype(np.float64))))


def _listen(level: EchoLevel, blocks: list[tuple[float, Levels]]) -> list[bool]:
    """Each block observed and judged as the listener does; the canceller leaves the hiss."""
    judged = []
    for mic, played in blocks:
        level.observe(mic, played, HISS)
        judged.append(level.louder_than_echo(mic, played))
    return judged


def _room(signal: Samples, seed: int) -> Samples:
    echo = RoomEcho(ROOM)
    return echo.render(signal) + echo.noise(len(signal), np.random.default_rng(seed))


def test_the_portrait_alone_never_stands_above_the_bound_where_its_echo_is_heard() -> None:
    level = EchoLevel()
    first, _ = _syllables(8.0, 1)
    _listen(level, _blocks(first, _room(first, 2)))
    assert level.learnt >= _TRUSTED  # the tighter envelopes count from here on
    later, _ = _syllables(20.0, 3)  # other syllables, other pauses
    blocks = _blocks(later, _room(later, 4))
    judged = _listen(level, blocks)
    heard = [above for (mic, _), above in zip(blocks, judged, strict=True) if mic > 10 * HISS]
    assert len(heard) > 300 and not any(heard)


def test_a_person_as_loud_as_the_echo_is_above_the_bound_at_the_end_of_a_syllable() -> None:
    """The plain bound (the loudest block of the last half second) keeps them under it for
    100 ms or more; the tighter envelopes see them in the first blocks of their voice."""
    played, ends = _syllables(12.0, 1)
    mic = _room(played, 2)
    learn = LEARN // CAPTURE_BLOCK
    level = EchoLevel()
    _listen(level, _blocks(played, mic)[:learn])
    assert level.gain is not None
    # The person starts 60 ms after a syllable ends, as loud as its echo at the microphone.
    end = next(e for e in ends if e > LEARN + CAPTURE_BLOCK)
    start = (end + int(0.06 * CAPTURE_RATE)) // CAPTURE_BLOCK * CAPTURE_BLOCK
    loudest = max(_energy(mic[s : s + CAPTURE_BLOCK]) for s in range(end - 2400, end, 160))
    voice = np.random.default_rng(5).normal(0, np.sqrt(loudest), CAPTURE_BLOCK)
    spoken = mic.copy()
    spoken[start : start + CAPTURE_BLOCK] += voice.astype(np.float32)
    blocks = _blocks(played, spoken)
    judged = _listen(level, blocks[learn:])
    assert judged[start // CAPTURE_BLOCK - learn]
    mic_energy, envelope = blocks[start // CAPTURE_BLOCK]
    assert mic_energy < 1.8 * level.gain * envelope[0]  # under the plain bound


def _trusted() -> EchoLevel:
    level = EchoLevel()
    for _ in range(_TRUSTED):
        level.observe(1e-3, np.full(len(ENVELOPES), 1e-2), 1e-6)
    return level


def test_once_trusted_a_block_is_learnt_only_after_the_next_blocks_and_never_if_stopped() -> None:
    level = _trusted()
    assert level.gains is not None and level.learnt == _TRUSTED
    quiet = np.full(len(ENVELOPES), 1e-2)
    onset = (4e-3, quiet, 1e-6)  # four times the echo, removed by the suppressor
    level.observe(*onset)
    assert level.louder_than_echo(4e-3, quiet)  # judged against what was learnt before it
    for _ in range(_CONFIRM - 1):
        level.observe(1e-3, quiet, 1e-6)
    assert level.learnt == _TRUSTED  # not yet learnt
    level.stopped()  # the reply was stopped: it may have been the person
    for _ in range(_CONFIRM + 1):
        level.observe(1e-3, quiet, 1e-6)
    assert level.gain is not None and level.gain < 0.11  # the onset was never learnt
    level.observe(*onset)
    for _ in range(_CONFIRM):
        level.observe(1e-3, quiet, 1e-6)
    assert level.gain is not None and level.gain > 0.39  # not stopped: it was the echo


def test_the_tighter_bound_counts_once_trusted_and_lowers_the_plain_one_10_db_at_most() -> None:
    young = EchoLevel()
    young.learn(1e-3, np.full(len(ENVELOPES), 1e-2), 1e-6)
    faded = np.array([1e-2] + [1e-5] * (len(ENVELOPES) - 1))  # the envelopes have faded
    assert young.gain is not None
    assert young.echo(faded) == pytest.approx(young.gain * 1e-2)  # young: the plain bound
    level = _trusted()
    assert level.gain is not None
    assert level.echo(faded) == pytest.approx(_TIGHTEST * level.gain * 1e-2)
    slightly = np.array([1e-2] + [5e-3] * (len(ENVELOPES) - 1))
    assert level.echo(slightly) == pytest.approx(level.gain * 5e-3)


def test_what_the_canceller_leaves_is_judged_against_the_plain_bound() -> None:
    """In a hard room AEC3 leaves residue within 10 dB of the echo: against the tighter bound
    that residue would stop the reply (four times in 20 sentences of a far, reverberant room)."""
    level = _trusted()
    assert level.gain is not None
    faded = np.array([1e-2] + [1e-4] * (len(ENVELOPES) - 1))
    plain = level.gain * 1e-2
    assert not level.left_more_than_echo(0.05 * plain, faded)
    assert level.left_more_than_echo(0.2 * plain, faded)
    assert not level.overwhelming(0.0, 0.5 * plain, faded)  # residue under the plain echo
