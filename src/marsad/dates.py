"""Arabic date expressions: found in text, resolved against a publication date.

Handles absolute dates (17-08-2020, 2020-08-17, 6 أغسطس 2020, ديسمبر/كانون
الأول 2019, نوفمبر 2019, عام 2020, عامي 2022 و2023 -> two dates) and relative
ones (اليوم، أمس، أول أمس، غدا، weekday names, الشهر/العام/الأسبوع الماضي or
المقبل, "6 أغسطس الجاري", "يوليو الماضي", "الشهر المقبل").  Results carry the
precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD.  All matching runs on
the normalised text (marsad.text.normalize), so offsets are normalised ones;
callers map them back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from marsad.text.normalize import normalize

_MONTHS_RAW = {
    1: ["يناير", "كانون الثاني", "جانفي", "جانفييه", "أي النار"],
    2: ["فبراير", "شباط", "فيفري", "فبرير"],
    3: ["مارس", "آذار"],
    4: ["أبريل", "إبريل", "نيسان", "أفريل", "ابريل"],
    5: ["مايو", "أيار", "ماي"],
    6: ["يونيو", "حزيران", "جوان", "يونيه"],
    7: ["يوليو", "تموز", "جويلية", "يوليه"],
    8: ["أغسطس", "آب", "أوت", "اغسطس", "غشت"],
    9: ["سبتمبر", "أيلول", "شتنبر"],
    10: ["أكتوبر", "تشرين الأول", "اكتوبر"],
    11: ["نوفمبر", "تشرين الثاني", "نونبر"],
    12: ["ديسمبر", "كانون الأول", "دجنبر"],
}
MONTHS: dict[str, int] = {normalize(n): m for m, names in _MONTHS_RAW.items() for n in names}
_WEEKDAYS = {normalize(n): i for i, n in enumerate(
    ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])}
_WEEKDAYS[normalize("الإثنين")] = 0

_MONTH_ALT = "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?"
_WD_ALT = "|".join(sorted((re.escape(k) for k in _WEEKDAYS), key=len, reverse=True))
_P = r"(?<![\w])(?:[وفبل]|ال|بال|وال|في)?"  # a clitic or "في" may precede a word

_PATTERNS = [
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("dmy", re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")),
    # "يومي 26 و27 نوفمبر الماضي": one expression, two days
    ("d2_month_y", re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*و\s*(\d{{1,2}})\s+(?:من\s+)?({_MONTH})\s*(?:,\s*)?(?:عام\s+|سنه\s+)?(\d{{4}})(?!\d)")),
    ("d2_month_rel", re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*و\s*(\d{{1,2}})\s+(?:من\s+)?({_MONTH})\s+(الجاري|الماضي|المقبل|القادم|الحالي)")),
    ("d_month_y", re.compile(
        rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({_MONTH})\s*(?:,\s*)?(?:عام\s+|سنه\s+)?(\d{{4}})(?!\d)")),
    ("d_month_rel", re.compile(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({_MONTH})\s+(الجاري|الماضي|المقبل|القادم|الحالي)")),
    ("month_y", re.compile(rf"{_P}({_MONTH})\s*(?:,\s*)?(?:من\s+)?(?:عام\s+|سنه\s+)?(\d{{4}})(?!\d)")),
    ("month_rel", re.compile(rf"{_P}({_MONTH})\s+(الجاري|الماضي|المقبل|القادم|الحالي)")),
    ("years2", re.compile(r"(?<![\w])(?:[وفبل]|ال)?(?:عامي|سنتي)\s+(\d{4})\s+و\s*(\d{4})(?!\d)")),
    ("year", re.compile(r"(?<![\w])(?:[وفبل]|ال)?(?:عام|سنه|العام)\s+(\d{4})(?!\d)")),
    ("day_rel", re.compile(r"(?<![\w])(?:[وفبل]|ال)?(اول\s+امس|امس|اليوم|غدا|البارحه|الليله\s+الماضيه)(?![\w])"
                            r"(?!\s+(?:نفسه|ذاته|التالي|السابق))")),  # "في اليوم نفسه": the day told, not today
    ("weekday", re.compile(rf"(?<![\w])(?:يوم\s+)?(?:[وفبل]|ال)?({_WD_ALT})(?:\s+(الماضي|المقبل|القادم))?(?![\w])")),
    # "الخريف المقبل"، "صيف 2023": a season, at the precision of its year
    ("season_y", re.compile(r"(?<![\w])(?:[وفبل]|في)?(ربيع|صيف|خريف|شتاء)\s+(?:عام\s+|سنه\s+)?(\d{4})(?!\d)")),
    ("season_rel", re.compile(r"(?<![\w])(?:[وفبل]|ال|بال|وال|في)?(?:ال)?(ربيع|صيف|خريف|شتاء)\s+"
                              r"(الماضي|المنصرم|الفائت|المقبل|القادم|الجاري|الحالي)(?![\w])")),
    ("period_rel", re.compile(
        r"(?<![\w])(?:[وفبل]|ال)?(الشهر|العام|الاسبوع|السنه)\s+(الماضي|المنصرم|الماضيه|المقبل|القادم|المقبله|"
        r"القادمه|الجاري|الحالي)(?![\w])")),
]


@dataclass(slots=True)
class DateMatch:
    start: int  # offsets into the normalised text
    end: int
    text: str
    value: str | None  # ISO at the precision given, or None when it cannot be resolved
    kind: str = ""  # which pattern read it ("weekday", "day_rel", ...)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str | None:
    try:
        if d is not None and m is not None:
            return date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
    return f"{y:04d}"


def _month_of(s: str) -> int:
    return MONTHS[normalize(s.split("/")[0].strip())]


def _shift_month(ref: date, delta: int) -> tuple[int, int]:
    idx = ref.year * 12 + ref.month - 1 + delta
    return idx // 12, idx % 12 + 1


def _past_month(ref: date, month: int, rel: str) -> tuple[int, int]:
    if rel in ("الجاري", "الحالي"):
        return ref.year, month
    if rel == "الماضي":
        return (ref.year, month) if month < ref.month else (ref.year - 1, month)
    return (ref.year, month) if month > ref.month else (ref.year + 1, month)


_SEASON_START = {"ربيع": 3, "صيف": 6, "خريف": 9, "شتاء": 12}  # the month each season begins (the north's seasons)


def _season_year(ref: date, start: int, rel: str) -> int:
    """The year a season named relative to ``ref`` begins in: the next one not begun, the last one ended, or the
    one under way (else this year's)."""
    now = ref.year * 12 + ref.month - 1
    this = ref.year * 12 + start - 1
    if rel in ("المقبل", "القادم"):
        return ref.year if this > now else ref.year + 1
    if rel in ("الماضي", "المنصرم", "الفائت"):
        return ref.year if this + 3 <= now else ref.year - 1
    return ref.year - 1 if this - 12 + 3 > now else ref.year  # "الشتاء الحالي" in January: the one from December


def find_dates(norm_text: str, published: date | None) -> list[DateMatch]:
    """Every date expression in a normalised text, longest first where they overlap."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(norm_text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            for value in _resolve(kind, m, published):
                found.append(DateMatch(m.start(), m.end(), m.group(), value, kind))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    return found


def _resolve(kind: str, m: re.Match, ref: date | None) -> list[str | None]:
    g = m.groups()
    if kind == "ymd":
        return [_iso(int(g[0]), int(g[1]), int(g[2]))]
    if kind == "dmy":
        return [_iso(int(g[2]), int(g[1]), int(g[0]))]
    if kind == "d2_month_y":
        return [_iso(int(g[3]), _month_of(g[2]), int(g[0])), _iso(int(g[3]), _month_of(g[2]), int(g[1]))]
    if kind == "d_month_y":
        return [_iso(int(g[2]), _month_of(g[1]), int(g[0]))]
    if kind == "month_y":
        return [_iso(int(g[1]), _month_of(g[0]))]
    if kind == "season_y":
        return [_iso(int(g[1]))]
    if kind == "years2":
        return [_iso(int(g[0])), _iso(int(g[1]))]
    if kind == "year":
        return [_iso(int(g[0]))]
    if ref is None:
        return [None]
    if kind == "d2_month_rel":
        y, mo = _past_month(ref, _month_of(g[2]), g[3])
        return [_iso(y, mo, int(g[0])), _iso(y, mo, int(g[1]))]
    if kind == "d_month_rel":
        y, mo = _past_month(ref, _month_of(g[1]), g[2])
        return [_iso(y, mo, int(g[0]))]
    if kind == "month_rel":
        y, mo = _past_month(ref, _month_of(g[0]), g[1])
        return [_iso(y, mo)]
    if kind == "day_rel":
        word = " ".join(g[0].split())
        delta = {"اليوم": 0, "امس": -1, "البارحه": -1, "اول امس": -2, "غدا": 1, "الليله الماضيه": -1}[word]
        return [(ref + timedelta(days=delta)).isoformat()]
    if kind == "weekday":
        wd = _WEEKDAYS[g[0]]
        if g[1] in ("المقبل", "القادم"):
            ahead = (wd - ref.weekday()) % 7 or 7
            return [(ref + timedelta(days=ahead)).isoformat()]
        back = (ref.weekday() - wd) % 7  # news: a bare weekday is the most recent one, today included
        return [(ref - timedelta(days=back)).isoformat()]
    if kind == "season_rel":
        return [_iso(_season_year(ref, _SEASON_START[g[0]], g[1]))]
    if kind == "period_rel":
        unit, rel = g
        step = -1 if rel in ("الماضي", "المنصرم", "الماضيه") else 0 if rel in ("الجاري", "الحالي") else 1
        if unit == "الشهر":
            y, mo = _shift_month(ref, step)
            return [_iso(y, mo)]
        if unit in ("العام", "السنه"):
            return [_iso(ref.year + step)]
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return [monday.isoformat()[:7] if step else ref.isoformat()[:7]]
    return [None]


def upcoming(d: DateMatch, ref: date | None) -> str | None:
    """The date of ``d`` for something planned: a bare weekday is the next one, today included ("يزور أنقرة
    الأربعاء"), where :func:`find_dates` reads it as the latest one, as news tells what happened."""
    if d.kind != "weekday" or ref is None or d.value is None or len(d.value) != 10:
        return d.value
    day = date.fromisoformat(d.value)
    return (day + timedelta(days=7)).isoformat() if day < ref else d.value


def parse_published(value: str | None) -> date | None:
    """A publication date from ISO text, an RFC 2822 string or an Arabic date line; None if none."""
    if not value:
        return None
    value = value.strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    for d in find_dates(normalize(value), None):
        if d.value and len(d.value) == 10:
            return date.fromisoformat(d.value)
    return None
