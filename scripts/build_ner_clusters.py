"""Build word clusters for the NER tagger from unlabelled Arabic text (distributional, numpy at build time only).

Usage: python scripts/build_ner_clusters.py [SHARED_DATA_DIR]

Words that occur in the same contexts get the same cluster, so a name the
training data never saw still looks like the names it did see.  Each word
(seen at least 5 times in the ANT news sample, WikiFANE and ANERcorp's
train text, all read as plain text without labels) is described by its left
and right neighbours, folded by random projection into 2 x 256 dimensions;
k-means then groups the vectors at two granularities (64 and 512 clusters).
Writes src/marsad/data/ner/clusters.tsv (word, coarse, fine).  Seeded, so a
rebuild gives the same file.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.normalize import normalize  # noqa: E402

OUT = ROOT / "src/marsad/data/ner/clusters.tsv"
_TOKEN = re.compile(r"[^\W\d_]+|\d+")
DIM = 256
MIN_COUNT = 5


def sentences(shared: Path):
    with (shared / "bench-corpus/ant-2000.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            for para in f"{rec.get('title') or ''}\n{rec.get('text') or ''}".split("\n"):
                yield _TOKEN.findall(normalize(para))
    for path, enc in ((shared / "wikifane/WikiFANE_Gold_2014_500K.txt", "utf-8-sig"),
                      (shared / "anercorp/train.txt", "utf-8")):
        cur: list[str] = []
        with path.open(encoding=enc) as fh:
            for line in fh:
                tok = line.split()[0].replace("\u200e", "") if line.split() else ""
                if not tok:
                    if cur:
                        yield cur
                    cur = []
                else:
                    cur.append(normalize(tok))
        if cur:
            yield cur


def kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 25) -> np.ndarray:
    centres = x[rng.choice(len(x), k, replace=False)]
    for _ in range(iters):
        labels = np.argmax(x @ centres.T, axis=1)  # vectors are unit length: nearest = largest dot product
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.sum(axis=0)
                centres[c] = v / (np.linalg.norm(v) or 1.0)
    return np.argmax(x @ centres.T, axis=1)


def main(shared: Path) -> None:
    sents = list(sentences(shared))
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, n in counts.most_common() if n >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    rng = np.random.default_rng(20261123)
    proj = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), size=(len(vocab) + 1, DIM))  # last row: edge
    edge = len(vocab)
    vecs = np.zeros((len(vocab), 2 * DIM), dtype=np.float32)
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            left = ids[i - 1] if i > 0 else edge
            right = ids[i + 1] if i + 1 < len(ids) else edge
            if left >= 0:
                vecs[wid, :DIM] += proj[left]
            if right >= 0:
                vecs[wid, DIM:] += proj[right]
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    coarse = kmeans(vecs, 64, rng)
    fine = kmeans(vecs, 512, rng)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Built by scripts/build_ner_clusters.py (ANT sample, WikiFANE and ANERcorp train text, "
                 "no labels). word\tcoarse\tfine\n")
        for w, c, f in zip(vocab, coarse, fine, strict=True):
            fh.write(f"{w}\t{c}\t{f}\n")
    print(f"{len(vocab)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data")
