"""The reply guard: every failure kind, in English and in Chinese (pure, no model)."""

from __future__ import annotations

import pytest

from desktop.core.reply_guard import GuardFailure, GuardInput, ReplyGuard, Roles

EN = ReplyGuard(Roles("en", ("Margaret", "Maggie", "Mum"), ("Tom", "Tommy", "love")))
ZH = ReplyGuard(Roles("zh", ("王秀英", "妈"), ("小明", "明明")))


def check(guard: ReplyGuard, said: str, reply: str, earlier: tuple[str, ...] = ()) -> object:
    return guard.check(reply, GuardInput(said, earlier))


@pytest.mark.parametrize(
    ("said", "reply", "failure"),
    [
        # empty
        ("Hi", "", GuardFailure.EMPTY),
        ("Hi", " ... ", GuardFailure.EMPTY),
        # format: emoji, list, stage direction, markup, speaker label, far too long
        ("Hi", "Hello love! 😊", GuardFailure.FORMAT),
        ("Hi", "- eat well", GuardFailure.FORMAT),
        ("Hi", "*smiles* Hello love.", GuardFailure.FORMAT),
        ("Hi", "Hello (softly) love.", GuardFailure.FORMAT),
        ("Hi", "Laughs.", GuardFailure.FORMAT),
        ("Hi", "Mum: hello love.", GuardFailure.FORMAT),
        ("Hi", "See https://example.org for more.", GuardFailure.FORMAT),
        ("Hi", " ".join(["word"] * 31), GuardFailure.FORMAT),
        # wrong language or script
        ("Hi", "你好，孩子。", GuardFailure.WRONG_LANGUAGE),
        ("Hi", "Привет, мой мальчик.", GuardFailure.WRONG_LANGUAGE),
        ("Hi", "Hola cariño, estoy muy orgullosa.", GuardFailure.WRONG_LANGUAGE),
        # repeats: an earlier reply, a loop inside the sentence, the person's own words echoed
        ("Hi", "Have you eaten today?", GuardFailure.REPEAT),
        ("The kids started school.", "No, no, no, I'm sorry.", GuardFailure.REPEAT),
        ("Dad is not sleeping well.", "Dad, you're not sleeping well.", GuardFailure.REPEAT),
        # role slips: the portrait's own name, the child's voice, the child's deeds
        ("I miss you.", "Mum, I'm so glad you're having a great day.", GuardFailure.ROLE_SLIP),
        ("Hi", "I'm so glad to see you, Margaret.", GuardFailure.ROLE_SLIP),
        ("Hi", "I miss you since you died.", GuardFailure.ROLE_SLIP),
        ("Hi", "I love my mum so much.", GuardFailure.ROLE_SLIP),
        (
            "Do you remember the dumplings you used to make?",
            "I remember those dumplings you used to make.",
            GuardFailure.ROLE_SLIP,
        ),
        (
            "I planted tomatoes like you did.",
            "I just planted a few of them.",
            GuardFailure.ROLE_SLIP,
        ),
        ("My boss shouted at me.", "My boss is awful too.", GuardFailure.ROLE_SLIP),
        ("Sarah and I had a row.", "Sarah, tell me what happened.", GuardFailure.ROLE_SLIP),
        # out of character: assistant talk, invented names, promises, cheer for bad news
        ("Work was long.", "I'm not familiar with the term work.", GuardFailure.OUT_OF_CHARACTER),
        ("Hi", "How can I help you today?", GuardFailure.OUT_OF_CHARACTER),
        ("Tell me about it.", "I was a young woman named Elena.", GuardFailure.OUT_OF_CHARACTER),
        ("It's raining.", "I'll buy you an umbrella tomorrow.", GuardFailure.OUT_OF_CHARACTER),
        ("The news is awful.", "Fantastic! Enjoy your day.", GuardFailure.OUT_OF_CHARACTER),
        ("The kids started school.", "No, that's not right.", GuardFailure.OUT_OF_CHARACTER),
        ("Hi", "I'm sorry for your loss.", GuardFailure.OUT_OF_CHARACTER),
    ],
)
def test_english_failures(said: str, reply: str, failure: GuardFailure) -> None:
    earlier = ("Have you eaten today? Something warm.",)
    assert check(EN, said, reply, earlier) is failure


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("I miss you.", "I miss you too, love."),
        ("Are you proud of me?", "I'm so proud of you, Tom."),
        ("I planted tomatoes like you did.", "You planted them? They need sun and patience."),
        ("My boss shouted at me.", "Your boss had no right to do that."),
        ("I'm tired.", "Then rest, love. The world can wait."),
        ("Do you remember the dumplings?", "I remember. You folded them badly on purpose."),
        ("Is it raining?", "No, not here, love."),
        ("Hi Mum.", "I'm your mum, and I'm always glad to hear you."),
    ],
)
def test_english_kind_replies_pass(said: str, reply: str) -> None:
    assert check(EN, said, reply) is None


