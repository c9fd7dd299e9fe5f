"""The first sentence a turn would be answered with, looked at ahead without choosing it.

When a pause's transcript is ready the listener still weighs whether the turn is over (the
words' judge, Smart Turn), and the responder thread is idle. If the turn then ends on those
words, the reply's first sound has to be made (Piper: 0.2-0.4 s on 2 cores) before anything
is heard. So on such a pause the responder looks at what it would say (the turn policy, the
planner, the reply guard's fallback: all deterministic for the same words and state), makes
that sentence's sound ready (speech_out.py `prepare`), and puts every choice back: the
planner's state (`snapshot`/`restore`) and the honest answers given. When the turn ends on
the same words, the same sentence is chosen and sounds at once; when the person goes on,
nothing was chosen or said and the sound is simply not used. A crisis, a safety pause in
force, their own recording (nothing to make), or a planner that cannot be put back: no
preview. Responder thread.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from desktop.core.grounding import Generate, Listen, Verbatim
from desktop.core.risk import RiskTier
from desktop.voice.guarded_reply import GuardedReplier
from desktop.voice.speech_out import split_sentences
from desktop.voice.turn_policy import Answer, Honest, TurnPolicy


@runtime_checkable
class Restorable(Protocol):
    """A planner whose choices can be put back (core/portrait_turns.py `PortraitTurns`)."""

    def snapshot(self) -> Any: ...
    def restore(self, state: Any) -> None: ...


def first_sentence(
    policy: TurnPolicy, guarded: GuardedReplier | None, text: str, hold: RiskTier | None
) -> str | None:
    """The sentence the reply to `text` would start with when it is made by the voice; None
    when there is none to make ahead (see the module's docstring)."""
    planner = policy.planner
    if not text.strip() or hold is not None or not isinstance(planner, Restorable):
        return None
    if policy.safety_first(text, hold) is not None:
        return None  # crisis language: the call pauses, nothing is said
    state = planner.snapshot()
    honest_given = policy.honest_given
    try:
        said = _said_first(policy, guarded, text)
    finally:
        planner.restore(state)
        policy.honest_given = honest_given
    sentences = split_sentences(said) if said else []
    return sentences[0] if sentences else None


def _said_first(policy: TurnPolicy, guarded: GuardedReplier | None, text: str) -> str | None:
    decision = policy.answer(text)
    if isinstance(decision, Honest):
        return decision.text
    assert isinstance(decision, Answer)
    plan = decision.plan
    if isinstance(plan, Verbatim):
        return None if plan.clip is not None else plan.text
    if isinstance(plan, Listen):
        return plan.text
    if isinstance(plan, Generate) and guarded is not None and guarded.budget_s is not None:
        fallback = guarded.fallback_for(text)  # said at once when the model has no time
        return None if fallback.clip is not None else fallback.text
    return None  # the model's own words: not known ahead
