"""Hearing a crisis in what the person says, in two tiers, and keeping invitations out of what
the portrait says. Pure logic over the lexicon (`risk_lexicon.py`); stdlib only.

- *imminent*: a method, a plan, an act done, a time ("I took all my pills", "绳子已经挂好了");
- *concern*: hopelessness, wishing to be dead or to join them, burden, goodbyes
  ("I can't go on without you", "没有你我活不下去").
The lexicon is the primary signal. An optional second one (similarity to exemplars, see
`desktop/care/crisis_similarity.py`) may raise a message the lexicon did not hear to *concern*,
never to *imminent* and never lower what the lexicon found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from desktop.core.risk_lexicon import LanguageRules, Lexicon


class RiskTier(StrEnum):
    IMMINENT = "imminent"
    CONCERN = "concern"


class RiskSource(StrEnum):
    LEXICON = "lexicon"
    SIMILARITY = "similarity"


@dataclass(frozen=True, slots=True)
class RiskMatch:
    tier: RiskTier
    phrase: str  # the words that were heard (for tests and the eval; never logged)
    language: str
    source: RiskSource = RiskSource.LEXICON


class SimilaritySignal(Protocol):
    """A second opinion: is this text close to the concern exemplars (and not to ordinary
    grief)? Returns the nearest exemplar when it is, else None. `load()` prepares it (slow:
    call it on a worker thread); `concern_exemplar` loads it on first use otherwise."""

    def load(self) -> None: ...
    def concern_exemplar(self, text: str) -> str | None: ...


_EN_CONTRACTIONS = (
    (re.compile(r"\bcan'?t\b|\bcannot\b"), "can not"),
    (re.compile(r"\bwon'?t\b"), "will not"),
    (re.compile(r"\bain'?t\b"), "am not"),
    (
        re.compile(
            r"\b(do|does|did|is|are|was|were|would|could|should|have|has|had|must|need)n'?t\b"
        ),
        r"\1 not",
    ),
    (re.compile(r"\bi'?m\b"), "i am"),
    (re.compile(r"\bi'?ve\b"), "i have"),
    (re.compile(r"\bi'll\b|\bi ll\b"), "i will"),
    (re.compile(r"\bi'd\b|\bid\b"), "i would"),
    (re.compile(r"\b(you|we|they)'re\b"), r"\1 are"),
    (re.compile(r"\b(you|we|they|he|she|it|that|there|who)'ll\b"), r"\1 will"),
    (re.compile(r"\b(you|we|they|who)'ve\b"), r"\1 have"),
    (re.compile(r"\b(you|we|they|he|she|it|that|there|who)'d\b"), r"\1 would"),
    (re.compile(r"\b(he|she|it|that|there|what|who|where|here|tonight|everyone)'?s\b"), r"\1 is"),
    (re.compile(r"\bwanna\b"), "want to"),
    (re.compile(r"\bgonna\b"), "going to"),
    (re.compile(r"\bgotta\b"), "got to"),
    (re.compile(r"\b(?:'cause|cuz|coz)\b"), "because"),
    (re.compile(r"\bu\b"), "you"),
    (re.compile(r"\bur\b"), "your"),
    (re.compile(r"\bno one\b|\bno-one\b"), "noone"),
    (re.compile(r"\bany more\b"), "anymore"),
)
_EN_SENTENCE = re.compile(r"[.!?;\n]+")
_EN_CLAUSE = re.compile(r" , | : | (?:but|and|so|because|though|although|except|yet|or) ")
_EN_SUBJECT = re.compile(r"\b(?:i|you|he|she|we|they)\b")
_ZH_SENTENCE = re.compile(r"[。！？!?；;\n…]+")
_ZH_CLAUSE = re.compile(r"[，,、：:]|但是|可是|不过|然后|所以|因为")
_ZH_SUBJECT = re.compile(r"[我你他她]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def normalize_en(text: str) -> list[str]:
    """Lower-cased sentences with contractions spelled out ("can't", "cant" → "can not") and
    commas kept as their own token, so clauses can be told apart."""
    lowered = text.lower()
    for quote in ("’", "‘", "`", "´"):
        lowered = lowered.replace(quote, "'")
    out: list[str] = []
    for sentence in _EN_SENTENCE.split(lowered):
        s = re.sub(r"[,:]", " , ", sentence)
        s = re.sub(r"[^a-z0-9', ]+", " ", s)
        s = " ".join(s.split())
        for pattern, replacement in _EN_CONTRACTIONS:
            s = pattern.sub(replacement, s)
        s = s.replace("'", "")
        s = re.sub(r"^(?:, )+|(?: ,)+$", "", " ".join(s.split())).strip()
        if s:
            out.append(s)
    return out


def normalize_zh(text: str, fold: dict[str, str]) -> list[str]:
    folded = "".join(fold.get(c, c) for c in text)
    out = []
    for sentence in _ZH_SENTENCE.split(folded):
        s = re.sub(r"\s+", "", sentence)
        if s:
            out.append(s)
    return out


def sentences(rules: LanguageRules, text: str) -> list[str]:
    if rules.language == "zh":
        return normalize_zh(text, rules.fold) if _CJK.search(text) else []
    return normalize_en(text)


def _blank(sentence: str, idioms: tuple[re.Pattern[str], ...], chinese: bool) -> str:
    """Idioms replaced by a clause mark, so they neither match nor join two phrases."""
    mark = "，" if chinese else " , "
    for idiom in idioms:
        sentence = idiom.sub(mark, sentence)
    return sentence


def _negated(rules: LanguageRules, sentence: str, start: int, end: int) -> bool:
    chinese = rules.language == "zh"
    prefix = sentence[:start]
    cut = 0
    for boundary in (_ZH_CLAUSE if chinese else _EN_CLAUSE).finditer(prefix):
        cut = boundary.end()
    prefix = prefix[cut:]
    if chinese:
        window = prefix[-rules.negation_window :]
    else:
        window = " ".join(prefix.split()[-rules.negation_window :])
    subject = _ZH_SUBJECT if chinese else _EN_SUBJECT
    for negation in rules.negations:
        for m in negation.finditer(window):
            if not subject.search(window[m.end() :]):
                return True
    rest = sentence[end:]
    return any(p.search(rest) for p in rules.after_negations)


def _found(
    rules: LanguageRules, patterns: tuple[re.Pattern[str], ...], sentence: str
) -> str | None:
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            if m.end() > m.start() and not _negated(rules, sentence, m.start(), m.end()):
                return m.group(0)
    return None


def _check_language(rules: LanguageRules, text: str) -> RiskMatch | None:
    chinese = rules.language == "zh"
    said = [_blank(s, rules.idioms, chinese) for s in sentences(rules, text)]
    concern: str | None = None
    escalated = False
    for sentence in said:
        phrase = _found(rules, rules.imminent, sentence)
        if phrase is not None:
            return RiskMatch(RiskTier.IMMINENT, phrase, rules.language)
        concern = concern or _found(rules, rules.concern, sentence)
        escalated = escalated or _found(rules, rules.escalators, sentence) is not None
    if concern is None:
        return None
    tier = RiskTier.IMMINENT if escalated else RiskTier.CONCERN
    return RiskMatch(tier, concern, rules.language)


class RiskDetector:
    """Finds crisis language in what the person says or types. Any thread (immutable)."""

    def __init__(self, lexicon: Lexicon, similarity: SimilaritySignal | None = None) -> None:
        self.lexicon = lexicon
        self.similarity = similarity

    def load(self) -> None:
        """Prepare the second signal, if any (worker thread: it takes seconds)."""
        if self.similarity is not None:
            self.similarity.load()

    def check(self, text: str) -> RiskMatch | None:
        found = [m for r in self.lexicon.languages if (m := _check_language(r, text))]
        for match in found:
            if match.tier is RiskTier.IMMINENT:
                return match
        if found:
            return found[0]
        if self.similarity is not None and text.strip():
            exemplar = self.similarity.concern_exemplar(text)
            if exemplar is not None:
                language = "zh" if _CJK.search(text) else "en"
                return RiskMatch(RiskTier.CONCERN, exemplar, language, RiskSource.SIMILARITY)
        return None


def _invitation_texts(text: str, lexicon: Lexicon) -> Iterator[tuple[str, str]]:
    for code in lexicon.invitation:
        rules = lexicon.rules(code)
        if code == "zh":
            fold = rules.fold if rules is not None else {}
            joined = "".join(normalize_zh(text, fold)) if _CJK.search(text) else ""
        else:
            joined = " . ".join(normalize_en(text))
        if joined:
            yield code, joined


def find_invitation(text: str, lexicon: Lexicon) -> str | None:
    """The words of a reply that invite a reunion ("come to me", "我等你"), or None."""
    for code, joined in _invitation_texts(text, lexicon):
        for pattern in lexicon.invitation[code]:
            m = pattern.search(joined)
            if m is not None:
                return m.group(0)
    return None
