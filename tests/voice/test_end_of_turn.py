"""The end-of-turn rules (pure) and the turn detector's early end."""

from __future__ import annotations

from concurrent.futures import Executor, Future
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.voice import speculative_stt
from desktop.voice.audio import CAPTURE_BLOCK
from desktop.voice.end_of_turn import (
    Decision,
    EndOfTurnConfig,
    PauseEvidence,
    decide,
    words_left_open,
)
from desktop.voice.turn_taking import TurnEventKind, TurnTaking
from desktop.voice.vad import TurnConfig, TurnDetector, TurnSignalKind

CONFIG = EndOfTurnConfig()
DONE = "I planted the roses you liked."
OPEN = "I was thinking that maybe we could"


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        (PauseEvidence(256, None, None), Decision.WAIT),  # the model has not answered
        (PauseEvidence(256, 0.9, None), Decision.WAIT),  # the words are not known yet
        (PauseEvidence(256, 0.9, DONE), Decision.END),  # both say it is over
        (PauseEvidence(256, 0.9, OPEN), Decision.WAIT),  # the words are left open
        (PauseEvidence(1500, 0.99, OPEN), Decision.WAIT),  # still open, under the cap
        (PauseEvidence(1600, 0.01, OPEN), Decision.END),  # the cap
        (PauseEvidence(400, 0.2, DONE), Decision.WAIT),  # "not yet", finished words: wait
        (PauseEvidence(800, 0.2, DONE), Decision.END),  # ... until the confirmation
        (PauseEvidence(256, 0.5, ""), Decision.END),  # nothing transcribed is not open
    ],
)
def test_semantic_rules(evidence: PauseEvidence, expected: Decision) -> None:
    assert decide(CONFIG, evidence) is expected


def test_a_fixed_pause_and_a_broken_model_are_todays_rule() -> None:
    fixed = EndOfTurnConfig(semantic=False, fixed_ms=900)
    assert decide(fixed, PauseEvidence(800, 0.99, DONE)) is Decision.WAIT
    assert decide(fixed, PauseEvidence(900, 0.0, OPEN)) is Decision.END
    broken = PauseEvidence(599, None, DONE, model_failed=True)
    assert decide(CONFIG, broken) is Decision.WAIT
    assert decide(CONFIG, PauseEvidence(600, None, OPEN, model_failed=True)) is Decision.END


@given(
    silence=st.floats(0, 5000),
    probability=st.none() | st.floats(0, 1),
    transcript=st.none() | st.text(max_size=40),
    failed=st.booleans(),
)
def test_the_turn_always_ends_by_the_cap_and_never_without_an_answer(
    silence: float, probability: float | None, transcript: str | None, failed: bool
) -> None:
    decision = decide(CONFIG, PauseEvidence(silence, probability, transcript, failed))
    if silence >= CONFIG.cap_ms:
        assert decision is Decision.END
    if probability is None and not failed and silence < CONFIG.cap_ms:
        assert decision is Decision.WAIT


@pytest.mark.parametrize(
    ("text", "open_"),
    [
        ("I went to the market this morning and", True),
        ("The thing is, when I...", True),
        ("Sometimes I feel like…", True),
        ("work has been busy because", True),
        ("I found it in the", True),
        ("I found it in the.", True),  # a full stop cannot close "the"
        ("I keep meaning to", True),
        ("The apples you like.", False),
        ("I wish I could.", False),
        ("I wish I could", True),
        ("Well,", True),
        ("我今天去了市场，然后", True),
        ("我想跟你说的", True),
        ("I planted the roses you liked.", False),
        ("How have you been, Mum?", False),
        ("Thank you", False),
        ("I don't know if I can do that.", False),
        ("我今天很好。", False),
        ("", False),
    ],
)
def test_words_left_open(text: str, open_: bool) -> None:
    assert words_left_open(text) is open_


def test_the_detector_ends_a_confirmed_turn_on_request_and_counts_silence() -> None:
    detector = TurnDetector(TurnConfig(end_silence_ms=1600, pause_ms=200))
    speech = np.full(CAPTURE_BLOCK, 0.1, dtype=np.float32)
    quiet = np.zeros(CAPTURE_BLOCK, dtype=np.float32)
    assert detector.end_now() is None  # nothing to end
    for _ in range(12):
        detector.push(speech, 0.9)
    signals = [s for _ in range(7) for s in detector.push(quiet, 0.0)]
    assert [s.kind for s in signals] == [TurnSignalKind.PAUSED]
    assert detector.silence_ms == pytest.approx(7 * 32)
    ended = detector.end_now()
    assert ended is not None and ended.kind is TurnSignalKind.TURN_ENDED
    assert ended.audio is not None and len(ended.audio) == 19 * CAPTURE_BLOCK
    assert not detector.in_turn and detector.end_now() is None


