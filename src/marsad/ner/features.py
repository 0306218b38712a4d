"""Token features for the CRF name tagger.

What matters for Arabic names: the normalised word and its stem with the
proclitics (و ف ب ل ك) and the article removed, since "وبغداد" and "بغداد"
are one name; prefixes and suffixes (nisba ـي, plural ـون/ـين, feminine ه);
whether the word carries the article; word lists (WikiFANE name words,
marsad's states, demonyms and cities, title words such as وزير and رئيس);
and the same for two words either side.  Everything that depends on the word
alone is cached per word, so tagging costs little more than a dictionary look-up
per token.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.datafiles import records, rows
from marsad.text.normalize import normalize_word

_PROCLITICS = ("وال", "فال", "بال", "كال", "ولل", "ال", "لل", "و", "ف", "ب", "ل", "ك")
# words that announce a person, an organisation or a place right after them
_CUES = {
    "PERS": ("الرئيس", "رئيس", "وزير", "الوزير", "السيد", "الشيخ", "الامير", "الملك", "العقيد", "اللواء",
             "المشير", "الجنرال", "الدكتور", "د", "النائب", "السفير", "المتحدث", "نظيره", "قائد", "زعيم", "الزعيم",
             "المستشار", "الرئيسه", "السيده", "الفنان", "اللاعب", "المدرب", "الكاتب", "الامين", "مدير", "نائب",
             "المبعوث", "رئيسه", "وزيره", "بابا", "البابا", "الاخ", "ابن", "بن", "ابو", "ام"),
    "ORG": ("شركه", "وكاله", "منظمه", "حزب", "حركه", "جامعه", "مجلس", "وزاره", "هيئه", "اتحاد", "نادي", "بنك",
            "مصرف", "صحيفه", "جمعيه", "محكمه", "مؤسسه", "لجنه", "جبهه", "قناه", "مركز", "معهد", "فريق",
            "منتخب", "مجموعه", "الجيش", "قوات", "حكومه", "بعثه"),
    "LOC": ("مدينه", "محافظه", "ولايه", "بلده", "قريه", "منطقه", "جزيره", "جزر", "نهر", "بحر", "جبل", "اقليم",
            "عاصمه", "ميناء", "مطار", "دوله", "جمهوريه", "مملكه", "امارة", "شمال", "جنوب", "شرق", "غرب"),
}


@lru_cache(maxsize=1)
def wordlists() -> dict[str, frozenset[str]]:
    """Word -> classes from the shipped lists (data/ner/wordlists.tsv and the gazetteer)."""
    out: dict[str, set[str]] = {}
    for word, cls, _share in rows("ner/wordlists.tsv"):
        out.setdefault(word, set()).add(cls)
    for name, cols in (("states.tsv", ("names_ar", "capital_ar")), ("places.tsv", ("name_ar",))):
        for r in records(f"gazetteer/{name}"):
            for col in cols:
                for v in r[col].split("|"):
                    for w in normalize_word(v).split():
                        out.setdefault(w, set()).add("GAZ_LOC" if " " not in v else "GAZ_LOCPART")
            if name == "states.tsv":
                for d in r["demonyms_ar"].split("|"):
                    if d:
                        out.setdefault(normalize_word(d), set()).add("DEMONYM")
    for cols in rows("kb/up_actors.tsv"):
        if len(cols) != 5 or cols[1] != "person":
            continue
        words = normalize_word(cols[4].split("|")[0]).split()
        for k, w in enumerate(words):
            out.setdefault(w, set()).add("UP_FIRST" if k == 0 else "UP_PERS")
    for cls, words in _CUES.items():
        for w in words:
            out.setdefault(w, set()).add("CUE_" + cls)
    return {w: frozenset(c) for w, c in out.items()}


@lru_cache(maxsize=1)
def wordstats() -> dict[str, tuple[int, int]]:
    """Word -> (count, count with the article) in unlabelled news (data/ner/wordstats.tsv)."""
    return {w: (int(n), int(d)) for w, n, d in rows("ner/wordstats.tsv")}


@lru_cache(maxsize=1)
def clusters() -> dict[str, tuple[str, str]]:
    """Word -> (coarse, fine) distributional cluster (data/ner/clusters.tsv)."""
    return {w: (c, f) for w, c, f in rows("ner/clusters.tsv")}


@lru_cache(maxsize=1)
def phrases() -> dict[tuple[str, ...], str]:
    """Known names, as word tuples -> PERS / ORG / LOC: the KB's people and organisations (curated and
    UniversalPetrarch), WikiFANE's entity names (data/ner/phrases.tsv) and the states' names.  Matched as
    whole phrases in a sentence."""
    out: dict[tuple[str, ...], str] = {}
    for cols in rows("kb/people.tsv"):
        for v in cols[2].split("|"):
            out.setdefault(tuple(normalize_word(v).split()), "PERS")
    for cols in rows("kb/organizations.tsv"):
        for v in cols[3].split("|"):
            out.setdefault(tuple(normalize_word(v).split()), "ORG")
    for cols in rows("kb/up_actors.tsv"):
        for v in cols[4].split("|"):
            out.setdefault(tuple(normalize_word(v).split()), "PERS" if cols[1] == "person" else "ORG")
    for name, cls in rows("ner/phrases.tsv"):
        out.setdefault(tuple(name.split()), cls)
    for r in records("gazetteer/states.tsv"):
        for v in r["names_ar"].split("|"):
            out.setdefault(tuple(normalize_word(v).split()), "LOC")
    out.pop((), None)
    return out


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(k[0] for k in phrases())


def phrase_features(words: list[str]) -> list[str | None]:
    """G:B-X / G:I-X per word where a known name starts or continues (longest match, first word may carry
    a proclitic)."""
    known = phrases()
    firsts = _first_words()
    out: list[str | None] = [None] * len(words)
    i = 0
    while i < len(words):
        stem = _stem(words[i])[1]
        if words[i] not in firsts and stem not in firsts:
            i += 1
            continue
        for size in (5, 4, 3, 2, 1):
            if i + size > len(words):
                continue
            rest = tuple(words[i + 1:i + size])
            kind = known.get((words[i], *rest)) or known.get((stem, *rest))
            if kind and (size > 1 or len(words[i]) > 3):
                out[i] = f"G:B-{kind}"
                for k in range(i + 1, i + size):
                    out[k] = f"G:I-{kind}"
                i += size - 1
                break
        i += 1
    return out


def _stats_features(w: str, stem: str) -> list[str]:
    stats = wordstats()
    n, d = stats.get(w) or stats.get(stem) or (0, 0)
    feats = [f"fq={min(n.bit_length(), 12) // 2}"]
    if n >= 3:
        share = d / (n + d)
        feats.append(f"dz={0 if share == 0 else 1 if share < 0.1 else 2 if share < 0.4 else 3}")
    return feats


@lru_cache(maxsize=200_000)
def _stem(w: str) -> tuple[str, str]:
    for p in _PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 2:
            return p, w[len(p):]
    return "", w


@lru_cache(maxsize=200_000)
def word_info(token: str) -> tuple[str, frozenset[str], tuple[str, ...], dict[int, tuple[str, ...]]]:
    """(normalised word, word-list classes, the token's own features, its features as a neighbour at -2..2)."""
    w = normalize_word(token)
    pre, stem = _stem(w)
    lists = wordlists()
    classes = lists.get(w, frozenset()) | lists.get(stem, frozenset())
    feats = [f"w={w}", f"stem={stem}", f"pre={pre}", f"p1={w[:1]}", f"p2={stem[:2]}", f"p3={stem[:3]}",
             f"p4={stem[:4]}", f"s1={w[-1:]}", f"s2={w[-2:]}", f"s3={w[-3:]}", f"s4={w[-4:]}",
             f"len={min(len(stem), 8)}", *_stats_features(w, stem)]
    cl = clusters().get(w) or clusters().get(stem)
    if cl:
        feats += [f"c64={cl[0]}", f"c512={cl[1]}"]
    if len(stem) >= 4 and stem.isalpha():  # inner letter trigrams: transliterated foreign names look alike
        feats.extend(sorted({f"c3={stem[k:k + 3]}" for k in range(1, len(stem) - 3)}))
    if w.isdigit():
        feats.append("digit")
    elif not w.isalnum():
        feats.append("punct")
    elif w.isascii():
        feats.append("latin")
    if pre.endswith("ال") or pre.endswith("لل"):
        feats.append("def")
    listed = ["L:" + c for c in sorted(classes)]
    feats.extend(listed)
    # as a neighbour: the same features with the offset in front ("-1w=…"), the cluster only next door
    base = [feats[0], feats[1], *listed]
    near = [*base, f"c64={cl[0]}"] if cl else base
    ctx = {d: tuple([p + x for x in (near if abs(d) == 1 else base)]) for d, p in _OFFSETS}
    return w, classes, tuple(feats), ctx


_OFFSETS = tuple((d, str(d)) for d in (-2, -1, 1, 2))


_EDGE = {d: f"{d}edge" for d in (-2, -1, 1, 2)}


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """Feature lists for one sentence, as pycrfsuite takes them."""
    info = [word_info(t) for t in tokens]
    n = len(info)
    gaz = phrase_features([x[0] for x in info])
    out = []
    for i, (w, _classes, own, _ctx) in enumerate(info):
        f = ["bias", *own]
        if gaz[i]:
            f.append(gaz[i])
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.extend(info[j][3][d])
            else:
                f.append(_EDGE[d])
        if i > 0:
            f.append(f"-1w|w={info[i - 1][0]}|{w}")
        if i + 1 < n:
            f.append(f"w|+1w={w}|{info[i + 1][0]}")
        out.append(f)
    return out


PERSON_CUES = frozenset({"PERS_FIRST", "CUE_PERS"})  # word classes that can start or announce a name


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(w for w, classes in wordlists().items() if classes & PERSON_CUES)


@lru_cache(maxsize=200_000)
def is_person_cue(token: str) -> bool:
    """Whether a (normalised) token can start or announce a person's name; cheaper than :func:`word_info`."""
    cues = _cue_words()
    return token in cues or _stem(token)[1] in cues
