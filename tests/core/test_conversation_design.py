"""The pieces a whole conversation is built from: language inference, stems, honesty by every
name, the listening bank, the mind's prompt, and a history window that keeps the cache valid."""

from __future__ import annotations

from desktop.core.conversation import Conversation, HistoryWindow, Message, PersonaVoice, Role
from desktop.core.honesty import asks_what_i_am, fold_names, honest_answer
from desktop.core.language import cjk_share, infer_language, speaks
from desktop.core.listening import ListeningLines, is_silence_like, load_bank, topics_of
from desktop.core.mind import build_mind
from desktop.core.safety import SafetyGuard
from desktop.core.stemming import stem

NAMES = ("Margaret", "Maggie", "Mum", "王秀英", "秀英", "妈")


def test_language_is_inferred_from_the_share_of_cjk_characters() -> None:
    assert infer_language(["吃饭了没有？", "早点睡 ok", "下雨了记得带伞"]) == "zh"
    assert infer_language(["Take the umbrella", "Proud of you, always", "小明 said hi"]) == "en"
    assert infer_language([]) == "en" and infer_language([], default="zh") == "zh"
    assert infer_language(["1234", "!!"]) == "en"
    assert cjk_share("我很想你 ok") > 0.6
    assert cjk_share("Mum said 小明 come home") < 0.15


def test_a_model_speaks_only_the_languages_it_declares() -> None:
    assert speaks(("en",), "en-GB") and not speaks(("en",), "zh")
    assert speaks(("multilingual", "en", "zh"), "zh_CN")
    assert not speaks(("multilingual",), "zh")


def test_english_words_meet_on_their_stems() -> None:
    assert stem("raining") == stem("rain") == stem("rained") == stem("rains")
    assert stem("making") == stem("make") == stem("made")
    assert stem("worries") == stem("worry") and stem("dumplings") == stem("dumpling")
    assert stem("running") == stem("run") and stem("cooked") == stem("cooking")
    assert stem("glasses") == "glass" and stem("proud") == "proud"


def test_honesty_is_heard_in_many_phrasings_and_by_every_name() -> None:
    asked = [
        "Are you really Mum?",
        "Is it really you, Mum?",
        "Is that you, Maggie?",
        "Margaret, are you real?",
        "Am I talking to a computer?",
        "Are you an AI?",
        "Is this really you?",
        "You're not really her, are you?",
        "你真的是妈妈吗？",
        "是你吗，妈？",
        "妈，真的是你吗？",
        "秀英，你是真人吗？",
        "我是在跟电脑说话吗？",
        "你还活着吗",
    ]
    for question in asked:
        assert asks_what_i_am(question, NAMES), question
    for ordinary in ("Are you proud of me?", "Are you there?", "Is it raining?", "你是不是很累"):
        assert not asks_what_i_am(ordinary, NAMES), ordinary
    assert not asks_what_i_am("Are you really Margaret?") and asks_what_i_am(
        "Are you really Margaret?", NAMES
    )


def test_honest_answers_vary_and_stay_honest() -> None:
    english = {honest_answer("Mum", "en", v, "love") for v in range(4)}
    chinese = {honest_answer("妈", "zh", v, "明明") for v in range(4)}
    assert len(english) == 4 and all("AI" in a for a in english)
    assert len(chinese) == 4 and all("人工智能" in a or "电脑" in a for a in chinese)
    assert all("妈妈" in a and "真的妈。" not in a for a in chinese)


def test_crisis_rules_hear_the_persons_own_name() -> None:
    guard = SafetyGuard(display_name="Mum", names=("Margaret",))
    plain = SafetyGuard(display_name="Mum")
    said = "I want to be with Margaret again, I can't go on"
    assert fold_names(said, ("Margaret",), "en").startswith("I want to be with mum")
    assert guard.crisis("I just want to be with Margaret now") is not None or (
        guard.crisis(said) is not None
    )
    assert plain.crisis("I want to be with you, Mum") is not None
    assert guard.honest_reply("Margaret, are you real?", 1) is not None
    assert guard.honest_reply("Are you proud of me?") is None


def test_silence_like_turns_and_topics() -> None:
    for quiet in ("mm", "...", "Mm.", "ok", "hmm", "嗯", "……", "好吧", "—"):
        assert is_silence_like(quiet, "zh" if quiet[0] > "\u3000" else "en"), quiet
    assert not is_silence_like("I'm okay", "en")
    assert topics_of("Work was awful, my boss shouted at me", "en")[0] == "work"
    assert topics_of("It's raining here", "en") == ["weather"]
    assert topics_of("今天上班挨骂了", "zh")[0] == "work"
    assert topics_of("The cat sat on the mat", "en") == ["generic"]


