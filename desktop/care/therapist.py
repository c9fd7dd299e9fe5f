"""Therapist mode: the PIN that guards the usage policy, and the policy that applies.

The policy is stored with an integrity tag keyed from the vault's key (the keyring secret), over
the policy and the PIN hash together, and every change to the policy, the PIN state and the
usage log is recorded in the care chain (`chain.py`). If anything was changed outside Keepsake
(a row edited, deleted or put back, a counter reset), the strictest setting applies — no
conversations — and the app says when it noticed, until the therapist enters the PIN (the last
one Keepsake knew) and saves the policy again. Wrong PINs slow entry down, and the pause is kept
in the vault, so it survives a restart. Any thread; uses the injected clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.care.pin import (
    PinAttempts,
    PinHash,
    check_new_pin,
    hash_pin,
    is_weak,
    pin_matches,
)
from desktop.care.policy import Decision, UsagePolicy, evaluate, locked_policy
from desktop.care.policy_codec import policy_from_json, policy_to_json
from desktop.care.store import CareStore
from desktop.core.clock import Clock
from desktop.core.errors import PinLockedError, PinRequiredError, WrongPinError

_PURPOSE = "care policy"
_NO_POLICY = "none"


@dataclass(frozen=True, slots=True)
class AppliedPolicy:
    """The policy in force; `tampered`: the stored one failed its check (the strictest applies)."""

    policy: UsagePolicy | None
    tampered: bool = False
    set_at: datetime | None = None
    changed_outside_at: datetime | None = None  # when Keepsake noticed a change outside it
    problem: str = ""  # what was found, in plain words (for the therapist)


def _matches(pin: str, hash_text: str) -> bool:
    try:
        return pin_matches(pin, PinHash.decode(hash_text))
    except ValueError:  # a damaged hash (changed outside Keepsake) matches nothing
        return False


class TherapistMode:
    def __init__(self, store: CareStore, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # --- PIN -------------------------------------------------------------------------------

    @property
    def has_pin(self) -> bool:
        return self.store.pin() is not None

    @property
    def pin_is_weak(self) -> bool:
        """The PIN was chosen before PINs were 6 digits with today's cost: worth changing."""
        stored = self.store.pin()
        if stored is None:
            return False
        try:
            return is_weak(PinHash.decode(stored.hash_text))
        except ValueError:
            return False

    def pin_wait_s(self) -> float:
        """Seconds until the next PIN attempt is possible (0: now)."""
        stored = self.store.pin()
        if stored is None:
            return 0.0
        return stored.attempts.wait(self.clock.now()).total_seconds()

    def check_pin(self, pin: str) -> None:
        """Raise PinLockedError (wait first) or WrongPinError; a right PIN resets the count."""
        stored = self.store.pin()
        if stored is None:
            return
        now = self.clock.now()
        wait = stored.attempts.wait(now)
        if wait.total_seconds() > 0:
            raise PinLockedError(wait.total_seconds())
        if _matches(pin, stored.hash_text):
            if stored.attempts != PinAttempts():
                self.store.save_attempts(stored.attempts.succeeded())
            return
        attempts = stored.attempts.failed(now)
        self.store.save_attempts(attempts)
        raise WrongPinError(attempts.wait(now).total_seconds())

    def set_pin(self, new_pin: str, current_pin: str | None = None) -> None:
        """Choose (or change, with the current PIN) the PIN; the policy is signed again."""
        check_new_pin(new_pin)
        applied = self.applied()
        if self.has_pin:
            if current_pin is None:
                raise PinRequiredError("the current PIN is needed")
            self.check_pin(current_pin)
        self.store.save_pin(hash_pin(new_pin).encode())
        if not applied.tampered:
            self._sign_and_save(applied.policy)

    def remove_pin(self, pin: str) -> None:
        """Leave therapist mode (the policy stays, now editable without a PIN)."""
        self.check_pin(pin)
        applied = self.applied()
        self.store.clear_pin()
        if not applied.tampered:
            self._sign_and_save(applied.policy)

    # --- policy ----------------------------------------------------------------------------

    def _signed_text(self, body: str) -> str:
        stored = self.store.pin()
        return body + "\n" + (stored.hash_text if stored else "")

    def _sign_and_save(self, policy: UsagePolicy | None) -> None:
        body = _NO_POLICY if policy is None else policy_to_json(policy)
        tag = self.store.vault.tag(_PURPOSE, self._signed_text(body))
        self.store.save_policy(body, tag, self.clock.now())

    def set_policy(self, policy: UsagePolicy | None, pin: str | None = None) -> None:
        """Save the policy (None: no limits). Needs the PIN when one is set; after a change
        outside Keepsake, the last PIN Keepsake knew, and the records are accepted again."""
        if not self.store.integrity().intact:
            self._check_last_known_pin(pin)
            self.store.reseal(self.clock.now())
        elif self.has_pin:
            if pin is None:
                raise PinRequiredError("changing the limits needs the therapist's PIN")
            self.check_pin(pin)
        self._sign_and_save(policy)

    def _check_last_known_pin(self, pin: str | None) -> None:
        if self.store.pin() is not None:
            if pin is None:
                raise PinRequiredError("changing the limits needs the therapist's PIN")
            self.check_pin(pin)
            return
        known = self.store.chain.last_pin_hash()
        if known is None:
            return  # no therapist's PIN was ever set: the person's own limits
        if pin is None:
            raise PinRequiredError("changing the limits needs the therapist's PIN")
        if not _matches(pin, known):
            raise WrongPinError(0.0)

    def applied(self, timezone: str = "UTC") -> AppliedPolicy:
        """The policy in force; the strictest one if the stored policy cannot be trusted."""
        check = self.store.integrity()
        if not check.intact:
            notice = self.store.changed_outside()
            if notice is None:
                self.store.chain.note(check.problem, self.clock.now())
                notice = self.store.changed_outside()
            return AppliedPolicy(
                locked_policy(timezone),
                tampered=True,
                changed_outside_at=notice.noticed_at if notice else self.clock.now(),
                problem=check.problem,
            )
        stored = self.store.policy()
        if stored is None:
            if self.has_pin:  # therapist mode without a policy row: it was removed outside
                return AppliedPolicy(locked_policy(timezone), tampered=True)
            return AppliedPolicy(None)
        signed = self._signed_text(stored.body)
        if not self.store.vault.tag_matches(_PURPOSE, signed, stored.tag):
            return AppliedPolicy(locked_policy(timezone), tampered=True, set_at=stored.set_at)
        if stored.body == _NO_POLICY:
            return AppliedPolicy(None, set_at=stored.set_at)
        try:
            policy = policy_from_json(stored.body)
        except (ValueError, KeyError, TypeError):
            return AppliedPolicy(locked_policy(timezone), tampered=True, set_at=stored.set_at)
        return AppliedPolicy(policy, set_at=stored.set_at)

    def decide(self, now: datetime | None = None) -> Decision:
        """May a conversation start now? (Usage comes from the vault's usage log.)"""
        moment = now or self.clock.now()
        return evaluate(self.applied().policy, self.store.usage(), moment)
