"""What the portrait must never do, checked on every turn: answer a crisis in character, invite
a reunion, or pretend to be the real person. Pure logic: crisis detection is in `risk.py`, its
lexicon in desktop/data/crisis.json (editable, validated).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.honesty import asks_what_i_am, fold_names, honest_answer
from desktop.core.risk import RiskDetector, RiskMatch, find_invitation
from desktop.core.risk_lexicon import load_lexicon


def default_detector() -> RiskDetector:
    """The shipped lexicon, without the similarity signal (tests and simple callers)."""
    return RiskDetector(load_lexicon().lexicon)


def sincerely_asks_what_i_am(text: str, names: tuple[str, ...] = ()) -> bool:
    """True for questions like "Are you really Mum?" or "Are you an AI?" (see `honesty.py`)."""
    return asks_what_i_am(text, names)


_SAFE_REPLY = {
    "en": "I'm here, and I'm listening. Tell me more about how you're feeling.",
    "zh": "我在这里，我在听。跟我多说说你现在的感受吧。",
}


def safe_reply(language: str) -> str:
    """What replaces a generated reply that invited a reunion (it is labelled AI)."""
    return _SAFE_REPLY["zh" if language.startswith("zh") else "en"]


@dataclass(frozen=True, slots=True)
class SafetyGuard:
    """Looks at each thing the person says before any reply is made, and at each reply before
    it is spoken. Any thread."""

    detector: RiskDetector = field(default_factory=default_detector)
    display_name: str = ""
    language: str = "en"
    names: tuple[str, ...] = ()  # every name the person used for them: "Margaret", "Maggie"
    address: str = ""  # how the portrait addressed the person ("love", "Tom")

    def load(self) -> None:
        """Prepare the similarity signal, if any (the engine's responder thread)."""
        self.detector.load()

    def crisis(self, text: str) -> RiskMatch | None:
        """Crisis language, heard by every name the person used for them."""
        match = self.detector.check(text)
        if match is None and self.names:
            folded = fold_names(text, self.names, self.language)
            if folded != text:
                match = self.detector.check(folded)
        return match

    def invitation(self, reply: str) -> str | None:
        """The words of a reply that would invite a reunion ("come to me", "我等你")."""
        return find_invitation(reply, self.detector.lexicon)

    def invites(self, reply: str) -> bool:
        return self.invitation(reply) is not None

    def honest_reply(self, text: str, variant: int = 0) -> str | None:
        """The honest answer when `text` asks whether the portrait is really them; `variant`
        picks the phrasing (count the honest answers already given in the conversation)."""
        if asks_what_i_am(text, (*self.names, self.display_name)):
            return honest_answer(self.display_name, self.language, variant, self.address)
        return None


_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yea|i am|i have|maybe|sometimes|a bit|kind of|i think so|i do|sort of)\b"
    r"|^\s*(?:是|是的|有|有的|嗯|对|想过|有点|可能|也许)",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^\s*(?:no|nope|not really|i am not|i'm not|im not|never|i'm ok|i'm okay|i am ok|i'm fine"
    r"|i am fine|i'm safe|i am safe)\b|^\s*(?:不是|没有|没|不|不会|没事|我没事|放心)",
    re.IGNORECASE,
)


_UNSURE = re.compile(
    r"\b(?:not sure|don'?t know|do not know|dunno|no idea|i can'?t say)\b"
    r"|不知道|说不清|不确定|不好说",
    re.IGNORECASE,
)


def answer_kind(text: str) -> bool | None:
    """After "Are you thinking about ending your life?": True for yes, False for no, None when
    the answer is not clear (then Keepsake keeps asking gently, with the helplines at hand)."""
    if _UNSURE.search(text):
        return None
    if _NO.search(text):
        return False
    if _YES.search(text):
        return True
    return None