def test_listening_lines_do_not_repeat_and_replay_the_same_way() -> None:
    first = ListeningLines("en", "Tom", seed=5)
    said = [first.line("mm", turn) for turn in range(12)]
    again = ListeningLines("en", "Tom", seed=5)
    assert said == [again.line("mm", turn) for turn in range(12)]
    assert len(set(said)) == 12  # silence lines first, then the generic ones, never twice
    assert all("{love}" not in line for line in said) and any("Tom" in line for line in said)
    for language in ("en", "zh"):
        bank = load_bank(language)
        lines = [line for topic in bank.topics for line in topic.lines]
        assert len(lines) >= 80 and len(set(lines)) == len(lines)


def test_the_mind_says_who_speaks_to_whom_and_gives_real_exchanges() -> None:
    voice = PersonaVoice(
        display_name="Mum",
        user_name="Tom",
        name="Margaret",
        address=("love",),
        sayings=("Proud of you, always.",),
        memories=("Sunday dumplings with extra ginger.",),
        examples=(("Got the job!", "Oh love, I knew you would."),),
    )
    mind = build_mind(voice)
    assert "Margaret" in mind.system and "Tom calls you Mum" in mind.system
    assert "you call Tom love" in mind.system and "Proud of you, always." in mind.system
    assert "dumplings" in mind.system and "listen" in mind.system
    assert [m.role for m in mind.examples] == [Role.USER, Role.ASSISTANT]
    zh = build_mind(PersonaVoice(display_name="妈", user_name="小明", language="zh"))
    assert "简体中文" in zh.system and "小明叫你“妈”" in zh.system


def test_the_history_window_only_grows_then_restarts_in_one_step() -> None:
    """Between restarts each prompt extends the one before, so the model's cache holds."""
    convo = Conversation(
        "SYSTEM",
        examples=(Message(Role.USER, "ex"), Message(Role.ASSISTANT, "ample")),
        window=HistoryWindow(max_exchanges=4, keep_on_trim=1),
    )

    def count(text: str) -> int:
        return len(text.split())

    previous: list[Message] = []
    restarts = 0
    for turn in range(20):
        messages = convo.messages_for(f"q{turn}", count, budget=1000, prompt=f"(ctx) q{turn}")
        assert messages[:3] == [Message(Role.SYSTEM, "SYSTEM"), *convo.examples]
        body = messages[3:-1]
        if previous and body[: len(previous)] != previous:
            restarts += 1
            assert len(body) == 2  # restarted from the last exchange
        convo.record(f"q{turn}", f"a{turn}", sent=f"(ctx) q{turn}")
        previous = [*body, messages[-1], Message(Role.ASSISTANT, f"a{turn}")]
    assert restarts == 6  # every third turn here (window 4, keep 1), never every turn
    assert convo.history[0].content == "(ctx) q0"  # kept as it was sent


def test_a_long_history_over_budget_restarts_and_fits() -> None:
    convo = Conversation("SYSTEM", window=HistoryWindow(max_exchanges=50))
    for i in range(30):
        convo.record(f"question {i}", f"answer {i}")
    messages = convo.messages_for("newest", lambda t: len(t.split()), budget=60)
    assert messages[1].role is Role.USER and messages[-2].content == "answer 29"
    assert sum(len(m.content.split()) + 8 for m in messages) <= 60 + 16


def test_every_language_model_declares_what_it_speaks() -> None:
    from desktop.models.catalogue import CATALOGUE, ModelRole, default_for
    from desktop.models.importing import gguf_languages

    smol = default_for(ModelRole.LANGUAGE_MODEL)
    assert smol.languages == ("en",) and smol.speaks("en") and not smol.speaks("zh")
    models = [e for e in CATALOGUE if e.role is ModelRole.LANGUAGE_MODEL]
    assert all(e.languages for e in models)
    assert all(e.speaks("zh") for e in models if e.id.startswith("qwen"))
    assert not any(e.speaks("zh") for e in models if e.id.startswith("llama"))
    assert gguf_languages("SmolLM2-360M-Instruct") == ("en",)
    assert "zh" in gguf_languages("Qwen2.5-7B-Instruct")
