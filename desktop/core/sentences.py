"""Splitting a streamed reply into pieces that can be spoken as soon as they are complete."""

from __future__ import annotations

import re

_END = re.compile(r"([.!?…]+[\"')\]]*)(\s+)|([。！？]+)")
_CLAUSE = re.compile(r"([,;:，；：])(\s+|(?<=[，；：]))")
_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "e.g.", "i.e.", "vs.", "etc."})
_MARKUP = re.compile(r"[*_#`~<>\[\]{}|\\]|https?://\S+")
_SPACES = re.compile(r"\s+")
MIN_CLAUSE_WORDS = 4


def clean_for_speech(text: str) -> str:
    """Remove markup and emoji-like symbols a voice should not read out."""
    text = _MARKUP.sub(" ", text)
    text = "".join(ch for ch in text if ch.isprintable() and ord(ch) < 0x1F000)
    return _SPACES.sub(" ", text).strip()


class SentenceSplitter:
    """Feed LLM text deltas; get back complete sentences (the first may be a clause).

    Not thread-safe: one splitter per reply, used by the thread that reads the LLM stream.
    """

    def __init__(self, first_clause: bool = True) -> None:
        self._buffer = ""
        self._first_clause = first_clause
        self._emitted = 0

    def feed(self, delta: str) -> list[str]:
        self._buffer += delta
        out: list[str] = []
        while True:
            piece = self._take()
            if piece is None:
                return out
            if piece:
                out.append(piece)
                self._emitted += 1

    def _take(self) -> str | None:
        for match in _END.finditer(self._buffer):
            end = match.end()
            candidate = self._buffer[:end]
            last_word = candidate.strip().split(" ")[-1].lower()
            if last_word in _ABBREVIATIONS:
                continue
            self._buffer = self._buffer[end:]
            return candidate.strip()
        if self._first_clause and self._emitted == 0:
            for match in _CLAUSE.finditer(self._buffer):
                candidate = self._buffer[: match.end()]
                if len(candidate.split()) >= MIN_CLAUSE_WORDS:
                    self._buffer = self._buffer[match.end() :]
                    return candidate.strip()
        return None

    @property
    def pending(self) -> str:
        """What was fed but does not make a sentence yet."""
        return self._buffer

    def flush(self) -> str:
        """Whatever is left at the end of the stream."""
        rest, self._buffer = self._buffer.strip(), ""
        return rest
