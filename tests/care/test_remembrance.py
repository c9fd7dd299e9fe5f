"""Remembrance days: Qingming computed (checked against published dates and an independent
solar-longitude formula), Mother's and Father's Day by country, 29 February in other years,
and "is it today" decided on the injected clock in the person's time zone."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.care.family_days import fathers_day, mothers_day, western_easter
from desktop.care.qingming import BEIJING, qingming
from desktop.care.remembrance import (
    DayKind,
    RemembranceDay,
    check_day,
    date_in,
    days_today,
    next_date,
    upcoming,
    years_since,
)
from desktop.care.remembrance_store import RemembranceStore, RitualVisit
from desktop.care.ritual import entry_title as ritual_title
from desktop.care.ritual import heading as ritual_heading
from desktop.care.ritual import pick_words, to_offer
from desktop.core.clock import ManualClock
from desktop.core.errors import RemembranceDayError
from desktop.core.persona import PersonaDetails, Saying, SayingCaution, SayingKind, SourceKind
from desktop.vault.database import Vault
from desktop.vault.journal import Journal
from desktop.vault.personas import PersonaStore

# Qingming's date in China, as published (and kept as a public holiday in China since 2008).
PUBLISHED_QINGMING = {
    2000: 4, 2001: 5, 2002: 5, 2003: 5, 2004: 4, 2005: 5, 2006: 5, 2007: 5, 2008: 4, 2009: 4,
    2010: 5, 2011: 5, 2012: 4, 2013: 4, 2014: 5, 2015: 5, 2016: 4, 2017: 4, 2018: 5, 2019: 5,
    2020: 4, 2021: 4, 2022: 5, 2023: 5, 2024: 4, 2025: 4, 2026: 5, 2027: 5, 2028: 4, 2029: 4,
    2030: 5,
}  # fmt: skip


@pytest.mark.parametrize("year", list(PUBLISHED_QINGMING))
def test_qingming_falls_on_its_published_date(year: int) -> None:
    assert qingming(year).day == date(year, 4, PUBLISHED_QINGMING[year])


def _solar_longitude(moment: datetime) -> float:
    """The sun's apparent longitude, low precision (Meeus, Astronomical Algorithms, ch. 25:
    about 0.01°, a quarter of an hour); an independent check of the library."""
    jd = moment.timestamp() / 86400 + 2440587.5
    t = (jd - 2451545.0) / 36525
    l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    m = math.radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    c = (
        (1.914602 - 0.004817 * t - 0.000014 * t * t) * math.sin(m)
        + (0.019993 - 0.000101 * t) * math.sin(2 * m)
        + 0.000289 * math.sin(3 * m)
    )
    omega = math.radians(125.04 - 1934.136 * t)
    return (l0 + c - 0.00569 - 0.00478 * math.sin(omega)) % 360


@pytest.mark.parametrize("year", range(1900, 2201, 7))
def test_qingming_is_when_the_sun_reaches_15_degrees(year: int) -> None:
    moment = qingming(year).moment
    # the sun moves about 1° a day: 15° is crossed within half an hour of the moment given
    assert (
        _solar_longitude(moment - timedelta(minutes=30))
        < 15
        < _solar_longitude(moment + timedelta(minutes=30))
    )
    assert qingming(year).day == moment.astimezone(BEIJING).date()


def test_qingming_is_the_chinese_date_wherever_the_family_lives() -> None:
    # 2026: the sun reaches 15° on 5 April 02:40 in Beijing, still 4 April in UTC and London
    assert qingming(2026).moment.astimezone(UTC).date() == date(2026, 4, 4)
    day = RemembranceDay(1, None, DayKind.QINGMING)
    for zone in ("Asia/Shanghai", "Europe/London", "America/Los_Angeles", "Australia/Sydney"):
        local_noon = datetime(2026, 4, 5, 12, tzinfo=ZoneInfo(zone))
        assert days_today([day], local_noon, ZoneInfo(zone)) == [day]
        assert not days_today([day], local_noon - timedelta(days=1), ZoneInfo(zone))
    with pytest.raises(ValueError):
        qingming(1899)


EASTER = {  # published dates of Western Easter
    1818: (3, 22), 2000: (4, 23), 2008: (3, 23), 2011: (4, 24), 2019: (4, 21), 2024: (3, 31),
    2025: (4, 20), 2026: (4, 5), 2038: (4, 25), 2285: (3, 22),
}  # fmt: skip


@pytest.mark.parametrize("year", list(EASTER))
def test_western_easter(year: int) -> None:
    assert western_easter(year) == date(year, *EASTER[year])


def test_mothers_and_fathers_day_follow_the_countrys_rule() -> None:
    assert mothers_day(2026, "US") == date(2026, 5, 10)  # second Sunday of May
    assert mothers_day(2026, "CN") == date(2026, 5, 10)
    assert mothers_day(2026, "GB") == date(2026, 3, 15)  # Mothering Sunday
    assert mothers_day(2025, "gb") == date(2025, 3, 30)
    assert mothers_day(2026, "IE") == date(2026, 3, 15)
    assert mothers_day(2026, "") == date(2026, 5, 10)  # no country: the widest rule
    assert fathers_day(2026, "US") == date(2026, 6, 21)  # third Sunday of June
    assert fathers_day(2026, "GB") == date(2026, 6, 21)
    assert fathers_day(2026, "AU") == date(2026, 9, 6)  # first Sunday of September
    assert fathers_day(2026, "TW") == date(2026, 8, 8)
    day = RemembranceDay(1, None, DayKind.MOTHERS_DAY)
    assert date_in(day, 2026, default_country="GB") == date(2026, 3, 15)
    assert date_in(RemembranceDay(1, None, DayKind.MOTHERS_DAY, country="US"), 2026, "GB") == (
        date(2026, 5, 10)
    )


def test_29_february_is_kept_on_28_february_in_other_years() -> None:
    birthday = RemembranceDay(1, None, DayKind.BIRTHDAY, 2, 29, 1948)
    assert date_in(birthday, 2027) == date(2027, 2, 28)
    assert date_in(birthday, 2028) == date(2028, 2, 29)
    leap_noon = datetime(2028, 2, 28, 12, tzinfo=UTC)
    assert not days_today([birthday], leap_noon, ZoneInfo("UTC"))
    assert days_today([birthday], leap_noon + timedelta(days=1), ZoneInfo("UTC")) == [birthday]
    assert days_today([birthday], datetime(2027, 2, 28, 12, tzinfo=UTC), ZoneInfo("UTC"))
    assert not days_today([birthday], datetime(2027, 3, 1, 12, tzinfo=UTC), ZoneInfo("UTC"))
    assert next_date(birthday, date(2027, 3, 1)) == date(2028, 2, 29)
    assert years_since(birthday, date(2027, 2, 28)) == 79
    check_day(DayKind.DEATH_ANNIVERSARY, 2, 29, 2024)
    for month, day, year in ((2, 30, None), (4, 31, None), (13, 1, None), (2, 29, 2023)):
        with pytest.raises(RemembranceDayError):
            check_day(DayKind.BIRTHDAY, month, day, year)
    with pytest.raises(RemembranceDayError):
        check_day(DayKind.OWN, None, None, None)
    check_day(DayKind.QINGMING, None, None, None)  # computed: no date needed


@pytest.mark.parametrize(
    ("utc", "zone", "today"),
    [
        # 12 January is Mum's birthday; the same moment is a different day around the world
        (datetime(2026, 1, 11, 23, 30, tzinfo=UTC), "Europe/London", False),
        (datetime(2026, 1, 11, 23, 30, tzinfo=UTC), "Asia/Tokyo", True),  # 08:30 on the 12th
        (datetime(2026, 1, 11, 23, 30, tzinfo=UTC), "America/Los_Angeles", False),
        (datetime(2026, 1, 12, 23, 30, tzinfo=UTC), "Europe/London", True),
        (datetime(2026, 1, 12, 23, 30, tzinfo=UTC), "America/Los_Angeles", True),  # 15:30
        (datetime(2026, 1, 12, 23, 30, tzinfo=UTC), "Asia/Tokyo", False),  # the 13th
        (datetime(2026, 1, 13, 7, 59, tzinfo=UTC), "America/Los_Angeles", True),  # 23:59
        (datetime(2026, 1, 13, 8, 0, tzinfo=UTC), "America/Los_Angeles", False),  # midnight
        (datetime(2026, 1, 12, 10, 30, tzinfo=UTC), "Pacific/Kiritimati", False),  # UTC+14
        (datetime(2026, 1, 11, 10, 0, tzinfo=UTC), "Pacific/Kiritimati", True),
    ],
)
def test_a_day_runs_from_the_persons_midnight_to_their_midnight(
    utc: datetime, zone: str, today: bool
) -> None:
    birthday = RemembranceDay(1, None, DayKind.BIRTHDAY, 1, 12)
    clock = ManualClock(utc)
    assert bool(days_today([birthday], clock.now(), ZoneInfo(zone))) is today


def test_the_anniversary_across_a_change_of_clocks() -> None:
    # the death anniversary on 29 March: in London the clocks go forward at 01:00 that day
    day = RemembranceDay(1, None, DayKind.DEATH_ANNIVERSARY, 3, 29, 2020)
    zone = ZoneInfo("Europe/London")
    assert days_today([day], datetime(2026, 3, 29, 0, 30, tzinfo=UTC), zone)  # 00:30 GMT
    assert days_today([day], datetime(2026, 3, 29, 22, 59, tzinfo=UTC), zone)  # 23:59 BST
    assert not days_today([day], datetime(2026, 3, 29, 23, 0, tzinfo=UTC), zone)
    assert years_since(day, date(2026, 3, 29)) == 6
    with pytest.raises(ValueError):
        days_today([day], datetime(2026, 3, 29, 12), zone)  # a clock without a zone


def test_upcoming_days_soonest_first() -> None:
    days = [
        RemembranceDay(1, None, DayKind.BIRTHDAY, 1, 12),
        RemembranceDay(2, None, DayKind.QINGMING),
        RemembranceDay(3, None, DayKind.FATHERS_DAY),
    ]
    found = upcoming(days, date(2026, 3, 1), timedelta(days=120), "US")
    assert found == [(date(2026, 4, 5), days[1]), (date(2026, 6, 21), days[2])]


def test_days_and_what_happened_on_them_are_kept_in_the_vault(tmp_path: Path) -> None:
    vault = Vault.open(tmp_path / "v.db", b"\x33" * 32)
    mum = (
        PersonaStore(vault)
        .create(PersonaDetails("Margaret", "Mum"), datetime(2026, 1, 1, tzinfo=UTC))
        .id
    )
    store = RemembranceStore(vault)
    now = datetime(2026, 1, 12, 9, tzinfo=UTC)
    birthday = store.add(RemembranceDay(0, mum, DayKind.BIRTHDAY, 1, 12, 1950), now)
    qm = store.add(RemembranceDay(0, mum, DayKind.QINGMING), now)
    with pytest.raises(RemembranceDayError):
        store.add(RemembranceDay(0, mum, DayKind.OWN, 2, 30, label="?"), now)
    assert store.days(mum) == [birthday, qm]
    today = date(2026, 1, 12)
    store.opened(birthday, today, now)
    store.opened(birthday, today, now + timedelta(hours=1))  # the first opening is kept
    entry = store.write(birthday, today, "To Mum", "Happy birthday, Mum.", now)
    [visit] = store.visits()
    assert visit.opened_at == now and visit.journal_entry_id == entry
    [written] = Journal(vault).entries()
    assert written.body == "Happy birthday, Mum." and written.persona_id == mum
    store.set_aside(qm, date(2026, 4, 5), now)
    assert store.visit(qm, date(2026, 4, 5)).set_aside_at == now  # type: ignore[union-attr]
    PersonaStore(vault).delete(mum)
    assert store.days() == []  # their days go with them
    assert len(store.visits()) == 2  # what happened stays (for the report)
    vault.close()


def _saying(i: int, **changes: object) -> Saying:
    values: dict[str, object] = {
        "id": i,
        "persona_id": 1,
        "kind": SayingKind.SAYING,
        "text": f"saying {i}",
        "source": SourceKind.TYPED,
        "confirmed": True,
    }
    values.update(changes)
    return Saying(**values)  # type: ignore[arg-type]


def test_the_quiet_moment_shows_their_real_words_never_an_invitation() -> None:
    sayings = [
        _saying(1, text="Come home soon, I'm waiting for you", caution=SayingCaution.KEPT),
        _saying(2, text="Put the kettle on, love"),
        _saying(3, text="Mind how you go", clip_id=7, clip_start_s=1.0, clip_end_s=2.5),
        _saying(4, text="unconfirmed", confirmed=False),
        _saying(5, kind=SayingKind.MEMORY, text="she loved the sea"),
        _saying(6, text="I'll be waiting", caution=SayingCaution.MARKED, clip_id=8, clip_end_s=1),
    ]
    day = date(2027, 1, 12)
    assert pick_words(sayings, day) == sayings[2]  # the recorded one
    assert pick_words(sayings, day) == pick_words(sayings, day)  # the same all day
    unrecorded = [s for s in sayings if s.clip_id is None]
    assert pick_words(unrecorded, day) == sayings[1]
    assert pick_words(sayings[:1] + sayings[3:5], day) is None
    assert pick_words(sayings, day, invites=lambda t: "go" in t) == sayings[1]


def test_the_quiet_moment_is_offered_on_its_day_unless_set_aside() -> None:
    birthday = RemembranceDay(1, 1, DayKind.BIRTHDAY, 1, 12, 1950)
    anniversary = RemembranceDay(2, 1, DayKind.DEATH_ANNIVERSARY, 1, 12, 2024)
    zone = ZoneInfo("Asia/Shanghai")
    now = datetime(2027, 1, 11, 17, tzinfo=UTC)  # 12 January 01:00 in Shanghai
    assert to_offer([birthday, anniversary], [], now, zone) == [birthday, anniversary]
    aside = RitualVisit(1, 1, DayKind.BIRTHDAY, "", date(2027, 1, 12), None, now, None)
    assert to_offer([birthday, anniversary], [aside], now, zone) == [anniversary]
    last_year = RitualVisit(2, 1, DayKind.DEATH_ANNIVERSARY, "", date(2026, 1, 12), None, now, None)
    assert to_offer([anniversary], [last_year], now, zone) == [anniversary]
    assert not to_offer([birthday], [], now, ZoneInfo("Europe/London"))  # still the 11th there
    on = date(2027, 1, 12)
    assert ritual_heading(birthday, "Mum", on) == "Today is Mum's birthday."
    assert ritual_heading(anniversary, "Mum", on) == "It is 3 years today since Mum died."
    first = RemembranceDay(3, 1, DayKind.DEATH_ANNIVERSARY, 1, 12, 2026)
    assert ritual_heading(first, "Mum", on) == "It is a year today since Mum died."
    own = RemembranceDay(4, 1, DayKind.OWN, 6, 1, label="the day we moved to the sea")
    assert ritual_heading(own, "Mum", on) == "Today is the day we moved to the sea."
    assert ritual_title(birthday, "Mum", on) == "To Mum · birthday, 12 January 2027"