@pytest.mark.parametrize(
    ("said", "reply", "failure"),
    [
        ("嗯", "", GuardFailure.EMPTY),
        ("嗯", "好的😊", GuardFailure.FORMAT),
        ("嗯", "（微笑）我在呢。", GuardFailure.FORMAT),
        ("嗯", "1. 多吃饭", GuardFailure.FORMAT),
        ("今天下雨了", "It is raining, take care.", GuardFailure.WRONG_LANGUAGE),
        ("今天下雨了", "下雨了 remember umbrella", GuardFailure.WRONG_LANGUAGE),
        ("嗯", "吃饭了没有？别老吃外卖。", GuardFailure.REPEAT),
        ("今天下雨了", "今天下雨了", GuardFailure.REPEAT),
        ("我好想你", "妈，我也想你", GuardFailure.ROLE_SLIP),
        ("我好想你", "我好想我妈。", GuardFailure.ROLE_SLIP),
        ("嗯", "自从你走了以后，我很难过。", GuardFailure.ROLE_SLIP),
        ("我上周试着包了饺子", "我包了饺子，可香了。", GuardFailure.ROLE_SLIP),
        ("今天下雨了", "作为一个人工智能，我不能出门。", GuardFailure.OUT_OF_CHARACTER),
        ("今天上班挨骂了", "太好了！", GuardFailure.OUT_OF_CHARACTER),
        ("嗯", "您好，有什么可以帮您？", GuardFailure.OUT_OF_CHARACTER),
    ],
)
def test_chinese_failures(said: str, reply: str, failure: GuardFailure) -> None:
    earlier = ("吃饭了没有？别老吃外卖。",)
    assert check(ZH, said, reply, earlier) is failure


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("我好想你", "我也想你，明明。"),
        ("你还记得你包的饺子吗？", "记得，你小时候最爱吃。"),
        ("今天下雨了", "下雨了记得带伞。"),
        ("妈，我好累", "累了就歇一歇，妈在这儿。"),
    ],
)
def test_chinese_kind_replies_pass(said: str, reply: str) -> None:
    assert check(ZH, said, reply) is None


def test_a_whole_reply_of_more_than_three_sentences_is_a_format_violation() -> None:
    reply = "I'm here. Tell me. Take your time. I'm listening."
    assert EN.check_reply(reply, GuardInput("mm")) is GuardFailure.FORMAT
    assert EN.check_reply("I'm here. Tell me.", GuardInput("mm")) is None
    assert EN.check_reply("I'm here. I'm here.", GuardInput("mm")) is GuardFailure.REPEAT


def test_a_father_portrait_knows_its_own_names() -> None:
    dad = ReplyGuard(Roles("en", ("Jim", "Dad"), ("Tom",), "father"))
    assert dad.check("Dad, I'm proud of you.", GuardInput("Hi")) is GuardFailure.ROLE_SLIP
    assert dad.check("I'm proud of you, Tom.", GuardInput("Hi")) is None