# --- the listener's turn-taking over blocks ---------------------------------------------------


class Workers(Executor):
    """Runs each job when told to (`run_all`), on the test's thread: no timing involved."""

    def __init__(self, immediate: bool = True) -> None:
        self.immediate = immediate
        self.waiting: list[tuple[Future[Any], Any, tuple[Any, ...]]] = []

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        self.waiting.append((future, fn, args))
        if self.immediate:
            self.run_all()
        return future

    def run_all(self) -> None:
        for future, fn, args in self.waiting:
            try:
                future.set_result(fn(*args))
            except Exception as exc:
                future.set_exception(exc)
        self.waiting = []


SPEECH = np.full(CAPTURE_BLOCK, 0.1, dtype=np.float32)
QUIET = np.zeros(CAPTURE_BLOCK, dtype=np.float32)


def _talk(taking: TurnTaking, speech_blocks: int, quiet_blocks: int) -> list[tuple[int, Any]]:
    """(block index within the silence, event) for every event while speaking then silent."""
    out = []
    for _ in range(speech_blocks):
        out += [(-1, e) for e in taking.push(SPEECH, 0.9)]
    for i in range(quiet_blocks):
        out += [(i, e) for e in taking.push(QUIET, 0.0)]
    return out


def _ended_at(events: list[tuple[int, Any]]) -> list[float]:
    return [(i + 1) * 32 for i, e in events if e.kind is TurnEventKind.TURN_ENDED and i >= 0]


def _taking(
    probability: float, words: str, ending: EndOfTurnConfig = CONFIG, workers: Any = None
) -> TurnTaking:
    return TurnTaking(
        TurnConfig(), ending, workers or Workers(), lambda a: probability, lambda a: words
    )


def test_a_finished_sentence_ends_at_the_first_ask() -> None:
    taking = _taking(0.9, DONE)
    events = _talk(taking, 15, 60)
    assert events[0][1].kind is TurnEventKind.SPEECH_STARTED
    assert _ended_at(events) == [256]  # 8 blocks: asked at ~130 ms, never within a breath
    ended = next(e for _i, e in events if e.kind is TurnEventKind.TURN_ENDED)
    assert ended.transcript is not None and ended.transcript.result() == DONE
    assert ended.silence_ms == pytest.approx(256)


def test_not_yet_waits_for_the_confirmation_and_open_words_for_the_cap() -> None:
    assert _ended_at(_talk(_taking(0.1, DONE), 15, 60)) == [800]
    assert _ended_at(_talk(_taking(0.99, OPEN), 15, 60)) == [1600]


def test_the_person_going_on_drops_the_answers() -> None:
    taking = _taking(0.99, OPEN)
    events = _talk(taking, 15, 20) + _talk(taking, 15, 7)  # pause 640 ms, speak again
    assert not [e for _i, e in events if e.kind is TurnEventKind.TURN_ENDED]
    assert taking.in_turn


def test_nothing_ends_before_the_answers_come_back() -> None:
    workers = Workers(immediate=False)
    taking = _taking(0.9, DONE, workers=workers)
    events = _talk(taking, 15, 12)
    assert not _ended_at(events) and len(workers.waiting) == 2  # model and transcript asked
    workers.run_all()
    assert [e.kind for e in taking.push(QUIET, 0.0)] == [TurnEventKind.TURN_ENDED]


def test_a_failing_model_and_the_fixed_setting_use_the_fixed_pause() -> None:
    def broken(_audio: object) -> float:
        raise RuntimeError("onnxruntime said no")

    taking = TurnTaking(TurnConfig(), CONFIG, Workers(), broken, lambda a: DONE)
    assert _ended_at(_talk(taking, 15, 60)) == [608] and taking.model_failed
    assert _ended_at(_talk(taking, 15, 60)) == [608]  # not asked again
    fixed = _taking(0.99, DONE, EndOfTurnConfig(semantic=False, fixed_ms=900))
    assert _ended_at(_talk(fixed, 15, 60)) == [896]
    without = TurnTaking(TurnConfig(), CONFIG, Workers(), None, lambda a: DONE)
    assert _ended_at(_talk(without, 15, 60)) == [608]


