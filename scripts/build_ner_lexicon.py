"""Build the NER tagger's word lists from WikiFANE Gold (Arabic Wikipedia, CC BY-SA 3.0).

Usage: python scripts/build_ner_lexicon.py [SHARED_DATA_DIR]

WikiFANE's 51 fine entity types are folded into the tagger's four classes
(person, location, organisation, other).  A word goes into the list for a
class when it occurs at least twice inside entities of that class and is
inside some entity in at least half of all its occurrences, which keeps
function words out.  For people the first word of a name is kept apart
(``PERS_FIRST``): given names are the strongest cue for a name that follows a
title.  Writes src/marsad/data/ner/wordlists.tsv (word, class, share).

It also counts words in unlabelled news (the ANT bench corpus, 2018) and in
WikiFANE's text: how often each word occurs, and how often it occurs with
the article ال.  A frequent word that never takes the article is likely a
name; that is the nearest thing Arabic has to a capital letter.  Writes
src/marsad/data/ner/wordstats.tsv (word, count, count with ال), words seen at
least three times.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.normalize import normalize  # noqa: E402

OUT = ROOT / "src/marsad/data/ner/wordlists.tsv"
STATS = ROOT / "src/marsad/data/ner/wordstats.tsv"
PHRASES = ROOT / "src/marsad/data/ner/phrases.tsv"
_WORD = re.compile(r"[^\W\d_]+")
COARSE = {
    "PERS": {"Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete", "Businessperson",
             "Engineer", "Lawyer"},
    "LOC": {"Population-Center", "Nation", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent",
            "Water-Body", "Land-Region-Natural", "Celestial", "Land", "Water"},
    "ORG": {"Government", "Non-Governmental", "Commercial", "Educational", "Media", "Religious_ORG", "Sports",
            "Medical-Science", "Entertainment"},
}
CLITICS = {"و", "ب", "ل", "ف", "ك", "ال", "ها", "ه", "هم", "هما", "ي", "نا", "س"}


def read_spans(path: Path):
    """Yield (tokens, fine_type) for each entity, and the total count of every word."""
    words: Counter[str] = Counter()
    spans: list[tuple[list[str], str]] = []
    cur: list[str] = []
    cur_type = None
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 2 or not parts[0].strip():
                if cur:
                    spans.append((cur, cur_type))
                cur, cur_type = [], None
                continue
            tok, tag = normalize(parts[0].replace("\u200e", "").strip()), parts[1].strip()
            words[tok] += 1
            if tag.startswith("B-") or (tag.startswith("I-") and not cur):
                if cur:
                    spans.append((cur, cur_type))
                cur, cur_type = [tok], tag[2:]
            elif tag.startswith("I-"):
                cur.append(tok)
            else:
                if cur:
                    spans.append((cur, cur_type))
                cur, cur_type = [], None
    if cur:
        spans.append((cur, cur_type))
    return spans, words


def main(shared: Path) -> None:
    spans, words = read_spans(shared / "wikifane/WikiFANE_Gold_2014_500K.txt")
    fine_to = {f: c for c, fs in COARSE.items() for f in fs}
    inside: Counter[str] = Counter()
    by_class: dict[str, Counter[str]] = {c: Counter() for c in (*COARSE, "PERS_FIRST")}
    for toks, fine in spans:
        coarse = fine_to.get(fine)
        for i, t in enumerate(toks):
            inside[t] += 1
            if coarse is None or t in CLITICS or len(t) < 2 or not t.isalpha():
                continue
            by_class[coarse][t] += 1
            if coarse == "PERS" and i == 0 and len(toks) > 1:
                by_class["PERS_FIRST"][t] += 1
    rows = []
    for cls, counts in by_class.items():
        for w, n in counts.items():
            if n >= 2 and inside[w] >= 0.5 * words[w]:
                rows.append((w, cls, round(n / words[w], 2)))
    rows.sort()
    write_phrases(spans, fine_to)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Built by scripts/build_ner_lexicon.py from WikiFANE Gold 2014 (CC BY-SA 3.0). word\tclass\tshare\n")
        for w, cls, share in rows:
            fh.write(f"{w}\t{cls}\t{share}\n")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


def write_phrases(spans, fine_to: dict[str, str]) -> None:
    """Whole entity names of WikiFANE, clitics joined back as news text writes them, with their class."""
    counts: dict[tuple[str, ...], Counter[str]] = {}
    for toks, fine in spans:
        coarse = fine_to.get(fine)
        words = [t for t in toks if t not in CLITICS]
        if coarse and words and len(words) <= 5 and all(len(w) > 1 for w in words):
            counts.setdefault(tuple(words), Counter())[coarse] += 1
    rows = sorted((" ".join(k), c.most_common(1)[0][0]) for k, c in counts.items()
                  if len(k) > 1 or len(k[0]) > 3)
    with PHRASES.open("w", encoding="utf-8") as fh:
        fh.write("# Built by scripts/build_ner_lexicon.py: entity names of WikiFANE Gold 2014 (CC BY-SA 3.0). "
                 "name\tclass\n")
        for name, cls in rows:
            fh.write(f"{name}\t{cls}\n")
    print(f"{len(rows)} phrases -> {PHRASES.relative_to(ROOT)}")


def word_stats(shared: Path) -> None:
    counts: Counter[str] = Counter()
    with (shared / "bench-corpus/ant-2000.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            counts.update(_WORD.findall(normalize(f"{rec.get('title') or ''} {rec.get('text') or ''}")))
    with (shared / "wikifane/WikiFANE_Gold_2014_500K.txt").open(encoding="utf-8-sig") as fh:
        counts.update(_WORD.findall(normalize(" ".join(line.split("\t")[0] for line in fh))))
    bare: Counter[str] = Counter()
    defs: Counter[str] = Counter()
    for w, n in counts.items():
        for pre in ("وال", "بال", "فال", "كال", "ال"):
            if w.startswith(pre) and len(w) - len(pre) >= 2:
                defs[w[len(pre):]] += n
                break
        else:
            bare[w] += n
    rows = sorted((w, n, defs.get(w, 0)) for w, n in bare.items() if n >= 3)
    with STATS.open("w", encoding="utf-8") as fh:
        fh.write("# Built by scripts/build_ner_lexicon.py from word counts of the ANT corpus sample and WikiFANE. "
                 "word\tcount\tcount_with_article\n")
        for w, n, d in rows:
            fh.write(f"{w}\t{n}\t{d}\n")
    print(f"{len(rows)} rows -> {STATS.relative_to(ROOT)}")


if __name__ == "__main__":
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data"
    main(data)
    word_stats(data)
