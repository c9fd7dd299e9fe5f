"""Remembrance days the person marks: which fall on a given day, in their own time zone.

A day is a birthday, the anniversary of the death, Qingming (computed each year), Mother's or
Father's Day (by their country's rule: `family_days.py`) or a day of their own. Whether today
is such a day is decided on the injected clock's time in the person's time zone, so a day runs
from their midnight to their midnight wherever the computer's clock is set.

A birthday or anniversary on 29 February is kept on 28 February in other years: the last day
of the same month, the way most families keep it (documented in docs/remembrance-days.md).

Nothing here starts anything: the home screen asks, when the person opens Keepsake. Pure.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.care.family_days import fathers_day, mothers_day
from desktop.care.qingming import qingming
from desktop.core.errors import RemembranceDayError


class DayKind(StrEnum):
    BIRTHDAY = "birthday"
    DEATH_ANNIVERSARY = "death-anniversary"
    QINGMING = "qingming"
    MOTHERS_DAY = "mothers-day"
    FATHERS_DAY = "fathers-day"
    OWN = "own"


DATED = (DayKind.BIRTHDAY, DayKind.DEATH_ANNIVERSARY, DayKind.OWN)  # need a month and a day


@dataclass(frozen=True, slots=True)
class RemembranceDay:
    id: int
    persona_id: int | None
    kind: DayKind
    month: int | None = None  # for a birthday, an anniversary or their own day
    day: int | None = None
    year: int | None = None  # the year it first happened, when the person gives it
    label: str = ""  # their own day's name ("the day we moved to the sea")
    country: str = ""  # whose Mother's or Father's Day; "" means the person's country


def check_day(kind: DayKind, month: int | None, day: int | None, year: int | None) -> None:
    """Raise RemembranceDayError unless the date can be kept (29 February is allowed)."""
    if kind not in DATED:
        return
    if month is None or day is None:
        raise RemembranceDayError("this day needs a month and a day")
    if not 1 <= month <= 12:
        raise RemembranceDayError("a month runs from 1 to 12")
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000: a leap year
        raise RemembranceDayError(f"month {month} has no day {day}")
    if year is not None:
        if not 1900 <= year <= 2200:
            raise RemembranceDayError("the year is out of range")
        if (month, day) == (2, 29) and not calendar.isleap(year):
            raise RemembranceDayError(f"{year} had no 29 February")


def date_in(day: RemembranceDay, year: int, default_country: str = "") -> date:
    """Where the day falls in a year (29 February: 28 February in other years)."""
    country = day.country or default_country
    if day.kind is DayKind.QINGMING:
        return qingming(year).day
    if day.kind is DayKind.MOTHERS_DAY:
        return mothers_day(year, country)
    if day.kind is DayKind.FATHERS_DAY:
        return fathers_day(year, country)
    if day.month is None or day.day is None:
        raise RemembranceDayError("this day needs a month and a day")
    last = calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


def local_today(now: datetime, zone: ZoneInfo) -> date:
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(zone).date()


def days_on(
    days: Sequence[RemembranceDay], on: date, default_country: str = ""
) -> list[RemembranceDay]:
    """The marked days that fall on a date (in the order given)."""
    return [d for d in days if date_in(d, on.year, default_country) == on]


def days_today(
    days: Sequence[RemembranceDay], now: datetime, zone: ZoneInfo, default_country: str = ""
) -> list[RemembranceDay]:
    """The marked days that are today, in the person's time zone."""
    return days_on(days, local_today(now, zone), default_country)


def next_date(day: RemembranceDay, today: date, default_country: str = "") -> date:
    """The next time the day comes (today counts)."""
    this_year = date_in(day, today.year, default_country)
    return this_year if this_year >= today else date_in(day, today.year + 1, default_country)


def years_since(day: RemembranceDay, on: date) -> int | None:
    """How many years since it first happened, on its day (None: no year given, or not its
    day's year count, e.g. Qingming)."""
    if day.year is None or day.kind not in DATED or on.year <= day.year:
        return None
    return on.year - day.year


def upcoming(
    days: Sequence[RemembranceDay], today: date, within: timedelta, default_country: str = ""
) -> list[tuple[date, RemembranceDay]]:
    """The days coming within a span, soonest first (for the persona page's list)."""
    found = [(next_date(d, today, default_country), d) for d in days]
    return sorted(
        ((when, d) for when, d in found if when - today <= within), key=lambda p: (p[0], p[1].id)
    )
