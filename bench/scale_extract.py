"""Extract throughput by runner and worker count, and peak memory per worker, on the 2,000-article corpus.

    python bench/scale_extract.py [CORPUS.jsonl] [--workers 1,2] [--engines local,dask]

For each engine and worker count: start the runner (models loaded in every worker; timed apart), run the
pipeline over the corpus in batches as `marsad extract` does, and print articles/s, the speed-up over one
worker of the same engine, and the peak resident memory of the largest worker process (sampled every 0.1 s
over the whole process tree).  Records are checked to be identical across runs.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import sys
import threading
import time
from pathlib import Path

import psutil

from marsad import jobs
from marsad.ingest import Document, iter_documents
from marsad.runners import make_runner

ROOT = Path(__file__).resolve().parents[1]


class PeakRSS:
    """The largest resident set of any one process in this process's tree, sampled in a thread."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for p in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    self.peak = max(self.peak, p.memory_info().rss)
            time.sleep(0.1)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(docs: list[Document], engine: str, workers: int) -> tuple[float, float, int, str]:
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        runner = make_runner(engine, workers)
        with runner:
            t1 = time.perf_counter()
            digest = hashlib.sha1()
            # as `marsad extract` runs: the workers write each record's JSON line
            for results in runner.map(jobs._batches(docs, jobs.DOC_BATCH), None, False, True):
                for rec in results:
                    digest.update(rec.line.encode() if hasattr(rec, "line") else str(rec).encode())
            t2 = time.perf_counter()
    return t1 - t0, t2 - t1, mem.peak, digest.hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl"))
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--engines", default="local,dask")
    args = ap.parse_args()
    docs = [d for d in iter_documents([args.corpus]) if isinstance(d, Document)]
    n = len(docs)
    print(f"{n} articles, {os.cpu_count()} cores", flush=True)
    digests = set()
    for engine in args.engines.split(","):
        base = None
        for w in map(int, args.workers.split(",")):
            start, wall, peak, digest = run(docs, engine, w)
            digests.add(digest)
            rate = n / wall
            base = base or rate
            print(f"{engine:5} workers={w}: {rate:6.0f} articles/s ({rate / w:.0f} per worker, x{rate / base:.2f} "
                  f"over 1 worker), start-up {start:.1f} s, peak memory of a worker {peak / 2**20:.0f} MB",
                  flush=True)
    print("records identical across runs" if len(digests) == 1 else "RECORDS DIFFER ACROSS RUNS")
    sys.exit(0 if len(digests) == 1 else 1)


if __name__ == "__main__":
    main()
