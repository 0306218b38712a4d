"""Page-furniture removal and title / section / outlet / dateline detection.

Text saved from a web page carries share counters, "اقرأ أيضا" links,
related-article lists, comment forms and reader comments around the article.
Each line is classified with general cues: a lexicon of furniture phrases
(data/furniture.tsv, matched on normalised text), lines with no letters,
short Latin-only lines, caption markers and lines repeating the headline,
and position (a "related"/"comments" header starts a tail block only once
most of the prose is behind it; short headline-like lines after the last
paragraph are related links).  What is removed is kept as
:class:`~marsad.model.Furniture` with offsets into the raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.dates import find_dates
from marsad.model import Furniture
from marsad.text.normalize import normalize

_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile(r"[\u0621-\u064A]")
_WORD = re.compile(r"\S+")
_END_PUNCT = re.compile(r"[.!?؟:…\"”»)]\s*$")
_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|المصادر|مصدر الخبر)\s*[:：]\s*(.{2,60}?)\s*$")
DATELINE = re.compile(  # "طرابلس (الأناضول) - ", "أنقرة - "
    r"^\s*((?:[\u0621-\u064A]+\s){0,2}[\u0621-\u064A]+)\s*(\([^)\n]{2,40}\))?\s*[-–—:]\s+(?=\S)"
)
# a dateline on a line of its own ("الدوحة - قنا"، "أنقرة/ الأناضول"): a place, a dash or slash, a source
DATELINE_LINE = re.compile(r"\s*([\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)\s*[-–—/]\s*([^\n.،:]{2,30}?)\s*$")
_COMMENT_HEADER = re.compile(r"^\s*(?:\d+\s*)?(?:التعليقات|تعليقات|تعليق)\s*(?:\(\s*\d+\s*\))?\s*:?\s*$")
MAX_TITLE_WORDS = 30
SECTION_MAX_WORDS = 3
HEADLINE_MAX_WORDS = 18


@dataclass(slots=True)
class Cleaned:
    text: str
    furniture: list[Furniture] = field(default_factory=list)
    title: str | None = None
    section: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    norm: str
    words: int
    kind: str | None = None  # furniture kind, None = content


@lru_cache(maxsize=1)
def furniture_cues() -> tuple[tuple[str, str, str], ...]:
    """(normalised phrase, kind, scope) rows of data/furniture.tsv, longest phrase first."""
    rows = []
    text = resources.files("marsad").joinpath("data/furniture.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, kind, scope = line.split("\t")
        rows.append((normalize(phrase), kind, scope))
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


def _lines(raw: str) -> list[_Line]:
    out, pos = [], 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        s = pos + (len(body) - len(body.lstrip()))
        e = pos + len(body.rstrip())
        text = raw[s:e]
        out.append(_Line(s, e, text, normalize(text), len(text.split())))
        pos += len(piece)
    return out


@lru_cache(maxsize=1)
def _cues_by_initial() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """furniture_cues grouped by their first character (longest first within each), so a line is only
    compared with the cues it could start with."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in furniture_cues():
        out.setdefault(row[0][:1], []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def _cue(line: _Line) -> tuple[str, str] | None:
    n = line.norm.strip(" -–—:|•*#>»\"'()[]")
    for phrase, kind, scope in _cues_by_initial().get(n[:1], ()):
        if not n.startswith(phrase):
            continue
        rest = n[len(phrase):]
        if rest and _LETTER.match(rest[0]):
            continue  # the phrase is only the start of a longer word
        rest_words = len(rest.split())
        if kind in ("read_also", "date"):
            return kind, scope
        if scope == "tail" and rest_words <= 3:
            return kind, scope
        if scope == "line" and (rest_words <= 3 or len(phrase) >= 0.5 * len(n)):
            return kind, scope
    return None


def _is_prose(line: _Line) -> bool:
    return line.words >= 12 or (line.words >= 6 and bool(_END_PUNCT.search(line.text)))


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(1, min(len(wa), len(wb)))


def clean_text(raw: str, title: str | None = None) -> Cleaned:
    """Remove furniture from ``raw``; detect title (unless given), section, outlet, dateline."""
    lines = [ln for ln in _lines(raw) if ln.text]
    out = Cleaned(text="", title=title)
    prose_total = sum(len(ln.text) for ln in lines if _is_prose(ln))

    # 1. lexicon cues, letterless lines, short Latin-only lines, source lines, tail blocks
    prose_seen = 0
    tail_kind = None
    for ln in lines:
        cue = _cue(ln)
        if _COMMENT_HEADER.match(ln.norm):
            cue = ("comments", "tail")
        if tail_kind:  # inside a tail block; a new header ("التعليقات") starts a block of its own kind
            tail_kind = cue[0] if cue and cue[1] == "tail" else tail_kind
            ln.kind = tail_kind
            continue
        if cue:
            kind, scope = cue
            if scope == "tail" and prose_seen >= 0.4 * prose_total:
                tail_kind = kind
            ln.kind = kind
            if kind == "date" and out.published is None:
                out.published = _date_of(ln.norm)
        elif not _LETTER.search(ln.text):
            ln.kind = "counter"
        elif not _ARABIC.search(ln.text) and ln.words <= 4:
            ln.kind = "share"
        elif m := _SOURCE_LINE.match(ln.text):
            ln.kind = "source_line"
            out.outlet = out.outlet or m.group(1).strip()
        if _is_prose(ln):
            prose_seen += len(ln.text)

    content = [ln for ln in lines if ln.kind is None]
    # 2. title and section label at the top
    if content and out.title is None:
        first = content[0]
        if (first.words <= SECTION_MAX_WORDS and len(content) > 2 and content[1].words <= MAX_TITLE_WORDS
                and not _is_prose(first) and not _END_PUNCT.search(content[1].text)):
            first.kind, out.section = "section", first.text
            content = content[1:]
        head = content[0]
        if (len(content) > 1 and head.words <= MAX_TITLE_WORDS and not _END_PUNCT.search(head.text.rstrip('"”»'))
                and not DATELINE_LINE.fullmatch(head.text)):
            head.kind, out.title = "title", head.text
            content = content[1:]
    elif (content and out.title and content[0].words <= MAX_TITLE_WORDS and not _is_prose(content[0])
          and _overlap(content[0].norm, normalize(out.title)) >= 0.9):
        content[0].kind = "title"  # the page's own headline repeated at the top of the body
        content = content[1:]
    # 3. captions repeating the headline near the top
    if out.title:
        nt = normalize(out.title)
        for ln in content[:4]:
            if not _is_prose(ln) and ln.norm != nt and _overlap(ln.norm, nt) >= 0.8 and ln.words >= 3:
                ln.kind = "caption"
    # 4. trailing headline-like lines after the last paragraph: related links
    body = [ln for ln in content if ln.kind is None]
    last_prose = max((i for i, ln in enumerate(body) if _is_prose(ln)), default=-1)
    if last_prose >= 0:
        for ln in body[last_prose + 1:]:
            if ln.words <= HEADLINE_MAX_WORDS and not _END_PUNCT.search(ln.text):
                ln.kind = "related"
    # 5. dateline at the start of the first paragraph (kept in the text, recorded)
    for ln in lines:
        if ln.kind is None:
            if _is_prose(ln) and (m := DATELINE.match(ln.text)) and len(m.group(1).split()) <= 3:
                out.dateline = (m.group(1) + (" " + m.group(2) if m.group(2) else "")).strip()
            elif m := DATELINE_LINE.fullmatch(ln.text):
                out.dateline = f"{m.group(1)} ({m.group(2)})"
            break

    kept: list[str] = []
    prev_end = None
    for ln in lines:
        if ln.kind is None:
            if prev_end is not None:
                kept.append("\n\n" if "\n\n" in raw[prev_end:ln.start].replace("\r", "") else "\n")
            kept.append(ln.text)
            prev_end = ln.end
        elif ln.kind not in ("title", "section"):
            out.furniture.append(Furniture(ln.kind, ln.text, ln.start, ln.end))
    out.text = "".join(kept)
    return out


def _date_of(norm_line: str) -> str | None:
    for d in find_dates(norm_line, None):
        if d.value and len(d.value) == 10:
            return d.value
    return None
