"""Articles per second for `marsad extract` on the 2,000-article bench corpus, one process.

Usage: python bench/extract_speed.py [CORPUS.jsonl]
(default: ../shared/data/bench-corpus/ant-2000.jsonl). Prints the rate with start-up included, the start-up
alone (the same command on the corpus's first article: imports, data files, matchers, warm-up), and the
pipeline's rate once started (the difference of the two runs). Writes output to a temp file.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl"
lines = [line for line in corpus.open(encoding="utf-8") if line.strip()]
n = len(lines)


def run(path: Path, out: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "marsad.cli", "extract", str(path), "-o", str(out)], check=True,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


with tempfile.TemporaryDirectory() as tmp:
    first = Path(tmp) / "first.jsonl"
    first.write_text(lines[0], encoding="utf-8")
    start = run(first, Path(tmp) / "first.out.jsonl")
    out = Path(tmp) / "out.jsonl"
    wall = run(corpus, out)
    events = sum(line.count('"type": ') for line in out.open(encoding="utf-8"))
print(f"extract: {n} articles in {wall:.1f} s = {n / wall:.0f} articles/s (one process, start-up included); "
      f"{events} events")
print(f"start-up {start:.1f} s; once started {(n - 1) / max(wall - start, 1e-9):.0f} articles/s")
