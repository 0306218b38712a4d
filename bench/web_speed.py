"""Response times of every page and API call over a synthetic store of 100,000 articles.

    python bench/web_speed.py [STORE.db] [N]

Builds the store with bench/merge_scaling.py's generator (N articles, default 100,000; kept at STORE.db when
given, so later runs reuse it), then requests each page through the ASGI app in-process, five times, and
prints the median and the worst in milliseconds. The goal is under 200 ms a page.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent))
from merge_scaling import synthetic  # noqa: E402

from marsad.store import open_store  # noqa: E402
from marsad.web.app import create_app  # noqa: E402


def build(path: Path, n: int) -> None:
    rng = random.Random(11)
    sigs: list[bytes] = []
    stories: list[dict] = []
    with open_store(str(path)) as store:
        for i in range(0, n, 500):
            store.add_batch([synthetic(j, n, rng, sigs, stories) for j in range(i, min(i + 500, n))])


def main(path: Path, n: int) -> None:
    if not path.exists():
        t0 = time.perf_counter()
        build(path, n)
        print(f"built a store of {n} articles in {time.perf_counter() - t0:.0f} s: {path}", flush=True)
    client = TestClient(create_app(str(path)))
    with open_store(str(path), readonly=True) as st:
        stats = st.stats()
        article = st.db.execute("SELECT id FROM articles ORDER BY rowid DESC LIMIT 1").fetchone()[0]
        hub = st.actors(limit=1)[0]["id"]
        person = st.db.execute("SELECT id FROM entities WHERE kind = 'person' LIMIT 1").fetchone()
    print(f"store: {stats}")
    urls = ["/", "/?q=كلمه", "/?q=المقال", "/timeline", "/timeline?type=CONSULT", f"/timeline?actor={hub}",
            "/timeline?since=2022-01-01&until=2022-06-30&page=3", "/network", f"/actors/{hub}", "/agreements",
            f"/articles/{article}", "/api/merged-events?limit=50", "/api/events?limit=100&offset=5000",
            f"/api/relations?actor={hub}", "/api/relations?since=2023-12-01", "/api/relations", "/api/agreements",
            "/api/actors", f"/api/articles/{article}", "/api/search?q=كلمه"]
    if person:
        urls.append(f"/actors/{person[0]}")
    worst = 0.0
    for url in urls:
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            r = client.get(url)
            times.append(1000 * (time.perf_counter() - t0))
            assert r.status_code == 200, (url, r.status_code)
        worst = max(worst, max(times))
        print(f"{statistics.median(times):8.1f} ms median {max(times):8.1f} ms worst  {url}", flush=True)
    print(f"slowest request: {worst:.0f} ms (goal: under 200 ms)")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "web-bench.db"
    main(target, int(sys.argv[2]) if len(sys.argv) > 2 else 100_000)
