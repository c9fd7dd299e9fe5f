"""Building the safety guard a conversation needs: the crisis lexicon (the user's edited copy
when it validates, else the shipped one, with a note saying why) and the similarity signal
when its encoder is installed. Used by the call window and `keepsake talk`; no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.care.crisis_similarity import load_similarity
from desktop.core.risk import RiskDetector
from desktop.core.risk_lexicon import load_lexicon
from desktop.core.safety import SafetyGuard


@dataclass(frozen=True, slots=True)
class BuiltGuard:
    guard: SafetyGuard
    lexicon_problem: str  # why the user's edited lexicon was not used ("" when it was fine)


def build_safety_guard(
    crisis_file: Path | None,
    display_name: str,
    language: str,
    with_similarity: bool = True,
) -> BuiltGuard:
    """Cheap: the similarity signal is loaded later, by the engine's `load()`."""
    loaded = load_lexicon(crisis_file)
    similarity = load_similarity() if with_similarity else None
    guard = SafetyGuard(RiskDetector(loaded.lexicon, similarity), display_name, language)
    return BuiltGuard(guard, loaded.problem)


def invitation_check(crisis_file: Path | None) -> SafetyGuard:
    """A guard used only for its output check (importing sayings, the persona page)."""
    return SafetyGuard(RiskDetector(load_lexicon(crisis_file).lexicon))
