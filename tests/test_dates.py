"""Arabic date expressions, absolute and relative to the publication date."""

from datetime import date

import pytest

from marsad.dates import find_dates, parse_published
from marsad.text.normalize import normalize

PUB = date(2020, 8, 6)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("في 17-08-2020", ["2020-08-17"]),
    ("موقعة في ديسمبر/كانون الأول 2019", ["2019-12"]),
    ("في نوفمبر 2019", ["2019-11"]),
    ("يوم 6 أغسطس 2020", ["2020-08-06"]),
    ("عامي 2022 و2023", ["2022", "2023"]),
    ("اليوم", ["2020-08-06"]),
    ("أمس", ["2020-08-05"]),
    ("الاثنين", ["2020-08-03"]),
    ("في 6 أغسطس الجاري", ["2020-08-06"]),
    ("في يوليو الماضي", ["2020-07"]),
    ("يناير الماضي", ["2020-01"]),
    ("في نوفمبر الماضي", ["2019-11"]),
    ("الشهر المقبل", ["2020-09"]),
    ("العام الماضي", ["2019"]),
    ("في الخريف المقبل", ["2020"]),  # autumn begins in September, after the publication date
    ("الصيف الماضي", ["2019"]),  # this summer is not over in August
    ("في شتاء 2018", ["2018"]),
])
def test_dates_resolve_against_publication(text, expected):
    assert [d.value for d in find_dates(normalize(text), PUB)] == expected


def test_dates_relative_without_publication_date_is_unresolved():
    assert [d.value for d in find_dates(normalize("اليوم"), None)] == [None]


def test_dates_parse_published_forms():
    assert parse_published("2020-08-06T10:00:00Z") == PUB
    assert parse_published("Thu, 06 Aug 2020 07:02:41 GMT") == PUB
    assert parse_published("6 أغسطس 2020") == PUB
    assert parse_published("soon") is None


def test_dates_a_planned_weekday_is_the_coming_one():
    from datetime import date

    from marsad.dates import find_dates, upcoming
    from marsad.text.normalize import normalize

    ref = date(2018, 10, 15)  # a Monday
    sat = find_dates(normalize("السبت"), ref)[0]
    assert sat.value == "2018-10-13" and upcoming(sat, ref) == "2018-10-20"
    mon = find_dates(normalize("الاثنين"), ref)[0]
    assert upcoming(mon, ref) == "2018-10-15"  # today stays today


def test_dates_two_days_of_one_month_are_two_dates():
    found = find_dates(normalize("زار طرابلس يومي 26 و27 نوفمبر الماضي، ثم في 6 و7 أغسطس 2021."), date(2020, 12, 23))
    assert [d.value for d in found] == ["2020-11-26", "2020-11-27", "2021-08-06", "2021-08-07"]


def test_dates_the_same_day_or_the_next_is_no_today():
    pub = date(2025, 7, 24)
    for text in ("وانتقل في اليوم نفسه إلى بنغازي", "وفي اليوم التالي وصل", "في اليوم ذاته"):
        assert not [d for d in find_dates(normalize(text), pub) if d.value == "2025-07-24"], text
    assert [d.value for d in find_dates(normalize("وصل اليوم إلى بنغازي"), pub)] == ["2025-07-24"]
