"""Articles per second for `marsad ingest` (extract + store + near-duplicates + event merging), one core.

Usage: python bench/ingest_speed.py [CORPUS.jsonl] [--store sqlite|postgresql]
(default: ../shared/data/bench-corpus/ant-2000.jsonl, sqlite). Ingests into a fresh SQLite file (or a fresh
PostgreSQL database, see bench/_pg.py) in-process, timing the pipeline and the store separately, and prints
articles/s overall and the store's (merging's) share.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from marsad import jobs
from marsad.ingest import Document, iter_documents
from marsad.store import open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
ap = argparse.ArgumentParser()
ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl"))
ap.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
args = ap.parse_args()
corpus = Path(args.corpus)


@contextmanager
def target():
    if args.store == "postgresql":
        from _pg import pg_database

        with pg_database() as url:
            yield url
    else:
        with tempfile.TemporaryDirectory() as tmp:
            yield str(Path(tmp) / "bench.db")


t0 = time.perf_counter()
jobs._pipeline()  # load models once, as every run does
load = time.perf_counter() - t0
docs = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
t_pipe = t_store = 0.0
with target() as db, open_store(db) as store:
    batch: list[dict] = []
    for doc in docs:
        t = time.perf_counter()
        rec = jobs.process(doc)
        t_pipe += time.perf_counter() - t
        if isinstance(rec, dict):
            rec.pop("warnings", None)
            batch.append(rec)
        if len(batch) >= jobs.BATCH or doc is docs[-1]:
            t = time.perf_counter()
            store.add_batch(batch)
            t_store += time.perf_counter() - t
            batch = []
    stats = store.stats(detail=True)
n = len(docs)
total = t_pipe + t_store
print(f"ingest into {args.store}: {n} articles in {total:.1f} s = {n / total:.0f} articles/s on one core "
      f"(model load {load:.1f} s not included); pipeline {1000 * t_pipe / n:.2f} ms/article, store with merging "
      f"{1000 * t_store / n:.2f} ms/article")
print(f"store: {stats['events']} events -> {stats['merged_events']} merged, {stats['corroborated_events']} "
      f"corroborated by 2+ articles, {stats['duplicate_articles']} near-duplicate articles")
