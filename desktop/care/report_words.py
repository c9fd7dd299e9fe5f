"""The therapist's report in the person's language: how it translates a sentence, counts with
plural forms, and writes a date. The UI builds one from Qt's translation and locale
(`desktop/ui/care/report_words.py`); the default writes English, as the tests and the command
line do. Pure; any thread (Qt's translate() and QLocale may be called from a worker).

Texts are marked with `tr_noop` here and translated where the report is written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from desktop.care.remembrance import DayKind

Translate = Callable[[str], str]
Plural = Callable[[str, str, int], str]
DateText = Callable[[date], str]


def tr_noop(text: str) -> str:
    """Marks a text for translation (scripts/update_translations.py finds it)."""
    return text


def _same(text: str) -> str:
    return text


def english_plural(one: str, many: str, n: int) -> str:
    return (one if n == 1 else many).replace("%n", str(n))


def _day(day: date) -> str:
    return f"{day:%d %b %Y}"  # 09 Sep 2026


def _weekday_day(day: date) -> str:
    return f"{day:%a %d %b %Y}"  # Wed 09 Sep 2026


def _long_day(day: date) -> str:
    return f"{day:%d %B %Y}"  # 09 September 2026


def _weekday(day: date) -> str:
    return f"{day:%A}"  # Wednesday


@dataclass(frozen=True, slots=True)
class ReportWords:
    """How the report says things. Every callable is safe to call on a worker thread."""

    tr: Translate = _same
    trn: Plural = english_plural
    day: DateText = _day
    weekday_day: DateText = _weekday_day
    long_day: DateText = _long_day
    weekday: DateText = _weekday  # the CSV's `weekday` column
    language: str = "en"  # the page's lang attribute (a BCP 47 tag: en, zh-CN)


ENGLISH = ReportWords()

TIME_OF_DAY_NAMES = {
    "NIGHT": tr_noop("night (00–06)"),
    "MORNING": tr_noop("morning (06–12)"),
    "AFTERNOON": tr_noop("afternoon (12–18)"),
    "EVENING": tr_noop("evening (18–24)"),
}

KIND_NAMES = {
    DayKind.BIRTHDAY: tr_noop("birthday"),
    DayKind.DEATH_ANNIVERSARY: tr_noop("anniversary of the death"),
    DayKind.QINGMING: tr_noop("Qingming"),
    DayKind.MOTHERS_DAY: tr_noop("Mother's Day"),
    DayKind.FATHERS_DAY: tr_noop("Father's Day"),
    DayKind.OWN: tr_noop("a day of their own"),
}

INSTRUMENT_NAMES = (tr_noop("Brief Grief Questionnaire"),)  # translated where shown
