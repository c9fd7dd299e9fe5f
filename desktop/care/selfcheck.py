"""The optional grief self-check over time: when it may be taken, what the results say.

Offered at most every four weeks, and only when the person opens it: nothing here ever starts
by itself (no reminder, no notification). Four weeks are counted in the person's own days: a
self-check taken on 1 March, at any hour, can be taken again from 29 March. Pure; any thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.care.instrument import INSTRUMENTS, Band

OFFER_EVERY_DAYS = 28

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class SelfCheckResult:
    id: int
    instrument: str
    taken_at: datetime
    answers: tuple[int, ...]
    total: int
    band: Band


def next_possible(results: Sequence[SelfCheckResult], zone: ZoneInfo) -> datetime | None:
    """When the self-check can be taken again (None: now; it was never taken)."""
    if not results:
        return None
    last = max(r.taken_at for r in results).astimezone(zone).date()
    return datetime.combine(last + timedelta(days=OFFER_EVERY_DAYS), time(0), tzinfo=zone)


def may_take(results: Sequence[SelfCheckResult], now: datetime, zone: ZoneInfo) -> bool:
    ready = next_possible(results, zone)
    return ready is None or now >= ready


def trend(results: Sequence[SelfCheckResult], instrument: str) -> list[SelfCheckResult]:
    """One instrument's results, oldest first (what the chart draws)."""
    return sorted((r for r in results if r.instrument == instrument), key=lambda r: r.taken_at)


def trend_sentence(results: Sequence[SelfCheckResult], tr: Translate = _same) -> str:
    """A calm sentence about the trend, first against latest (never a judgement)."""
    if not results:
        return tr("No self-check has been taken.")
    if len(results) == 1:
        return tr("One self-check so far: there is no trend yet.")
    first, last = results[0], results[-1]
    if last.total < first.total:
        text = tr("Lower than at the first self-check ({0} then, {1} now).")
    elif last.total > first.total:
        text = tr("Higher than at the first self-check ({0} then, {1} now).")
    else:
        text = tr("The same as at the first self-check ({0}).")
    return text.format(first.total, last.total)


def result_lines(band: Band, tr: Translate = _same) -> list[str]:
    """What the person reads after a self-check: never a diagnosis; for a raised or high
    total, an offer of support and the suggestion to talk with a professional."""
    lines: list[str] = []
    if band is Band.LOW:
        lines.append(
            tr(
                "Thank you for taking the time. Your answers are kept in your vault, so that "
                "you can look back over the months and see how you are."
            )
        )
    elif band is Band.RAISED:
        lines.append(
            tr(
                "Your answers suggest that grief is weighing on you a great deal at the "
                "moment. That says nothing about how much you loved them."
            )
        )
        lines.append(
            tr(
                "Many people find it helps to talk it through with someone: your therapist or "
                "doctor, or a grief counsellor. The people in Support are there too."
            )
        )
    else:
        lines.append(
            tr(
                "Your answers suggest that grief is weighing on you very heavily right now. "
                "Only a conversation with a professional can say what that means."
            )
        )
        lines.append(
            tr(
                "It could help to talk with your therapist, your doctor or a grief counsellor "
                "soon. Support lists people you can reach today, day or night."
            )
        )
    lines.append(
        tr(
            "This questionnaire is a screening aid, not a diagnosis, and your answers are only "
            "for you."
        )
    )
    return lines


def band_name(band: Band, tr: Translate = _same) -> str:
    """A short, plain name for a band (the chart's legend and the report)."""
    return {
        Band.LOW: tr("below the questionnaire's cut-off"),
        Band.RAISED: tr("at or above its first cut-off"),
        Band.HIGH: tr("at or above the cut-off studies use"),
    }[band]


def instrument_name(instrument: str) -> str:
    known = INSTRUMENTS.get(instrument)
    return known.name if known else instrument
