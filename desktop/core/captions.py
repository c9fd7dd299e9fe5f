"""Captions that follow the voice: the reply's words appear as they are spoken.

Each sentence the portrait says arrives as a `SpeakingStarted` event (its text, where its
audio starts in the playback stream, and Piper's phoneme timings, which mark the gaps between
words); the playback clock says how much has been played. A word is shown from the moment its
sound begins. When the phonemes cannot be matched to the words (a recording of their real
voice, numbers read out, Chinese), the words are spread over the audio by their length in
characters. Pure; the UI calls `text_at()` on every playback tick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.events import PhonemeTiming, SpeakingStarted

_CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def _words(text: str) -> list[str]:
    """Words to reveal one by one: space-separated words; each Chinese character on its own
    (keeping the punctuation that follows it)."""
    out: list[str] = []
    for word in text.split():
        if _CJK.search(word):
            out.extend(
                re.findall(r"[^\u3000-\u303f\uff00-\uffef][\u3000-\u303f\uff00-\uffef]*", word)
            )
        else:
            out.append(word)
    return out


def word_starts(text: str, phonemes: tuple[PhonemeTiming, ...], seconds: float) -> list[float]:
    """When each word of `text` begins, in seconds from the start of its audio."""
    words = _words(text)
    if not words:
        return []
    gaps = [p.start_s + p.duration_s for p in phonemes if p.phoneme == " "]
    if phonemes and len(gaps) == len(words) - 1 and not _CJK.search(text):
        first = next((p.start_s for p in phonemes if p.phoneme not in "^_ "), 0.0)
        return [first, *gaps]
    total = sum(len(w) for w in words) or 1
    starts, done = [], 0
    for word in words:
        starts.append(seconds * done / total)
        done += len(word)
    return starts


@dataclass(frozen=True, slots=True)
class _Line:
    words: tuple[str, ...]
    starts: tuple[int, ...]  # stream positions (samples) where each word begins
    joiner: str


class Captions:
    """The words of the reply spoken so far. One per reply; the UI thread."""

    def __init__(self) -> None:
        self._lines: list[_Line] = []

    def clear(self) -> None:
        self._lines = []

    def add(self, event: SpeakingStarted) -> None:
        rate = event.sample_rate
        seconds = event.num_samples / rate if rate else 0.0
        words = _words(event.text)
        starts = word_starts(event.text, event.phonemes, seconds)
        positions = tuple(event.start_sample + round(s * rate) for s in starts)
        joiner = "" if _CJK.search(event.text) else " "
        self._lines.append(_Line(tuple(words), positions, joiner))

    def text_at(self, played: int) -> str:
        """Everything said up to stream position `played` (samples)."""
        shown = []
        for line in self._lines:
            said = [w for w, start in zip(line.words, line.starts, strict=True) if start <= played]
            if said:
                shown.append(line.joiner.join(said))
            if len(said) < len(line.words):
                break
        return " ".join(shown)

    @property
    def complete(self) -> str:
        """Every word queued so far (what the caption ends as)."""
        return " ".join(line.joiner.join(line.words) for line in self._lines)
