"""Qingming (清明), computed: the day the sun reaches 15° of ecliptic longitude.

Qingming is a solar term, not a fixed date: it falls on 4 or 5 April (in some centuries 6
April). The astronomy comes from lunar-python (the 寿星 algorithm, the one Chinese calendars
use), which gives the moment in Beijing time. The festival's date is the date of that moment
in China (UTC+8), as every Chinese calendar prints it; a family abroad keeps the same date in
its own time zone. So in 2026 the moment is 5 April 02:40 in Beijing (4 April 18:40 UTC) and
Qingming is 5 April everywhere. Pure; cached per year; any thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

# China Standard Time, UTC+8 all year (the calendars use it even in the years China kept summer
# time, 1940-1949 and 1986-1991)
BEIJING = timezone(timedelta(hours=8), "China Standard Time")
FIRST_YEAR, LAST_YEAR = 1900, 2200  # checked against published tables; plenty for a lifetime


@dataclass(frozen=True, slots=True)
class SolarTerm:
    day: date  # the date in China, which is the festival's date
    moment: datetime  # when the sun reaches the term's longitude (Beijing time)


@lru_cache(maxsize=64)
def qingming(year: int) -> SolarTerm:
    """Qingming of a Gregorian year (ValueError outside 1900 to 2200)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Qingming is computed for {FIRST_YEAR} to {LAST_YEAR}")
    from lunar_python import Solar  # pure Python, but not needed until a day is asked for

    term = Solar.fromYmd(year, 4, 1).getLunar().getJieQiTable()["清明"]
    moment = datetime(
        term.getYear(),
        term.getMonth(),
        term.getDay(),
        term.getHour(),
        term.getMinute(),
        term.getSecond(),
        tzinfo=BEIJING,
    )
    if moment.year != year:  # never seen; a guard against a change in the library's tables
        raise ValueError(f"no Qingming found in {year}")
    return SolarTerm(moment.date(), moment)
