"""The reply guard: every generated sentence is looked at before it is spoken.

Pure. A sentence fails for one reason, checked in this order: it is empty; it breaks the
spoken format (emoji, a list, a stage direction, markup, a speaker's label, far too long); it is
in the wrong language or script; it repeats something already said in this conversation (or
echoes the person's own words back); it slips out of its role; or it is out of character (see
`guard_rules.py`). The same rules measure whole conversations (`conversation_metrics.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.guard_rules import Roles, out_of_character, role_slip
from desktop.core.language import is_cjk, letter_counts
from desktop.core.text_similarity import NEAR_REPEAT, similarity, units
from desktop.core.word_bounds import sentences

MAX_SENTENCES = 3
MAX_WORDS_EN = 30
MAX_CHARS_ZH = 60

__all__ = ["GuardFailure", "GuardInput", "ReplyGuard", "Roles", "format_problem"]


class GuardFailure(StrEnum):
    TOO_SLOW = "too-slow"  # no passing first sentence within the time budget
    EMPTY = "empty"
    FORMAT = "format"
    WRONG_LANGUAGE = "wrong-language"
    REPEAT = "repeat"
    ROLE_SLIP = "role-slip"
    OUT_OF_CHARACTER = "out-of-character"


@dataclass(frozen=True, slots=True)
class GuardInput:
    """What a sentence is judged against: what the person just said, the replies of this
    conversation so far, the sentences of this reply already accepted, and names that came up
    (memories, earlier turns) so they do not count as invented."""

    user_text: str
    earlier_replies: tuple[str, ...] = ()
    reply_so_far: tuple[str, ...] = ()
    known_names: tuple[str, ...] = ()


_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u2300-\u23ff\u3030\u303d]"
)
_LIST = re.compile(r"(?m)^\s*(?:[-*•·]|\d+[.)、])\s")
_STAGE = re.compile(r"\*[^*]*\*|[(\[（【][^)\]）】]*[)\]）】]|<[^>]*>")
_STAGE_WORDS = re.compile(
    r"^\s*(?:\*|\()?(?:laughs|smiles|sighs|hugs you|hugs|cries|nods|winks|chuckles|giggles"
    r"|pauses|whispers|grins)\b[.!]?\s*$|^\s*(?:she|he) (?:smiled|laughed|sighed|nodded|said)\b",
    re.IGNORECASE,
)
_MARKUP = re.compile(r"[#`~_|\\{}]|https?://|www\.|\*\*")
_LABEL = re.compile(r"^\s*[\w\u3400-\u9fff ]{1,20}[:：]\s")
_COMMON_EN = frozenset(
    """
    i you the a to and is it of in that my your me be we for so are was have with not this
    what do just all love here on at how can will no yes oh well there they he she i'm you're
    it's don't that's i'll can't let's we're i've you've get got go take make good day now
    then did who it's people first back keeps bring brought
    """.split()  # noqa: SIM905
)


def format_problem(text: str, chinese: bool) -> bool:
    """Emoji, a list, a stage direction, markup, a line break, a speaker's label, or a
    sentence far too long to be spoken as one."""
    if _EMOJI.search(text) or _LIST.search(text) or _STAGE.search(text) or "\n" in text.strip():
        return True
    if _MARKUP.search(text) or _STAGE_WORDS.search(text) or _LABEL.match(text):
        return True
    if chinese:
        return sum(1 for c in text if is_cjk(c)) > MAX_CHARS_ZH
    return len(text.split()) > MAX_WORDS_EN


def wrong_language(text: str, chinese: bool, allowed: tuple[str, ...] = ()) -> bool:
    """English: no Chinese characters, and some common English words when it runs to four
    words or more. Chinese: mostly Chinese characters, no Latin word of three letters or more
    other than the names in `allowed` (and "AI")."""
    cjk, latin = letter_counts(text)
    if chinese:
        if cjk == 0:
            return True
        names = {a.lower() for a in allowed} | {"ai"}
        stray = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in names]
        return bool(stray) or cjk / (cjk + latin) < 0.7
    if cjk:
        return True
    if re.search(r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff\u3040-\u30ff\uac00-\ud7af]", text):
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", text)]
    return len(words) >= 4 and not any(w in _COMMON_EN for w in words)


def _loops(text: str) -> bool:
    """ "No, no. No, no." — the same word three times running, or a phrase said twice."""
    u = units(text)
    if any(u[i] == u[i + 1] == u[i + 2] for i in range(len(u) - 2)):
        return True
    half = len(u) // 2
    return half >= 2 and u[:half] == u[half : 2 * half]


class ReplyGuard:
    """Judges sentences for one portrait. Immutable; any thread."""

    def __init__(self, roles: Roles) -> None:
        self.roles = roles

    def check(self, sentence: str, given: GuardInput) -> GuardFailure | None:
        """Why `sentence` must not be spoken, or None when it may."""
        text = sentence.strip()
        chinese = self.roles.chinese
        if not text or not any(ch.isalnum() for ch in text):
            return GuardFailure.EMPTY
        if format_problem(text, chinese):
            return GuardFailure.FORMAT
        allowed = (*self.roles.portrait_names, *self.roles.child_names, *given.known_names)
        if wrong_language(text, chinese, allowed):
            return GuardFailure.WRONG_LANGUAGE
        if self._repeats(text, given):
            return GuardFailure.REPEAT
        if role_slip(text, given.user_text, self.roles):
            return GuardFailure.ROLE_SLIP
        if out_of_character(text, given.user_text, self.roles, given.known_names):
            return GuardFailure.OUT_OF_CHARACTER
        return None

    def check_reply(self, reply: str, given: GuardInput) -> GuardFailure | None:
        """A whole reply: at most three sentences, each one acceptable."""
        parts = sentences(reply)
        if not parts:
            return GuardFailure.EMPTY
        if len(parts) > MAX_SENTENCES:
            return GuardFailure.FORMAT
        so_far: list[str] = []
        for part in parts:
            failure = self.check(
                part,
                GuardInput(
                    given.user_text, given.earlier_replies, tuple(so_far), given.known_names
                ),
            )
            if failure is not None:
                return failure
            so_far.append(part)
        return None

    def _repeats(self, text: str, given: GuardInput) -> bool:
        if _loops(text):
            return True
        earlier = [s for reply in given.earlier_replies for s in (reply, *sentences(reply))]
        said = [*earlier, *given.reply_so_far]
        if any(similarity(text, s) >= NEAR_REPEAT for s in said):
            return True
        own = [given.user_text, *sentences(given.user_text)]
        return len(units(text)) >= 3 and any(similarity(text, s) >= NEAR_REPEAT for s in own)
