"""The listener's turn-taking: when the person starts, pauses and has finished speaking.

`TurnTaking` wraps the VAD-driven `TurnDetector` (vad.py) and ends a turn by the end-of-turn
rules (end_of_turn.py) instead of a fixed silence. When a pause reaches about 130 ms it hands
the turn's audio to speech recognition (the transcript the reply needs anyway, started
speculatively, on a worker of its own: speculative_stt.py). For English the words' judge then
reads that transcript, and the end-of-turn model (Smart Turn) is asked only when its answer
can still change the decision; without a words' judge the model is asked beside recognition.
Each later block it looks at what has come back and asks the rules whether the turn is over;
the listener never waits for any of them. If the person speaks again, the answers about the
pause are dropped. Without the model, or in the fixed-pause setting, the turn ends after the
fixed silence, as before.
Listener thread only; the workers are the executor's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop.voice.audio import Samples
from desktop.voice.end_of_turn import (
    Decision,
    EndOfTurnConfig,
    PauseEvidence,
    decide,
    voice_can_decide,
    words_left_open,
)
from desktop.voice.speculative_stt import SpeculativeTranscripts, Transcribe
from desktop.voice.vad import TurnConfig, TurnDetector, TurnSignalKind

log = logging.getLogger(__name__)

Judge = Callable[[Samples], float]  # P(the turn is complete) for the turn's audio so far
WordsJudge = Callable[[str], float]  # P(a sentence ends) after these words ("": read ahead)
WordsAfter = Callable[[str, str], float]  # ... said in answer to the portrait's last words

__all__ = [
    "Judge",
    "Transcribe",
    "TurnEvent",
    "TurnEventKind",
    "TurnTaking",
    "WordsAfter",
    "WordsJudge",
]


class TurnEventKind(StrEnum):
    SPEECH_STARTED = "speech-started"
    WORDS_READY = "words-ready"  # a pause's transcript, finished words: the turn may end here
    TURN_ENDED = "turn-ended"


@dataclass(frozen=True, slots=True)
class TurnEvent:
    kind: TurnEventKind
    audio: Samples | None = None  # the whole turn (TURN_ENDED)
    transcript: Future[str] | None = None  # the speculative transcript of exactly that audio
    silence_ms: float = 0.0  # how long the person had been silent when the turn ended
    text: str = ""  # the pause's transcript (WORDS_READY)


@dataclass
class _Pause:
    audio: Samples
    verdict: Future[float] | None
    transcript: Future[str] | None
    words_end: Future[float] | None = None
    words_told: bool = False  # WORDS_READY was given for this pause


class TurnTaking:
    """Feeds on (block, speech probability) like the TurnDetector; decides the turn's end."""

    def __init__(
        self,
        turn: TurnConfig,
        ending: EndOfTurnConfig,
        workers: Executor,
        judge: Judge | None,
        transcribe: Transcribe | None,
        words: WordsJudge | None = None,
        recognizer: Executor | None = None,
    ) -> None:
        """`recognizer`: the one thread speech recognition runs on (default: `workers`)."""
        self.ending = ending
        self.semantic = ending.semantic and judge is not None
        end_ms = ending.cap_ms if self.semantic else ending.fixed_ms
        pause_ms = ending.ask_after_ms if self.semantic else turn.pause_ms
        self._detector = TurnDetector(replace(turn, end_silence_ms=end_ms, pause_ms=pause_ms))
        self._workers = workers
        self._judge = judge
        self._words = words
        self._pause: _Pause | None = None
        self._transcripts = (
            SpeculativeTranscripts(recognizer or workers, transcribe) if transcribe else None
        )
        self.model_failed = False

    @property
    def in_turn(self) -> bool:
        return self._detector.in_turn

    def reset(self) -> None:
        self._detector.reset()
        self._drop_pause()
        if self._transcripts is not None:
            self._transcripts.forget(cancel=True)

    def push(self, block: Samples, probability: float) -> list[TurnEvent]:
        events: list[TurnEvent] = []
        for signal in self._detector.push(block, probability):
            if signal.kind is TurnSignalKind.SPEECH_STARTED:
                events.append(TurnEvent(TurnEventKind.SPEECH_STARTED))
                self._read_ahead()
            elif signal.kind is TurnSignalKind.PAUSED and signal.audio is not None:
                self._pause = self._ask(signal.audio)
            elif signal.kind is TurnSignalKind.RESUMED:
                self._drop_pause()
            elif signal.kind is TurnSignalKind.TURN_ENDED and signal.audio is not None:
                events.append(self._ended(signal.audio, self._detector_silence_ms()))
        if self._pause is not None and self._detector.in_turn:
            if self._over():
                silence = self._detector.silence_ms
                ended = self._detector.end_now()
                if ended is not None and ended.audio is not None:
                    events.append(self._ended(ended.audio, silence))
            elif (words := self._words_ready()) is not None:
                events.append(TurnEvent(TurnEventKind.WORDS_READY, text=words))
        return events

    def _read_ahead(self) -> None:
        """The words judge is asked about no words when the person starts, so that it reads
        its context (what the portrait said) now, not in the pause."""
        if self._words is not None and self.semantic:
            self._workers.submit(self._words, "")

    def _words_ready(self) -> str | None:
        """The pause's transcript the first time it is there and its words do not go on,
        while the rules still wait (the reply's first sound can be made meanwhile)."""
        pause = self._pause
        if pause is None or pause.words_told or pause.transcript is None:
            return None
        future = pause.transcript
        if not future.done() or future.cancelled() or future.exception() is not None:
            return None
        pause.words_told = True
        text = future.result()
        return text if text.strip() and not words_left_open(text) else None

    def _detector_silence_ms(self) -> float:
        """The silence that ended the turn in the detector (it has reset by now)."""
        return float(self.ending.cap_ms if self.semantic else self.ending.fixed_ms)

    def _drop_pause(self) -> None:
        """The person spoke again: the model's answer about the pause is not needed (its
        transcript is kept: the next pause only transcribes what came after it)."""
        if self._pause is not None and self._pause.verdict is not None:
            self._pause.verdict.cancel()  # if it has not started yet
        self._pause = None

    def _ask(self, audio: Samples) -> _Pause:
        """Recognition starts at once; so does the voice's model, unless a words judge will
        read the transcript: then the model is asked only when its answer can change the
        decision, once the words are judged (most pauses leave the words open, and on 2
        cores the model running beside recognition and the words judge slowed both, which
        the turn waits for)."""
        transcript = self._transcripts.ask(audio) if self._transcripts is not None else None
        pause = _Pause(audio, None, transcript)
        if self._words is None or transcript is None:
            self._ask_voice(pause)
        return pause

    def _ask_voice(self, pause: _Pause) -> None:
        if self.semantic and self._judge is not None and not self.model_failed:
            pause.verdict = self._workers.submit(self._judge, pause.audio)

    def _over(self) -> bool:
        pause = self._pause
        assert pause is not None
        if not self.semantic:
            return False  # the detector's fixed silence ends the turn
        transcript: str | None = ""
        if pause.transcript is not None:
            transcript = None
            if pause.transcript.done() and pause.transcript.exception() is None:
                transcript = pause.transcript.result()
            elif pause.transcript.done():
                transcript = ""  # recognition failed: the words cannot hold the turn open
        probability = self._verdict(pause)
        words_end, transcript = self._words_end(pause, transcript)
        if pause.verdict is None and self._voice_matters(transcript, words_end):
            self._ask_voice(pause)  # (with a words judge: now, when it matters)
            probability = self._verdict(pause)
        evidence = PauseEvidence(
            self._detector.silence_ms, probability, transcript, self.model_failed, words_end
        )
        return decide(self.ending, evidence) is Decision.END

    def _voice_matters(self, transcript: str | None, words_end: float | None) -> bool:
        """Finished words, unjudged or judged where the voice can still decide."""
        if transcript is None or words_left_open(transcript):
            return False
        return words_end is None or voice_can_decide(self.ending, words_end)

    def _verdict(self, pause: _Pause) -> float | None:
        """The voice's model's answer, once it is there."""
        if pause.verdict is None or not pause.verdict.done():
            return None
        try:
            return pause.verdict.result()
        except Exception:
            log.exception("the end-of-turn model failed; using the fixed pause")
            self.model_failed = True
            return None

    def _words_end(self, pause: _Pause, transcript: str | None) -> tuple[float | None, str | None]:
        """The language model's reading of the transcript, asked once it is there; until it
        answers, the transcript counts as not ready. A failure leaves the words unjudged."""
        if self._words is None or not transcript or words_left_open(transcript):
            return None, transcript  # (open words wait whatever the judge would say)
        if pause.words_end is None:
            pause.words_end = self._workers.submit(self._words, transcript)
        if not pause.words_end.done():
            return None, None
        if pause.words_end.exception() is not None:
            log.warning("the words could not be judged; the voice decides")
            return None, transcript
        return pause.words_end.result(), transcript

    def _ended(self, audio: Samples, silence_ms: float) -> TurnEvent:
        """The turn is over: its audio, and the speculative transcript when it covers exactly
        that audio (the turn did not grow after the pause began)."""
        pause, self._pause = self._pause, None
        if self._transcripts is not None:
            self._transcripts.forget()
        transcript = None
        if pause is not None and pause.transcript is not None and len(pause.audio) <= len(audio):
            # The audio after the pause began is silence: the transcript stands for the turn.
            transcript = pause.transcript
        return TurnEvent(TurnEventKind.TURN_ENDED, audio, transcript, silence_ms)
