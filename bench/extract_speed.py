"""Articles per second for `marsad extract` on the 2,000-article bench corpus, one process.

Usage: python bench/extract_speed.py [CORPUS.jsonl]
(default: ../shared/data/bench-corpus/ant-2000.jsonl). Prints the figure; writes output to a temp file.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl"
n = sum(1 for line in corpus.open(encoding="utf-8") if line.strip())
with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp) / "out.jsonl"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "marsad.cli", "extract", str(corpus), "-o", str(out)], check=True,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    events = sum(line.count('"type": ') for line in out.open(encoding="utf-8"))
print(f"extract: {n} articles in {wall:.1f} s = {n / wall:.0f} articles/s (one process, start-up included); "
      f"{events} events")
