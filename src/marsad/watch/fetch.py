"""Polite HTTP fetching: timeouts, retries with backoff, per-host pacing and caps, robots.txt, size limits.

One :class:`Fetcher` per round wraps an ``httpx.AsyncClient``.  Every request
to a host waits for that host's slot: at most ``per_host`` requests in flight
and request starts at least ``delay`` seconds apart (or the robots.txt
Crawl-delay, when larger).  Transport errors, 429 and 5xx answers are retried
with exponential backoff (Retry-After honoured, capped).  Bodies are streamed
and cut off at ``max_bytes``.  robots.txt is read once per host per round, as
RFC 9309 says: a 4xx means everything is allowed, a 5xx or no answer means
nothing is.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from importlib.metadata import version as _version
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

USER_AGENT = f"marsad/{_version('marsad')} (Arabic news observatory; +https://github.com/marsad-project/marsad)"
ROBOTS_AGENT = "marsad"
RETRY_STATUS = {429, 500, 502, 503, 504}
MAX_CRAWL_DELAY = 60.0


@dataclass(slots=True)
class FetchOptions:
    """How politely and how patiently to fetch."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0
    max_backoff: float = 60.0
    delay: float = 1.0
    per_host: int = 2
    max_connections: int = 8
    max_bytes: int = 5_000_000
    max_redirects: int = 5


@dataclass(slots=True)
class Response:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes


class FetchError(Exception):
    """A request that failed for good (after retries); ``reason`` is a short phrase for the record."""

    def __init__(self, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


@dataclass(slots=True)
class _Host:
    slots: asyncio.Semaphore
    delay: float
    next_start: float = 0.0
    robots: RobotFileParser | None = None
    robots_error: str | None = None
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    pace_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    robots_read: bool = False


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


class Fetcher:
    """Use as ``async with Fetcher(opts) as f: await f.get(url)``."""

    def __init__(self, opts: FetchOptions | None = None) -> None:
        self.opts = opts or FetchOptions()
        self._hosts: dict[str, _Host] = {}
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        o = self.opts
        self._client = httpx.AsyncClient(
            headers={"User-Agent": o.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(o.timeout), follow_redirects=True, max_redirects=o.max_redirects,
            limits=httpx.Limits(max_connections=o.max_connections, max_keepalive_connections=o.max_connections),
            trust_env=False)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _host(self, url: str) -> _Host:
        key = host_key(url)
        if key not in self._hosts:
            self._hosts[key] = _Host(asyncio.Semaphore(self.opts.per_host), self.opts.delay)
        return self._hosts[key]

    # --- robots.txt ---------------------------------------------------------------------------
    async def allowed(self, url: str) -> tuple[bool, str | None]:
        """Whether robots.txt lets us fetch ``url``, and why not when it does not."""
        host = self._host(url)
        async with host.robots_lock:
            if not host.robots_read:
                await self._read_robots(url, host)
        if host.robots_error:
            return False, host.robots_error
        if host.robots is not None and not host.robots.can_fetch(ROBOTS_AGENT, url):
            return False, "forbidden by robots.txt"
        return True, None

    async def _read_robots(self, url: str, host: _Host) -> None:
        host.robots_read = True
        robots_url = host_key(url) + "/robots.txt"
        try:
            resp = await self._get(robots_url, {}, host, retries=1)
        except FetchError as exc:
            host.robots_error = f"robots.txt unreachable ({exc.reason}); not crawling this host"
            return
        if resp.status >= 500:
            host.robots_error = f"robots.txt answered HTTP {resp.status}; not crawling this host"
            return
        if resp.status >= 400:
            return  # no robots.txt: everything allowed
        parser = RobotFileParser()
        parser.parse(resp.body.decode("utf-8", "replace").splitlines())
        host.robots = parser
        delay = parser.crawl_delay(ROBOTS_AGENT)
        if delay:
            host.delay = max(host.delay, min(float(delay), MAX_CRAWL_DELAY))

    # --- requests -----------------------------------------------------------------------------
    async def get(self, url: str, headers: dict[str, str] | None = None) -> Response:
        """GET ``url`` politely (robots.txt must already allow it); raises FetchError on failure."""
        return await self._get(url, headers or {}, self._host(url), self.opts.retries)

    async def _get(self, url: str, headers: dict[str, str], host: _Host, retries: int) -> Response:
        attempt = 0
        while True:
            wait = self.opts.backoff * 2 ** attempt
            try:
                resp = await self._once(url, headers, host)
                if resp.status not in RETRY_STATUS:
                    return resp
                failure = FetchError(f"HTTP {resp.status}", resp.status)
                wait = max(wait, _retry_after(resp.headers.get("retry-after")))
            except FetchError as exc:
                failure = exc
            if attempt >= retries:
                if failure.status is not None:
                    return resp
                raise failure
            attempt += 1
            await asyncio.sleep(min(wait, self.opts.max_backoff))

    async def _once(self, url: str, headers: dict[str, str], host: _Host) -> Response:
        assert self._client is not None, "use Fetcher as an async context manager"
        async with host.slots:
            async with host.pace_lock:  # one request at a time waits for its turn; the gap counts from its real start
                wait = host.next_start - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                host.next_start = time.monotonic() + host.delay
            try:
                async with self._client.stream("GET", url, headers=headers) as resp:
                    declared = resp.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > self.opts.max_bytes:
                        raise FetchError(f"response too large ({declared} bytes; limit {self.opts.max_bytes})")
                    chunks, size = [], 0
                    async for chunk in resp.aiter_bytes():
                        size += len(chunk)
                        if size > self.opts.max_bytes:
                            raise FetchError(f"response too large (over {self.opts.max_bytes} bytes)")
                        chunks.append(chunk)
                    return Response(str(resp.url), resp.status_code, {k.lower(): v for k, v in resp.headers.items()},
                                    b"".join(chunks))
            except httpx.TooManyRedirects:
                raise FetchError(f"more than {self.opts.max_redirects} redirects") from None
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {self.opts.timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"{type(exc).__name__}: {exc}".rstrip(": ")) from None


def _retry_after(value: str | None) -> float:
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0
