"""A sooner barge-in decision (barge_in.py): one block both witnesses hear stops the reply, so
does one block of overwhelming raw evidence; one ordinary witness needs two blocks."""

from __future__ import annotations

import numpy as np

from desktop.voice.aec import WebRtcEchoCanceller
from desktop.voice.audio import CAPTURE_BLOCK, CAPTURE_RATE, PlaybackBuffer, Samples
from desktop.voice.barge_in import BargeIn, RawWitness
from desktop.voice.echo_level import _CONVERGED, ENVELOPES, EchoLevel, Levels


def _played(energy: float) -> Levels:
    """The same loudness in every envelope (a steady sound)."""
    return np.full(len(ENVELOPES), energy)


HEARD = RawWitness(0.9)
NOTHING = RawWitness(0.0)


def test_one_block_both_witnesses_hear_stops_the_reply_and_one_witness_needs_two() -> None:
    ear = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0, lambda _b: 0.0)
    assert ear._count(True, 0.9, HEARD)  # both at once: 32 ms
    assert not ear._count(True, 0.9, NOTHING) and ear._count(True, 0.9, NOTHING)  # two blocks
    assert not ear._count(True, 0.0, HEARD) and not ear._count(True, 0.9, NOTHING)  # not in a row
    assert not ear._count(False, 0.9, HEARD)  # nothing playing: nothing to stop
    alone = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0)  # no raw witness
    assert not alone._count(True, 0.9, HEARD) and alone._count(True, 0.9, HEARD)


def test_one_block_of_overwhelming_raw_evidence_stops_the_reply_but_only_if_it_is_speech() -> None:
    ear = BargeIn(PlaybackBuffer(CAPTURE_RATE), lambda _b: 0.0, lambda _b: 0.0)
    assert ear._count(True, 0.0, RawWitness(0.9, overwhelming=True))
    assert not ear._count(True, 0.0, RawWitness(0.3, overwhelming=True))  # loud, not speech
    assert not ear._count(False, 0.0, RawWitness(0.9, overwhelming=True))


def _level(learnt: int) -> EchoLevel:
    level = EchoLevel()
    for _ in range(learnt):  # the canceller removed all but 0.1 % of the portrait alone
        level.learn(mic_energy=1e-3, played=_played(1e-2), cleaned_energy=1e-6)
    return level


def test_the_canceller_converges_on_blocks_it_removed_almost_entirely() -> None:
    level = _level(_CONVERGED - 1)
    level.learn(mic_energy=1e-3, played=_played(1e-2), cleaned_energy=1e-4)  # 10 % left
    assert not level.converged and level.gain == 0.1
    level.learn(mic_energy=1e-3, played=_played(1e-2), cleaned_energy=1e-6)
    assert level.converged
    played = _played(1e-2)
    assert level.left_more_than_echo(5e-4, played)  # -3 dB of the echo's loudness left: not echo
    assert not level.left_more_than_echo(5e-5, played)  # -13 dB: may be echo


class _Canceller(WebRtcEchoCanceller):
    """Hands on silence while its newest cleaned samples are ones (the person just began)."""

    def load(self) -> None:
        pass

    def clean(self, block: Samples, capture_end: float) -> Samples:
        self.newest = np.ones_like(block)
        return np.zeros_like(block)


class _Spy(BargeIn):
    def __init__(self, canceller: WebRtcEchoCanceller) -> None:
        super().__init__(canceller._playback, lambda _b: 0.0, lambda _b: 0.9, canceller=canceller)
        self.measured: list[float] = []

    def _raw_witness(self, block: Samples, cleaned: Samples, capture_end: float) -> RawWitness:
        self.measured.append(float(cleaned[0]))
        return NOTHING


def test_once_converged_the_raw_witness_measures_the_cancellers_newest_samples() -> None:
    ear = _Spy(_Canceller(PlaybackBuffer(CAPTURE_RATE)))
    block = np.zeros(CAPTURE_BLOCK, dtype=np.float32)
    ear.hear(block, 0.032, True)
    ear._level = _level(_CONVERGED)
    ear.hear(block, 0.064, True)
    assert ear.measured == [0.0, 1.0]  # the stream handed on, then the newest samples


def test_overwhelming_is_the_whole_echo_let_through_or_a_microphone_6_db_above_it() -> None:
    played, echo = _played(1e-2), 1e-3
    young, settled = _level(_CONVERGED - 1), _level(_CONVERGED)
    assert settled.overwhelming(echo, 1.01 * echo, played)  # all of the echo's loudness left
    assert not settled.overwhelming(echo, 0.5 * echo, played)  # 3 dB below it: ordinary
    assert not young.overwhelming(echo, 1.01 * echo, played)  # an unconverged canceller
    assert young.overwhelming(4.1 * echo, 0.0, played)  # the microphone alone 6 dB above
    assert not young.overwhelming(3.0 * echo, 0.0, played)
    assert not EchoLevel().overwhelming(1.0, 1.0, played)  # nothing learnt: no judgement


def test_the_engines_listener_hears_with_the_same_two_witness_ear_as_the_bench() -> None:
    """The engine's barge-in while the portrait speaks is this module's ear: the canceller,
    the VAD after it and the raw witness, with the engine's rule (so the bench measures it)."""
    import queue
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from desktop.voice.config import EngineConfig
    from desktop.voice.file_devices import FileOutput
    from desktop.voice.listener import STOP, Listener, ListenerHooks, PushToTalk, TurnJudges
    from tests.support.fakes import fake_vad

    blocks: queue.Queue[object] = queue.Queue()
    blocks.put(STOP)
    hooks = ListenerHooks(
        interrupt=lambda: None,
        emit=lambda _e: None,
        turn_heard=lambda _t: None,
        speaking=lambda: True,
        muted=lambda: False,
        stopping=threading.Event(),
    )
    config = EngineConfig()
    with ThreadPoolExecutor(1) as workers:
        output = FileOutput(16_000, realtime=False)
        listener = Listener(
            config,
            blocks,
            output,
            fake_vad,
            PushToTalk(),
            hooks,
            TurnJudges(workers),
        )
        listener.run()  # builds the ear, then finds STOP
    ear = listener.ear
    assert ear is not None and ear.cancelling and ear._raw_vad is not None
    assert (ear.config.blocks, ear.config.threshold) == (
        config.barge_in_blocks,
        config.barge_in_threshold,
    )
