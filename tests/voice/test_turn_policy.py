"""The turn policy, pure: crisis first, then honesty, then the planner."""

from __future__ import annotations

from desktop.core.grounding import Generate, ReplyPlan, Silence, Verbatim
from desktop.core.risk import RiskTier
from desktop.core.safety import SafetyGuard, default_detector
from desktop.voice.turn_policy import Answer, Crisis, Honest, StillPaused, TurnPolicy, held_after


class _Says:
    def __init__(self, text: str) -> None:
        self.text = text
        self.asked: list[str] = []

    def plan(self, user_text: str) -> ReplyPlan:
        self.asked.append(user_text)
        return Verbatim(self.text, 7)


def _policy(saying: str = "Have you eaten yet?", can_generate: bool = True) -> TurnPolicy:
    return TurnPolicy(SafetyGuard(default_detector(), "Mum"), _Says(saying), can_generate)


def test_crisis_comes_before_everything_and_a_pause_holds_every_later_turn() -> None:
    policy = _policy()
    crisis = policy.decide("I took all my pills", None)
    assert isinstance(crisis, Crisis) and crisis.tier is RiskTier.IMMINENT
    assert isinstance(policy.decide("Are you really Mum?", RiskTier.CONCERN), StillPaused)
    assert isinstance(policy.decide("I can't go on without you", RiskTier.IMMINENT), Crisis)
    assert held_after(RiskTier.IMMINENT, Crisis("", RiskTier.CONCERN, "en")) is RiskTier.IMMINENT
    assert held_after(None, Crisis("", RiskTier.CONCERN, "en")) is RiskTier.CONCERN
    assert policy.planner.asked == []  # type: ignore[union-attr]  # the planner never ran


def test_a_sincere_question_gets_the_honest_answer_before_the_planner() -> None:
    policy = _policy()
    honest = policy.decide("Are you really Mum?", None)
    assert isinstance(honest, Honest) and "AI" in honest.text
    assert policy.planner.asked == []  # type: ignore[union-attr]


def test_the_planners_saying_unless_it_could_read_as_an_invitation() -> None:
    said = _policy().decide("I'm hungry", None)
    assert said == Answer(Verbatim("Have you eaten yet?", 7))
    invite = "Come home soon, I'm waiting for you."
    with_llm = _policy(invite).decide("I miss you", None)
    assert with_llm == Answer(Generate("I miss you"), withheld_saying=True)
    without = _policy(invite, can_generate=False).decide("I miss you", None)
    assert isinstance(without, Answer) and without.withheld_saying
    assert isinstance(without.plan, Silence)
