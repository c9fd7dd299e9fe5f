""" "Record for my family": the person's own portrait, recorded with the (file-backed)
microphone, transcribed with time spans, kept answer by answer."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pytest

from desktop.core.errors import InterviewError
from desktop.core.interview import InterviewSession
from desktop.core.interview_match import match_answer
from desktop.core.interview_questions import load_question_set
from desktop.core.persona import PersonaDetails, SourceKind
from desktop.services.family_recording import keep_answer, start_own_portrait, transcribe
from desktop.vault.interviews import InterviewStore
from desktop.vault.personas import PersonaStore
from desktop.voice.answer_recorder import AnswerRecorder
from desktop.voice.audio import CAPTURE_RATE, Samples
from desktop.voice.audio_file import decode_audio_file
from desktop.voice.file_devices import FileInput
from tests.support.media_makers import tone

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


class ScriptedTranscriber:
    """Speech to text for the fast tests: the sentences said, at the times said."""

    def __init__(self, segments: list[tuple[float, float, str]]) -> None:
        self.segments_said = segments

    def segments(self, audio: Samples) -> list[tuple[float, float, str]]:
        return self.segments_said


def _record(audio: Samples) -> Samples:
    mic = FileInput(audio, realtime=False, stop_after_s=len(audio) / CAPTURE_RATE)
    recorder = AnswerRecorder(mic)
    recorder.start()
    assert mic.finished.wait(30)
    return recorder.stop()


def test_a_sitting_kept_answer_by_answer(stores: tuple[PersonaStore, InterviewStore]) -> None:
    personas, interviews = stores
    me = start_own_portrait(
        personas, PersonaDetails(name="Margaret Lin", called="Mum"), "Lily and Tom", NOW
    )
    consent = personas.consent(me)
    assert consent is not None and consent.self_recorded and consent.for_whom == "Lily and Tom"
    assert consent.creator == "Margaret Lin"
    questions = load_question_set("en").of_topics(("met",))
    session = InterviewSession(questions)
    audio = _record(tone(3.0))
    said = ScriptedTranscriber(
        [(0.1, 1.4, "We met at a dance."), (1.5, 2.9, "He stepped on my feet.")]
    )
    heard = transcribe(said, audio)
    answer = session.recorded(heard.spans, heard.seconds)
    first = keep_answer(interviews, me, answer, "en", audio, "Margaret Lin", NOW, lambda _t: False)
    kept = interviews.get(first)
    assert kept.clip_id is not None and kept.text == "We met at a dance. He stepped on my feet."
    recording = decode_audio_file(personas.media_data(kept.clip_id), CAPTURE_RATE)
    assert len(recording) == len(audio) and np.allclose(recording, audio, atol=1e-3)
    words = personas.sayings(me)
    assert [(w.text, w.clip_start_s, w.source) for w in words] == [
        ("We met at a dance.", 0.1, SourceKind.CLIP),
        ("He stepped on my feet.", 1.5, SourceKind.CLIP),
    ]
    session.next()
    with pytest.raises(InterviewError):
        keep_answer(
            interviews, me, session.answer(), "en", None, "Margaret Lin", NOW, lambda _t: False
        )
    typed = session.typed("When he laughed at my jokes, which were not funny.")
    keep_answer(interviews, me, typed, "en", None, "Margaret Lin", NOW, lambda _t: False)
    with pytest.raises(InterviewError, match="nothing was recorded"):
        transcribe(said, np.zeros(100, dtype=np.float32))
    asked = match_answer(
        "Mum, how did you meet Dad?",
        interviews.answered_questions(me, [load_question_set("en")]),
        ("Mum",),
    )
    assert asked is not None and asked.answer_id == first


@pytest.mark.slow
def test_a_spoken_answer_is_transcribed_with_its_time_spans(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    from tests.support.voice import shared_adapters, silence, speech

    personas, interviews = stores
    me = start_own_portrait(personas, PersonaDetails(name="Margaret Lin"), "my children", NOW)
    said = np.concatenate(
        [silence(0.5), speech("We met at a dance in the town hall."), silence(0.6),
         speech("He could not dance at all."), silence(0.5)]
    )  # fmt: skip
    audio = _record(said)
    heard = transcribe(shared_adapters().stt, audio)
    text = " ".join(s.text for s in heard.spans).lower()
    assert "dance" in text and "town hall" in text
    assert 0.0 <= heard.spans[0].start_s < 1.0 and heard.spans[-1].end_s <= heard.seconds
    session = InterviewSession(load_question_set("en").of_topics(("met",)))
    answer = session.recorded(heard.spans, heard.seconds)
    keep_answer(interviews, me, answer, "en", audio, "Margaret Lin", NOW, lambda _t: False)
    assert any("dance" in w.text.lower() for w in personas.sayings(me))
