"""Mother's Day and Father's Day, by the rule of the person's country; Western Easter.

The rules (documented in docs/remembrance-days.md; a country not listed takes the first rule,
the most widely kept, and anyone can mark a day of their own instead):

- Mother's Day: the second Sunday of May (the United States, China, Canada, Australia, New
  Zealand, Hong Kong, Taiwan, Singapore, Japan, Germany and most others); Mothering Sunday in
  the United Kingdom and Ireland: the fourth Sunday of Lent, three weeks before Easter Sunday.
- Father's Day: the third Sunday of June (the United States, China, the United Kingdom,
  Ireland, Canada, Hong Kong, Singapore, Japan and most others); the first Sunday of September
  in Australia and New Zealand; 8 August in Taiwan (八八节, "ba ba" sounds like "papa").

Countries are ISO 3166 two-letter codes, as in Settings. Pure.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class MothersDayRule(StrEnum):
    SECOND_SUNDAY_OF_MAY = "second Sunday of May"
    MOTHERING_SUNDAY = "Mothering Sunday (three weeks before Easter)"


class FathersDayRule(StrEnum):
    THIRD_SUNDAY_OF_JUNE = "third Sunday of June"
    FIRST_SUNDAY_OF_SEPTEMBER = "first Sunday of September"
    EIGHTH_OF_AUGUST = "8 August"


_MOTHERS = {"GB": MothersDayRule.MOTHERING_SUNDAY, "IE": MothersDayRule.MOTHERING_SUNDAY}
_FATHERS = {
    "AU": FathersDayRule.FIRST_SUNDAY_OF_SEPTEMBER,
    "NZ": FathersDayRule.FIRST_SUNDAY_OF_SEPTEMBER,
    "TW": FathersDayRule.EIGHTH_OF_AUGUST,
}
SUNDAY = 6


def mothers_day_rule(country: str) -> MothersDayRule:
    return _MOTHERS.get(country.upper(), MothersDayRule.SECOND_SUNDAY_OF_MAY)


def fathers_day_rule(country: str) -> FathersDayRule:
    return _FATHERS.get(country.upper(), FathersDayRule.THIRD_SUNDAY_OF_JUNE)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based) `weekday` (Monday 0 ... Sunday 6) of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def western_easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, as given
    by Meeus, Astronomical Algorithms, chapter 8)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def mothers_day(year: int, country: str) -> date:
    if mothers_day_rule(country) is MothersDayRule.MOTHERING_SUNDAY:
        return western_easter(year) - timedelta(weeks=3)
    return nth_weekday(year, 5, SUNDAY, 2)


def fathers_day(year: int, country: str) -> date:
    rule = fathers_day_rule(country)
    if rule is FathersDayRule.FIRST_SUNDAY_OF_SEPTEMBER:
        return nth_weekday(year, 9, SUNDAY, 1)
    if rule is FathersDayRule.EIGHTH_OF_AUGUST:
        return date(year, 8, 8)
    return nth_weekday(year, 6, SUNDAY, 3)
