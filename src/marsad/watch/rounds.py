"""One watch round: poll every feed, fetch the new article pages, extract and ingest them.

A round has three steps.  (1) Each feed is fetched with a conditional GET
(its stored ETag / Last-Modified) and parsed into entries.  (2) Every entry
not seen before, and every earlier failure whose retry time has come, is
fetched, read (charset as for files), extracted with trafilatura (the feed's
title and date fill what the page lacks), run through the pipeline and stored;
the URL's outcome is recorded at once: ``ingested``, ``blocked`` (robots.txt),
``not_article``, ``retry`` (a passing failure, retried later with a doubling
wait) or ``failed`` (for good).  (3) Only then are the feeds' new validators
saved, so a round cut short is simply done again: stored articles and marked
URLs are skipped, and nothing is lost.  Failures are recorded, never raised.
"""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.ingest import Document
from marsad.ingest.encoding import arabic_share, decode
from marsad.ingest.html import extract_page
from marsad.store import open_store
from marsad.watch.feeds import Entry, ListingError, canonical_url, parse_listing
from marsad.watch.fetch import Fetcher, FetchError, FetchOptions

Report = Callable[[str], None]


@dataclass(slots=True)
class WatchOptions:
    """What a round does besides fetching (``fetch`` holds the HTTP manners)."""

    fetch: FetchOptions = field(default_factory=FetchOptions)
    retry_wait: float = 3600.0  # first wait before refetching a page that failed for a passing reason
    max_attempts: int = 4
    min_chars: int = 200  # less article text than this is not an article
    min_arabic: float = 0.3  # share of Arabic letters below which a page is not an Arabic article
    progress: bool = False


@dataclass(slots=True)
class RoundResult:
    feeds: int = 0
    feeds_failed: int = 0
    not_modified: int = 0
    entries: int = 0
    fetched: int = 0
    ingested: int = 0
    new_articles: int = 0
    events: int = 0
    blocked: int = 0
    not_articles: int = 0
    failed: int = 0

    def line(self) -> str:
        return (f"round: {self.feeds} feeds ({self.not_modified} not modified, {self.feeds_failed} failed), "
                f"{self.entries} entries, {self.fetched} pages fetched, {self.ingested} articles ingested "
                f"({self.new_articles} new, {self.events} events), {self.blocked} blocked by robots.txt, "
                f"{self.not_articles} not articles, {self.failed} failed")


_URL = re.compile(r"^https?://[^\s/]+", re.I)


