"""The consent of a portrait in words, for the screens that share and add portraits."""

from __future__ import annotations

from desktop.core.persona import Agreement, ConsentRecord, FamilyConsent
from desktop.ui.i18n import tr, tr_noop

_IN_LIFE = {
    Agreement.YES: tr_noop("In life, they agreed to this."),
    Agreement.NO: tr_noop("In life, they did not agree to this."),
    Agreement.UNKNOWN: tr_noop("Whether they would have agreed is not known."),
}


def consent_summary(record: ConsentRecord | None) -> str:
    """Who made it and whether they agreed; then the family asked, one per line."""
    if record is None:
        return tr("Consent has not been recorded for this portrait.")
    if record.self_recorded:
        head = (
            tr("Recorded by {0} themselves, for {1}.").format(record.creator, record.for_whom)
            if record.for_whom
            else tr("Recorded by {0} themselves.").format(record.creator)
        )
    else:
        head = (
            tr("Made by {0}, their {1}.").format(record.creator, record.creator_relationship)
            + " "
            + tr(_IN_LIFE[record.agreed_in_life])
        )
    return "\n".join([head, *(family_line(f) for f in record.family)])


def family_line(member: FamilyConsent) -> str:
    said = f" “{member.response}”" if member.response else ""
    if member.agreement is Agreement.YES:
        return tr("{0} ({1}) agreed.{2}").format(member.name, member.relationship, said)
    if member.agreement is Agreement.NO:
        return tr("{0} ({1}) objected.{2}").format(member.name, member.relationship, said)
    return tr("{0} ({1}) was asked.{2}").format(member.name, member.relationship, said)


def objections_text(record: ConsentRecord | None) -> str:
    """What is shown before every share when someone objected ("" when nobody did)."""
    if record is None or not record.objections:
        return ""
    lines = [family_line(f) for f in record.objections]
    return (
        tr("Before you share: not everyone in the family agreed to this portrait.")
        + "\n"
        + "\n".join(lines)
    )
