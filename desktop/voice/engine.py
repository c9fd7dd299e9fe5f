"""The conversation engine: listen, understand, reply and speak, interruptibly.

Threads (all started by `start()`, joined by `stop()`):
- the input device's thread only queues 32 ms blocks (bounded queue; a live microphone's block
  is dropped when the listener is behind, a file waits for room);
- the *listener* (`listener.py`) runs echo cancellation and the VAD on each block, stops
  playback at once on barge-in, and detects turns: on a pause it asks the end-of-turn model
  and speech recognition at once: the model on the two *turn workers*, recognition on its own
  *recognition* worker, one transcription at a time (speculative_stt.py);
- the *responder* loads the models, then handles one turn at a time (`responder.py`: the turn
  policy, then speech out);
- the output device's thread drains the playback buffer (the playback clock).
Events go to one callback, called on the listener or responder thread.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

from desktop.core.conversation import Conversation, Role
from desktop.core.errors import KeepsakeError
from desktop.core.events import (
    EngineError,
    EngineEvent,
    EngineState,
    InputSource,
    ReadyToEnd,
    StateChanged,
)
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard
from desktop.voice.audio import AudioInput, AudioOutput, Samples
from desktop.voice.config import EngineConfig
from desktop.voice.guarded_reply import GuardedReplier
from desktop.voice.listener import (
    STOP,
    Block,
    Listener,
    ListenerHooks,
    PushToTalk,
    TurnJudges,
    default_vad,
)
from desktop.voice.ports import Replier, ReplyPlanner, Speaker, Transcriber, VadFactory
from desktop.voice.responder import Responder
from desktop.voice.speech_out import InFlight, SpeechOut
from desktop.voice.turn_policy import Preview, Turn, TurnPolicy
from desktop.voice.turn_taking import Judge, WordsAfter

log = logging.getLogger(__name__)

BLOCK_QUEUE = 200  # about 6 s of microphone blocks
_ROOM_WAIT_S = 0.05  # a file-backed input waits this long at a time for room in the queue

__all__ = ["ConversationEngine", "EngineConfig", "ReplyPlanner"]


class ConversationEngine:
    """One conversation. Construct, `start()`, then feed it speech or `submit_text()`."""

    def __init__(
        self,
        stt: Transcriber | None,
        llm: Replier | None,
        tts: Speaker | None,
        conversation: Conversation,
        on_event: Callable[[EngineEvent], None],
        output: AudioOutput | None = None,
        audio_input: AudioInput | None = None,
        config: EngineConfig | None = None,
        vad_factory: VadFactory | None = None,
        planner: ReplyPlanner | None = None,
        safety: SafetyGuard | None = None,
        guarded: GuardedReplier | None = None,
        end_of_turn: Judge | None = None,
        words_end: WordsAfter | None = None,
    ) -> None:
        """`end_of_turn`: the end-of-turn model's P(the turn is complete) for a turn's audio
        (None: the fixed pause); `words_end`: P(a sentence ends) after the words so far,
        said in answer to the portrait's last words."""
        self.stt = stt
        self.llm = llm
        self.tts = tts
        self.conversation = conversation
        self._emit = on_event
        self.audio_input = audio_input
        self.config = config = config or EngineConfig()
        self._vad_factory = vad_factory or default_vad
        self.planner = planner
        self.safety = safety
        self.end_of_turn = end_of_turn
        self.words_end = words_end
        self._flight_lock = threading.Lock()
        self._speech = SpeechOut(tts, output, on_event, self._flight_lock, config.progress_every_s)
        self._responder = Responder(
            stt,
            llm,
            self._speech,
            TurnPolicy(safety, planner, can_generate=llm is not None),
            conversation,
            on_event,
            config.max_reply_sentences,
            guarded,
        )
        self._blocks: queue.Queue[Block | object] = queue.Queue(maxsize=BLOCK_QUEUE)
        self._turns: queue.Queue[Turn | object] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._turn_pool: ThreadPoolExecutor | None = None
        self._recognition: ThreadPoolExecutor | None = None
        self._flight: InFlight | None = None
        self._idle = threading.Event()
        self._ready = threading.Event()
        self._muted = False
        self._ptt = PushToTalk()
        self._stopping = threading.Event()
        self._closing = threading.Event()

    @property
    def output(self) -> AudioOutput | None:
        return self._speech.output

    @output.setter
    def output(self, output: AudioOutput | None) -> None:
        """Replace the speaker before `start()` (None: captions only)."""
        self._speech.output = output

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the threads and devices; models load on the responder thread."""
        self._stopping.clear()
        self._idle.set()
        if self.output is not None:
            self.output.start()
        self._turn_pool = pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="turn")
        self._recognition = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recognition")
        self._spawn("responder", self._respond_loop)
        if self.audio_input is not None:
            listener = Listener(
                self.config,
                self._blocks,
                self.output,
                self._vad_factory,
                self._ptt,
                ListenerHooks(
                    interrupt=self.interrupt,
                    emit=self._emit,
                    turn_heard=self._queue_turn,
                    words_ready=self._queue_preview,
                    speaking=self._speaking,
                    muted=lambda: self._muted,
                    stopping=self._stopping,
                ),
                TurnJudges(
                    pool,
                    self.stt.transcribe if self.stt is not None else None,
                    self.end_of_turn,
                    self._words_after_reply if self.words_end is not None else None,
                    self._recognition,
                ),
            )
            self._spawn("listener", listener.run)
            self.audio_input.start(self._on_block)

    def _words_after_reply(self, words: str) -> float:  # an end-of-turn worker
        """The words judge, shown what the person heard the portrait say last."""
        assert self.words_end is not None
        said = next(
            (m.content for m in reversed(self.conversation.history) if m.role is Role.ASSISTANT),
            "",
        )
        return self.words_end(words, said)

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def stop(self) -> None:
        """Cancel the turn in flight, stop the devices and join every thread. Blocks for as
        long as the models take to finish loading: not on the GUI thread."""
        self._stopping.set()
        self.interrupt()
        if self.audio_input is not None:
            self.audio_input.stop()
        with contextlib.suppress(queue.Full):  # if full, the listener sees _stopping next block
            self._blocks.put_nowait(STOP)
        self._turns.put(STOP)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()
        for pool in (self._turn_pool, self._recognition):
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        self._turn_pool = self._recognition = None
        if self.output is not None:
            self.output.stop()
        self._emit(StateChanged(EngineState.STOPPED))

    def wait_ready(self, timeout: float) -> bool:
        return self._ready.wait(timeout)

    def wait_idle(self, timeout: float) -> bool:
        """Block until no turn is queued or in flight (for the CLI and tests)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._idle.wait(0.05) and self._turns.empty():
                return True
        return False

    @property
    def alive_threads(self) -> list[str]:
        return [t.name for t in self._threads if t.is_alive()]

    # --- input ---------------------------------------------------------------------------

    def submit_text(self, text: str) -> None:
        """A typed message: cancels a reply in flight, then goes through the same pipeline."""
        if not text.strip() or self._closing.is_set():
            return
        self.interrupt()
        self._queue_turn(Turn(text.strip(), InputSource.TYPED, speech_end=time.monotonic()))

    def submit_audio(self, audio: Samples) -> None:
        """A whole utterance at 16 kHz (e.g. from a WAV file), without turn detection."""
        self._queue_turn(Turn("", InputSource.SPOKEN, audio=audio, speech_end=time.monotonic()))

    def say(self, text: str) -> None:
        """A line the portrait says unasked, after any reply in flight (the goodbye before a
        time limit). Any thread. Nothing is said unasked while paused for the person's safety."""
        if not text.strip() or self._closing.is_set() or self.safety_hold is not None:
            return
        self._queue_turn(Turn(text.strip(), InputSource.PORTRAIT))

    def _queue_turn(self, turn: Turn) -> None:
        self._idle.clear()
        self._turns.put(turn)

    def _queue_preview(self, text: str) -> None:
        """A pause's words while the listener still weighs the turn's end: the responder makes
        the first sound of the reply they would get, if it is idle (listener thread)."""
        if self._turns.empty() and self._flight is None:
            self._turns.put(Preview(text))

    def end_after_sentence(self) -> None:
        """Time is up: no new turns; the sentence being spoken finishes, never cut mid-word,
        then `ReadyToEnd` is emitted (from a short-lived closing thread). Any thread."""
        if self._closing.is_set():
            return
        self._closing.set()
        self._muted = True
        with self._flight_lock:
            flight = self._flight
            if flight is not None and not flight.token.cancelled:
                flight.interrupted_at = self._speech.cut_after_sentence(flight)
                flight.token.cancel()
        self._spawn("closing", self._close_when_played)

    def _close_when_played(self) -> None:  # closing thread
        while not self._stopping.is_set() and not self._speech.wait_drained(0.1):
            pass
        if not self._stopping.is_set():
            self._emit(ReadyToEnd())

    @property
    def safety_hold(self) -> RiskTier | None:
        """The tier of the pause in force (None: the conversation is not paused for safety)."""
        return self._responder.hold

    def resume_after_pause(self) -> None:
        """The person chose to go on after a safety pause: the portrait may answer again."""
        self._responder.hold = None

    def set_muted(self, muted: bool) -> None:
        self._muted = muted or self._closing.is_set()

    def set_push_to_talk(self, pressed: bool) -> None:
        """Push-to-talk: collect audio while pressed; releasing ends the turn."""
        ptt = self._ptt
        if pressed and not ptt.pressed:
            self.interrupt()
            ptt.audio = []
        elif not pressed and ptt.pressed and ptt.audio:
            import numpy as np

            self.submit_audio(np.concatenate(ptt.audio))
        ptt.pressed = pressed

    def interrupt(self) -> int | None:
        """Stop playback now and cancel the turn in flight; returns the position heard."""
        with self._flight_lock:
            flight = self._flight
            if flight is None or flight.token.cancelled:
                return None
            position = self._speech.stop_now()
            flight.interrupted_at = position
            flight.token.cancel()
            return position

    def _on_block(self, block: Samples, capture_end: float) -> None:  # input device thread
        if self.audio_input is not None and not self.audio_input.realtime:
            while not self._stopping.is_set():  # a file can wait for room: nothing is lost
                try:
                    self._blocks.put((block, capture_end), timeout=_ROOM_WAIT_S)
                    return
                except queue.Full:
                    continue
            return
        try:
            self._blocks.put_nowait((block, capture_end))
        except queue.Full:
            log.warning("listener is behind; dropping a block")

    # --- listener thread -----------------------------------------------------------------

    def _speaking(self) -> bool:
        with self._flight_lock:
            busy = self._flight is not None and not self._flight.token.cancelled
        return busy and self._speech.playing()

    # --- responder thread ----------------------------------------------------------------

    def _respond_loop(self) -> None:
        try:
            loaded = self._load()
        except KeepsakeError as exc:
            self._emit(EngineError(exc, "loading", fatal=True))
            self._ready.set()
            return
        self._ready.set()
        if not loaded:
            return  # stopped while the models were loading
        self._emit(StateChanged(EngineState.LISTENING))
        while True:
            item = self._turns.get()
            if item is STOP:
                return
            if isinstance(item, Preview):
                self._prepare(item.text)
                continue
            assert isinstance(item, Turn)
            if self._closing.is_set():
                continue  # time is up: nothing new is answered
            with self._flight_lock:
                flight = self._flight = InFlight()
            try:
                self._responder.handle(item, flight)
            except KeepsakeError as exc:
                self._emit(EngineError(exc, "turn"))
            except Exception as exc:
                log.exception("turn failed")
                self._emit(EngineError(exc, "turn"))
            finally:
                with self._flight_lock:
                    self._flight = None
                if self._turns.empty():
                    self._idle.set()
                if not self._stopping.is_set():
                    self._emit(StateChanged(EngineState.LISTENING))

    def _prepare(self, text: str) -> None:
        """Responder thread: a failure only loses the head start."""
        if self._closing.is_set() or self._stopping.is_set():
            return
        try:
            self._responder.prepare_for(text)
        except Exception:
            log.exception("the reply could not be made ready ahead")

    def _load(self) -> bool:
        """Load every model, one at a time; False when `stop()` came meanwhile (the call ended
        while getting ready: what is still to load is not loaded)."""
        self._emit(StateChanged(EngineState.STARTING))
        llm = self.llm
        steps: list[Callable[[], None]] = [
            *(part.load for part in (self.safety, self.stt, self.tts, llm) if part is not None),
            *([lambda: self._warm_up(llm)] if llm is not None else []),
        ]
        for step in steps:
            if self._stopping.is_set():
                return False
            step()
        self._warm_up_turn_judges()
        return not self._stopping.is_set()

    def _warm_up(self, llm: Replier) -> None:
        """Evaluate the fixed prefix (the system prompt and the example exchanges) once, so
        every turn reads only what is new."""
        begin = getattr(llm, "begin", None)
        if begin is not None and self.conversation.examples:
            begin(self.conversation.prefix)
        else:
            llm.warm_up(self.conversation.system_prompt)

    def _warm_up_turn_judges(self) -> None:
        """Load the end-of-turn models now, not on the first pause. A failure is only logged:
        the listener then ends turns after the fixed pause (turn_taking.py)."""
        import numpy as np

        probes: list[Callable[[], object]] = []
        if self.end_of_turn is not None:
            probes.append(partial(self.end_of_turn, np.zeros(8000, np.float32)))
        if self.words_end is not None:
            probes.append(partial(self.words_end, "hello", ""))
        for probe in probes:
            if self._stopping.is_set():
                return
            try:
                probe()
            except Exception:
                log.warning("an end-of-turn model failed to load; the fixed pause applies")
