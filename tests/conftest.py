"""Shared fixtures: the example articles, a broken-inputs batch made on the fly, the CLI runner,
a real HTTP site on 127.0.0.1, and a guard that keeps every test on loopback."""

from __future__ import annotations

import ipaddress
import json
import os
import random
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The three example articles shipped in the package."""
    with resources.as_file(resources.files("marsad").joinpath("data/examples")) as p:
        return Path(p)


@pytest.fixture(scope="session")
def example_text(examples_dir: Path) -> str:
    return (examples_dir / "001_7575cfb3aa66c36a.txt").read_text(encoding="utf-8")


@pytest.fixture()
def cli():
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture()
def broken_batch(tmp_path: Path, example_text: str) -> Path:
    """A good article, the same in Windows-1256 and UTF-16, and six kinds of bad or odd input."""
    d = tmp_path / "batch"
    d.mkdir()
    plain = example_text.replace("“", '"').replace("”", '"')  # Windows-1256 has no curly quotes
    (d / "good.txt").write_text(plain, encoding="utf-8")
    (d / "cp1256.txt").write_bytes(plain.encode("cp1256"))
    (d / "utf16.txt").write_bytes(plain.encode("utf-16"))
    data = example_text.encode("utf-8")
    cut = next(i for i in range(len(data) // 2, len(data)) if data[i] >= 0xC0)  # inside a 2-byte character
    (d / "truncated.txt").write_bytes(data[: cut + 1])
    (d / "empty.txt").write_bytes(b"")
    rng = random.Random(7)
    (d / "random.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    paras = "".join(f"<p>{p}</p>" for p in example_text.splitlines() if p.strip())
    filler = "<div class='c'><p>" + "نص إضافي طويل في الصفحة " * 40 + "</p></div>"
    big = f"<html><head><title>صفحة كبيرة</title></head><body><article>{paras}{filler * 3000}</article></body></html>"
    (d / "big.html").write_text(big, encoding="utf-8")
    assert (d / "big.html").stat().st_size > 5_000_000
    deep = "<html><body>" + "<div>" * 2000 + paras + "</div>" * 2000 + "</body></html>"
    (d / "deep.html").write_text(deep, encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": example_text, "published": "2020-08-06"}, ensure_ascii=False),
             '{"id": "j2", "text": "broken', ""]
    (d / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def shared_examples() -> Path:
    p = SHARED / "examples"
    if not p.is_dir():
        pytest.skip("../shared/examples is not beside the project")
    return p


def copy_examples(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.glob("*.txt"):
        shutil.copy(f, dst / f.name)
    return dst


@pytest.fixture(scope="session")
def record():
    """Run the whole pipeline on a text and return its output record."""
    from marsad.ingest import Document
    from marsad.pipeline import Pipeline, to_record

    pipe = Pipeline()

    def run(text: str, published: str | None = None, source: str = "a.txt") -> dict:
        return to_record(pipe.extract_document(Document(source=source, text=text), published))

    return run


def people(rec: dict) -> dict[str, dict]:
    """Persons of a record by Latin name."""
    return {e["name"]: e for e in rec["entities"] if e["kind"] == "person"}


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    """No test may open a network connection to anything but this machine."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def check(sock: socket.socket, address) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not ipaddress.ip_address(address[0]).is_loopback:
            raise ConnectionRefusedError(f"test guard: connection to {address[0]} refused (loopback only)")

    def connect(self, address):
        check(self, address)
        return real_connect(self, address)

    def connect_ex(self, address):
        check(self, address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    location: str | None = None  # a redirect's target


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    start: float
    end: float = 0.0
    status: int = 0


@dataclass
class Site:
    """A real HTTP server on 127.0.0.1 serving ``routes``; every request is logged with its times."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    active: int = 0
    max_active: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        return [h.path for h in self.hits]


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            with site.lock:
                site.hits.append(hit)
                site.active += 1
                site.max_active = max(site.max_active, site.active)
            try:
                self._answer(hit)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)
            finally:
                hit.end = time.monotonic()
                with site.lock:
                    site.active -= 1

        def _answer(self, hit: Hit) -> None:
            route = site.routes.get(self.path.split("?")[0])
            if route is None:
                hit.status = 404
                self.send_error(404)
                return
            if route.delay:
                time.sleep(route.delay)
            fresh = (route.etag and hit.headers.get("if-none-match") == route.etag) or \
                (route.last_modified and hit.headers.get("if-modified-since") == route.last_modified)
            hit.status = 304 if fresh else route.status
            self.send_response(hit.status)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            if route.location:
                self.send_header("Location", route.location)
            body = b"" if fresh else route.body
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture()
def site():
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    server.daemon_threads = True
    s.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


# --- PostgreSQL: a throwaway server on loopback ------------------------------------------------------------
PG_SCRIPT = ROOT / "scripts/pg_throwaway.sh"


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server URL: $MARSAD_TEST_PG (.ci/run starts one), or a throwaway cluster started here."""
    url = os.environ.get("MARSAD_TEST_PG")
    if url:
        yield url
        return
    import subprocess
    import tempfile

    parent = Path(tempfile.mkdtemp(prefix="marsad-pg-"))
    parent.chmod(0o755)  # the server may run as the postgres user
    d = parent / "cluster"
    proc = subprocess.run(["bash", str(PG_SCRIPT), "start", str(d)], capture_output=True, text=True)
    if proc.returncode:
        reason = (proc.stderr.strip().splitlines() or ["unknown"])[-1]
        pytest.skip(f"no PostgreSQL server could be started locally ({reason})")
    try:
        yield proc.stdout.strip()
    finally:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", str(d)], capture_output=True)


@pytest.fixture()
def pg_url(pg_server: str):
    """A fresh, empty database on the test server; dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    name = f"t_{os.getpid()}_{random.randrange(1 << 30)}"
    with psycopg.connect(pg_server, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_server, autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
