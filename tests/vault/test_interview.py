"""The guided interview: question sets, the session, matching a later question, the recorder
(with the file-backed microphone) and the answers in the vault, sealed messages among them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import numpy as np
import pytest

from desktop.core.errors import InterviewError
from desktop.core.interview import AnswerState, InterviewSession, Span, spans_from_segments
from desktop.core.interview_match import AnsweredQuestion, match_answer
from desktop.core.interview_questions import (
    Moment,
    language_of,
    load_question_set,
    parse_question_set,
)
from desktop.core.persona import PersonaDetails, SayingKind, SourceKind
from desktop.vault.interviews import InterviewStore, NewAnswer
from desktop.vault.personas import PersonaStore
from desktop.voice.answer_recorder import AnswerRecorder, level_of
from desktop.voice.audio import CAPTURE_RATE
from desktop.voice.file_devices import FileInput
from tests.support.media_makers import answer_flac as _flac
from tests.support.media_makers import tone

NOW = datetime(2026, 5, 1, 10, 0, tzinfo=UTC)


def test_the_shipped_question_sets_cover_the_same_questions_in_both_languages() -> None:
    en, zh = load_question_set("en"), load_question_set("zh-CN")
    assert zh.language == "zh" and load_question_set("fr").language == "en"
    assert [q.id for q in en.questions] == [q.id for q in zh.questions]
    assert [t.id for t in en.topics] == ["childhood", "met", "work", "advice", "sayings", "later"]
    moments = {q.moment for q in en.questions if q.for_later}
    assert {Moment.WEDDING, Moment.FIRST_CHILD, Moment.HARD_DAY} <= moments
    assert all(q.asks for q in en.questions) and all(q.asks for q in zh.questions)
    assert language_of("zh_TW") == "zh" and language_of("EN-gb") == "en"


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(format="other"),
        lambda d: d.update(version=2),
        lambda d: d["topics"][0]["questions"].append(dict(d["topics"][0]["questions"][0])),
        lambda d: d["topics"][0]["questions"][0].update(text=""),
        lambda d: d["topics"][0]["questions"][0].update(moment="birthday"),
        lambda d: d["topics"][0]["questions"][0].update(extra=1),
        lambda d: d.update(topics={}),
    ],
)
def test_a_broken_question_set_is_refused(change) -> None:
    raw = json.loads(json.dumps(_raw_set()))
    change(raw)
    with pytest.raises(ValueError):
        parse_question_set(json.dumps(raw))


def _raw_set() -> dict[str, object]:
    from importlib import resources

    return json.loads(resources.files("desktop").joinpath("data/interview/en.json").read_text())


def test_a_sitting_answer_skip_re_record_type_and_seal() -> None:
    questions = load_question_set("en").of_topics(("met", "later"))
    session = InterviewSession(questions)
    assert session.current.id == "met.first" and session.progress == (0, len(questions))
    spans = spans_from_segments([(0.2, 2.5, " We met at a dance. "), (2.6, 9.0, "  ")], 3.0)
    first = session.recorded(spans, 3.0)
    assert first.state is AnswerState.RECORDED and first.take == 1
    assert first.text == "We met at a dance." and first.spans == (
        Span(0.2, 2.5, "We met at a dance."),
    )
    assert session.re_record().state is AnswerState.PENDING
    again = session.recorded(spans_from_segments([(0.0, 1.0, "At a dance hall.")], 1.2), 1.2)
    assert again.take == 2 and again.text == "At a dance hall."
    following = session.next()
    assert following is not None and following.id == "met.knew"
    skipped_to = session.skip()
    assert skipped_to is not None and skipped_to.id == "met.wedding"
    with pytest.raises(InterviewError):
        session.typed("   ")
    with pytest.raises(InterviewError):
        session.recorded((), 0.1)
    session.typed("It rained, and nobody minded.")
    with pytest.raises(InterviewError, match="later moment"):
        session.set_sealed(True)
    wedding = session.next()
    assert wedding is not None and wedding.moment is Moment.WEDDING
    session.typed("Be kind to each other on the hard days.")
    assert session.set_sealed(True).sealed
    assert [a.question.id for a in session.answered()] == [
        "met.first",
        "met.wedding",
        "later.wedding",
    ]
    assert session.answer("met.knew").state is AnswerState.SKIPPED
    assert session.back().id == "met.wedding"
    # a later sitting goes on where the first stopped
    resumed = InterviewSession(questions, session.answered())
    assert resumed.current.id == "met.knew" and resumed.answer("later.wedding").sealed


def _candidates(language: str) -> list[AnsweredQuestion]:
    questions = load_question_set(language).questions
    return [AnsweredQuestion(i, q.id, (q.text, *q.asks)) for i, q in enumerate(questions)]


@pytest.mark.parametrize(
    ("language", "asked", "expected"),
    [
        ("en", "Mum, how did you meet Dad?", "met.first"),
        ("en", "How did you two meet?", "met.first"),
        ("en", "Where did you grow up, Mum?", "childhood.home"),
        ("en", "What was your first job?", "work.first"),
        ("en", "What advice would you give me about love?", "advice.love"),
        ("en", "I'm having such a hard day today", "later.hard_day"),
        ("en", "Tell me about your work", "work.life"),
        ("en", "What did you have for lunch?", None),
        ("en", "How are you today?", None),
        ("en", "Did you go to work today?", None),
        ("en", "I love you", None),
        ("zh", "妈，你和爸爸是怎么认识的？", "met.first"),
        ("zh", "你小时候住哪儿？", "childhood.home"),
        ("zh", "我今天特别想你", "later.hard_day"),
        ("zh", "今天吃饭了吗", None),
        ("zh", "你最近好吗", None),
    ],
)
def test_a_later_question_finds_the_interview_question(
    language: str, asked: str, expected: str | None
) -> None:
    found = match_answer(asked, _candidates(language), ignore=("Mum", "妈妈"))
    assert (found.question_id if found else None) == expected


def test_the_recorder_with_the_file_backed_microphone() -> None:
    voice = tone(1.5, 300.0)
    mic = FileInput(voice, realtime=False, stop_after_s=2.0)
    recorder = AnswerRecorder(mic)
    recorder.start()
    assert mic.finished.wait(10)
    audio = recorder.stop()
    assert len(audio) == pytest.approx(2.0 * CAPTURE_RATE, abs=512)
    assert np.allclose(audio[: len(voice)], voice, atol=1e-6)
    assert recorder.level == 0.0


def test_pause_keeps_nothing_and_the_length_is_bounded() -> None:
    class Idle:
        realtime = True

        def start(self, _callback: object) -> None: ...

        def stop(self) -> None: ...

    recorder = AnswerRecorder(Idle(), max_seconds=1.0)
    recorder.start()
    loud, quiet = np.full(512, 0.5, np.float32), np.full(512, 0.001, np.float32)
    recorder.feed(loud, 0.0)
    assert recorder.level > 0.85 and level_of(quiet) < 0.1
    recorder.pause()
    recorder.feed(loud, 0.0)
    assert recorder.seconds == 512 / CAPTURE_RATE and recorder.level == 0.0
    recorder.resume()
    for _ in range(100):
        recorder.feed(quiet, 0.0)
    assert recorder.full and recorder.seconds == 1.0
    assert len(recorder.stop()) == CAPTURE_RATE


def test_answers_in_the_vault_with_their_recording_and_words(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    personas, interviews = stores
    me = personas.create(PersonaDetails(name="Wang Li", called="Mum", language="zh"), NOW)
    questions = load_question_set("zh")
    met = questions.question("met.first")
    assert met is not None
    spans = (Span(0.1, 1.4, "我们是在工厂认识的。"), Span(1.5, 2.8, "他那时候很瘦。"))
    first = interviews.save(
        me.id,
        NewAnswer(met, "zh", "我们是在工厂认识的。 他那时候很瘦。", spans, _flac(3.0)),
        "Wang Li",
        NOW,
    )
    words = personas.sayings(me.id)
    assert [(w.text, w.clip_start_s, w.source) for w in words] == [
        ("我们是在工厂认识的。", 0.1, SourceKind.CLIP),
        ("他那时候很瘦。", 1.5, SourceKind.CLIP),
    ]
    assert {w.answer_id for w in words} == {first} and words[0].clip_id is not None
    # a new take replaces the old one: clip and sayings
    again = interviews.save(
        me.id,
        NewAnswer(met, "zh", "在工厂。", (Span(0.0, 1.0, "在工厂。"),), _flac(1.0)),
        "Wang Li",
        NOW,
    )
    assert [w.text for w in personas.sayings(me.id)] == ["在工厂。"]
    assert len(personas.media(me.id)) == 1 and interviews.get(again).clip_id is not None
    advice = questions.question("advice.life")
    assert advice is not None
    interviews.save(me.id, NewAnswer(advice, "zh", "做人要厚道。"), "Wang Li", NOW)
    assert personas.sayings(me.id, SayingKind.SAYING)[-1].source is SourceKind.TYPED
    kept = interviews.answers(me.id)
    assert [k.question_id for k in kept] == ["met.first", "advice.life"] and kept[1].typed
    asked = match_answer("你和爸爸怎么认识的", interviews.answered_questions(me.id, [questions]))
    assert asked is not None and asked.answer_id == again
    interviews.delete(again)
    assert [w.text for w in personas.sayings(me.id)] == ["做人要厚道。"]
    assert len(personas.media(me.id)) == 0


def test_a_sealed_message_stays_out_of_conversations_until_the_family_opens_it(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    personas, interviews = stores
    me = personas.create(PersonaDetails(name="Margaret", called="Mum"), NOW)
    wedding = load_question_set("en").question("later.wedding")
    assert wedding is not None
    text = "On your wedding day, remember to laugh together."
    sealed = interviews.save(
        me.id,
        NewAnswer(wedding, "en", text, (Span(0.0, 2.9, text),), _flac(3.0), sealed=True),
        "Margaret",
        NOW,
    )
    assert personas.sayings(me.id) == [] and personas.search(me.id, "wedding laugh") == []
    assert interviews.answers(me.id, sealed=True)[0].id == sealed
    assert interviews.answered_questions(me.id, [load_question_set("en")]) == []
    later = datetime(2031, 6, 1, tzinfo=UTC)
    opened = interviews.open_sealed(sealed, "Lily", later)
    assert not opened.sealed and opened.opened_at == later
    assert personas.search(me.id, "wedding laugh")[0][0].clip_start_s == 0.0
    interviews.open_sealed(sealed, "Lily", later)  # opening twice adds nothing
    assert len(personas.sayings(me.id)) == 1


def test_the_person_may_seal_and_unseal_a_message_and_go_on_later(
    stores: tuple[PersonaStore, InterviewStore],
) -> None:
    from desktop.core.interview import answer_from_kept

    personas, interviews = stores
    me = personas.create(PersonaDetails(name="Margaret"), NOW)
    questions = load_question_set("en")
    hard_day, childhood = questions.question("later.hard_day"), questions.question("childhood.home")
    assert hard_day is not None and childhood is not None
    text = "On a hard day, make a pot of tea and call your sister."
    kept = interviews.save(me.id, NewAnswer(hard_day, "en", text), "Margaret", NOW)
    assert personas.search(me.id, "pot of tea")
    assert interviews.set_sealed(kept, True, "Margaret", NOW).sealed
    assert personas.search(me.id, "pot of tea") == []
    unsealed = interviews.set_sealed(kept, False, "Margaret", NOW)
    assert (
        not unsealed.sealed and unsealed.opened_at is None and personas.search(me.id, "pot of tea")
    )
    other = interviews.save(me.id, NewAnswer(childhood, "en", "By the river."), "Margaret", NOW)
    assert not interviews.set_sealed(other, True, "Margaret", NOW).sealed  # not for later
    again = answer_from_kept(hard_day, interviews.get(kept))
    assert again.state is AnswerState.TYPED and again.text == text
