"""Sentence splitting, history trimming and what-was-heard, without models."""

from __future__ import annotations

from desktop.core.conversation import (
    Conversation,
    PersonaVoice,
    Role,
    build_system_prompt,
    heard_part,
)
from desktop.core.sentences import SentenceSplitter, clean_for_speech


def _split(text: str, step: int = 3) -> list[str]:
    splitter = SentenceSplitter()
    out: list[str] = []
    for i in range(0, len(text), step):
        out += splitter.feed(text[i : i + step])
    rest = splitter.flush()
    return [*out, rest] if rest else out


def test_sentences_come_out_as_soon_as_they_end() -> None:
    splitter = SentenceSplitter(first_clause=False)
    assert splitter.feed("Have you eaten yet") == []
    assert splitter.feed("? I made soup. ") == ["Have you eaten yet?", "I made soup."]
    assert splitter.flush() == ""


def test_first_piece_may_be_a_clause_to_start_speaking_sooner() -> None:
    pieces = _split("Oh my dear child, I am always with you. Eat well, sleep well.")
    assert pieces == ["Oh my dear child,", "I am always with you.", "Eat well, sleep well."]


def test_abbreviations_and_chinese_punctuation() -> None:
    assert _split("Dr. Lee said you were fine. Good!") == ["Dr. Lee said you were fine.", "Good!"]
    assert _split("你吃饭了吗？我很想你。") == ["你吃饭了吗？", "我很想你。"]


def test_markup_is_not_read_out() -> None:
    assert clean_for_speech("*smiles* I love you 😊 [softly]") == "smiles I love you softly"


def test_history_is_trimmed_oldest_first_and_keeps_the_system_prompt() -> None:
    convo = Conversation("SYSTEM", max_turns=50)
    for i in range(30):
        convo.record(f"question {i}", f"answer {i}")

    def count(text: str) -> int:
        return len(text.split())

    messages = convo.messages_for("newest", count, budget=100)
    assert messages[0].role is Role.SYSTEM and messages[0].content == "SYSTEM"
    assert messages[-1].content == "newest"
    assert messages[1].role is Role.USER  # never starts mid-exchange
    assert messages[-2].content == "answer 29"
    assert len(messages) < 62
    assert sum(count(m.content) + 8 for m in messages) <= 100 + 16


def test_heard_part_keeps_whole_words() -> None:
    assert heard_part("one two three four", 1.0) == "one two three four"
    assert heard_part("one two three four", 0.5) == "one two…"
    assert heard_part("one two three four", 0.1) == ""


def test_system_prompt_is_stable_and_honest() -> None:
    voice = PersonaVoice(display_name="Mum", user_name="Lily")
    first, second = build_system_prompt(voice), build_system_prompt(voice)
    assert first == second
    assert "AI" in first and "honestly" in first and "Lily" in first
