"""The end-of-turn rules (pure) and the turn detector's early end."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.voice.audio import CAPTURE_BLOCK
from desktop.voice.end_of_turn import (
    Decision,
    EndOfTurnConfig,
    PauseEvidence,
    decide,
    words_left_open,
)
from desktop.voice.vad import TurnConfig, TurnDetector, TurnSignalKind

CONFIG = EndOfTurnConfig()
DONE = "I planted the roses you liked."
OPEN = "I was thinking that maybe we could"


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        (PauseEvidence(100, 0.99, DONE), Decision.WAIT),  # too soon to ask
        (PauseEvidence(200, None, None), Decision.WAIT),  # the model has not answered
        (PauseEvidence(200, 0.9, None), Decision.WAIT),  # the words are not known yet
        (PauseEvidence(200, 0.9, DONE), Decision.END),  # both say it is over
        (PauseEvidence(200, 0.9, OPEN), Decision.WAIT),  # the words are left open
        (PauseEvidence(1500, 0.99, OPEN), Decision.WAIT),  # still open, under the cap
        (PauseEvidence(1600, 0.01, OPEN), Decision.END),  # the cap
        (PauseEvidence(400, 0.2, DONE), Decision.WAIT),  # "not yet", finished words: wait
        (PauseEvidence(700, 0.2, DONE), Decision.END),  # ... until the confirmation
        (PauseEvidence(200, 0.5, ""), Decision.END),  # nothing transcribed is not open
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
def test_the_turn_always_ends_by_the_cap_and_never_before_the_ask(
    silence: float, probability: float | None, transcript: str | None, failed: bool
) -> None:
    decision = decide(CONFIG, PauseEvidence(silence, probability, transcript, failed))
    if silence >= CONFIG.cap_ms:
        assert decision is Decision.END
    if silence < CONFIG.ask_after_ms:
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
