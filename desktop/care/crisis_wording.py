"""What Keepsake says, in its own voice, when a conversation pauses for someone's safety.

Pure. The UI passes its `tr` (Qt's translation); the defaults give English, which
`keepsake talk` prints and the journal keeps when no window is involved. Worded as crisis lines
advise: calm, direct, asking plainly about suicide, help in reach, never in the portrait's voice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop.core.risk import RiskTier
from desktop.core.support import ANYWHERE, EMERGENCY, SupportResource

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


def tr_noop(text: str) -> str:
    """Marks a string for translation (scripts/update_translations.py finds it)."""
    return text


def pause_title(tier: RiskTier, tr: Translate = _same) -> str:
    if tier is RiskTier.IMMINENT:
        return tr("Please get help now")
    return tr("Keepsake has paused the conversation")


def pause_message(tier: RiskTier, tr: Translate = _same) -> str:
    """The first words Keepsake shows when it pauses."""
    if tier is RiskTier.IMMINENT:
        return tr(
            "What you said sounds like you may be in danger right now. Keepsake has stopped the "
            "portrait. Please call your emergency number or one of these helplines now, or ask "
            "someone near you to stay with you. You do not have to go through this alone."
        )
    return tr(
        "It sounds like this is very heavy. Are you thinking about ending your life? Whatever "
        "the answer, you can tell me here. Help is close by, at any hour."
    )


def answer_message(answer: bool | None, tr: Translate = _same) -> str:
    """What Keepsake says after the person answers its question (None: not clear)."""
    if answer is True:
        return tr(
            "Thank you for telling me. That took courage. Please talk to someone now: call one "
            "of these helplines, or someone you trust. You do not have to carry this alone."
        )
    if answer is False:
        return tr(
            "Thank you for answering. I am glad you told me. If those thoughts ever come, the "
            "helplines are always here, under Support. You can go back to the conversation "
            "whenever you are ready."
        )
    return tr(
        "I want to be sure you are safe. Are you thinking about ending your life? You can "
        "answer yes or no, in your own words."
    )


def trusted_line(name: str, phone: str, tr: Translate = _same) -> str:
    """'Call Anna: 07700 900123' (Keepsake never contacts anyone itself)."""
    if phone:
        return tr("Call {0}: {1}").format(name, phone)
    return tr("Call {0}").format(name)


_HOW = {
    EMERGENCY: tr_noop("{0} (emergency)"),
    "call": tr_noop("call {0}"),
    "call or text": tr_noop("call or text {0}"),
    "text": tr_noop("text {0}"),
    "local emergency number": tr_noop("call your local emergency number"),
}


def contact_lines(resources: Sequence[SupportResource], tr: Translate = _same) -> list[str]:
    """One line per contact, in the order given (emergency first: see `crisis_contacts`),
    named by country when the list spans several (the person's country is not known)."""
    several = len({r.country for r in resources if ANYWHERE not in r.codes}) > 1
    lines = []
    for r in resources:
        how = tr(_HOW[r.how]).format(r.number) if r.how in _HOW else (r.contact or r.number)
        where = f"{tr(r.country)}, " if several and ANYWHERE not in r.codes else ""
        lines.append(f"{where}{tr(r.name)}: {how}")
    return lines


def words_shown(
    tier: RiskTier,
    resources: Sequence[SupportResource],
    trusted: str = "",
    tr: Translate = _same,
) -> str:
    """Everything the pause shows, as one text (for the journal and `keepsake talk`)."""
    parts = [pause_title(tier, tr), pause_message(tier, tr)]
    if trusted:
        parts.append(trusted)
    parts += contact_lines(resources, tr)
    return "\n".join(parts)
