"""Build data/sources/triggers_up.tsv: verb + object patterns seeded from UniversalPetrarch's Arabic verbs.

    python scripts/build_triggers_up.py [../shared/data/universalpetrarch-ar/CAMEO.ar.0.5.txt]

UniversalPetrarch (MIT, Open Event Data Alliance) lists 213 verb blocks, each with Arabic verb lemmas and
patterns such as ``- * عقوبة [163]``: the verb, then (anywhere in its clause) the object, gives the CAMEO
code.  The file was machine-made from English and is noisy, so this keeps only what a verb + object window
can use well:

- patterns with nothing before the verb (``- * …``) and one to three object words after it; a synonym set
  (``&WEAPON``) is expanded to its members; prepositions in ``(ل حد)`` groups are dropped (the window is
  loose about them) and single-letter words skipped;
- CAMEO codes that map to a PLOVER type marsad extracts (CAMEO_TO_PLOVER); public statements (01),
  investigations (09) and unmapped codes are dropped;
- verb lemmas of at least three letters, objects of at least three letters, and no object that is itself
  a function word (STOP);
- the bare verb never triggers (UP's bare-verb codes are unreliable): only verb + object does;
- attested: the verb (any generated form) followed within WINDOW words of its sentence by the object
  (its words less proclitics and the article) at least MIN_SEEN times in real Arabic news, the texts of
  ../shared/data (the ANT bench corpus and ANERcorp).  Most of UP's patterns were machine-made from
  English (``لقب مدفع``) and never occur; this keeps the ones Arabic news uses.  Where one pair has
  several codes, the most frequent type wins;
- reviewed: only pairs listed in data/sources/triggers_up_accept.tsv (our review of the attested ones,
  with the type corrected where UP's code was wrong for the pair) are written.  ``--all`` writes every
  attested pair instead, for the next review.

Curated triggers (triggers.tsv) win over these at run time.  Each row: verb, object, CAMEO code, type,
the fewest words between verb and object (from the review), and how often the pair was seen.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from marsad.events.lexicon import verb_forms
from marsad.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT.parent / "shared/data/universalpetrarch-ar/CAMEO.ar.0.5.txt"
OUT = ROOT / "src/marsad/data/sources/triggers_up.tsv"
ACCEPT = ROOT / "src/marsad/data/sources/triggers_up_accept.tsv"
CORPORA = [ROOT.parent / "shared/data/bench-corpus/ant-2000.jsonl", ROOT.parent / "shared/data/anercorp/train.txt"]
WINDOW = 6
MIN_SEEN = 2

# CAMEO root (two digits) or full code -> PLOVER type, after shared/spec/ontology.md
CAMEO_TO_PLOVER = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "057": "AGREE", "06": "COOPERATE",
    "07": "AID", "08": "CONCEDE", "087": "RETREAT", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
    "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
    "19": "ASSAULT", "20": "ASSAULT",
}
STOP = {"على", "إلى", "الى", "من", "في", "عن", "مع", "بين", "حول", "ضد", "لدى", "عند", "هذا", "ذلك", "التي",
        "الذي", "كل", "بعض", "غير", "بعد", "قبل", "حد", "أجل", "اجل", "خلف", "امام", "أمام"}
_ARABIC = re.compile(r"^[\u0621-\u064A+]+$")


def plover(code: str) -> str | None:
    return CAMEO_TO_PLOVER.get(code[:3]) or CAMEO_TO_PLOVER.get(code[:2])


def synsets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current = None
    for line in lines:
        if line.startswith("&"):
            current = line.split()[0]
            sets[current] = []
        elif line.startswith("+") and current:
            word = line[1:].split("#")[0].strip().strip("_").replace("_", " ")
            if word:
                sets[current].append(word)
        elif "VERB PATTERNS" in line:
            break
    return sets


def objects(rest: str, sets: dict[str, list[str]]) -> list[str]:
    """The object phrases a pattern's right-hand side stands for (a synonym set gives one per member)."""
    words = [w for w in re.sub(r"[(){}]", " ", rest).split() if w]
    alternatives = [""]
    for w in words:
        if w.startswith("&"):
            members = sets.get(w, [])
            alternatives = [f"{a} {m}".strip() for a in alternatives for m in members][:200]
        elif len(w) > 1 and w not in STOP and _ARABIC.match(w):
            alternatives = [f"{a} {w}".strip() for a in alternatives]
    return [a for a in alternatives if a and 1 <= len(a.split()) <= 3 and len(a.replace(" ", "")) >= 3]


