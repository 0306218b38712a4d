"""Main text, title and date of a saved web page, through trafilatura.

Date guessing is limited to what the page states (meta tags, structured
data, <time> elements): htmldate's extensive search is off, because it
invents dates from copyright footers and years in the body.  Very deep or
very large trees are flattened or refused instead of blowing the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.errors import MarsadError

MAX_HTML_BYTES = 20_000_000
MAX_DEPTH = 400
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


@dataclass(slots=True)
class Page:
    text: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None


def _too_deep(html: str) -> bool:
    depth = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        depth += -1 if m.group(1) else 1
        if depth > MAX_DEPTH:
            return True
    return False


def _flatten(html: str) -> str:
    """Drop the layout tags (div, span, section ...) of a pathologically nested page, keep the text tags."""
    return re.sub(r"</?(?:div|span|section|article|main|font|center|table|tbody|tr|td|ul|ol|li)\b[^>]*>",
                  "\n", html, flags=re.I)


def extract_page(html: str, where: str = "", url: str | None = None) -> Page:
    import trafilatura

    if len(html) > MAX_HTML_BYTES:
        raise MarsadError("E107", where, size=len(html), limit=MAX_HTML_BYTES)
    if "<body" not in html[:5000].lower():  # a fragment (a feed's or a JSONL record's html): give it a page
        html = f"<html><body><article>{html}</article></body></html>"
    if _too_deep(html):
        html = _flatten(html)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except RecursionError:
        doc = None
    if doc is None:
        raise MarsadError("E106", where)
    text = (doc.text or "").strip()
    if not text:
        raise MarsadError("E106", where)
    return Page(text=text, title=doc.title or None, published=doc.date or None,
                url=doc.url or url, outlet=doc.sitename or None)