def test_words_that_read_as_going_on_hold_the_turn_until_the_cap() -> None:
    going_on = TurnTaking(
        TurnConfig(), CONFIG, Workers(), lambda a: 0.99, lambda a: DONE, lambda w: 0.01
    )
    assert _ended_at(_talk(going_on, 15, 60)) == [1600]
    ending = TurnTaking(
        TurnConfig(), CONFIG, Workers(), lambda a: 0.99, lambda a: DONE, lambda w: 0.3
    )
    assert _ended_at(_talk(ending, 15, 60)) == [256]

    def broken(_words: str) -> float:
        raise RuntimeError("llama.cpp said no")

    unjudged = TurnTaking(TurnConfig(), CONFIG, Workers(), lambda a: 0.99, lambda a: DONE, broken)
    assert _ended_at(_talk(unjudged, 15, 60)) == [256]  # the voice decides alone


def test_the_words_judge_waits_for_its_answer() -> None:
    workers = Workers(immediate=False)
    taking = TurnTaking(TurnConfig(), CONFIG, workers, lambda a: 0.9, lambda a: DONE, lambda w: 0.3)
    _talk(taking, 15, 7)
    workers.run_all()  # the transcript answers; the words judge is asked next
    told = [e.kind for e in taking.push(QUIET, 0.0)]
    assert told == [TurnEventKind.WORDS_READY] and len(workers.waiting) == 1  # not ended yet
    workers.run_all()
    assert [e.kind for e in taking.push(QUIET, 0.0)] == [TurnEventKind.TURN_ENDED]


def test_with_a_words_judge_the_voice_is_asked_only_when_its_answer_can_decide() -> None:
    asked: list[str] = []

    def voice(_audio: object) -> float:
        asked.append("voice")
        return 0.9

    def words(text: str) -> float:
        asked.append(f"words:{text}")
        return 0.0 if text == OPEN else 0.26

    workers = Workers(immediate=False)
    going_on = TurnTaking(TurnConfig(), CONFIG, workers, voice, lambda a: OPEN, words)
    _talk(going_on, 15, 7)
    assert workers.waiting[0][2] == ("",)  # read ahead on speech
    assert len(workers.waiting) == 2  # ... and the transcript, alone at the pause
    for _ in range(20):
        workers.run_all()
        going_on.push(QUIET, 0.0)
    assert asked == ["words:"]  # open words: neither the voice nor the words judge asked
    asked.clear()
    ending = TurnTaking(TurnConfig(), CONFIG, Workers(), voice, lambda a: DONE, words)
    assert _ended_at(_talk(ending, 15, 60)) == [256]  # 0.26 with the voice's "complete"
    assert asked == ["words:", f"words:{DONE}", "voice"]  # the voice when it can decide
    asked.clear()
    sure = TurnTaking(TurnConfig(), CONFIG, Workers(), voice, lambda a: DONE, lambda w: 0.4)
    assert _ended_at(_talk(sure, 15, 60)) == [256] and asked == []  # sure words: no voice
    without = TurnTaking(
        TurnConfig(), CONFIG, (w := Workers(immediate=False)), voice, lambda a: DONE
    )
    _talk(without, 15, 7)
    assert len(w.waiting) == 2  # no words judge: the voice beside recognition, at the pause


def _words_model() -> Path:
    """The installed default chat model's file, which the words' judge reads with."""
    from desktop.models.catalogue import ModelRole, default_for
    from desktop.models.verify import locate

    entry = default_for(ModelRole.LANGUAGE_MODEL)
    folder = locate(entry)
    assert folder is not None
    return folder / entry.main_file.relpath


@pytest.mark.slow
def test_the_language_model_reads_finished_and_unfinished_sentences() -> None:
    from desktop.voice.words_end import WordsEndModel, normalise

    model = WordsEndModel(_words_model())
    assert normalise("I keep meaning to...") == "i keep meaning to"
    finished = (
        "We had a little party for your birthday on Sunday.",
        "I went to the market this morning and I bought the apples you like.",
        "The doctor told me that my blood pressure is fine now.",
    )
    going_on = (
        "I was thinking that maybe we could.",
        "The doctor told me that.",
        "I keep meaning to.",
        "I wish I had asked you.",
    )
    threshold = EndOfTurnConfig().words_threshold
    assert all(model.probability(text) >= threshold for text in finished)
    assert all(model.probability(text) < threshold for text in going_on)
    assert model.probability("") == 0.0
    model.close()


@pytest.mark.slow
def test_the_words_judge_reads_the_portraits_last_words_once_and_only_new_words_after() -> None:
    from desktop.voice.words_end import WordsEndModel

    path = _words_model()
    said = "There you are. Come and tell me how you've been."
    first = "I went to the market this morning and"
    turn = (first, f"{first} I saw Jo.")
    judge, fresh = WordsEndModel(path), WordsEndModel(path)
    try:
        assert judge.probability("", said) == 0.0  # read ahead: the context is in its cache
        primed = len(judge._read)
        assert primed > 10
        got = [judge.probability(text, said) for text in turn]
        assert len(judge._read) > primed  # kept: the next call reads only what is new
        expected = []
        for text in turn:
            fresh.close()  # nothing kept: read from the start
            expected.append(fresh.probability(text, said))
        assert got == pytest.approx(expected, abs=0.01)
        assert fresh.probability(turn[1]) != pytest.approx(expected[1], abs=1e-3)  # context counts
    finally:
        judge.close()
        fresh.close()


