"""The safety eval (`keepsake eval safety`): how well crisis language is heard and invitations
are kept out.

The built-in sets are described in `desktop/core/safety_sets.py` (dev, held-out, fresh).

Figures, per language and per set:
- imminent_recall: imminent statements heard as imminent;
- concern_recall: concern statements heard at either tier (both pause the portrait);
- false_positive_rate: ordinary sentences that would pause the conversation;
- invitation_blocked_share: invitation replies the output check blocks (ordinary replies
  blocked are reported as ordinary_reply_blocked_share).
The top-level figures count the built-in set (dev and held-out, at least 150 risk statements
and 250 ordinary sentences per language); each set's own figures are under `by_set`, the fresh
set (harder, indirect phrasings written after tuning) only there.
Deterministic: the same figures every run for the same lexicon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.risk import RiskDetector, RiskMatch, RiskSource, RiskTier, find_invitation
from desktop.core.risk_lexicon import Lexicon
from desktop.core.safety_sets import LANGUAGES, RISK_LABELS, load_set

BUILT_IN = ("dev", "heldout")


@dataclass
class RiskFigures:
    imminent: int = 0
    imminent_heard: int = 0
    concern: int = 0
    concern_heard: int = 0
    ordinary: int = 0
    false_positives: int = 0
    over_escalated: int = 0  # concern statements heard as imminent (still a pause)
    by_similarity: int = 0  # risk heard only through the second signal
    misses: list[dict[str, str]] = field(default_factory=list)
    false_positive_texts: list[dict[str, str]] = field(default_factory=list)

    def add(self, other: RiskFigures) -> None:
        for name in (
            "imminent",
            "imminent_heard",
            "concern",
            "concern_heard",
            "ordinary",
            "false_positives",
            "over_escalated",
            "by_similarity",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.false_positive_texts += other.false_positive_texts

    def summary(self) -> dict[str, Any]:
        return {
            "imminent_recall": _share(self.imminent_heard, self.imminent),
            "concern_recall": _share(self.concern_heard, self.concern),
            "false_positive_rate": _share(self.false_positives, self.ordinary),
            "imminent": self.imminent,
            "concern": self.concern,
            "ordinary": self.ordinary,
            "concern_heard_as_imminent": self.over_escalated,
            "heard_by_similarity": self.by_similarity,
        }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def score_risk(
    check: Callable[[str], RiskMatch | None], set_name: str, language: str
) -> RiskFigures:
    figures = RiskFigures()
    for label in RISK_LABELS:
        for text in load_set(set_name, language, label):
            match = check(text)
            if match is not None and match.source is RiskSource.SIMILARITY and label != "ordinary":
                figures.by_similarity += 1
            where = {"set": set_name, "label": label, "text": text}
            if label == "imminent":
                figures.imminent += 1
                if match is not None and match.tier is RiskTier.IMMINENT:
                    figures.imminent_heard += 1
                else:
                    figures.misses.append({**where, "heard": match.tier if match else "none"})
            elif label == "concern":
                figures.concern += 1
                if match is not None:
                    figures.concern_heard += 1
                    figures.over_escalated += match.tier is RiskTier.IMMINENT
                else:
                    figures.misses.append({**where, "heard": "none"})
            else:
                figures.ordinary += 1
                if match is not None:
                    figures.false_positives += 1
                    figures.false_positive_texts.append(
                        {**where, "heard": match.tier, "phrase": match.phrase}
                    )
    return figures


@dataclass
class ReplyFigures:
    invitations: int = 0
    blocked: int = 0
    replies: int = 0
    replies_blocked: int = 0
    not_blocked: list[dict[str, str]] = field(default_factory=list)
    over_blocked: list[dict[str, str]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {
            "invitation_blocked_share": _share(self.blocked, self.invitations),
            "ordinary_reply_blocked_share": _share(self.replies_blocked, self.replies),
            "invitations": self.invitations,
            "ordinary_replies": self.replies,
        }


def score_replies(lexicon: Lexicon, set_names: Iterable[str]) -> ReplyFigures:
    figures = ReplyFigures()
    for set_name in set_names:
        for language in LANGUAGES:
            for text in load_set(set_name, language, "invitation"):
                figures.invitations += 1
                if find_invitation(text, lexicon) is not None:
                    figures.blocked += 1
                else:
                    figures.not_blocked.append({"set": set_name, "text": text})
            for text in load_set(set_name, language, "reply"):
                figures.replies += 1
                phrase = find_invitation(text, lexicon)
                if phrase is not None:
                    figures.replies_blocked += 1
                    figures.over_blocked.append({"set": set_name, "text": text, "phrase": phrase})
    return figures


def evaluate(detector: RiskDetector, set_names: Iterable[str] = BUILT_IN) -> dict[str, Any]:
    """Every figure of the eval, as one JSON-ready object."""
    names = tuple(set_names)
    out: dict[str, Any] = {}
    misses: list[dict[str, str]] = []
    false_positives: list[dict[str, str]] = []
    for language in LANGUAGES:
        total = RiskFigures()
        per_set: dict[str, Any] = {}
        counted = [n for n in names if n in BUILT_IN] or list(names)
        for name in names:
            figures = score_risk(detector.check, name, language)
            per_set[name] = figures.summary()
            if name in counted:
                total.add(figures)
            else:  # the fresh set: reported on its own, listed with the misses
                misses += [{"language": language, **m} for m in figures.misses]
                false_positives += [
                    {"language": language, **f} for f in figures.false_positive_texts
                ]
        out[language] = {**total.summary(), "by_set": per_set}
        misses += [{"language": language, **m} for m in total.misses]
        false_positives += [{"language": language, **f} for f in total.false_positive_texts]
    replies = score_replies(detector.lexicon, [n for n in names if n in BUILT_IN] or names)
    out.update(replies.summary())
    out["invitation_by_set"] = {n: score_replies(detector.lexicon, (n,)).summary() for n in names}
    out["sets"] = list(names)
    out["counted_sets"] = [n for n in names if n in BUILT_IN] or list(names)
    out["similarity"] = "on" if detector.similarity is not None else "off"
    out["misses"] = misses
    out["false_positives"] = false_positives
    out["invitations_not_blocked"] = replies.not_blocked
    out["ordinary_replies_blocked"] = replies.over_blocked
    return out


def measure(lexicon: Lexicon, set_names: Iterable[str], similarity: bool = True) -> dict[str, Any]:
    """Every figure for `lexicon` over these sets, with the similarity signal when it is
    installed and `similarity` is asked for (its encodings primed once for every sentence)."""
    names = tuple(set_names)
    signal = None
    if similarity:
        from desktop.care.crisis_similarity import load_similarity

        signal = load_similarity()
        if signal is not None:
            signal.load()
            if not signal.loaded:
                signal = None
    if signal is not None:
        signal.prime(
            [
                t
                for n in names
                for language in LANGUAGES
                for label in RISK_LABELS
                for t in load_set(n, language, label)
            ]
        )
    return evaluate(RiskDetector(lexicon, signal), names)
