"""Cost per article of storing with near-duplicate detection and event merging, as a store grows to 100,000.

    python bench/merge_scaling.py [N] [--store sqlite|postgresql]      (default N = 100000, sqlite)

Builds a synthetic SQLite store: N articles over three years (about 90 a day at N = 100,000), two or three
events each; 30% of events re-report a story of the last two days (same type and date, participants and
wording varied), the rest are new stories with people from a pool of 5,000 and states drawn with a skew (a
few states in most events, as Libya and Turkey are in a Libya corpus); 1% of articles are near-copies.
Prints the store's milliseconds per article (insert + dedupe + merge + commit) for the 1,000 articles stored
after each checkpoint, and the part spent finding duplicates and merging.
It stays flat because every lookup is a primary-key probe: (band, key) for MinHash bands, and
(entity_id, lo) for merge keys, read over a window of days around the event, never over the whole archive.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from marsad.store import open_store

TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "ASSAULT", "REQUEST")
STATES = [f"state:{c}" for c in ("LBY", "TUR", "QAT", "EGY", "ARE", "RUS", "FRA", "ITA", "USA", "DZA", "TUN", "SDN",
                                  "MLT", "DEU", "GBR", "SAU", "GRC", "JOR", "MAR", "NER")]
START = date(2021, 1, 1)
WORDS = sorted({"".join(random.Random(i).choices("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", k=5)) for i in range(3000)})


def _state(rng: random.Random) -> str:
    return STATES[min(int(rng.paretovariate(1.2)) - 1, len(STATES) - 1)]


def _story(rng: random.Random, day: date) -> dict:
    people = [f"p{rng.randrange(5000)}" for _ in range(rng.choice((0, 1, 2, 2, 2)))]
    return {"type": rng.choice(TYPES), "date": day, "people": people, "states": [_state(rng) for _ in range(2)],
            "words": rng.sample(WORDS, 16), "place": rng.choice((None, "Tripoli", "Ankara", "Doha", "Cairo"))}


def synthetic(i: int, n: int, rng: random.Random, sigs: list[bytes], stories: list[dict]) -> dict:
    """One article: a new story, or (30%) another outlet's report of a recent one, told with variations."""
    aid = f"syn{i:07d}"
    day = START + timedelta(days=int(i / n * 3 * 365))
    if sigs and rng.random() < 0.01:
        base = bytearray(rng.choice(sigs))
        for k in rng.sample(range(64), 6):
            base[k * 8:(k + 1) * 8] = os.urandom(8)
        sig = bytes(base)
    else:
        sig = os.urandom(512)
    sigs.append(sig)
    del sigs[:-5000]
    events = []
    for k in range(rng.choice((2, 2, 3))):
        recent = [s for s in stories[-400:] if (day - s["date"]).days <= 2]
        story = rng.choice(recent) if recent and rng.random() < 0.3 else _story(rng, day)
        if not recent or story is not stories[-1] and all(story is not s for s in recent):
            stories.append(story)
        people = [{"id": f"person:{p}", "kind": "person", "name": "P", "name_ar": "ش", "country": st[6:]}
                  for p, st in zip(story["people"], story["states"], strict=False) if rng.random() < 0.9]
        states = [{"id": st, "kind": "state", "name": "S", "name_ar": "د", "country": st[6:]}
                  for st in story["states"][:2 - len(people) if people else 2]]
        parts = people + states
        words = story["words"][:8] + rng.sample(WORDS, 6)
        events.append({"id": f"{aid}-{k + 1}", "type": story["type"], "mode": None, "contexts": [],
                       "cameo": None, "actors": parts[:1], "recipients": parts[1:],
                       "location": {"name": story["place"]} if story["place"] and rng.random() < 0.8 else None,
                       "date": story["date"].isoformat(), "date_text": None, "status": "occurred",
                       "evidence": {"text": " ".join(words), "start": 0, "end": 10},
                       "confidence": 0.8, "summary_en": "", "summary_ar": ""})
    return {"article": {"id": aid, "source": aid, "text": f"نص المقال {i}", "published": day.isoformat()},
            "entities": [], "mentions": [], "events": events, "signature": sig}


class _Clock:
    """Time spent in the store's near-duplicate and merge steps (wrapped around its methods)."""

    def __init__(self, store) -> None:
        self.seconds = 0.0
        for name in ("_dedupe", "_merge"):
            setattr(store, name, self._timed(getattr(store, name)))

    def _timed(self, fn):
        def run(*args):
            t = time.perf_counter()
            try:
                return fn(*args)
            finally:
                self.seconds += time.perf_counter() - t
        return run


def main(n: int, db: str) -> None:
    rng = random.Random(11)
    sigs: list[bytes] = []
    stories: list[dict] = []
    checkpoints = sorted({c for c in (1_000, 10_000, 25_000, 50_000, 75_000, 100_000, n) if c <= n})
    with open_store(db) as store:
        clock = _Clock(store)
        i = 0
        for cp in checkpoints:
            while i < cp - 1000:  # fill up to the checkpoint, untimed
                store.add_batch([synthetic(j, n, rng, sigs, stories) for j in range(i, min(i + 500, cp - 1000))])
                i = min(i + 500, cp - 1000)
            batch = [synthetic(j, n, rng, sigs, stories) for j in range(i, cp)]
            clock.seconds = 0.0
            t0 = time.perf_counter()
            for k in range(0, len(batch), 100):
                store.add_batch(batch[k:k + 100])
            ms = 1000 * (time.perf_counter() - t0) / len(batch)
            i = cp
            stats = store.stats(detail=True)
            merge_ms = 1000 * clock.seconds / len(batch)
            print(f"{cp:>7} articles in store: {ms:.2f} ms/article for the last 1,000, of which near-duplicates and "
                  f"merging {merge_ms:.2f} ms ({stats['events']} events, {stats['merged_events']} merged, "
                  f"{stats['duplicate_articles']} duplicates)", flush=True)


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=100_000)
    ap.add_argument("--store", choices=("sqlite", "postgresql"), default="sqlite")
    args = ap.parse_args()
    if args.store == "postgresql":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from _pg import pg_database

        with pg_database() as url:
            main(args.n, url)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(args.n, str(Path(tmp) / "syn.db"))
