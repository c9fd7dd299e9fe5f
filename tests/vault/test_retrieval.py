"""Finding their words by meaning, not only by exact letters: English stems and Chinese pairs
of characters, in a real vault; and the verbatim threshold measured on the eval's labels."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources

import pytest

from desktop.core.grounding import content_terms, fit, search_terms, short_terms
from desktop.core.persona import PersonaDetails, SayingKind
from desktop.core.reply_choice import (
    VERBATIM_AT,
    Choice,
    Scored,
    asks_for_a_saying,
    best_threshold,
    choose,
    verbatim_sweep,
)
from desktop.services.paths import AppPaths
from desktop.vault.opening import open_vault
from desktop.vault.personas import PersonaStore
from tests.support.keyrings import MemoryKeyring

NOW = datetime(2026, 1, 5, tzinfo=UTC)


@pytest.fixture
def store(home: AppPaths, keyring_backend: MemoryKeyring) -> Iterator[PersonaStore]:
    vault = open_vault(home, keyring_backend)
    yield PersonaStore(vault)
    vault.close()


def _persona(store: PersonaStore, language: str, sayings: list[str]) -> int:
    persona = store.create(PersonaDetails(name="Them", called="Mum", language=language), NOW)
    for text in sayings:
        store.add_typed(persona.id, SayingKind.SAYING, text, "me", NOW)
    return persona.id


def test_raining_finds_rain_and_proud_finds_proud(store: PersonaStore) -> None:
    pid = _persona(
        store,
        "en",
        ["Take the umbrella, they said rain.", "Proud of you, always.", "Eat your greens."],
    )
    found = [s.text for s, _score in store.search(pid, "It's raining here.")]
    assert found[0] == "Take the umbrella, they said rain."
    assert next(s.text for s, _ in store.search(pid, "Are you proud of me?")).startswith("Proud")
    assert fit("Are you proud of me?", "Proud of you, always.") == 1.0
    assert fit("It's raining here", "Take the umbrella, they said rain.") > 0
    assert "rain" in search_terms("raining") and "don't" not in content_terms("I don't know")


def test_chinese_words_of_two_characters_are_found(store: PersonaStore) -> None:
    pid = _persona(store, "zh", ["下雨了记得带伞。", "饺子多放点姜，你小时候最爱吃。", "早点睡。"])
    assert "下雨" in short_terms("今天下雨了")
    assert next(s.text for s, _ in store.search(pid, "今天下雨了")) == "下雨了记得带伞。"
    assert next(s.text for s, _ in store.search(pid, "你还记得饺子吗")).startswith("饺子")
    assert store.search(pid, "嗯") == []


def test_a_turn_is_routed_before_any_model_runs() -> None:
    best = Scored("Proud of you, always.", 1, 0.9)
    weak = Scored("Eat your greens.", 2, 0.1)
    assert choose("mm", best, "en", True, True).choice is Choice.LISTEN
    assert choose("Are you proud of me?", best, "en", True, True).choice is Choice.SAYING
    assert choose("Work was long", weak, "en", True, True).choice is Choice.GENERATE
    assert choose("Tell me one of your sayings", weak, "en", True, True).choice is Choice.SAYING
    # a portrait whose language the model cannot speak: their words or a listening line only
    assert choose("今天上班挨骂了", weak, "zh", False, True).choice is Choice.LISTEN
    assert choose("今天下雨了", Scored("下雨了记得带伞。", 3, 0.6), "zh", False, True).saying
    assert asks_for_a_saying("跟我说一句你常说的话吧") and not asks_for_a_saying("I'm tired")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_lexical_verbatim_threshold_is_the_best_measured_on_the_labels(language: str) -> None:
    """The thresholds in `VERBATIM_AT` come from the labelled turns (the figures with the
    sentence encoder are measured by `keepsake eval conversation`, which loads it)."""
    base = resources.files("desktop").joinpath("data/eval/conversation")
    portrait = json.loads(base.joinpath(f"{language}.portrait.json").read_text("utf-8"))
    labels = json.loads(base.joinpath(f"{language}.verbatim.json").read_text("utf-8"))["fits"]
    sayings = list(enumerate(portrait["sayings"]))
    rows = verbatim_sweep(labels, sayings, None, [x / 100 for x in range(20, 90, 1)])
    best = best_threshold(rows)
    chosen = next(r for r in rows if r.threshold == VERBATIM_AT[(language, False)])
    assert chosen.right - 2 * chosen.wrong == best.right - 2 * best.wrong
    assert chosen.wrong == 0 and chosen.right >= 1


def test_meaning_from_the_sentence_encoder_ranks_their_words() -> None:
    from desktop.care.crisis_similarity import load_encoder
    from desktop.core.reply_choice import score_sayings
    from desktop.voice.sentence_meaning import SentenceMeaning

    meaning = SentenceMeaning(load_encoder)
    if not meaning.load():
        pytest.skip("the sentence encoder is not installed")
    sayings = [
        (1, "Rest when you're tired. The work will still be there."),
        (2, "Eat your greens."),
    ]
    meaning.prime([s for _i, s in sayings])
    ranked = score_sayings("I'm completely exhausted", sayings, meaning)
    assert ranked[0].saying_id == 1 and ranked[0].score > ranked[1].score
    assert SentenceMeaning(lambda: None)("hi", ["there"]) is None
