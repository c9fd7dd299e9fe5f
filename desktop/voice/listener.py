"""The listener: what the microphone's blocks mean.

Runs on the engine's listener thread. Each 32 ms block goes through the ear (barge_in.py:
WebRTC's echo canceller, or the built-in echo guard without it, then the VAD), so the
portrait's own voice coming back is not the person; speech over the reply stops it at once
(barge-in). Turn-taking (turn_taking.py) says when a turn starts and ends: after about 200 ms
of silence the end-of-turn model and speech recognition are asked at once on the engine's
turn workers, and the rules end the turn (or the fixed pause, when chosen or without the
model). An ended turn is handed to the responder with its speculative transcript. With
push-to-talk the blocks are only collected while the key is held.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace

from desktop.core.events import EngineEvent, InputSource, SpeechStarted
from desktop.voice.audio import AudioOutput, Samples
from desktop.voice.barge_in import BargeIn, BargeInConfig
from desktop.voice.config import EngineConfig
from desktop.voice.ports import Vad, VadFactory
from desktop.voice.turn_policy import Turn
from desktop.voice.turn_taking import Judge, Transcribe, TurnEventKind, TurnTaking, WordsJudge

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
    muted: Callable[[], bool]
    stopping: threading.Event
    words_ready: Callable[[str], None] = lambda _text: None  # a pause's words, turn not over


@dataclass(frozen=True, slots=True)
class TurnJudges:
    """Who decides, on the turn workers, that a pause ends the turn."""

    workers: Executor
    transcribe: Transcribe | None = None  # speculative recognition, started on the pause
    voice: Judge | None = None  # the end-of-turn model (Smart Turn); None: the fixed pause
    words: WordsJudge | None = None  # P(a sentence ends) after the words (English)
    recognizer: Executor | None = None  # the one thread recognition runs on (else `workers`)


class Listener:
    def __init__(
        self,
        config: EngineConfig,
        blocks: queue.Queue[Block | object],
        output: AudioOutput | None,
        vad_factory: VadFactory,
        push_to_talk: PushToTalk,
        hooks: ListenerHooks,
        judges: TurnJudges,
    ) -> None:
        self.config = config
        self._blocks = blocks
        self._output = output
        self._vad_factory = vad_factory
        self._ptt = push_to_talk
        self._hooks = hooks
        self._judges = judges
        self.ear: BargeIn | None = None
        self.turns: TurnTaking | None = None

    def _make_turns(self) -> TurnTaking:
        c, j = self.config, self._judges
        ending = replace(c.ending, fixed_ms=c.turn.end_silence_ms)
        return TurnTaking(c.turn, ending, j.workers, j.voice, j.transcribe, j.words, j.recognizer)

    def run(self) -> None:  # listener thread
        vad: Vad = self._vad_factory()
        if self._output is not None:
            # A second VAD hears the raw microphone: AEC3 holds the first ~80 ms of double talk.
            rule = BargeInConfig(self.config.barge_in_blocks, self.config.barge_in_threshold)
            self.ear = BargeIn(self._output.buffer, vad, self._vad_factory(), rule)
            self.ear.load()
        turns = self.turns = self._make_turns()
        hooks = self._hooks
        while True:
            item = self._blocks.get()
            if not isinstance(item, tuple) or hooks.stopping.is_set():
                return  # stopping: the backlog of blocks is not worth hearing any more
            block: Samples = item[0]
            capture_end: float = item[1]
            if hooks.muted():
                turns.reset()
                continue
            if self.config.push_to_talk:
                if self._ptt.pressed:
                    self._ptt.audio.append(block)
                continue
            if self.ear is not None:
                heard = self.ear.hear(block, capture_end, hooks.speaking())
                cleaned, probability = heard.cleaned, heard.probability
                if heard.barge_in:
                    hooks.interrupt()
            else:
                cleaned, probability = block, vad(block)
            for event in turns.push(cleaned, probability):
                if event.kind is TurnEventKind.SPEECH_STARTED:
                    hooks.interrupt()
                    hooks.emit(SpeechStarted())
                elif event.kind is TurnEventKind.WORDS_READY:
                    hooks.words_ready(event.text)
                elif event.kind is TurnEventKind.TURN_ENDED and event.audio is not None:
                    hooks.turn_heard(
                        Turn(
                            "",
                            InputSource.SPOKEN,
                            audio=event.audio,
                            speculative=event.transcript,
                            speech_end=capture_end - event.silence_ms / 1000,
                        )
                    )


def default_vad() -> Vad:
    from desktop.voice.vad import SileroStream

    return SileroStream()
