"""Similarity of meaning between short texts, from a sentence encoder (the multilingual
Universal Sentence Encoder that the crisis detector already loads), for finding their words
by meaning: "I'm so tired" is close to "Rest when you're tired" even where few letters match.

The encoder is injected (a factory that may return None when it is not installed: then there
is no meaning signal and retrieval is lexical only). Vectors of texts seen before (their
sayings) are kept, so a turn encodes only what the person just said. Thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> Any: ...  # (n, dim) L2-normalised numpy array


MAX_KEPT = 20_000  # vectors kept (a chat gives at most 20,000 sayings)


class SentenceMeaning:
    def __init__(self, encoder_factory: Callable[[], Encoder | None]) -> None:
        self._factory = encoder_factory
        self._encoder: Encoder | None = None
        self._failed = False
        self._kept: dict[str, Any] = {}
        self._lock = threading.Lock()

    def load(self) -> bool:
        """Prepare the encoder (slow: the responder thread); False when there is none."""
        with self._lock:
            if self._encoder is None and not self._failed:
                self._encoder = self._factory()
                self._failed = self._encoder is None
            return self._encoder is not None

    @property
    def available(self) -> bool:
        return self._encoder is not None

    def prime(self, texts: Sequence[str]) -> None:
        """Encode many texts at once (their sayings, at the start of a call)."""
        if not self.load():
            return
        with self._lock:
            self._encode([t for t in dict.fromkeys(texts) if t not in self._kept])

    def _encode(self, texts: list[str]) -> None:  # lock held
        assert self._encoder is not None
        if texts:
            vectors = self._encoder.encode(texts)
            if len(self._kept) + len(texts) > MAX_KEPT:
                self._kept.clear()
            self._kept.update(zip(texts, vectors, strict=True))

    def __call__(self, text: str, others: Sequence[str]) -> list[float] | None:
        """Cosine similarity of `text` to each of `others`; None without an encoder."""
        if not self.load():
            return None
        with self._lock:
            self._encode([t for t in dict.fromkeys([text, *others]) if t not in self._kept])
            vector = self._kept[text]
            return [float(self._kept[o] @ vector) for o in others]
