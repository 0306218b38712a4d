"""People found by the words around them: a title phrase, then a name.

"وزير الدفاع التركي خلوصي أكار": a role head (وزير، رئيس، نائب، قائد،
نظير ...) from data/role_heads.tsv, qualifiers (definite words, institution
words, a demonym or state name that gives the country), an optional comma,
then two to four name words.  Later in the article the same person is
found by surname alone ("لأكار") or by the same title phrase without a name
("وزير الدفاع التركي").  Surnames shared by two people (Khalifa and Saddam
Haftar) are left unlinked rather than guessed.  The knowledge base of the
actors issue links these to canonical entries; until then an unlinked
person gets a local id and a rough romanisation.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

from marsad.actors.translit import romanize
from marsad.model import Article, Entity, Mention
from marsad.text.normalize import Normalized, normalize
from marsad.text.tokens import clitic_candidates

_TOK = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_DEF = ("ال", "وال", "بال", "لل", "ولل", "فال", "كال")
MAX_QUAL = 8
MAX_NAME = 4


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    heads, quals, stops = set(), set(), set()
    text = resources.files("marsad").joinpath("data/role_heads.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, cls = line.split("\t")[:2]
        {"head": heads, "qual": quals, "stop": stops}[cls].add(normalize(word))
    return frozenset(heads), frozenset(quals), frozenset(stops)


def _stem_in(word: str, vocab: frozenset[str]) -> bool:
    return any(stem in vocab for pre, stem, suf in clitic_candidates(word) if pre in ("", "و", "ال", "وال", "ل",
                                                                                     "ب", "لل", "بال", "ف"))


def _definite(word: str) -> bool:
    return word.startswith(_DEF) and len(word) > 3


def person_id(name_norm: str) -> str:
    return "person:" + hashlib.sha1(name_norm.encode("utf-8")).hexdigest()[:10]


def find_persons(article: Article, nv: Normalized, gpe: list[Mention]) -> list[Mention]:
    heads, quals, stops = _lexicon()
    toks = [(m.start(), m.end(), m.group()) for m in _TOK.finditer(nv.norm)]
    out: list[Mention] = []
    by_role: dict[str, Mention] = {}
    persons: dict[str, Entity] = {}
    i, n = 0, len(toks)
    while i < n:
        s, e, w = toks[i]
        if not _stem_in(w, heads):
            i += 1
            continue
        j = i + 1
        while j < n and j - i <= MAX_QUAL and toks[j][2].isalpha() and (
                _definite(toks[j][2]) or _stem_in(toks[j][2], quals)) and not _stem_in(toks[j][2], stops):
            j += 1
        k = j + 1 if j < n and toks[j][2] in (",", "-") else j
        name = []
        while k < n and len(name) < MAX_NAME:
            t = toks[k][2]
            first_bad = not name and (_definite(t) or t.startswith("و"))
            if not t.isalpha() or t in stops or _stem_in(t, heads) or first_bad:
                break
            if name and (t.startswith("و") and not t.startswith("وا") or t in quals
                         or (_definite(t) and not t.startswith("ال"))):
                break
            name.append(k)
            k += 1
        role_start, role_end = nv.span(s, toks[j - 1][1])
        role_ar = article.text[role_start:role_end]
        role_key = " ".join(_strip_conj(x[2]) for x in toks[i:j])
        country = next((g.entity.country for g in gpe if g.label == "GPE" and role_start <= g.start < role_end), None)
        if len(name) >= 2:
            ns, ne = nv.span(toks[name[0]][0], toks[name[-1]][1])
            name_norm = " ".join(toks[x][2] for x in name)
            ent = persons.get(name_norm)
            if ent is None:
                name_ar = article.text[ns:ne]
                ent = Entity(id=person_id(name_norm), kind="person", name=romanize(name_ar), name_ar=name_ar,
                             country=country, aliases_ar=(name_ar,), source="title-phrase")
                persons[name_norm] = ent
            m = Mention(ns, ne, "PERS", entity=ent, role=role_key, role_ar=role_ar, score=0.7,
                        context=(role_start, ne))
            out.append(m)
            by_role.setdefault(role_key, m)
            i = name[-1] + 1
            continue
        if role_key in by_role:  # the same title phrase again, without a name
            prev = by_role[role_key]
            out.append(Mention(role_start, role_end, "PERS", entity=prev.entity, role=role_key, role_ar=prev.role_ar,
                               score=0.6, context=(role_start, role_end)))
        i = max(j, i + 1)
    out.extend(_surname_mentions(toks, nv, persons, out))
    return out


def _strip_conj(w: str) -> str:
    return w[1:] if w.startswith("و") and len(w) > 3 else w


def _surname_mentions(toks, nv: Normalized, persons: dict[str, Entity], found: list[Mention]) -> list[Mention]:
    by_surname: dict[str, list[Entity]] = {}
    for name_norm, ent in persons.items():
        by_surname.setdefault(name_norm.split()[-1], []).append(ent)
    taken = [(m.start, m.end) for m in found]
    out = []
    for s, e, w in toks:
        for pre, stem, suf in clitic_candidates(w):
            if suf or pre not in ("", "و", "ل", "ب", "ف"):
                continue
            ents = by_surname.get(stem)
            if not ents:
                continue
            rs, re_ = nv.span(s + len(pre), e)
            if len(ents) == 1 and not any(a <= rs < b for a, b in taken):
                out.append(Mention(rs, re_, "PERS", entity=ents[0], score=0.5))
            break
    return out
