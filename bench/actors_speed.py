"""Actor linking and NER tagging speed on the 2,000-article bench corpus, one core; KB and model load times.

Usage: python bench/actors_speed.py [CORPUS.jsonl]
(default: ../shared/data/bench-corpus/ant-2000.jsonl). Articles are read and cleaned first (not timed);
the figure is the actor stage alone (gazetteer, KB names, title phrases and roles, short forms, tagger).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl"

t0 = time.perf_counter()
from marsad.actors import find_mentions, load_gazetteer, load_kb  # noqa: E402
from marsad.ner import load_tagger  # noqa: E402

load_gazetteer()
t1 = time.perf_counter()
load_kb()
t2 = time.perf_counter()
load_tagger()
t3 = time.perf_counter()

from marsad.ingest import iter_documents, to_article  # noqa: E402
from marsad.text import Normalized, split_sentences  # noqa: E402

articles = [to_article(d) for d in iter_documents([str(corpus)]) if hasattr(d, "text")]
views = [(a, Normalized(a.text)) for a in articles]
views = [(a, nv, split_sentences(nv.norm)) for a, nv in views]
start = time.perf_counter()
mentions = sum(len(find_mentions(a, nv, sents)) for a, nv, sents in views)
wall = time.perf_counter() - start
print(f"load: gazetteer+imports {t1 - t0:.2f} s, KB {t2 - t1:.2f} s, NER model {t3 - t2:.2f} s")
print(f"actors: {len(articles)} articles in {wall:.1f} s = {len(articles) / wall:.0f} articles/s "
      f"(linking and tagging, one core); {mentions} mentions")