@pytest.mark.slow
def test_the_words_judge_on_the_reply_models_weights_reads_alike_and_keeps_its_cache() -> None:
    from desktop.core.conversation import Message, Role
    from desktop.core.jobs import CancelToken
    from desktop.voice.llm import LlamaReplier
    from desktop.voice.words_end import WordsEndModel

    path = _words_model()
    texts = ("We had a little party for your birthday on Sunday.", "The doctor told me that.")
    alone = WordsEndModel(path)
    expected = [alone.probability(text) for text in texts]
    alone.close()
    replier = LlamaReplier(path)
    shared = WordsEndModel(path, share=lambda: replier.llama)
    try:
        asked = [Message(Role.SYSTEM, "You are Mum."), Message(Role.USER, "Hello, Mum.")]
        first = "".join(replier.stream(asked, CancelToken()))
        assert [shared.probability(text) for text in texts] == pytest.approx(expected, abs=1e-4)
        then = [*asked, Message(Role.ASSISTANT, first), Message(Role.USER, "How are you?")]
        "".join(replier.stream(then, CancelToken()))
        assert replier.last_reused > 0  # judging used a context of its own
        replier.close()  # the owner closes the model: the judge loads it again when asked
        assert shared.probability(texts[1]) == pytest.approx(expected[1], abs=1e-4)
    finally:
        shared.close()
        replier.close()


def test_the_words_and_the_voice_together_end_the_turn_at_once_either_alone_later() -> None:
    both = PauseEvidence(256, 0.9, DONE, words_end=0.27)
    assert decide(CONFIG, both) is Decision.END
    for one in (
        PauseEvidence(256, 0.02, DONE, words_end=0.27),
        PauseEvidence(256, 0.9, DONE, words_end=0.1),
    ):
        assert decide(CONFIG, one) is Decision.WAIT  # a whole sentence may still go on
        assert decide(CONFIG, replace(one, silence_ms=CONFIG.confirm_ms)) is Decision.END
    assert decide(CONFIG, PauseEvidence(700, 0.1, DONE, words_end=0.1)) is Decision.WAIT
    assert decide(CONFIG, PauseEvidence(1500, 0.9, DONE, words_end=0.02)) is Decision.WAIT
    assert decide(CONFIG, PauseEvidence(256, 0.9, DONE)) is Decision.END  # no words judge


def test_sure_words_end_the_turn_alone_and_finished_words_do_not_wait_for_the_voice() -> None:
    sure = PauseEvidence(256, None, DONE, words_end=CONFIG.words_sure)
    assert decide(CONFIG, sure) is Decision.END  # the voice not asked or not answered yet
    assert decide(CONFIG, replace(sure, probability=0.01)) is Decision.END
    breath = replace(sure, silence_ms=CONFIG.breath_ms - 16, probability=0.99)
    assert decide(CONFIG, breath) is Decision.WAIT  # a breath between phrases, however judged
    fair = PauseEvidence(256, None, DONE, words_end=0.2)
    assert decide(CONFIG, fair) is Decision.WAIT
    assert decide(CONFIG, replace(fair, silence_ms=CONFIG.confirm_ms)) is Decision.END
    assert decide(CONFIG, PauseEvidence(256, None, OPEN, words_end=0.9)) is Decision.WAIT


def test_a_later_pause_transcribes_only_what_came_after_the_earlier_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speculative_stt, "WHOLE_TURN", 0)  # a long turn: read in parts
    lengths: list[int] = []

    def transcribe(audio: Any) -> str:
        lengths.append(len(audio))
        return ["I was thinking that", "we could go to the lake."][min(len(lengths), 2) - 1]

    taking = TurnTaking(TurnConfig(), CONFIG, Workers(), lambda a: 0.9, transcribe)
    events = _talk(taking, 15, 20) + _talk(taking, 15, 20)  # "…that" waits; then it is done
    ended = next(e for _i, e in events if e.kind is TurnEventKind.TURN_ENDED)
    assert ended.transcript is not None
    assert ended.transcript.result() == "I was thinking that we could go to the lake."
    assert ended.audio is not None and lengths[1] < len(ended.audio) - 15 * CAPTURE_BLOCK
