""" "Record for my family": a living person records their own portrait, answer by answer.

What the window and a headless run share, without Qt: the persona and its consent ("recorded
by them, for ..."), an answer's transcription into spans (Whisper), and keeping an answer with
its real recording (FLAC) or its written words. Each answer is kept as soon as it is given.
Transcription runs on a worker thread, never the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

import numpy as np

from desktop.core.errors import InterviewError
from desktop.core.interview import (
    MIN_ANSWER_SECONDS,
    Answer,
    AnswerState,
    Span,
    spans_from_segments,
)
from desktop.core.persona import Agreement, ConsentRecord, PersonaDetails
from desktop.core.settings import Settings
from desktop.vault.interviews import AnswerClip, InterviewStore, NewAnswer
from desktop.vault.personas import PersonaStore
from desktop.voice.audio import CAPTURE_RATE, Samples
from desktop.voice.voice_message import encode_flac


class Transcriber(Protocol):
    """What transcription needs of the speech-to-text adapter (WhisperTranscriber)."""

    def segments(self, audio: Samples) -> list[tuple[float, float, str]]: ...


@dataclass(frozen=True, slots=True)
class Transcript:
    spans: tuple[Span, ...]
    seconds: float


def start_own_portrait(
    personas: PersonaStore, details: PersonaDetails, for_whom: str, now: datetime
) -> int:
    """The portrait of the person recording it, with their own consent; returns its id."""
    name = details.name.strip()
    if not name:
        raise InterviewError("a portrait needs your name")
    persona = personas.create(details, now)
    personas.set_consent(
        persona.id,
        ConsentRecord(
            creator=name,
            creator_relationship="themselves",
            agreed_in_life=Agreement.YES,
            recorded_at=now,
            self_recorded=True,
            for_whom=for_whom.strip(),
        ),
    )
    return persona.id


def transcribe(stt: Transcriber, audio: Samples) -> Transcript:
    """The recording's sentences with their time spans. Worker thread."""
    seconds = len(audio) / CAPTURE_RATE
    if seconds < MIN_ANSWER_SECONDS:
        raise InterviewError("nothing was recorded")
    return Transcript(spans_from_segments(stt.segments(audio), seconds), seconds)


def recording_clip(audio: Samples, question_id: str) -> AnswerClip:
    """The answer's recording as it is kept: FLAC at the microphone's rate."""
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2")
    return AnswerClip(
        f"interview-{question_id}.flac", encode_flac(pcm, CAPTURE_RATE), len(audio) / CAPTURE_RATE
    )


def keep_answer(
    interviews: InterviewStore,
    persona_id: int,
    answer: Answer,
    language: str,
    audio: Samples | None,
    supplied_by: str,
    now: datetime,
    invites: Callable[[str], bool],
) -> int:
    """Keep an answer of the sitting: recorded (with `audio`) or typed. Returns its id."""
    if answer.state is AnswerState.RECORDED:
        if audio is None or not len(audio):
            raise InterviewError("the recording is missing")
        clip = recording_clip(audio, answer.question.id)
        new = NewAnswer(answer.question, language, answer.text, answer.spans, clip, answer.sealed)
    elif answer.state is AnswerState.TYPED:
        new = NewAnswer(answer.question, language, answer.text, sealed=answer.sealed)
    else:
        raise InterviewError("this question has no answer to keep")
    return interviews.save(persona_id, new, supplied_by, now, invites)


class LocalTranscriber:
    """The chosen speech-recognition model for the interview's language, found and loaded on
    its first use (a worker thread), so a missing model is reported where an answer is
    transcribed, calmly, and the window never waits for it."""

    def __init__(self, settings: Settings, models_dir: Path, language: str) -> None:
        self.settings = settings
        self.models_dir = models_dir
        self.language = language
        self._stt: Transcriber | None = None

    def segments(self, audio: Samples) -> list[tuple[float, float, str]]:
        if self._stt is None:
            from desktop.services.engine_setup import build_adapters

            stt = build_adapters(self.settings, self.models_dir, self.language, with_llm=False).stt
            stt.load()
            self._stt = stt
        return self._stt.segments(audio)
