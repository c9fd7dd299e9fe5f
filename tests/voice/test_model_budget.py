"""The first sentence's budget follows the model's record of passes (model_budget.py)."""

from __future__ import annotations

from desktop.core.jobs import CancelToken
from desktop.core.reply_guard import GuardInput
from desktop.voice.guarded_reply import GuardedReplier, ReplyKind, Spoken
from desktop.voice.model_budget import BudgetRule, ModelBudget
from tests.voice.test_guarded_reply import GUARD, Fallbacks, ReadingModel, ScriptedModel

RULE = BudgetRule(full_s=0.5, window=3, probe_every=4)


def test_the_whole_budget_until_the_record_is_known_and_while_the_model_passes() -> None:
    budget = ModelBudget(RULE)
    assert [budget.for_turn(t) for t in (1, 2, 3)] == [0.5, 0.5, 0.5]
    for passed in (False, True, False):
        budget.record(passed)
    assert [budget.for_turn(t) for t in range(1, 8)] == [0.5] * 7  # one pass in the window


def test_a_model_that_passed_none_is_not_waited_for_except_on_probe_turns() -> None:
    budget = ModelBudget(RULE, seed=1)
    for _ in range(3):
        budget.record(False)
    assert [budget.for_turn(t) for t in range(8)] == [0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0, 0.5]
    budget.record(True)  # a probe passed (a quieter PC): every turn again
    assert budget.for_turn(1) == 0.5 and budget.asks_every_turn


def test_the_same_outcomes_replay_the_same_budgets() -> None:
    outcomes = [False, False, True, False, False, False, False, False]

    def run(seed: int) -> list[float]:
        budget = ModelBudget(RULE, seed)
        out = []
        for turn, passed in enumerate(outcomes):
            out.append(budget.for_turn(turn))
            budget.record(passed)
        return out

    assert run(7) == run(7)
    assert run(0) != run(1)  # the probe turns come from the seed


def _reply(replier: GuardedReplier, text: str, turn: int) -> list[Spoken]:
    return list(replier.reply([], GuardInput(text), turn, CancelToken(), lambda _s: None))


def test_a_model_that_never_passes_in_time_stops_being_waited_for() -> None:
    model = ReadingModel("Oh love, I know how hard that is.")  # never past the prompt
    budget = ModelBudget(BudgetRule(full_s=0.25, window=2, probe_every=100))
    replier = GuardedReplier(model, GUARD, Fallbacks(), budget_s=0.25, budget=budget)
    for turn in (1, 2):
        assert _reply(replier, "Work was awful.", turn)[0].kind is ReplyKind.LISTENING
        assert replier.report.budget_s == 0.25
    assert budget.passes == (False, False)
    model.go.set()
    assert replier.wait_idle(5)
    out = _reply(replier, "And then it rained.", 3)
    assert out[0].kind is ReplyKind.LISTENING  # said at once: the model is not asked
    assert replier.report.budget_s == 0.0 and not replier.report.model_asked
    assert budget.passes == (False, False)  # a turn it was not asked leaves the record


def test_a_model_that_passes_keeps_its_whole_budget() -> None:
    budget = ModelBudget(BudgetRule(full_s=5.0, window=2, probe_every=100))
    model = ScriptedModel("I know, love.", "I know, love.", "I know, love.")
    replier = GuardedReplier(model, GUARD, Fallbacks(), budget_s=5.0, budget=budget)
    for turn in (1, 2, 3):
        assert _reply(replier, "I'm tired.", turn)[0].kind is ReplyKind.GENERATED
        assert replier.report.budget_s == 5.0
    assert budget.passes == (True, True)
