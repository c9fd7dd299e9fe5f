"""The portrait answers with the person's interview first: a question they answered plays
their whole recording (or says their written words); a sealed message is never offered."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.core.grounding import Generate, ReplyMode, Verbatim
from desktop.core.interview import Span
from desktop.core.interview_questions import load_question_set
from desktop.core.persona import Persona, PersonaDetails
from desktop.services.grounding_planner import GroundedPlanner
from desktop.services.interview_answers import InterviewAnswers
from desktop.vault.interviews import InterviewStore, NewAnswer
from desktop.vault.personas import PersonaStore
from tests.support.media_makers import answer_flac as _flac

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)
RATE = 22_050
MET = "We met at a dance in Leeds. He stood on my feet all night."


def _interviewed(stores: tuple[PersonaStore, InterviewStore]) -> Persona:
    personas, interviews = stores
    me = personas.create(PersonaDetails(name="Margaret", called="Mum"), NOW)
    questions = load_question_set("en")
    met, advice, wedding = (
        questions.question(q) for q in ("met.first", "advice.life", "later.wedding")
    )
    assert met is not None and advice is not None and wedding is not None
    spans = (Span(0.1, 2.0, "We met at a dance in Leeds."), Span(2.1, 3.9, MET.split(". ")[1]))
    interviews.save(me.id, NewAnswer(met, "en", MET, spans, _flac(4.0)), "Margaret", NOW)
    interviews.save(
        me.id, NewAnswer(advice, "en", "Be kind, and go to bed early."), "Margaret", NOW
    )
    text = "On your wedding day, remember to laugh together."
    sealed = NewAnswer(wedding, "en", text, (Span(0.0, 2.9, text),), _flac(3.0), sealed=True)
    interviews.save(me.id, sealed, "Margaret", NOW)
    return me


def _planner(stores: tuple[PersonaStore, InterviewStore], persona: Persona) -> GroundedPlanner:
    personas, interviews = stores
    answers = InterviewAnswers(interviews, persona)
    return GroundedPlanner(personas, persona, ReplyMode.GROUNDED, RATE, answers=answers)


def test_a_question_they_answered_plays_their_whole_recording(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    persona = _interviewed(stores)
    plan = _planner(stores, persona).plan("Mum, how did you and Dad meet?")
    assert isinstance(plan, Verbatim) and plan.text == MET
    assert plan.clip is not None and plan.clip.sample_rate == RATE
    assert len(plan.clip.samples) == pytest.approx(4.0 * RATE, rel=0.02)


def test_a_written_answer_is_said_in_their_words_and_chinese_asks_find_it_too(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    persona = _interviewed(stores)
    planner = _planner(stores, persona)
    plan = planner.plan("What is the best advice you can give me about life?")
    assert isinstance(plan, Verbatim) and plan.text == "Be kind, and go to bed early."
    assert plan.clip is None
    chinese = planner.plan("你和爸爸是怎么认识的？")
    assert isinstance(chinese, Verbatim) and chinese.text == MET


def test_a_sealed_message_is_not_offered_and_an_answer_is_not_replayed_at_once(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    persona = _interviewed(stores)
    planner = _planner(stores, persona)
    sealed = planner.plan("Tell me what you want me to hear on my wedding day")
    assert not (isinstance(sealed, Verbatim) and "laugh together" in sealed.text)
    first = planner.plan("How did you meet Dad?")
    again = planner.plan("How did you meet Dad?")
    assert isinstance(first, Verbatim) and first.text == MET
    assert not (isinstance(again, Verbatim) and again.text == MET)
    assert isinstance(planner.plan("The weather has been cold this week"), Generate)


def test_an_answer_that_could_read_as_an_invitation_is_never_played(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    personas, interviews = stores
    persona = _interviewed(stores)
    answers = InterviewAnswers(interviews, persona, invites=lambda text: "Leeds" in text)
    planner = GroundedPlanner(personas, persona, ReplyMode.GROUNDED, RATE, answers=answers)
    plan = planner.plan("How did you meet Dad?")
    assert not (isinstance(plan, Verbatim) and plan.text == MET)
