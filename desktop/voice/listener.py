"""The listener: what the microphone's blocks mean.

Runs on the engine's listener thread. Each 32 ms block goes through the echo guard (the
portrait's own voice coming back is not the person) and the VAD; the turn detector says when a
turn starts, pauses and ends. Speech over the reply stops it at once (barge-in), a pause starts
speech recognition early, and an ended turn is handed to the responder. With push-to-talk the
blocks are only collected while the key is held.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from desktop.core.events import EngineEvent, InputSource, SpeechStarted
from desktop.voice.audio import AudioOutput, Samples
from desktop.voice.config import EngineConfig
from desktop.voice.echo import EchoGuard
from desktop.voice.ports import Vad, VadFactory
from desktop.voice.turn_policy import Turn
from desktop.voice.vad import TurnDetector, TurnSignalKind

STOP = object()  # queued to wake the listener when the engine stops
Block = tuple[Samples, float]  # 16 kHz samples, and the monotonic time of the last one


@dataclass
class PushToTalk:
    """The push-to-talk key: held or not, and what was heard while it was held."""

    pressed: bool = False
    audio: list[Samples] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ListenerHooks:
    """What the listener asks of the engine (each called on the listener thread)."""

    interrupt: Callable[[], object]  # stop the reply now
    emit: Callable[[EngineEvent], None]
    turn_heard: Callable[[Turn], None]  # a whole turn, for the responder
    speaking: Callable[[], bool]  # the reply is playing
    transcribe_early: Callable[[Samples], Future[str] | None]
    muted: Callable[[], bool]
    stopping: threading.Event


class Listener:
    def __init__(
        self,
        config: EngineConfig,
        blocks: queue.Queue[Block | object],
        output: AudioOutput | None,
        vad_factory: VadFactory,
        push_to_talk: PushToTalk,
        hooks: ListenerHooks,
    ) -> None:
        self.config = config
        self._blocks = blocks
        self._output = output
        self._vad_factory = vad_factory
        self._ptt = push_to_talk
        self._hooks = hooks

    def run(self) -> None:  # listener thread
        vad: Vad = self._vad_factory()
        detector = TurnDetector(self.config.turn)
        echo = EchoGuard(self._output.buffer) if self._output is not None else None
        speculative: Future[str] | None = None
        over_reply = 0
        hooks = self._hooks
        while True:
            item = self._blocks.get()
            if not isinstance(item, tuple) or hooks.stopping.is_set():
                return  # stopping: the backlog of blocks is not worth hearing any more
            block: Samples = item[0]
            capture_end: float = item[1]
            if hooks.muted():
                detector.reset()
                continue
            if self.config.push_to_talk:
                if self._ptt.pressed:
                    self._ptt.audio.append(block)
                continue
            cleaned = echo.clean(block, capture_end) if echo is not None else block
            probability = vad(cleaned)
            if echo is not None and not echo.person_speaking(block, cleaned):
                probability = 0.0  # only our own voice coming back
            if hooks.speaking():
                over_reply = over_reply + 1 if probability >= self.config.barge_in_threshold else 0
                if over_reply >= self.config.barge_in_blocks:
                    hooks.interrupt()
                    over_reply = 0
            for signal in detector.push(cleaned, probability):
                if signal.kind is TurnSignalKind.SPEECH_STARTED:
                    hooks.interrupt()
                    hooks.emit(SpeechStarted())
                elif signal.kind is TurnSignalKind.PAUSED and signal.audio is not None:
                    speculative = hooks.transcribe_early(signal.audio)
                elif signal.kind is TurnSignalKind.RESUMED:
                    speculative = None
                elif signal.kind is TurnSignalKind.TURN_ENDED and signal.audio is not None:
                    silence = self.config.turn.end_silence_ms / 1000
                    hooks.turn_heard(
                        Turn(
                            "",
                            InputSource.SPOKEN,
                            audio=signal.audio,
                            speculative=speculative,
                            speech_end=capture_end - silence,
                        )
                    )
                    speculative = None


def default_vad() -> Vad:
    from desktop.voice.vad import SileroStream

    return SileroStream()
