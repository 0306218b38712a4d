"""Precision and recall of the cross-source pair decision at each threshold, on a labelled multi-source set.

    python bench/merge_threshold.py [tests/data/multisource.jsonl]

Gold: two events of different articles are the same event when their articles tell the same story and both
are that story's main event (type compatible, date equal).  Pairs that a hard rule already rules out (type,
dates apart, no shared actor) count as "apart".  Prints one line per threshold and the F1-best one.
"""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path

from marsad.crosssource import merge
from marsad.ingest import Document
from marsad.pipeline import Pipeline, to_record


def main(path: str) -> None:
    pipe = Pipeline()
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rec = to_record(pipe.extract_document(Document(source=r["id"], text=r["text"], id=r["id"],
                                                       title=r.get("title")), r["published"]))
        for ev in rec["events"]:
            main_ev = r["main_event"]
            is_main = ev["date"] == main_ev["date"] and (
                ev["type"] == main_ev["type"] or frozenset((ev["type"], main_ev["type"])) in merge.COMPATIBLE)
            items.append((r["story"] if is_main else None, merge.profile(ev, r["id"])))
    pairs = []
    for (sa, a), (sb, b) in combinations(items, 2):
        if a.article_id == b.article_id:
            continue
        s = merge.score(a, b)
        pairs.append((s.value if s else -1.0, sa is not None and sa == sb))
    n_gold = sum(g for _, g in pairs)
    print(f"{len(items)} events, {len(pairs)} cross-article pairs, {n_gold} gold same-event pairs")
    best = (0.0, 0.0)
    for t in [x / 100 for x in range(30, 91, 5)]:
        tp = sum(1 for v, g in pairs if v >= t and g)
        fp = sum(1 for v, g in pairs if v >= t and not g)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / n_gold if n_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        best = max(best, (f, t))
        mark = "  <- marsad's THRESHOLD" if abs(t - merge.THRESHOLD) < 1e-9 else ""
        print(f"threshold {t:.2f}: precision {p:.3f} recall {r:.3f} F1 {f:.3f}{mark}")
    print(f"best F1 {best[0]:.3f} at threshold {best[1]:.2f}")


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "tests/data/multisource.jsonl"
    main(sys.argv[1] if len(sys.argv) > 1 else str(default))
