"""What a feed lists: RSS 2.0 and Atom through feedparser, HTML section pages through their links.

``parse_listing(body, url, content_type)`` returns a :class:`Listing` (its
kind, title and entries) or raises :class:`ListingError` for a response that
is neither a feed nor a web page.  ``canonical_url`` strips what makes one
article look like many: tracking parameters (utm_*, fbclid, …, via courlan),
the fragment, default ports, host case.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import courlan

from marsad.errors import MarsadError


@dataclass(slots=True)
class Entry:
    url: str
    title: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Listing:
    kind: str  # rss | atom | html
    title: str | None
    entries: list[Entry]


class ListingError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def canonical_url(url: str) -> str:
    """One spelling per article URL: tracking parameters and fragment dropped, host lower-cased."""
    cleaned = courlan.normalize_url(url.strip(), strict=False, trailing_slash=True)
    parts = urlsplit(cleaned)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


_XML_START = re.compile(rb"^\s*(?:<\?xml|<rss\b|<feed\b|<rdf:RDF\b)", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.I)


def parse_listing(body: bytes, url: str, content_type: str = "") -> Listing:
    ctype = content_type.split(";")[0].strip().lower()
    head = body[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or (ctype in ("text/html", "application/xhtml+xml") and not _XML_START.match(head)):
        return _section_page(body, url)
    if not (_XML_START.match(head) or "xml" in ctype or "rss" in ctype or "atom" in ctype):
        raise ListingError(f"not a feed: neither RSS/Atom nor an HTML page (Content-Type {ctype or 'none'})")
    return _feed(body, url)


def _feed(body: bytes, url: str) -> Listing:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    version = parsed.get("version") or ""
    entries = []
    for e in parsed.entries:
        link = e.get("link") or next((x.get("href") for x in e.get("links", []) if x.get("href")), None)
        if not link:
            continue
        link = urljoin(url, link)
        if urlsplit(link).scheme not in ("http", "https"):
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), UTC).isoformat() if stamp else None
        entries.append(Entry(link, (e.get("title") or "").strip() or None, published))
    if parsed.bozo and not entries:  # broken XML is forgiven only when articles could still be read from it
        raise ListingError(f"not a feed: {_reason(parsed.get('bozo_exception'))}")
    kind = "atom" if version.startswith("atom") else "rss"
    return Listing(kind, (parsed.feed.get("title") or "").strip() or None, entries)


def _reason(exc: object) -> str:
    text = str(exc or "malformed XML").strip().splitlines()[0]
    return text[:160]


# Links on a section page that are never articles
_NOT_ARTICLE_PATH = re.compile(r"/(?:tag|tags|category|categories|section|author|authors|page|search|login|"
                               r"register|about|contact|privacy|terms|rss|feed|video|videos|gallery)(?:/|$)", re.I)
_MIN_ANCHOR_WORDS = 3


def _section_page(body: bytes, url: str) -> Listing:
    """Article links of an HTML section page: same site, deep enough, with a headline for anchor text."""
    import lxml.html

    from marsad.ingest.encoding import decode

    try:
        text = decode(body, url).text
        root = lxml.html.fromstring(text)
    except (MarsadError, ValueError) as exc:
        raise ListingError(f"not a feed: unreadable HTML ({exc})") from None
    title = (root.findtext(".//title") or "").strip() or None
    site = urlsplit(url).netloc.lower()
    seen: set[str] = set()
    entries = []
    for a in root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        link = urljoin(url, href.strip())
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != site:
            continue
        canon = canonical_url(link)
        if canon in seen or canon == canonical_url(url) or not _looks_like_article(parts.path):
            continue
        anchor = " ".join(a.text_content().split())
        if len(anchor.split()) < _MIN_ANCHOR_WORDS or courlan.is_navigation_page(link) \
                or courlan.is_not_crawlable(link):
            continue
        seen.add(canon)
        entries.append(Entry(link, anchor))
    return Listing("html", title, entries)


def _looks_like_article(path: str) -> bool:
    if _NOT_ARTICLE_PATH.search(path):
        return False
    segments = [s for s in path.split("/") if s]
    if not segments:
        return False
    last = segments[-1]
    return len(segments) >= 2 or any(c.isdigit() for c in last) or len(Path(last).stem) >= 20
