"""The quiet moment on a remembrance day: which days to offer when the person opens Keepsake,
what it says, and which of their real words it shows.

Offered only when the person opens Keepsake on such a day (the home screen asks this module);
a day set aside with "not today" is not offered again that day. The words shown are something
they really said, confirmed, and never a saying that could read as an invitation after a death
(issue 12's guard: only sayings with no caution at all); one with a recording is preferred, so
their voice can be heard. The choice is the same all day. Pure.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.care.remembrance import DayKind, RemembranceDay, days_today, local_today, years_since
from desktop.care.remembrance_store import RitualVisit
from desktop.core.persona import Saying, SayingCaution, SayingKind

Translate = Callable[[str], str]
DateText = Callable[[date], str]


def _same(text: str) -> str:
    return text


def _english(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def to_offer(
    days: Sequence[RemembranceDay],
    visits: Sequence[RitualVisit],
    now: datetime,
    zone: ZoneInfo,
    default_country: str = "",
) -> list[RemembranceDay]:
    """Today's marked days, less those the person set aside today."""
    today = local_today(now, zone)
    aside = {
        v.remembrance_day_id for v in visits if v.on_day == today and v.set_aside_at is not None
    }
    return [d for d in days_today(days, now, zone, default_country) if d.id not in aside]


def _never(text: str) -> bool:
    return False


def pick_words(
    sayings: Sequence[Saying], on: date, invites: Callable[[str], bool] = _never
) -> Saying | None:
    """One thing they really said, for the day (a recorded one if there is one); `invites`
    is the invitation detector (`desktop/core/risk.py`), a second guard after the marks."""
    usable = sorted(
        (
            s
            for s in sayings
            if s.kind is SayingKind.SAYING
            and s.confirmed
            and s.caution is SayingCaution.NONE
            and s.text.strip()
            and not invites(s.text)
        ),
        key=lambda s: s.id,
    )
    recorded = [s for s in usable if s.clip_id is not None and s.clip_end_s is not None]
    pool = recorded or usable
    return pool[on.toordinal() % len(pool)] if pool else None


def heading(day: RemembranceDay, name: str, on: date, tr: Translate = _same) -> str:
    """'Today is Mum's birthday.' and the like; calm, with the years when the person gave
    the year."""
    years = years_since(day, on)
    if day.kind is DayKind.BIRTHDAY:
        return tr("Today is {0}'s birthday.").format(name)
    if day.kind is DayKind.DEATH_ANNIVERSARY:
        if years == 1:
            return tr("It is a year today since {0} died.").format(name)
        if years:
            return tr("It is {0} years today since {1} died.").format(years, name)
        return tr("Today is the anniversary of {0}'s death.").format(name)
    if day.kind is DayKind.QINGMING:
        return tr("Today is Qingming, a day to remember {0}.").format(name)
    if day.kind is DayKind.MOTHERS_DAY:
        return tr("Today is Mother's Day.")
    if day.kind is DayKind.FATHERS_DAY:
        return tr("Today is Father's Day.")
    return tr("Today is {0}.").format(day.label) if day.label else tr("Today is a day you marked.")


def invitation(name: str, tr: Translate = _same) -> str:
    return tr(
        "Light the candle, if you like, and write a few words to {0}. What you write is kept "
        "in your journal, for you alone."
    ).format(name)


def entry_title(
    day: RemembranceDay,
    name: str,
    on: date,
    tr: Translate = _same,
    day_text: DateText = _english,
) -> str:
    """The journal entry's title: 'To Mum · her birthday, 12 January 2027'."""
    kinds = {
        DayKind.BIRTHDAY: tr("birthday"),
        DayKind.DEATH_ANNIVERSARY: tr("anniversary"),
        DayKind.QINGMING: tr("Qingming"),
        DayKind.MOTHERS_DAY: tr("Mother's Day"),
        DayKind.FATHERS_DAY: tr("Father's Day"),
        DayKind.OWN: day.label or tr("a day you marked"),
    }
    return tr("To {0} · {1}, {2}").format(name, kinds[day.kind], day_text(on))
