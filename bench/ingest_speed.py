"""Articles per second for `marsad ingest` (extract + store + near-duplicates + event merging), one core.

Usage: python bench/ingest_speed.py [CORPUS.jsonl]
(default: ../shared/data/bench-corpus/ant-2000.jsonl). Ingests into a fresh SQLite file in-process, timing
the pipeline and the store separately, and prints articles/s overall and the store's (merging's) share.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from marsad import jobs
from marsad.ingest import Document, iter_documents
from marsad.store import open_store

ROOT = Path(__file__).resolve().parents[1]
corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl"
t0 = time.perf_counter()
jobs._pipeline()  # load models once, as every run does
load = time.perf_counter() - t0
docs = [d for d in iter_documents([corpus]) if isinstance(d, Document)]
t_pipe = t_store = 0.0
with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "bench.db")) as store:
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
print(f"ingest: {n} articles in {total:.1f} s = {n / total:.0f} articles/s on one core (model load {load:.1f} s "
      f"not included); pipeline {1000 * t_pipe / n:.2f} ms/article, store with merging "
      f"{1000 * t_store / n:.2f} ms/article")
print(f"store: {stats['events']} events -> {stats['merged_events']} merged, {stats['corroborated_events']} "
      f"corroborated by 2+ articles, {stats['duplicate_articles']} near-duplicate articles")
