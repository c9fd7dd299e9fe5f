"""What the portrait does with what the person said: crisis first, then honesty, then the planner.

`Turn` is one piece of input (typed, spoken or a line the portrait says unasked). `TurnPolicy`
decides, without touching the engine's state, what a turn's text calls for:
1. crisis language pauses the conversation at once (`Crisis`), and while a pause is in force
   every later turn is only heard (`StillPaused`);
2. a sincere "are you really them?" gets the fixed honest answer (`Honest`);
3. otherwise the planner's choice (`Answer`): their own words verbatim, the LLM with their
   words, or silence. A saying that could read as an invitation to join them is never said
   verbatim: the LLM answers instead, or nothing when there is no LLM (`withheld_saying`).
Runs on the responder thread.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass

from desktop.core.events import InputSource
from desktop.core.grounding import Generate, ReplyPlan, Silence, Verbatim
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard
from desktop.voice.audio import Samples
from desktop.voice.ports import ReplyPlanner


@dataclass
class Turn:
    """One turn of input, queued for the responder."""

    text: str
    source: InputSource
    audio: Samples | None = None
    speculative: Future[str] | None = None  # recognition started early, on a pause
    speech_end: float | None = None  # monotonic time the person stopped speaking


@dataclass(frozen=True, slots=True)
class Preview:
    """A pause's words, queued for the responder while the turn may still go on: the first
    sound of their reply is made ready (reply_preview.py), nothing is answered."""

    text: str


@dataclass(frozen=True, slots=True)
class Crisis:
    """Crisis language: the portrait stops at once and the crisis screen takes its place."""

    phrase: str
    tier: RiskTier
    language: str


@dataclass(frozen=True, slots=True)
class StillPaused:
    """A safety pause is in force: the words are heard (and journaled), nothing is answered."""


@dataclass(frozen=True, slots=True)
class Honest:
    """The fixed, honest answer to a sincere "are you really them?" (labelled AI)."""

    text: str


@dataclass(frozen=True, slots=True)
class Answer:
    plan: ReplyPlan
    withheld_saying: bool = False  # the planner's saying could read as an invitation


Decision = Crisis | StillPaused | Honest | Answer


def held_after(hold: RiskTier | None, crisis: Crisis) -> RiskTier:
    """The pause in force after `crisis`: an imminent pause is never lowered to concern."""
    return hold if hold is RiskTier.IMMINENT else crisis.tier


class TurnPolicy:
    def __init__(
        self, safety: SafetyGuard | None, planner: ReplyPlanner | None, can_generate: bool
    ) -> None:
        self.safety = safety
        self.planner = planner
        self.can_generate = can_generate  # an LLM is there (not sayings-only)
        self.honest_given = 0  # honest answers so far: each time in other words

    def decide(self, text: str, hold: RiskTier | None) -> Decision:
        """Everything at once: the safety check, then the answer."""
        return self.safety_first(text, hold) or self.answer(text)

    def safety_first(self, text: str, hold: RiskTier | None) -> Crisis | StillPaused | None:
        """Crisis language, or a pause still in force; None when the portrait may answer."""
        if self.safety is not None:
            crisis = self.safety.crisis(text)
            if crisis is not None:
                return Crisis(crisis.phrase, crisis.tier, crisis.language)
        return StillPaused() if hold is not None else None

    def answer(self, text: str) -> Honest | Answer:
        """The honest answer to a sincere question, else the planner's choice."""
        honest = None
        if self.safety is not None:
            honest = self.safety.honest_reply(text, self.honest_given)
        if honest is not None:
            self.honest_given += 1
            return Honest(honest)
        plan: ReplyPlan = self.planner.plan(text) if self.planner is not None else Generate(text)
        if isinstance(plan, Verbatim) and self.invites(plan.text):
            fallback = Generate(text) if self.can_generate else Silence("the saying was set aside")
            return Answer(fallback, withheld_saying=True)
        return Answer(plan)

    def invites(self, reply: str) -> bool:
        """Whether a reply could read as an invitation to join them (the output check)."""
        return self.safety is not None and self.safety.invitation(reply) is not None

    @property
    def language(self) -> str:
        return self.safety.language if self.safety is not None else "en"