def build(src: Path) -> list[tuple[str, str, str, str]]:
    lines = src.read_text(encoding="utf-8").splitlines()
    sets = synsets(lines)
    rows: set[tuple[str, str, str, str]] = set()
    verbs: list[str] = []
    in_patterns = False
    for line in lines:
        if "VERB PATTERNS" in line:
            in_patterns = True
            continue
        if not in_patterns:
            continue
        if line.startswith("---"):
            verbs = []
            continue
        body = line.split("#")[0].strip()
        if not body:
            continue
        if not body.startswith("-"):
            verb = body.split()[0]
            if _ARABIC.match(verb) and len(verb.replace("+", "")) >= 3:
                verbs.append(verb.replace("+", " "))
            continue
        m = re.match(r"^-\s*\*\s*(.*?)\s*\[(\d{3,4})\]", body)
        if not m or not verbs:
            continue
        etype = plover(m.group(2))
        if etype is None:
            continue
        for obj in objects(m.group(1), sets):
            for verb in verbs:
                rows.add((verb, obj, m.group(2), etype))
    return sorted(rows)


_PROCLITIC = re.compile(r"^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])(?=\w{3,})")


def _stem(word: str) -> str:
    return _PROCLITIC.sub("", word, count=1)


def sentences() -> list[list[str]]:
    """Normalised words of each sentence of the attestation corpora."""
    out: list[list[str]] = []
    for path in CORPORA:
        if not path.exists():
            continue
        if path.suffix == ".jsonl":
            texts = [json.loads(line).get("text", "") for line in path.open(encoding="utf-8") if line.strip()]
        else:  # CoNLL: a token per line, blank lines between sentences
            texts = [" ".join(line.split()[0] for line in block.splitlines() if line.strip())
                     for block in path.read_text(encoding="utf-8").split("\n\n")]
        for text in texts:
            for sent in re.split(r"[.!?؟\n]+", normalize(text)):
                words = re.findall(r"[\u0621-\u064A]+", sent)
                if len(words) > 2:
                    out.append(words)
    return out


def attest(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str, int]]:
    """Rows whose verb is followed by its object within WINDOW words at least MIN_SEEN times; per pair the
    most frequent type."""
    forms: dict[str, set[str]] = defaultdict(set)  # surface form -> verbs
    for verb in {r[0] for r in rows}:
        head = normalize(verb.split()[0])
        for f in verb_forms(head, None):
            forms[f].add(verb)
    wanted: dict[str, set[tuple[str, ...]]] = defaultdict(set)  # verb -> object word tuples
    for verb, obj, *_ in rows:
        wanted[verb].add(tuple(_stem(w) for w in normalize(obj).split()))
    seen: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for words in sentences():
        stems = [_stem(w) for w in words]
        for i, w in enumerate(words):
            verbs = forms.get(w) or forms.get(w[1:]) if w[:1] in "وف" else forms.get(w)
            if not verbs:
                continue
            after = stems[i + 1:i + 1 + WINDOW]
            for verb in verbs:
                for obj in wanted[verb]:
                    n = len(obj)
                    if any(tuple(after[k:k + n]) == obj for k in range(len(after) - n + 1)):
                        seen[(verb, obj)] += 1
    best: dict[tuple[str, str], tuple[str, str, str, str, int]] = {}
    types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for verb, obj, code, etype in rows:
        key = (verb, tuple(_stem(w) for w in normalize(obj).split()))
        if seen[key] >= MIN_SEEN:
            types[(verb, obj)][etype] += 1
            best.setdefault((verb, obj), (verb, obj, code, etype, seen[key]))
    out = []
    for (verb, obj), row in sorted(best.items()):
        etype = types[(verb, obj)].most_common(1)[0][0]
        code = next(r[2] for r in rows if r[0] == verb and r[1] == obj and r[3] == etype)
        out.append((verb, obj, code, etype, row[4]))
    return out


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--all"]
    src = Path(args[0]) if args else SRC
    candidates = build(src)
    rows = attest(candidates)
    if "--all" not in sys.argv:
        accept = {(v, o): (t, g) for v, o, t, g in (line.split("\t") for line in ACCEPT.read_text(encoding="utf-8")
                                                    .splitlines() if line.strip() and not line.startswith("#"))}
        missing = set(accept) - {(r[0], r[1]) for r in rows}
        if missing:
            print(f"accepted but not attested (dropped): {sorted(missing)}")
        rows = [(v, o, c, *accept[(v, o)], n) for v, o, c, _, n in rows if (v, o) in accept]
    header = ("# Verb + object event patterns, built by scripts/build_triggers_up.py from UniversalPetrarch's\n"
              "# Arabic verb dictionary CAMEO.ar.0.5.txt (MIT, Open Event Data Alliance; branch dev-validate\n"
              "# @ f2192ba). Do not edit: rebuild. A verb form followed in its clause by the object triggers the\n"
              "# type; the bare verb does not. Curated triggers (triggers.tsv) win.\n"
              "# verb\tobject\tcameo\ttype\tgap\tseen\n")
    OUT.write_text(header + "".join("\t".join(map(str, r)) + "\n" for r in rows), encoding="utf-8")
    by_type = Counter(r[3] for r in rows)
    print(f"{len(candidates)} candidate patterns; attested {MIN_SEEN}+ times:")
    print(f"{len(rows)} patterns, {len({r[0] for r in rows})} verbs, {len({r[1] for r in rows})} objects -> {OUT}")
    print(", ".join(f"{t} {n}" for t, n in by_type.most_common()))


if __name__ == "__main__":
    main()
