"""A guarded conversation for one portrait: the mind prompt and its example exchanges, the
reply planner over their sayings and the listening bank, and the reply guard on the language
model's stream (`voice/guarded_reply.py`). Used by calls, `keepsake talk --script` and
`keepsake eval conversation`. Cheap: nothing loads here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.conversation import Conversation, PersonaVoice
from desktop.core.grounding import RecordedClip, Verbatim
from desktop.core.language import speaks
from desktop.core.mind import build_mind
from desktop.core.portrait_turns import PortraitTurns, roles_of
from desktop.core.reply_guard import ReplyGuard
from desktop.core.settings import Settings
from desktop.models.installed import resolve
from desktop.voice.guarded_reply import LARGE_MODEL, SMALL_MODEL, GuardedReplier, StreamingModel
from desktop.voice.model_budget import BudgetRule, ModelBudget

FIRST_SENTENCE_BUDGET_S = 0.5  # under the typed p50 target (0.6 s to first audio):
# past it their words or a listening line, made ready meanwhile, sound at once
SMALL_MODEL_MB = 600  # a local model below this gives one short sentence (the built-in 135M)


@dataclass(frozen=True, slots=True)
class GuardedConversation:
    conversation: Conversation
    planner: PortraitTurns
    guarded: GuardedReplier | None  # None without a model (sayings-only, or not its language)
    model_speaks_it: bool


def model_languages(settings: Settings, models_dir: Path) -> tuple[str, ...]:
    """The languages the chosen language model declares (a model server: assumed both)."""
    if settings.llm_server_enabled and settings.llm_server_model:
        return ("en", "zh")
    entry = resolve(settings.llm_model, models_dir)
    return entry.languages if entry is not None else ()


def is_small_model(settings: Settings, models_dir: Path) -> bool:
    if settings.llm_server_enabled and settings.llm_server_model:
        return False
    entry = resolve(settings.llm_model, models_dir)
    size = sum(f.size or 0 for f in entry.files) if entry is not None else 0
    return size < SMALL_MODEL_MB * 1_000_000


def guarded_conversation(
    voice: PersonaVoice,
    sayings: Sequence[tuple[int, str]],
    model: StreamingModel | None,
    languages: tuple[str, ...],
    small_model: bool = True,
    seed: int = 0,
    invites: Callable[[str], bool] | None = None,
    clip_for: Callable[[int], RecordedClip | None] | None = None,
    farewell: bool = False,
    asked_first: Callable[[str], Verbatim | None] | None = None,
) -> GuardedConversation:
    can = model is not None and speaks(languages, voice.language)
    mind = build_mind(voice, farewell)
    conversation = Conversation(mind.system, examples=mind.examples)
    planner = PortraitTurns(
        voice,
        sayings,
        can,
        seed=seed,
        invites=invites or (lambda _t: False),
        clip_for=clip_for,
        asked_first=asked_first,
    )
    guarded = None
    if model is not None and can:
        guarded = GuardedReplier(
            model,
            ReplyGuard(roles_of(voice)),
            planner,
            seed=seed,
            style=SMALL_MODEL if small_model else LARGE_MODEL,
            own_words=tuple(t for _i, t in sayings),
            known_names=voice.memories,
            budget_s=FIRST_SENTENCE_BUDGET_S if small_model else None,
            budget=ModelBudget(BudgetRule(FIRST_SENTENCE_BUDGET_S), seed) if small_model else None,
        )
    return GuardedConversation(conversation, planner, guarded, can)
