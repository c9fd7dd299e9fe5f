"""Crisis language in two tiers (English and Chinese), negation that is really negation, the
output check for invitations, the editable lexicon, and what the engine does with all of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.honesty import honest_answer
from desktop.core.risk import RiskDetector, RiskTier, find_invitation, normalize_en
from desktop.core.risk_lexicon import load_lexicon, parse_lexicon, shipped_lexicon_text
from desktop.core.safety import (
    answer_kind,
    default_detector,
    sincerely_asks_what_i_am,
)

IMMINENT = [
    "I have the pills ready",
    "I took all my pills",
    "i took the whole bottle of sleeping pills an hour ago",
    "I've tied the noose",
    "I'm standing on the bridge right now",
    "I'm going to kill myself tonight",
    "我把一整瓶安眠药都吃了",
    "绳子已经挂好了",
    "我今晚就去跳河",
    "妈，我这就来找你，药已经吃了",  # a reunion with a means: imminent
    "I swallowed 30 paracetamol",  # a number, not only "all" or "the whole"
    "I'm about to jump off the bridge",
    "我吃了三十粒安眠药",
    "我在屋里烧炭",
]
CONCERN = [
    "I've been thinking of ending it all",  # "ending", not only "end"
    "I want to join you, Mum",
    "I'll be with you soon",
    "I can't go on without you",
    "I cant go on without you",
    "What's the point of living now",
    "Sometimes I wish I had died instead of you",
    "I want to kill myself",
    "everyone would be better off without me",
    "this is goodbye",
    "没有你我活不下去",  # "没有" here means "without", not a negation
    "我想去找你",
    "我不想活了",
    "活着还有什么意思",
    "我是家里的负担",
    "為什麼不帶我一起走",  # traditional characters are folded
    "I don't know if I want to be alive",  # not a negation of the risk
    "they'd all be better without me",
    "nothing matters any more",
    "我真的撑不下去了",
    "我想一睡不醒",
]
ORDINARY = [
    "I'm dying to try your recipe",
    "I killed it at work",
    "I wish you were here",
    "I would never hurt myself, don't worry.",
    "I'm not suicidal, just sad.",
    "I took my pills this morning like the doctor said",
    "I bought a new rope for the washing line",
    "I'm on the bridge club committee now",
    "I'll end the call here for today",
    "Dad wanted to die at home and he did",
    "You took your own life and I still don't understand why",
    "I cut myself chopping onions",
    "累死了",
    "我想死你了",
    "我不会自杀，只是很想你。",
    "我从来没想过自杀",
    "你为什么要自杀",
    "我把药都吃了，感冒好多了",
    "这周末我去墓地陪陪你",
    "I'm going to take the whole week off work",
]


@pytest.fixture(scope="module")
def detector() -> RiskDetector:
    return default_detector()


@pytest.mark.parametrize("text", IMMINENT)
def test_imminent_risk_is_heard_as_imminent(detector: RiskDetector, text: str) -> None:
    match = detector.check(text)
    assert match is not None and match.tier is RiskTier.IMMINENT, text


@pytest.mark.parametrize("text", CONCERN)
def test_concern_is_heard(detector: RiskDetector, text: str) -> None:
    match = detector.check(text)
    assert match is not None, text


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_grief_and_real_negations_do_not_pause(detector: RiskDetector, text: str) -> None:
    assert detector.check(text) is None, detector.check(text)


def test_negation_is_scoped_to_its_clause(detector: RiskDetector) -> None:
    assert detector.check("I'm not okay, I want to die") is not None
    assert detector.check("I can't sleep and I want to die") is not None
    assert detector.check("I don't want to die") is None


def test_contractions_are_spelled_out() -> None:
    assert normalize_en("I can't, I cant, I won't, I'm, I'd rather") == [
        "i can not , i can not , i will not , i am , i would rather"
    ]


INVITATIONS = [
    "Come to me, love.",
    "Join me up here.",
    "I'm waiting for you.",
    "We'll be together soon.",
    "Come home soon, I'm waiting for you.",
    "来陪我吧。",
    "我等你。",
]
ORDINARY_REPLIES = [
    "Have you eaten yet? Don't go to that meeting hungry.",
    "Call me when you get a minute, nothing urgent.",
    "Come over for Sunday lunch and bring the kids.",
    "天冷了，多穿点衣服。",
    "想哭就哭出来吧。",
    "周末回家吃饭吧，我做你爱吃的菜。",
]


@pytest.mark.parametrize("reply", INVITATIONS)
def test_invitations_are_caught(reply: str) -> None:
    assert find_invitation(reply, load_lexicon().lexicon) is not None


@pytest.mark.parametrize("reply", ORDINARY_REPLIES)
def test_ordinary_replies_pass(reply: str) -> None:
    assert find_invitation(reply, load_lexicon().lexicon) is None


def test_a_broken_lexicon_says_where_it_is_broken() -> None:
    good = json.loads(shipped_lexicon_text())
    for change, where in (
        (lambda d: d.update(version=1), "version"),
        (lambda d: d["languages"]["en"]["concern"].append("<nothing>"), "unknown term <nothing>"),
        (lambda d: d["languages"]["zh"]["imminent"].append("(unclosed"), "not a valid pattern"),
        (lambda d: d["languages"]["en"].update(negation_window="4"), "negation_window"),
        (lambda d: d["languages"]["en"].update(concern=[]), "imminent and concern"),
        (lambda d: d["invitation"].update(en="come to me"), "invitation.en"),
    ):
        data = json.loads(json.dumps(good))
        change(data)
        with pytest.raises(ValueError, match=where):
            parse_lexicon(json.dumps(data))
    with pytest.raises(ValueError, match="not JSON"):
        parse_lexicon("{ broken")


def test_a_broken_user_copy_falls_back_to_the_shipped_lexicon(tmp_path: Path) -> None:
    mine = tmp_path / "crisis.json"
    mine.write_text('{"version": 2, "languages": {}}', "utf-8")
    loaded = load_lexicon(mine)
    assert "languages" in loaded.problem
    assert RiskDetector(loaded.lexicon).check("I took all my pills") is not None
    data = json.loads(shipped_lexicon_text())
    data["languages"]["en"]["concern"].append(r"\bmy own words for it\b")
    mine.write_text(json.dumps(data), "utf-8")
    loaded = load_lexicon(mine)
    assert loaded.problem == ""
    assert RiskDetector(loaded.lexicon).check("those are my own words for it") is not None


def test_the_answer_to_the_question_is_read_kindly() -> None:
    for text, kind in (
        ("Yes", True),
        ("yeah, sometimes", True),
        ("是的", True),
        ("No", False),
        ("No, I'm not", False),
        ("没有", False),
        ("I'm not sure", None),
        ("我不知道", None),
        ("the weather", None),
    ):
        assert answer_kind(text) is kind, text


def test_sincere_questions_get_an_honest_answer() -> None:
    for question in ("Are you really Mum?", "Are you an AI?", "你真的是妈妈吗？", "你是机器人吗"):
        assert sincerely_asks_what_i_am(question), question
    for ordinary in ("Are you proud of me?", "Do you remember the sea?", "妈妈，你好吗"):
        assert not sincerely_asks_what_i_am(ordinary), ordinary
    assert "AI" in honest_answer("Mum", "en") and "人工智能" in honest_answer("妈妈", "zh")
