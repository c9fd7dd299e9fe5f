"""What each turn of one conversation gets, from the portrait's own words and the listening
bank, before and after the language model. Pure (reads package data).

`PortraitTurns` is the reply planner of a guarded conversation (`reply_choice.choose`): a
silence-like turn gets a listening line, a request for their sayings or a saying that fits well
enough gets it verbatim, a portrait whose language the model cannot speak gets their words or a
listening line, everything else goes to the model behind the reply guard. It is also the
guard's fallbacks: the best-fitting real saying, then a listening line, and the gentle question
that follows a short generated reply. A saying is said at most once a conversation (unless
every fitting one was said), so the portrait does not repeat itself. Seeded: replays exactly.
Not thread-safe: one conversation's responder thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.conversation import PersonaVoice
from desktop.core.grounding import Generate, Listen, RecordedClip, ReplyPlan, Verbatim
from desktop.core.guard_rules import Roles
from desktop.core.listening import ListeningLines
from desktop.core.reply_choice import (
    Choice,
    Meaning,
    Scored,
    asks_for_a_saying,
    choose,
    fallback_threshold,
    score_sayings,
)


@dataclass(frozen=True, slots=True)
class FallbackSaying:
    text: str
    saying_id: int
    clip: RecordedClip | None = None


@dataclass(frozen=True, slots=True)
class PlannerState:
    turn: int
    said: tuple[int, ...]
    before: str
    lines: tuple[tuple[str, ...], tuple[str, ...]]


def roles_of(voice: PersonaVoice) -> Roles:
    """Who is who, for the reply guard: every name the portrait goes by, and the person's."""
    portrait = tuple(dict.fromkeys(n for n in (voice.display_name, voice.name, *voice.names) if n))
    first = voice.name.split()[0] if voice.name.split() else ""
    if first and first not in portrait:
        portrait = (*portrait, first)
    child = tuple(dict.fromkeys(n for n in (voice.user_name, *voice.address) if n))
    return Roles(voice.language, portrait, child, voice.relationship or "parent")


def _never(_text: str) -> bool:
    return False


class PortraitTurns:
    def __init__(
        self,
        voice: PersonaVoice,
        sayings: Sequence[tuple[int, str]],
        model_speaks_it: bool,
        seed: int = 0,
        meaning: Meaning | None = None,
        invites: Callable[[str], bool] = _never,
        clip_for: Callable[[int], RecordedClip | None] | None = None,
        asked_first: Callable[[str], Verbatim | None] | None = None,
    ) -> None:
        self.asked_first = asked_first  # their whole interview answer, when one fits
        self.voice = voice
        self.sayings = [(i, t) for i, t in sayings if not invites(t)]
        self.model_speaks_it = model_speaks_it
        self.meaning = meaning
        self.clip_for = clip_for
        address = voice.address[0] if voice.address else ""
        self.lines = ListeningLines(voice.language, address, seed=seed)
        self.turn = 0
        self._said: list[int] = []  # sayings said, in order
        self._before = ""  # what the person said the turn before

    # --- the planner ---------------------------------------------------------------------

    def plan(self, user_text: str) -> ReplyPlan:
        self.turn += 1
        answered = self.asked_first(user_text) if self.asked_first is not None else None
        if answered is not None:
            self.lines.heard(user_text)
            self._before = user_text
            return answered
        best = self._best(user_text)
        self._before = user_text
        choice = choose(
            user_text, best, self.voice.language, self.model_speaks_it, self.meaning is not None
        )
        if choice.choice is Choice.SAYING and choice.saying is not None:
            self.lines.heard(user_text)
            return self._verbatim(choice.saying)
        if choice.choice is Choice.LISTEN:
            return Listen(self.lines.line(user_text, self.turn))
        self.lines.heard(user_text)
        return Generate(user_text)

    # --- the fallbacks -------------------------------------------------------------------

    def fallback_saying(self, user_text: str) -> FallbackSaying | None:
        best = self._best(user_text)
        threshold = fallback_threshold(self.voice.language, self.meaning is not None)
        if best is None or best.score < threshold:
            return None
        plan = self._verbatim(best)
        return FallbackSaying(plan.text, plan.saying_id, plan.clip)

    def listening_line(self, user_text: str) -> str:
        return self.lines.line(user_text, self.turn)

    def follow_up(self, user_text: str) -> str | None:
        return self.lines.question(user_text, self.turn)

    def release(self, text: str, saying_id: int | None) -> None:
        """A fallback chosen ahead but not said (the model's own words passed): free again."""
        if saying_id is not None and saying_id in self._said:
            self._said.reverse()
            self._said.remove(saying_id)  # the latest mark of it
            self._said.reverse()
        else:
            self.lines.forget(text)

    # --- looking ahead -------------------------------------------------------------------

    def snapshot(self) -> PlannerState:
        """Everything a choice changes, to be put back by `restore`: the reply a pause's words
        would get is looked at ahead (reply_preview.py) without choosing it."""
        return PlannerState(self.turn, tuple(self._said), self._before, self.lines.snapshot())

    def restore(self, state: PlannerState) -> None:
        self.turn, self._said, self._before = state.turn, list(state.said), state.before
        self.lines.restore(state.lines)

    # --- helpers -------------------------------------------------------------------------

    def _best(self, user_text: str) -> Scored | None:
        fresh = [(i, t) for i, t in self.sayings if i not in self._said]
        if asks_for_a_saying(user_text) and self._before:
            # "What would you say to me right now?": the saying that fits what came before
            around = score_sayings(self._before, fresh, self.meaning)
            if around and around[0].score > 0:
                return around[0]
        scored = score_sayings(user_text, fresh, self.meaning)
        if scored and (scored[0].score > 0 or asks_for_a_saying(user_text)):
            return scored[0]
        return None

    def _verbatim(self, saying: Scored) -> Verbatim:
        self._said.append(saying.saying_id)
        clip = self.clip_for(saying.saying_id) if self.clip_for is not None else None
        return Verbatim(saying.text, saying.saying_id, clip)