def read_feed_list(path: str | Path, report: Report) -> list[str]:
    """Feed URLs of a list file: one per line, ``#`` comments; a bad line is reported and skipped."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise MarsadError("E601", str(path), reason=getattr(exc, "strerror", None) or str(exc)) from None
    feeds: list[str] = []
    for no, raw in enumerate(lines, 1):
        words = raw.split()
        if not words or words[0].startswith("#"):
            continue
        line = words[0]
        if not _URL.match(line) or (len(words) > 1 and not words[1].startswith("#")):
            report(MarsadError("E602", f"{path}:{no}", value=line[:80]).line())
            continue
        if line not in feeds:
            feeds.append(line)
    if not feeds:
        raise MarsadError("E603", str(path))
    return feeds


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _iso(t: datetime) -> str:
    return t.isoformat().replace("+00:00", "Z")


def run_round(db: str, feeds: list[str], opts: WatchOptions | None = None,
              report: Report | None = None) -> RoundResult:
    """One round over ``feeds`` into the store ``db``; returns its counts."""
    opts = opts or WatchOptions()
    report = report or (lambda line: print(line, file=sys.stderr))
    with open_store(db) as store:
        return asyncio.run(_Round(store, opts, report).run(feeds))


@dataclass(slots=True)
class _Task:
    url: str
    feed: str
    title: str | None
    published: str | None
    outlet: str | None
    attempts: int = 0
    key: str = ""  # the canonical URL, the key of its row in the store

    def __post_init__(self) -> None:
        self.key = self.key or canonical_url(self.url)


class _Round:
    def __init__(self, store: Any, opts: WatchOptions, report: Report) -> None:
        self.store, self.opts, self.report = store, opts, report
        self.result = RoundResult()
        self.validators: dict[str, dict[str, Any]] = {}
        self.articles: dict[str, int] = {}
        self.cpu: Any = None  # the pipeline's thread, set for the length of a round

    async def run(self, feeds: list[str]) -> RoundResult:
        from concurrent.futures import ThreadPoolExecutor

        from marsad.jobs import _pipeline

        now = _iso(_now())
        # The pipeline runs beside the event loop, never in it: a blocked loop cannot time out a slow request.
        with ThreadPoolExecutor(1, thread_name_prefix="marsad-pipeline") as cpu:
            self.cpu = cpu
            loading = asyncio.get_running_loop().run_in_executor(cpu, _pipeline)
            async with Fetcher(self.opts.fetch) as fetcher:
                await self._fetch_round(fetcher, feeds, now)
            await loading
        self._save_feeds()
        return self.result

    async def _fetch_round(self, fetcher: Fetcher, feeds: list[str], now: str) -> None:
        listed = await asyncio.gather(*(self._poll(fetcher, f, now) for f in feeds))
        tasks: dict[str, _Task] = {}
        for feed, (outlet, entries) in zip(feeds, listed, strict=True):
            for e in entries:
                task = _Task(e.url, feed, e.title, e.published, outlet)
                tasks.setdefault(task.key, task)
        self.result.entries = len(tasks)
        states = self.store.url_states(tasks)
        todo = [t for url, t in tasks.items() if self._due(states.get(url), now)]
        for t in todo:
            t.attempts = (states.get(t.key) or {}).get("attempts", 0)
        for row in self.store.due_urls(now):  # failures due again that the feeds no longer list
            if row["url"] not in tasks:
                todo.append(_Task(row["url"], row["feed_url"], row["title"], row["published"], None,
                                  row["attempts"], row["url"]))
        await self._fetch_all(fetcher, todo)

    def _save_feeds(self) -> None:
        for feed, values in self.validators.items():  # step 3: only now may the feed answer "not modified"
            self.store.update_feed(feed, values, add_articles=self.articles.get(feed, 0))
        for feed, n in self.articles.items():
            if feed not in self.validators:
                self.store.update_feed(feed, {}, add_articles=n)

    def _due(self, state: dict[str, Any] | None, now: str) -> bool:
        if state is None:
            return True
        if state["status"] == "blocked":
            return True  # robots.txt is read again each round; asking it costs the site nothing more
        return state["status"] == "retry" and (state["next_try"] or "") <= now

    # --- step 1: feeds --------------------------------------------------------------------------
    async def _poll(self, fetcher: Fetcher, feed: str, now: str) -> tuple[str | None, list[Entry]]:
        self.result.feeds += 1
        state = self.store.feed(feed) or {}
        ok, why = await fetcher.allowed(feed)
        if not ok:
            return self._feed_failed(feed, now, why or "forbidden")
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        try:
            resp = await fetcher.get(feed, headers)
        except FetchError as exc:
            return self._feed_failed(feed, now, exc.reason)
        if resp.status == 304:
            self.result.not_modified += 1
            self.store.update_feed(feed, {"last_fetch": now, "last_success": now, "last_status": "304"})
            self.report(f"feed {feed}: not modified")
            return state.get("title"), []
        if resp.status != 200:
            return self._feed_failed(feed, now, f"HTTP {resp.status}", str(resp.status))
        try:
            listing = parse_listing(resp.body, resp.url, resp.headers.get("content-type", ""))
        except ListingError as exc:
            return self._feed_failed(feed, now, exc.reason, "200")
        self.store.update_feed(feed, {"kind": listing.kind, "title": listing.title, "last_fetch": now,
                                      "last_success": now, "last_status": "200"})
        self.validators[feed] = {"etag": resp.headers.get("etag"), "last_modified": resp.headers.get("last-modified")}
        self.report(f"feed {feed}: {listing.kind}, {len(listing.entries)} entries")
        return listing.title, listing.entries

    def _feed_failed(self, feed: str, now: str, reason: str, status: str = "error") -> tuple[None, list[Entry]]:
        self.result.feeds_failed += 1
        self.store.update_feed(feed, {"last_fetch": now, "last_status": status, "last_error": reason,
                                      "last_error_at": now}, add_errors=1)
        self.report(MarsadError("E610", feed, reason=reason).line())
        return None, []

    # --- step 2: articles -----------------------------------------------------------------------
    async def _fetch_all(self, fetcher: Fetcher, todo: list[_Task]) -> None:
        bar = None
        if self.opts.progress and todo:
            from tqdm import tqdm

            bar = tqdm(total=len(todo), unit="page", file=sys.stderr, mininterval=0.5)

        async def one(t: _Task) -> None:
            await self._article(fetcher, t)
            if bar is not None:
                bar.update(1)

        try:
            await asyncio.gather(*(one(t) for t in todo))
        finally:
            if bar is not None:
                bar.close()

    async def _article(self, fetcher: Fetcher, t: _Task) -> None:
        url = t.key
        ok, why = await fetcher.allowed(t.url)
        if not ok:
            self.result.blocked += 1
            self._mark(t, "blocked", reason=why)
            return
        try:
            resp = await fetcher.get(t.url)
        except FetchError as exc:
            return self._failed(t, exc.reason, passing=True)
        self.result.fetched += 1
        if resp.status != 200:
            passing = resp.status in (408, 429) or resp.status >= 500
            return self._failed(t, f"HTTP {resp.status}", passing=passing)
        ctype = resp.headers.get("content-type", "").lower()
        if ctype and not any(k in ctype for k in ("html", "xml", "text/plain")):
            return self._not_article(t, f"Content-Type {ctype.split(';')[0]}")
        try:
            text = _decode_http(resp.body, ctype, url)
            page = extract_page(text, url, url=resp.url)
        except MarsadError as exc:
            return self._not_article(t, exc.message.split(": ", 1)[-1])
        if len(page.text) < self.opts.min_chars:
            return self._not_article(t, f"only {len(page.text)} characters of text")
        if arabic_share(page.text) < self.opts.min_arabic:
            return self._not_article(t, "not Arabic text")
        doc = Document(source=url, text=page.text, is_html=True, title=page.title or t.title,
                       published=page.published or t.published, outlet=page.outlet or t.outlet,
                       url=canonical_url(resp.url))
        from marsad.jobs import process

        rec = await asyncio.get_running_loop().run_in_executor(self.cpu, process, doc)
        if isinstance(rec, MarsadError):
            return self._not_article(t, rec.message.split(": ", 1)[-1])
        rec.pop("warnings", None)
        self.result.new_articles += self.store.add_batch([rec])
        self.result.ingested += 1
        self.result.events += len(rec["events"])
        self.articles[t.feed] = self.articles.get(t.feed, 0) + 1
        self._mark(t, "ingested", article_id=rec["article"]["id"])

    def _mark(self, t: _Task, status: str, **kw: Any) -> None:
        self.store.mark_url(t.key, t.feed, status, _iso(_now()), title=t.title,
                            published=t.published, **kw)

    def _not_article(self, t: _Task, reason: str) -> None:
        self.result.not_articles += 1
        self.report(MarsadError("E611", t.url, reason=reason).line())
        self._mark(t, "not_article", reason=reason)

    def _failed(self, t: _Task, reason: str, passing: bool) -> None:
        self.result.failed += 1
        attempts = t.attempts + 1
        if passing and attempts < self.opts.max_attempts:
            wait = self.opts.retry_wait * 2 ** (attempts - 1)
            self.report(MarsadError("E612", t.url, reason=reason).line() + f"; retry in {wait:g} s")
            self._mark(t, "retry", reason=reason, next_try=_iso(_now() + timedelta(seconds=wait)))
        else:
            self.report(MarsadError("E612", t.url, reason=reason).line() + "; giving up")
            self._mark(t, "failed", reason=reason)


_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


def _decode_http(body: bytes, content_type: str, where: str) -> str:
    """The page's text: its declared charset when that reads cleanly, else the file decoder's guess."""
    m = _CHARSET.search(content_type)
    if m:
        try:
            return body.decode(m.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(body, where).text


_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: str) -> float:
    """Seconds in ``15m``, ``90s``, ``1h``, ``1d`` or a bare number of seconds."""
    m = _INTERVAL.match(value)
    if not m or float(m.group(1)) <= 0:
        raise MarsadError("E604", value=value)
    return float(m.group(1)) * _UNIT[m.group(2).lower()]


def watch(db: str, feeds: list[str], every: float, opts: WatchOptions | None = None,
          report: Report | None = None, rounds: int | None = None,
          sleep: Callable[[float], None] | None = None) -> list[RoundResult]:
    """Run a round every ``every`` seconds (start to start) until interrupted or ``rounds`` are done."""
    import time

    report = report or (lambda line: print(line, file=sys.stderr))
    sleep = sleep or time.sleep
    results: list[RoundResult] = []
    while rounds is None or len(results) < rounds:
        started = time.monotonic()
        res = run_round(db, feeds, opts, report)
        report(res.line())
        results.append(res)
        if rounds is not None and len(results) >= rounds:
            break
        sleep(max(0.0, every - (time.monotonic() - started)))
    return results
