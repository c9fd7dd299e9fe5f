"""The conversation engine: listen, understand, reply and speak, interruptibly.

Threads (all started by `start()`, joined by `stop()`):
- the input device's thread only queues 32 ms blocks (bounded queue);
- the *listener* runs the echo guard and the VAD on each block, detects turns, starts speech
  recognition early on a pause (speculative), and stops playback at once on barge-in;
- the *responder* loads the models, then handles one turn at a time: speech-to-text (unless
  typed or already done), the LLM stream split into sentences, Piper for each sentence, the
  audio queued for playback, and finally the history with only what was actually heard;
- the output device's thread drains the playback buffer (the playback clock).
Events go to one callback, called on the listener or responder thread.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from desktop.core.conversation import Conversation, Message, heard_part
from desktop.core.errors import KeepsakeError
from desktop.core.events import (
    CrisisDetected,
    EngineError,
    EngineEvent,
    EngineState,
    FinalTranscript,
    InputSource,
    Interrupted,
    NothingHeard,
    PausedTurn,
    PlaybackProgress,
    ReadyToEnd,
    ReplyText,
    ReplyWithheld,
    SpeakingStarted,
    SpeechStarted,
    StateChanged,
    TurnFinished,
)
from desktop.core.grounding import Generate, ReplyPlan, ReplySource, Silence, Verbatim
from desktop.core.jobs import CancelToken
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard, safe_reply
from desktop.core.sentences import SentenceSplitter, clean_for_speech
from desktop.voice.audio import AudioInput, AudioOutput, Samples
from desktop.voice.echo import EchoGuard
from desktop.voice.tts import SpeechChunk
from desktop.voice.vad import TurnConfig, TurnDetector, TurnSignalKind

log = logging.getLogger(__name__)


class Transcriber(Protocol):
    def load(self) -> None: ...
    def transcribe(self, audio: Samples) -> str: ...


class Replier(Protocol):
    def load(self) -> None: ...
    def warm_up(self, system_prompt: str) -> None: ...
    def count_tokens(self, text: str) -> int: ...
    @property
    def prompt_budget(self) -> int: ...
    def stream(self, messages: list[Message], cancel: CancelToken) -> Iterator[str]: ...


class ReplyPlanner(Protocol):
    def plan(self, user_text: str) -> ReplyPlan: ...


class Speaker(Protocol):
    def load(self) -> None: ...
    @property
    def sample_rate(self) -> int: ...
    def synthesize(self, text: str) -> SpeechChunk: ...


VadFactory = Callable[[], Callable[[Samples], float]]


@dataclass(frozen=True, slots=True)
class EngineConfig:
    turn: TurnConfig = TurnConfig()
    barge_in_blocks: int = 3  # consecutive speech blocks over the reply that stop it (~96 ms)
    barge_in_threshold: float = 0.6
    max_reply_sentences: int = 3
    push_to_talk: bool = False
    progress_every_s: float = 0.1


@dataclass
class _Turn:
    text: str
    source: InputSource
    audio: Samples | None = None
    speculative: Future[str] | None = None
    speech_end: float | None = None


@dataclass
class _Spoken:
    text: str
    start: int
    samples: int


@dataclass
class _InFlight:
    token: CancelToken = field(default_factory=CancelToken)
    spoken: list[_Spoken] = field(default_factory=list)
    interrupted_at: int | None = None


_STOP = object()


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
        config: EngineConfig = EngineConfig(),
        vad_factory: VadFactory | None = None,
        planner: ReplyPlanner | None = None,
        safety: SafetyGuard | None = None,
    ) -> None:
        self.stt = stt
        self.llm = llm
        self.tts = tts
        self.conversation = conversation
        self._emit = on_event
        self.output = output
        self.audio_input = audio_input
        self.config = config
        self._vad_factory = vad_factory
        self.planner = planner
        self.safety = safety
        self._blocks: queue.Queue[tuple[Samples, float] | object] = queue.Queue(maxsize=200)
        self._turns: queue.Queue[_Turn | object] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._stt_pool: ThreadPoolExecutor | None = None
        self._flight: _InFlight | None = None
        self._flight_lock = threading.Lock()
        self._idle = threading.Event()
        self._ready = threading.Event()
        self._muted = False
        self._ptt_pressed = False
        self._ptt_audio: list[Samples] = []
        self._stopping = threading.Event()
        self._closing = threading.Event()
        self._safety_hold: RiskTier | None = None

    # --- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start the threads and devices; models load on the responder thread."""
        self._stopping.clear()
        self._idle.set()
        if self.output is not None:
            self.output.start()
        self._stt_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stt")
        responder = threading.Thread(target=self._respond_loop, name="responder", daemon=True)
        self._threads.append(responder)
        responder.start()
        if self.audio_input is not None:
            listener = threading.Thread(target=self._listen_loop, name="listener", daemon=True)
            self._threads.append(listener)
            listener.start()
            self.audio_input.start(self._on_block)

    def stop(self) -> None:
        """Cancel the turn in flight, stop the devices and join every thread."""
        self._stopping.set()
        self.interrupt()
        if self.audio_input is not None:
            self.audio_input.stop()
        with contextlib.suppress(queue.Full):  # if full, the listener sees _stopping next block
            self._blocks.put_nowait(_STOP)
        self._turns.put(_STOP)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()
        if self._stt_pool is not None:
            self._stt_pool.shutdown(wait=True, cancel_futures=True)
            self._stt_pool = None
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
        self._idle.clear()
        self._turns.put(_Turn(text.strip(), InputSource.TYPED, speech_end=time.monotonic()))

    def submit_audio(self, audio: Samples) -> None:
        """A whole utterance at 16 kHz (e.g. from a WAV file), without turn detection."""
        self._idle.clear()
        self._turns.put(_Turn("", InputSource.SPOKEN, audio=audio, speech_end=time.monotonic()))

    def say(self, text: str) -> None:
        """A line the portrait says unasked, after any reply in flight (the goodbye before a
        time limit). Any thread. Nothing is said unasked while paused for the person's safety."""
        if not text.strip() or self._closing.is_set() or self._safety_hold is not None:
            return
        self._idle.clear()
        self._turns.put(_Turn(text.strip(), InputSource.PORTRAIT))

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
                keep = None
                if self.output is not None:
                    position = self.output.buffer.played
                    keep = position
                    for s in flight.spoken:
                        if s.samples and s.start <= position < s.start + s.samples:
                            keep = s.start + s.samples
                    self.output.buffer.truncate(keep)
                flight.interrupted_at = keep
                flight.token.cancel()
        closer = threading.Thread(target=self._close_when_played, name="closing", daemon=True)
        self._threads.append(closer)
        closer.start()

    def _close_when_played(self) -> None:  # closing thread
        if self.output is not None:
            while not self._stopping.is_set() and not self.output.buffer.wait_drained(0.1):
                pass
        if not self._stopping.is_set():
            self._emit(ReadyToEnd())

    @property
    def safety_hold(self) -> RiskTier | None:
        """The tier of the pause in force (None: the conversation is not paused for safety)."""
        return self._safety_hold

    def resume_after_pause(self) -> None:
        """The person chose to go on after a safety pause: the portrait may answer again."""
        self._safety_hold = None

    def set_muted(self, muted: bool) -> None:
        self._muted = muted or self._closing.is_set()

    def set_push_to_talk(self, pressed: bool) -> None:
        """Push-to-talk: collect audio while pressed; releasing ends the turn."""
        if pressed and not self._ptt_pressed:
            self.interrupt()
            self._ptt_audio = []
        elif not pressed and self._ptt_pressed and self._ptt_audio:
            import numpy as np

            self.submit_audio(np.concatenate(self._ptt_audio))
        self._ptt_pressed = pressed

    def interrupt(self) -> int | None:
        """Stop playback now and cancel the turn in flight; returns the position heard."""
        with self._flight_lock:
            flight = self._flight
            if flight is None or flight.token.cancelled:
                return None
            position = self.output.buffer.clear() if self.output is not None else None
            flight.interrupted_at = position
            flight.token.cancel()
            return position

    def _on_block(self, block: Samples, capture_end: float) -> None:  # input device thread
        try:
            self._blocks.put_nowait((block, capture_end))
        except queue.Full:
            log.warning("listener is behind; dropping a block")

    # --- listener thread -----------------------------------------------------------------

    def _listen_loop(self) -> None:
        vad = self._vad_factory() if self._vad_factory else _default_vad()
        detector = TurnDetector(self.config.turn)
        echo = EchoGuard(self.output.buffer) if self.output is not None else None
        speculative: Future[str] | None = None
        over_reply = 0
        while True:
            item = self._blocks.get()
            if not isinstance(item, tuple) or self._stopping.is_set():
                return  # stopping: the backlog of blocks is not worth hearing any more
            block: Samples = item[0]
            capture_end: float = item[1]
            if self._muted:
                detector.reset()
                continue
            if self.config.push_to_talk:
                if self._ptt_pressed:
                    self._ptt_audio.append(block)
                continue
            cleaned = echo.clean(block, capture_end) if echo is not None else block
            probability = vad(cleaned)
            if echo is not None and not echo.person_speaking(block, cleaned):
                probability = 0.0  # only our own voice coming back
            if self._speaking():
                over_reply = over_reply + 1 if probability >= self.config.barge_in_threshold else 0
                if over_reply >= self.config.barge_in_blocks:
                    self.interrupt()
                    over_reply = 0
            for signal in detector.push(cleaned, probability):
                if signal.kind is TurnSignalKind.SPEECH_STARTED:
                    self.interrupt()
                    self._emit(SpeechStarted())
                elif signal.kind is TurnSignalKind.PAUSED and signal.audio is not None:
                    speculative = self._transcribe_later(signal.audio)
                elif signal.kind is TurnSignalKind.RESUMED:
                    speculative = None
                elif signal.kind is TurnSignalKind.TURN_ENDED and signal.audio is not None:
                    silence = self.config.turn.end_silence_ms / 1000
                    self._idle.clear()
                    self._turns.put(
                        _Turn(
                            "",
                            InputSource.SPOKEN,
                            audio=signal.audio,
                            speculative=speculative,
                            speech_end=capture_end - silence,
                        )
                    )
                    speculative = None

    def _speaking(self) -> bool:
        with self._flight_lock:
            busy = self._flight is not None and not self._flight.token.cancelled
        return busy and self.output is not None and self.output.buffer.pending > 0

    def _transcribe_later(self, audio: Samples) -> Future[str] | None:
        if self.stt is None or self._stt_pool is None:
            return None
        return self._stt_pool.submit(self.stt.transcribe, audio)

    # --- responder thread ----------------------------------------------------------------

    def _respond_loop(self) -> None:
        try:
            self._load()
        except KeepsakeError as exc:
            self._emit(EngineError(exc, "loading", fatal=True))
            self._ready.set()
            return
        self._ready.set()
        self._emit(StateChanged(EngineState.LISTENING))
        while True:
            item = self._turns.get()
            if item is _STOP:
                return
            assert isinstance(item, _Turn)
            if self._closing.is_set():
                continue  # time is up: nothing new is answered
            try:
                self._handle(item)
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

    def _load(self) -> None:
        self._emit(StateChanged(EngineState.STARTING))
        if self.safety is not None:
            self.safety.load()
        if self.stt is not None:
            self.stt.load()
        if self.tts is not None:
            self.tts.load()
        if self.llm is not None:
            self.llm.load()
            self.llm.warm_up(self.conversation.system_prompt)

    def _handle(self, turn: _Turn) -> None:
        with self._flight_lock:
            flight = self._flight = _InFlight()
        text = turn.text
        if turn.source is InputSource.PORTRAIT:
            if self._safety_hold is None:  # the portrait says nothing unasked during a pause
                self._say_unasked(text, flight)
            return
        if turn.source is InputSource.SPOKEN:
            self._emit(StateChanged(EngineState.THINKING))
            if turn.speculative is not None:
                text = turn.speculative.result()
            elif self.stt is not None and turn.audio is not None:
                text = self.stt.transcribe(turn.audio)
            if not text:
                self._emit(NothingHeard())
                return
        self._emit(FinalTranscript(text, turn.source))
        if self._paused_for_safety(text):
            return
        self._emit(StateChanged(EngineState.THINKING))
        honest = self.safety.honest_reply(text) if self.safety is not None else None
        plan: ReplyPlan = Generate(text)
        if honest is None and self.planner is not None:
            plan = self.planner.plan(text)
        if isinstance(plan, Verbatim) and self._invites(plan.text):
            self._emit(ReplyWithheld(ReplySource.SAID_IN_LIFE))  # a saying is skipped
            plan = Generate(text) if self.llm is not None else Silence("the saying was set aside")
        source = ReplySource.SAID_IN_LIFE if isinstance(plan, Verbatim) else ReplySource.AI
        if honest is not None:
            reply, first_audio = self._say_honestly(honest, flight)
        elif isinstance(plan, Verbatim):
            reply, first_audio = self._say_verbatim(plan, flight)
        elif isinstance(plan, Generate) and self.llm is not None:
            reply, first_audio = self._reply(text, plan.prompt, flight)
        else:
            reply, first_audio = "", None
            if isinstance(plan, Silence):
                log.info("no saying to answer with")
        heard = self._heard(flight, reply)
        self.conversation.record(text, heard)
        interrupted = flight.token.cancelled
        if interrupted:
            self._emit(Interrupted(heard))
        latency = None
        if first_audio is not None and turn.speech_end is not None:
            latency = first_audio - turn.speech_end
        self._emit(TurnFinished(text, turn.source, reply, heard, interrupted, latency, source))

    def _paused_for_safety(self, text: str) -> bool:
        """Crisis language stops the portrait at once, without a reply, and holds every later
        turn until `resume_after_pause()`. Responder thread."""
        if self.safety is None:
            return False
        crisis = self.safety.crisis(text)
        if crisis is not None:
            if self._safety_hold is not RiskTier.IMMINENT:
                self._safety_hold = crisis.tier
            if self.output is not None:
                self.output.buffer.clear()  # nothing of the portrait's goes on sounding
            self._emit(CrisisDetected(crisis.phrase, crisis.tier, crisis.language))
            return True
        if self._safety_hold is not None:
            self._emit(PausedTurn(text))
            return True
        return False

    def _invites(self, reply: str) -> bool:
        return self.safety is not None and self.safety.invitation(reply) is not None

    def _say_unasked(self, text: str, flight: _InFlight) -> None:
        self._emit(ReplyText(text, text, ReplySource.AI))
        self._speak_all(text, flight)
        self._wait_played(flight)
        heard = self._heard(flight, text)
        self.conversation.record_unasked(heard)
        interrupted = flight.token.cancelled
        if interrupted:
            self._emit(Interrupted(heard))
        self._emit(TurnFinished("", InputSource.PORTRAIT, text, heard, interrupted, None))

    def _speak_all(self, text: str, flight: _InFlight) -> float | None:
        """Speak a fixed text sentence by sentence (so it can end after any sentence)."""
        splitter = SentenceSplitter()
        first: float | None = None
        for sentence in [*splitter.feed(text), splitter.flush()]:
            if sentence:
                first = self._speak(sentence, flight) or first
        return first

    def _say_honestly(self, text: str, flight: _InFlight) -> tuple[str, float | None]:
        """The fixed, honest answer to "are you really them?" (generated, so labelled AI)."""
        self._emit(ReplyText(text, text, ReplySource.AI))
        first = self._speak_all(text, flight)  # sentence by sentence: sooner, and can end early
        self._wait_played(flight)
        return text, first

    def _say_verbatim(self, plan: Verbatim, flight: _InFlight) -> tuple[str, float | None]:
        """Their own words: the real recording when there is one, else the synthetic voice."""
        self._emit(ReplyText(plan.text, plan.text, ReplySource.SAID_IN_LIFE))
        if plan.clip is not None and self.output is not None:
            import numpy as np

            audio = np.frombuffer(plan.clip.samples, dtype=np.float32)
            rate = self.output.buffer.sample_rate
            if plan.clip.sample_rate != rate:
                from desktop.voice.audio import resample

                audio = resample(audio, plan.clip.sample_rate, rate)
            with self._flight_lock:
                start = self.output.buffer.write(audio)
                flight.spoken.append(_Spoken(plan.text, start, len(audio)))
            self._emit(StateChanged(EngineState.SPEAKING))
            self._emit(
                SpeakingStarted(
                    plan.text, start, len(audio), rate, (), plan.clip, ReplySource.SAID_IN_LIFE
                )
            )
            first: float | None = time.monotonic()
        else:
            first = self._speak(plan.text, flight, ReplySource.SAID_IN_LIFE)
        self._wait_played(flight)
        return plan.text, first

    def _reply(self, text: str, prompt: str, flight: _InFlight) -> tuple[str, float | None]:
        assert self.llm is not None
        messages = self.conversation.messages_for(
            text, self.llm.count_tokens, self.llm.prompt_budget, prompt=prompt
        )
        splitter = SentenceSplitter()
        reply = ""
        sentences: list[str] = []
        first_audio: float | None = None
        stream = self.llm.stream(messages, flight.token)
        for piece in stream:
            reply += piece
            self._emit(ReplyText(piece, reply))
            for sentence in splitter.feed(piece):
                if self._invites(sentence):  # never an invitation: replaced, and stop there
                    return self._replace(sentences, flight, first_audio)
                if sentence in sentences:  # a small model repeating itself: stop there
                    return self._finish(reply, sentences, flight, first_audio, cut=True)
                sentences.append(sentence)
                first_audio = self._speak(sentence, flight) or first_audio
                if len(sentences) >= self.config.max_reply_sentences:
                    return self._finish(reply, sentences, flight, first_audio, cut=True)
            if flight.token.cancelled:
                return reply, first_audio
        rest = splitter.flush()
        if rest and self._invites(rest):
            return self._replace(sentences, flight, first_audio)
        if rest and not flight.token.cancelled:
            sentences.append(rest)
            first_audio = self._speak(rest, flight) or first_audio
        return self._finish(reply, sentences, flight, first_audio, cut=False)

    def _replace(
        self, sentences: list[str], flight: _InFlight, first_audio: float | None
    ) -> tuple[str, float | None]:
        """A generated sentence invited a reunion: the LLM is stopped and a safe line is said
        instead (what was said before it stays)."""
        self._emit(ReplyWithheld(ReplySource.AI))
        flight_cancel = flight.token
        if flight_cancel.cancelled:
            return " ".join(sentences), first_audio
        line = safe_reply(self.safety.language if self.safety is not None else "en")
        sentences.append(line)
        first_audio = self._speak(line, flight) or first_audio
        return self._finish(" ".join(sentences), sentences, flight, first_audio, cut=True)

    def _finish(
        self,
        reply: str,
        sentences: list[str],
        flight: _InFlight,
        first_audio: float | None,
        cut: bool,
    ) -> tuple[str, float | None]:
        text = " ".join(sentences) if cut else reply.strip()
        self._wait_played(flight)
        return text, first_audio

    def _speak(
        self, sentence: str, flight: _InFlight, source: ReplySource = ReplySource.AI
    ) -> float | None:
        """Synthesize and queue one sentence; returns when its audio was queued (first time)."""
        if self.tts is None or self.output is None or flight.token.cancelled:
            flight.spoken.append(_Spoken(sentence, 0, 0))
            return None
        spoken_text = clean_for_speech(sentence)
        if not spoken_text:
            return None
        chunk = self.tts.synthesize(spoken_text)
        with self._flight_lock:
            if flight.token.cancelled:
                return None
            start = self.output.buffer.write(chunk.audio)
            flight.spoken.append(_Spoken(sentence, start, len(chunk.audio)))
        first = not any(s.samples for s in flight.spoken[:-1])
        if first:
            self._emit(StateChanged(EngineState.SPEAKING))
        self._emit(
            SpeakingStarted(
                sentence, start, len(chunk.audio), chunk.sample_rate, chunk.phonemes, None, source
            )
        )
        return time.monotonic() if first else None

    def _wait_played(self, flight: _InFlight) -> None:
        if self.output is None:
            return
        buffer = self.output.buffer
        while not flight.token.cancelled:
            if buffer.wait_drained(self.config.progress_every_s):
                break
            self._emit(PlaybackProgress(buffer.played, buffer.sample_rate))

    def _heard(self, flight: _InFlight, reply: str) -> str:
        if self.output is None or flight.interrupted_at is None:
            return " ".join(s.text for s in flight.spoken) or reply
        position = flight.interrupted_at
        parts = []
        for s in flight.spoken:
            if s.samples == 0 or position <= s.start:
                break
            parts.append(heard_part(s.text, (position - s.start) / s.samples))
        return " ".join(p for p in parts if p)


def _default_vad() -> Callable[[Samples], float]:
    from desktop.voice.vad import SileroStream

    return SileroStream()
