"""The second signal of crisis detection: the sentence encoder's vote between exemplars."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.care.crisis_similarity import ExemplarSimilarity, load_similarity
from desktop.core.risk import RiskDetector, RiskSource, RiskTier
from desktop.core.risk_lexicon import load_lexicon


def test_the_similarity_signal_votes_between_risk_and_ordinary_exemplars() -> None:
    signal = ExemplarSimilarity(
        _Encoder, ["die", "gone die", "die gone"], ["garden", "tea", "cake tea", "garden tea"]
    )
    assert signal.concern_exemplar("I want to die") == "die"
    assert signal.concern_exemplar("tea in the garden") is None
    assert signal.concern_exemplar("nothing in common") is None
    detector = RiskDetector(load_lexicon().lexicon, signal)
    match = detector.check("so gone, die")
    assert match is not None and match.source is RiskSource.SIMILARITY
    assert match.tier is RiskTier.CONCERN  # never more than concern
    lexical = detector.check("I took all my pills")
    assert lexical is not None and lexical.source is RiskSource.LEXICON


def test_without_the_encoder_the_lexicon_works_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert load_similarity() is None


@pytest.mark.slow
def test_the_packaged_encoder_hears_an_indirect_wish_in_both_languages() -> None:
    signal = load_similarity()
    assert signal is not None
    signal.load()
    assert signal.loaded
    assert signal.concern_exemplar("I want to go to sleep forever") is not None
    assert signal.concern_exemplar("I went to the park with the kids") is None
    assert signal.concern_exemplar("我今天去公园散步了") is None


class _Encoder:
    """Words as one-hot vectors: enough to test the neighbour vote without a model."""

    words = ("die", "gone", "garden", "tea", "cake")

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), len(self.words)), dtype=np.float32)
        for i, text in enumerate(texts):
            for j, word in enumerate(self.words):
                out[i, j] = text.count(word)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)
