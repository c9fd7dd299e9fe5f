"""The responder: one turn at a time, from what was said to what was heard.

Runs on the engine's responder thread. A spoken turn is recognised (unless recognition already
ran on a pause), the turn policy decides (crisis, honesty, the planner), and the reply is said:
the honest answer or their own words sentence by sentence, or the LLM's stream split into
sentences, at most `max_reply_sentences`, stopping at a repeated sentence and replacing a
sentence that invites a reunion with a safe line. The history keeps only what was heard.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from desktop.core.conversation import Conversation
from desktop.core.events import (
    CrisisDetected,
    EngineEvent,
    EngineState,
    FinalTranscript,
    InputSource,
    Interrupted,
    NothingHeard,
    PausedTurn,
    ReplyText,
    ReplyWithheld,
    StateChanged,
    TurnFinished,
)
from desktop.core.grounding import Generate, Listen, ReplySource, Silence, Verbatim
from desktop.core.reply_guard import GuardInput
from desktop.core.risk import RiskTier
from desktop.core.safety import safe_reply
from desktop.core.sentences import SentenceSplitter
from desktop.voice.guarded_reply import GuardedReplier, ReplyKind, Spoken
from desktop.voice.ports import Replier, Transcriber
from desktop.voice.reply_preview import first_sentence
from desktop.voice.speech_out import InFlight, SpeechOut
from desktop.voice.turn_policy import (
    Answer,
    Crisis,
    Honest,
    StillPaused,
    Turn,
    TurnPolicy,
    held_after,
)

log = logging.getLogger(__name__)

Said = tuple[str, float | None]  # the reply's text, and when its first audio was queued
SaidAs = tuple[str, float | None, ReplySource, str]  # ... whose words, and what kind of reply


class Responder:
    def __init__(
        self,
        stt: Transcriber | None,
        llm: Replier | None,
        speech: SpeechOut,
        policy: TurnPolicy,
        conversation: Conversation,
        emit: Callable[[EngineEvent], None],
        max_reply_sentences: int,
        guarded: GuardedReplier | None = None,
    ) -> None:
        self.stt = stt
        self.llm = llm
        self.speech = speech
        self.policy = policy
        self.conversation = conversation
        self._emit = emit
        self.max_reply_sentences = max_reply_sentences
        self.hold: RiskTier | None = None  # the safety pause in force
        self.guarded = guarded  # the reply guard on the model's stream, with its fallbacks
        self.replies: list[str] = []  # what the portrait said so far (the guard's repeats)
        self.said_to_it: list[str] = []  # what the person said so far (names that came up)
        self.turns = 0
        self._speech_end: float | None = None  # the turn being answered: its last word

    def prepare_for(self, text: str) -> None:
        """A pause's words, while the listener weighs whether the turn is over: the first
        sound of the reply they would get is made now (reply_preview.py), nothing chosen."""
        sentence = first_sentence(self.policy, self.guarded, text, self.hold)
        if sentence is not None:
            self.speech.prepare(sentence)

    def handle(self, turn: Turn, flight: InFlight) -> None:
        text = turn.text
        self._speech_end = turn.speech_end
        if turn.source is InputSource.PORTRAIT:
            if self.hold is None:  # the portrait says nothing unasked during a pause
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
        paused = self.policy.safety_first(text, self.hold)
        if isinstance(paused, Crisis):
            self.hold = held_after(self.hold, paused)
            self.speech.stop_now()  # nothing of the portrait's goes on sounding
            self._emit(CrisisDetected(paused.phrase, paused.tier, paused.language))
            return
        if isinstance(paused, StillPaused):
            self._emit(PausedTurn(text))
            return
        self._emit(StateChanged(EngineState.THINKING))
        decision = self.policy.answer(text)
        source = ReplySource.AI
        self.turns += 1
        if isinstance(decision, Honest):
            reply, first_audio = self._say_fixed(decision.text, flight)
            kind = ReplyKind.HONEST.value
        else:
            reply, first_audio, source, kind = self._answer(text, decision, flight)
        heard = self.speech.heard(flight, reply)
        self.conversation.record(text, heard)
        if reply:
            self.replies.append(reply)
        self.said_to_it.append(text)
        interrupted = flight.token.cancelled
        if interrupted:
            self._emit(Interrupted(heard))
        latency = None
        if first_audio is not None and turn.speech_end is not None:
            latency = first_audio - turn.speech_end
        self._emit(
            TurnFinished(text, turn.source, reply, heard, interrupted, latency, source, kind)
        )

    def _answer(self, text: str, answer: Answer, flight: InFlight) -> SaidAs:
        if answer.withheld_saying:
            self._emit(ReplyWithheld(ReplySource.SAID_IN_LIFE))  # a saying is skipped
        plan = answer.plan
        if isinstance(plan, Verbatim):
            said = self._say_verbatim(plan, flight)
            return *said, ReplySource.SAID_IN_LIFE, ReplyKind.SAYING.value
        if isinstance(plan, Listen):
            return *self._say_fixed(plan.text, flight), ReplySource.AI, ReplyKind.LISTENING.value
        if isinstance(plan, Generate) and self.guarded is not None:
            return self._reply_guarded(text, plan.prompt, flight)
        if isinstance(plan, Generate) and self.llm is not None:
            said = self._reply(text, plan.prompt, flight)
            return *said, ReplySource.AI, ReplyKind.GENERATED.value
        if isinstance(plan, Silence):
            log.info("no saying to answer with")
        return "", None, ReplySource.AI, ""

    def _reply_guarded(self, text: str, prompt: str, flight: InFlight) -> SaidAs:
        """The model's reply, each sentence past the guard before it is spoken; their saying or
        a listening line when nothing passed (see `guarded_reply`)."""
        assert self.guarded is not None
        budget = self.llm.prompt_budget if self.llm is not None else 2048
        count = self.llm.count_tokens if self.llm is not None else _rough_tokens
        messages = self.conversation.messages_for(text, count, budget, prompt=prompt)
        given = GuardInput(
            text, tuple(self.replies), (), (*self.guarded.known_names, *self.said_to_it)
        )
        sentences: list[str] = []
        first_audio: float | None = None
        source, kinds = ReplySource.AI, []
        turn = self.guarded.reply(
            messages, given, self.turns, flight.token, self._ready, since=self._speech_end
        )
        for spoken in turn:
            if spoken.kind is ReplyKind.GENERATED and self.policy.invites(spoken.text):
                self._emit(ReplyWithheld(ReplySource.AI))
                break  # never an invitation: what was said before it stays
            sentences.append(spoken.text)
            kinds.append(spoken.kind)
            reply = " ".join(sentences)
            self._emit(ReplyText(spoken.text + " ", reply, spoken.source))
            if spoken.kind is ReplyKind.SAYING:
                source = ReplySource.SAID_IN_LIFE
                if spoken.clip is not None:
                    first = self.speech.play_recording(spoken.text, spoken.clip, flight)
                else:
                    first = self.speech.speak_all(spoken.text, flight, ReplySource.SAID_IN_LIFE)
            elif spoken.kind is ReplyKind.GENERATED:
                first = self.speech.speak(spoken.text, flight)
            else:  # a listening line: its first sentence sounds while the rest is made
                first = self.speech.speak_all(spoken.text, flight)
            first_audio = first_audio or first
            if flight.token.cancelled:
                break
        if not sentences and not flight.token.cancelled:
            line = self.guarded.fallbacks.listening_line(text)
            sentences, kinds = [line], [ReplyKind.LISTENING]
            self._emit(ReplyText(line, line, ReplySource.AI))
            first_audio = self.speech.speak(line, flight)
        kind = kinds[0].value if kinds else ""
        reply, first_audio = self._finish(" ".join(sentences), flight, first_audio)
        return reply, first_audio, source, kind

    def _ready(self, fallback: Spoken) -> None:
        """The fallback's first sound, made while the model is still trying (its recording
        needs nothing made)."""
        if fallback.clip is None:
            self.speech.prepare(fallback.text)

    def _say_unasked(self, text: str, flight: InFlight) -> None:
        self._emit(ReplyText(text, text, ReplySource.AI))
        self.speech.speak_all(text, flight)
        self.speech.wait_played(flight)
        heard = self.speech.heard(flight, text)
        self.conversation.record_unasked(heard)
        interrupted = flight.token.cancelled
        if interrupted:
            self._emit(Interrupted(heard))
        self._emit(TurnFinished("", InputSource.PORTRAIT, text, heard, interrupted, None))

    def _say_fixed(self, text: str, flight: InFlight) -> Said:
        """A fixed answer (the honest one), sentence by sentence; generated, so labelled AI."""
        self._emit(ReplyText(text, text, ReplySource.AI))
        first = self.speech.speak_all(text, flight)
        self.speech.wait_played(flight)
        return text, first

    def _say_verbatim(self, plan: Verbatim, flight: InFlight) -> Said:
        """Their own words: the real recording when there is one, else the synthetic voice."""
        self._emit(ReplyText(plan.text, plan.text, ReplySource.SAID_IN_LIFE))
        if plan.clip is not None:
            first = self.speech.play_recording(plan.text, plan.clip, flight)
        else:
            first = self.speech.speak(plan.text, flight, ReplySource.SAID_IN_LIFE)
        self.speech.wait_played(flight)
        return plan.text, first

    def _reply(self, text: str, prompt: str, flight: InFlight) -> Said:
        assert self.llm is not None
        messages = self.conversation.messages_for(
            text, self.llm.count_tokens, self.llm.prompt_budget, prompt=prompt
        )
        splitter = SentenceSplitter()
        reply = ""
        sentences: list[str] = []
        first_audio: float | None = None
        for piece in self.llm.stream(messages, flight.token):
            reply += piece
            self._emit(ReplyText(piece, reply))
            for sentence in splitter.feed(piece):
                if self.policy.invites(sentence):  # never an invitation: replaced, stop there
                    return self._replace(sentences, flight, first_audio)
                if sentence in sentences:  # a small model repeating itself: stop there
                    return self._finish(" ".join(sentences), flight, first_audio)
                sentences.append(sentence)
                first_audio = self.speech.speak(sentence, flight) or first_audio
                if len(sentences) >= self.max_reply_sentences:
                    return self._finish(" ".join(sentences), flight, first_audio)
            if flight.token.cancelled:
                return reply, first_audio
        rest = splitter.flush()
        if rest and self.policy.invites(rest):
            return self._replace(sentences, flight, first_audio)
        if rest and not flight.token.cancelled:
            sentences.append(rest)
            first_audio = self.speech.speak(rest, flight) or first_audio
        return self._finish(reply.strip(), flight, first_audio)

    def _replace(self, sentences: list[str], flight: InFlight, first_audio: float | None) -> Said:
        """A generated sentence invited a reunion: the LLM is stopped and a safe line is said
        instead (what was said before it stays)."""
        self._emit(ReplyWithheld(ReplySource.AI))
        if flight.token.cancelled:
            return " ".join(sentences), first_audio
        line = safe_reply(self.policy.language)
        sentences.append(line)
        first_audio = self.speech.speak(line, flight) or first_audio
        return self._finish(" ".join(sentences), flight, first_audio)

    def _finish(self, reply: str, flight: InFlight, first_audio: float | None) -> Said:
        self.speech.wait_played(flight)
        return reply, first_audio


def _rough_tokens(text: str) -> int:
    return len(text) // 4 + 1
