"""How long a small model may try for a reply's first sentence: from its own record.

The guarded reply (guarded_reply.py) makes the fallback's first sound (their saying, a
listening line) before it asks the model, then gives the model what is left of a fixed budget.
On a busy 2-core PC the built-in 135M model passes the guard within that budget in about one
turn in thirty: the rest of the budget is the person waiting in silence for words that will
not come. So the budget follows the model's record over the last `window` turns it was asked:
- until `window` turns are known, or while one of them passed, the whole budget (`full_s`);
- when none of them passed, the fallback, already made, is said at once and the model is not
  asked, except on every `probe_every`-th turn (counted from the conversation's seed), which
  has the whole budget again so that a model that has become quick (a quieter PC) is noticed.
A turn the model was not asked leaves the record as it was. Everything comes from the turn
number, the seed and what the model did, never from the wall clock, so a conversation with
the same outcomes replays the same budgets. Used on the responder thread (not thread-safe).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BudgetRule:
    full_s: float = 0.5  # what the model may take when it has shown it can pass
    window: int = 6  # how many of the last turns it was asked decide
    probe_every: int = 4  # a model that passed none still tries on one turn in this many


class ModelBudget:
    """The first sentence's time budget for each turn, and the model's record of passes."""

    def __init__(self, rule: BudgetRule = BudgetRule(), seed: int = 0) -> None:
        self.rule = rule
        self.seed = seed
        self._window = max(1, rule.window)
        self._record: deque[bool] = deque(maxlen=self._window)

    def for_turn(self, turn: int) -> float:
        """Seconds the model may take for the first sentence of `turn`; 0: not asked."""
        if self.asks_every_turn or (turn + self.seed) % max(1, self.rule.probe_every) == 0:
            return self.rule.full_s
        return 0.0

    @property
    def asks_every_turn(self) -> bool:
        """Whether the model's record earns it the whole budget on every turn."""
        return len(self._record) < self._window or any(self._record)

    def record(self, passed: bool) -> None:
        """What the model did on a turn it was asked: a first sentence past the guard in
        time (True), or none (too slow, or rejected)."""
        self._record.append(passed)

    @property
    def passes(self) -> tuple[bool, ...]:
        return tuple(self._record)
