"""The grief self-check: the Brief Grief Questionnaire scored as its authors publish it, the
questionnaire's words as a pack, at most every four weeks, kept in the vault, and wording that
offers support and never diagnoses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.care.instrument import BGQ, Band, Score, score
from desktop.care.instrument_pack import MAX_BYTES, pack_to_json, parse_pack
from desktop.care.selfcheck import (
    SelfCheckResult,
    may_take,
    next_possible,
    result_lines,
    trend,
    trend_sentence,
)
from desktop.care.selfcheck_store import SelfCheckStore
from desktop.core.errors import InstrumentError, InstrumentPackError, SelfCheckTooSoonError
from desktop.vault.database import Vault

KEY = b"\x22" * 32
LONDON = ZoneInfo("Europe/London")

# The BGQ's published scoring: five questions; "not at all" 0, "somewhat" 1, "a lot" 2; the
# total runs from 0 to 10; 5 or more may suggest complicated grief (the authors' note, a full
# evaluation by a clinician being needed); 8 or more is the cut-off studies use for probable
# complicated grief (Jpn J Clin Oncol 2021, 51(2):252; the BGQ validated by Ito et al. 2012).
PUBLISHED_EXAMPLES = [
    ((0, 0, 0, 0, 0), 0, Band.LOW),  # the lowest total
    ((1, 1, 1, 1, 0), 4, Band.LOW),  # one below the first cut-off
    ((1, 1, 1, 1, 1), 5, Band.RAISED),  # "somewhat" to every question: 5, the first cut-off
    ((2, 2, 1, 1, 1), 7, Band.RAISED),
    ((2, 2, 2, 1, 1), 8, Band.HIGH),  # the cut-off for probable complicated grief
    ((2, 2, 2, 2, 2), 10, Band.HIGH),  # "a lot" to every question: the highest total
]


@pytest.mark.parametrize(("answers", "total", "band"), PUBLISHED_EXAMPLES)
def test_the_bgq_is_scored_as_published(answers: tuple[int, ...], total: int, band: Band) -> None:
    assert score(BGQ, answers) == Score(total, band)
    assert BGQ.scoring.minimum == 0 and BGQ.scoring.maximum == 10


@given(st.lists(st.sampled_from([0, 1, 2]), min_size=5, max_size=5))
def test_every_complete_set_of_answers_is_their_sum_in_its_band(answers: list[int]) -> None:
    result = score(BGQ, answers)
    assert result.total == sum(answers)
    expected = Band.HIGH if result.total >= 8 else Band.RAISED if result.total >= 5 else Band.LOW
    assert result.band is expected


@pytest.mark.parametrize(
    "answers", [(1, 1, 1, 1), (1, 1, 1, 1, 1, 1), (0, 1, 2, 3, 0), (0, 1, 2, -1, 0), (True,) * 5]
)
def test_incomplete_or_impossible_answers_are_not_scored(answers: tuple[Any, ...]) -> None:
    with pytest.raises(InstrumentError):
        score(BGQ, answers)


def _pack(**changes: Any) -> dict[str, Any]:
    """A pack with placeholder words (Keepsake's repository holds none of the real ones)."""
    words = {
        "title": "Questionnaire (placeholder)",
        "instructions": "Placeholder instructions.",
        "items": [f"Placeholder question {i} about {{name}}?" for i in range(1, 6)],
        "options": ["Answer 0", "Answer 1", "Answer 2"],
    }
    raw: dict[str, Any] = {
        "format": "keepsake-instrument-pack",
        "version": 1,
        "instrument": "bgq",
        "source": "test words",
        "languages": {"en": words},
    }
    raw.update(changes)
    return raw


def _bytes(raw: dict[str, Any]) -> bytes:
    return json.dumps(raw).encode()


def test_a_pack_gives_the_words_and_fills_in_their_name() -> None:
    pack = parse_pack(_bytes(_pack()))
    assert pack.instrument is BGQ
    words = pack.words("zh_CN")  # no Chinese in this pack: English, and the UI says so
    assert words.language == "en"
    assert words.item(0, "Mum") == "Placeholder question 1 about Mum?"
    assert parse_pack(pack_to_json(pack).encode()) == pack


BAD_PACKS = {
    "not JSON": b"\x89PNG\r\n",
    "not UTF-8": b"\xff\xfe{",
    "another format": _bytes(_pack(format="something else")),
    "a later version": _bytes(_pack(version=2)),
    "an instrument Keepsake does not score": _bytes(_pack(instrument="pg13r")),
    "four questions": _bytes(
        _pack(languages={"en": {**_pack()["languages"]["en"], "items": ["q?"] * 4}})
    ),
    "two answers": _bytes(
        _pack(languages={"en": {**_pack()["languages"]["en"], "options": ["a", "b"]}})
    ),
    "an empty question": _bytes(
        _pack(languages={"en": {**_pack()["languages"]["en"], "items": ["", *["q?"] * 4]}})
    ),
    "no words": _bytes(_pack(languages={})),
    "far too large": b" " * (MAX_BYTES + 1),
    "nested forever": b"[" * 100_000,
}


@pytest.mark.parametrize("case", list(BAD_PACKS))
def test_a_file_that_is_not_a_usable_pack_says_why(case: str) -> None:
    with pytest.raises(InstrumentPackError) as caught:
        parse_pack(BAD_PACKS[case])
    assert caught.value.reason


def _result(at: datetime, total: int = 3) -> SelfCheckResult:
    return SelfCheckResult(1, "bgq", at, (1, 1, 1, 0, 0), total, score(BGQ, [1] * 5).band)


def test_it_is_offered_again_after_four_weeks_of_the_persons_own_days() -> None:
    taken = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # 2 March 23:30 in London (GMT)
    assert may_take([], taken, LONDON)
    ready = next_possible([_result(taken)], LONDON)
    # 30 March is after the change to summer time (29 March): its midnight is 23:00 UTC
    assert ready == datetime(2026, 3, 30, 0, 0, tzinfo=LONDON)
    assert ready.astimezone(UTC) == datetime(2026, 3, 29, 23, 0, tzinfo=UTC)
    assert not may_take([_result(taken)], ready - timedelta(seconds=1), LONDON)
    assert may_take([_result(taken)], ready, LONDON)
    # in Shanghai the same moment is already 3 March: four weeks later is 31 March there
    shanghai = ZoneInfo("Asia/Shanghai")
    assert next_possible([_result(taken)], shanghai) == datetime(2026, 3, 31, tzinfo=shanghai)


def test_a_high_total_offers_support_and_a_professional_and_never_diagnoses() -> None:
    for band in Band:
        text = " ".join(result_lines(band))
        assert "not a diagnosis" in text
        assert "you have" not in text.lower() and "disorder" not in text.lower()
    raised, high = " ".join(result_lines(Band.RAISED)), " ".join(result_lines(Band.HIGH))
    for text in (raised, high):
        assert "therapist" in text and "grief counsellor" in text and "Support" in text
    assert "soon" in high
    assert "counsellor" not in " ".join(result_lines(Band.LOW))


def test_the_trend_is_told_calmly() -> None:
    start = datetime(2026, 1, 5, tzinfo=UTC)
    results = [
        SelfCheckResult(i, "bgq", start + timedelta(days=30 * i), (), total, Band.LOW)
        for i, total in enumerate((8, 6, 4))
    ]
    assert [r.total for r in trend(list(reversed(results)), "bgq")] == [8, 6, 4]
    assert trend_sentence(results) == "Lower than at the first self-check (8 then, 4 now)."
    assert "no trend yet" in trend_sentence(results[:1])


def test_results_and_the_pack_are_kept_in_the_vault_at_most_every_four_weeks(
    tmp_path: Path,
) -> None:
    vault = Vault.open(tmp_path / "v.db", KEY)
    store = SelfCheckStore(vault)
    assert store.pack() is None
    store.add_pack(_bytes(_pack()), datetime(2026, 1, 1, tzinfo=UTC))
    assert store.pack() is not None and store.pack().instrument is BGQ  # type: ignore[union-attr]
    first = datetime(2026, 1, 5, 20, tzinfo=UTC)
    store.take(BGQ, [2, 2, 1, 1, 1], first, LONDON)
    with pytest.raises(SelfCheckTooSoonError) as soon:
        store.take(BGQ, [0, 0, 0, 0, 0], first + timedelta(days=27), LONDON)
    assert soon.value.next_possible == datetime(2026, 2, 2, tzinfo=LONDON)
    with pytest.raises(InstrumentError):
        store.take(BGQ, [0, 0, 0], first + timedelta(days=28), LONDON)
    store.take(BGQ, [1, 1, 0, 0, 0], first + timedelta(days=28), LONDON)
    vault.close()
    vault = Vault.open(tmp_path / "v.db", KEY)
    results = SelfCheckStore(vault).results()
    assert [(r.total, r.band) for r in results] == [(7, Band.RAISED), (2, Band.LOW)]
    assert results[0].answers == (2, 2, 1, 1, 1)
    SelfCheckStore(vault).remove_pack()
    assert SelfCheckStore(vault).pack() is None
    vault.close()
