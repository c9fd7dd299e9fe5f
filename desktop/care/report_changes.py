"""The report's lines about changes to the care records made outside Keepsake, in the
person's language. Pure; any thread."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from desktop.care.chain_store import ChangeOutside
from desktop.care.report_words import ENGLISH, ReportWords


def change_lines(
    changes: Sequence[ChangeOutside], zone: ZoneInfo, words: ReportWords = ENGLISH
) -> tuple[str, ...]:
    """'Changed outside Keepsake on 3 April 2026 (what was found); ...' for the report."""
    tr = words.tr
    lines = []
    for change in changes:
        day = change.noticed_at.astimezone(zone) if change.noticed_at.tzinfo else change.noticed_at
        line = tr("Changed outside Keepsake on {0} ({1}).").format(
            words.long_day(day.date()), change.problem
        )
        if change.resealed_at is not None:
            then = tr("The therapist accepted the records again on {0}.").format(
                words.long_day(change.resealed_at.astimezone(zone).date())
            )
        else:
            then = tr("The strictest setting applies until the therapist enters the PIN.")
        lines.append(tr("{0} {1}").format(line, then))
    return tuple(lines)
