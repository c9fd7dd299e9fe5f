"""When a pause ends the person's turn: pure rules over what the listener knows of the pause.

A fixed silence is either too long (the reply can never come sooner than it) or cuts people
off in the middle of a thought; grieving people pause. So after about 130 ms of silence the
listener asks at once (recognition takes about 0.3 s on 2 cores, the longest part of the
wait), and these rules weigh the answers as they come, never ending the turn within
`breath_ms` (a breath between phrases):
- the end-of-turn model (Smart Turn v3: the voice's intonation), `probability`;
- the speculative transcript, which speech recognition starts at the same moment and which
  the reply needs anyway: words left open ("…and", "because", "I was thinking that we…",
  a trailing ellipsis or comma) mean the sentence is not finished, whatever the model says;
- for English, a small language model's reading of those words (words_end.py): how likely a
  sentence ends there, after what the portrait said last. Below `words_threshold` the words
  go on; from `words_certain`, with the voice's "complete", the turn ends at once; from
  `words_sure` the words end it at once alone. A pause where only one of them says so waits
  for `confirm_ms`: many sentences are whole before their last part ("I saw your old friend
  Margaret … at the church fair"), speech recognition drops a trailing "but", and Smart Turn
  hears little in a flat or synthetic voice, so either alone cut people off mid-thought once
  the transcript came quickly. The words alone are trusted only when sure: on the bench's
  synthetic voice Smart Turn separates finished sentences from mid-thought pauses no better
  than chance (an AUC of 0.52-0.59 over its 24 sentences, with and without Piper's random
  variation), so there the words are the only evidence a turn is over.

Finished words and a "complete" verdict end the turn at once; finished words with a "not yet"
verdict end it at `confirm_ms`; words that go on wait for more speech, and at `cap_ms` of
silence the turn ends anyway. "Pause before replying" set to a fixed wait, or a missing or broken
model, is today's rule: the turn ends after `fixed_ms` of silence. Everything counts samples
(milliseconds of audio), never wall time, so a file and a microphone behave the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Decision(StrEnum):
    WAIT = "wait"
    END = "end"


@dataclass(frozen=True, slots=True)
class EndOfTurnConfig:
    semantic: bool = True  # False: "Pause before replying" is a fixed wait
    ask_after_ms: int = 128  # silence after which the model and the transcript are asked
    breath_ms: int = 240  # a pause shorter than this never ends the turn, however judged
    confirm_ms: int = 800  # the words are finished but the two do not both say it is over
    cap_ms: int = 1600  # the turn ends anyway after this much silence
    fixed_ms: int = 600  # the fixed wait (and the fallback without the model)
    threshold: float = 0.5  # P(complete) from which the model's answer is "complete"
    words_threshold: float = 0.08  # P(sentence ends) from the words below which they go on
    words_certain: float = 0.25  # ... from which the words with the voice end the turn
    words_sure: float = 0.3  # ... from which the words alone end the turn at once


@dataclass(frozen=True, slots=True)
class PauseEvidence:
    """What the listener knows, `silence_ms` into a pause."""

    silence_ms: float
    probability: float | None = None  # None: the model has not answered (yet)
    transcript: str | None = None  # None: the speculative transcript is not ready
    model_failed: bool = False  # the model is missing or raised: the fixed rule applies
    words_end: float | None = None  # P(a sentence ends) from the words, when judged


def decide(config: EndOfTurnConfig, evidence: PauseEvidence) -> Decision:
    """Whether the pause has ended the turn (END) or the listener keeps waiting (WAIT)."""
    silence = evidence.silence_ms
    if not config.semantic or evidence.model_failed:
        return Decision.END if silence >= config.fixed_ms else Decision.WAIT
    if silence >= config.cap_ms:
        return Decision.END
    if silence < config.breath_ms:
        return Decision.WAIT
    if evidence.transcript is None or words_left_open(evidence.transcript):
        return Decision.WAIT
    if evidence.words_end is not None:
        if evidence.words_end < config.words_threshold:
            return Decision.WAIT  # the words read as a sentence that goes on
        if evidence.words_end >= config.words_sure or silence >= config.confirm_ms:
            return Decision.END  # (the voice is not waited for)
        if evidence.probability is None:
            return Decision.WAIT
        # at once when the words and the voice both say it is over; when only one does
        # ("The house feels so quiet…", a whole sentence whose voice goes on), at confirm_ms
        agree = evidence.words_end >= config.words_certain and (
            evidence.probability >= config.threshold
        )
        return Decision.END if agree else Decision.WAIT
    if evidence.probability is None:  # asked after `ask_after_ms` of silence, not answered yet
        return Decision.WAIT
    if evidence.probability >= config.threshold or silence >= config.confirm_ms:
        return Decision.END
    return Decision.WAIT


def voice_can_decide(config: EndOfTurnConfig, words_end: float) -> bool:
    """Whether the voice's answer can change the decision on words judged `words_end` (it
    ends the turn at once only with fairly, not surely, finished words)."""
    return config.words_certain <= words_end < config.words_sure


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words after which an English sentence does not stop, even with a full stop after them:
# speech recognition puts a full stop after most fragments ("I keep meaning to."). A few
# complete replies end on one ("I'd love to."); they wait for the cap instead of being cut.
_NEVER_LAST = _words(
    """a an the and but or nor because of than whether very my your our their its
    i we they he she if when while since into onto been being as um uh er erm"""
)
# Words that leave a sentence hanging only when recognition heard no end to it (they often
# end a complete reply: "I wish I could.", "the apples you like.", "I'd love to."; for English
# the language model reads those).
_OPEN_LAST = _NEVER_LAST | _words(
    """to in at on for with about from like
    that could would should can will shall might must may was were is are am have has had
    do does did just really also maybe so then where which who whose before after over
    under until"""
)
# Chinese: a clause that ends on one of these is not finished.
_OPEN_ENDINGS_ZH = (
    "的",
    "和",
    "跟",
    "但是",
    "因为",
    "所以",
    "然后",
    "就是",
    "那个",
    "如果",
    "还有",
)
_TRAILING = ("...", "…", ",", "，", "、", ";", "；", ":", "：", "-", "—")
_TERMINAL = (".", "!", "?", "。", "！", "？")
_WORD = re.compile(r"[A-Za-z']+")


def words_left_open(transcript: str) -> bool:
    """True when the words so far stop where a sentence cannot (a hesitation, not an end)."""
    text = transcript.strip().strip("\"'”’)")
    if not text:
        return False
    if text.endswith(_TRAILING):
        return True
    finished = text.endswith(_TERMINAL)
    bare = text.rstrip("".join(_TERMINAL)).rstrip()
    if any(bare.endswith(word) for word in _OPEN_ENDINGS_ZH):
        return True
    words = _WORD.findall(bare)
    if not words:
        return False
    last = words[-1].lower()
    return last in _NEVER_LAST or (not finished and last in _OPEN_LAST)
