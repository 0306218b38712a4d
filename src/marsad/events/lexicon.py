"""The event-trigger lexicon: a source table (data/sources/triggers.tsv) expanded to surface forms.

Verbs are given as past and imperfect third-person masculine singular;
their inflections (feminine, dual, plural) are generated here.  Nouns are
given as singular and plurals; the dual and the accusative-indefinite
(اجتماعا) are generated.  Clitics (و ب ل ال ...) and pronoun suffixes are
handled by the matcher, not listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    contexts: tuple[str, ...]


def verb_forms(past: str, imperfect: str | None) -> list[str]:
    p = normalize(past)
    out = [p, p + "ت", p + "وا", p + "تا"]
    out.append(p[:-1] + "يا" if p.endswith("ي") else p + "ا")  # التقى -> التقيا
    if p.endswith("ي"):  # التقى: التقت، التقوا
        out += [p[:-1] + "ت", p[:-1] + "وا"]
    if imperfect:
        i = normalize(imperfect)
        fem = "ت" + i[1:]
        out += [i, fem, i + "ان", fem + "ان", i + "ون"]
        if i.endswith(("ي", "و")):
            out += [i[:-1] + "ون", i[:-1] + "ان"]
            out += [i[:-1], fem[:-1]]  # the jussive after لم drops the weak letter: لم يلتق، لم تلتق
    return out


def noun_forms(singular: str, plurals: list[str]) -> list[str]:
    s = normalize(singular)
    out = [s, s + "ا", s + "ان", s + "ين"] if not s.endswith("ه") else [s, s[:-1] + "تان", s[:-1] + "تين"]
    return out + [normalize(p) for p in plurals]


@lru_cache(maxsize=1)
def load_triggers() -> PhraseMatcher:
    phrases: dict[str, Trigger] = {}
    text = resources.files("marsad").joinpath("data/sources/triggers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms, pos, etype, mode, cameo, contexts = (line.split("\t") + [""] * 6)[:6]
        names = forms.split("|")
        trig = Trigger(names[0], pos, etype, mode or None, cameo or None, tuple(c for c in contexts.split(",") if c))
        if pos == "verb":
            surface = verb_forms(names[0], names[1] if len(names) > 1 else None)
        elif pos == "noun":
            surface = noun_forms(names[0], names[1:])
        else:
            surface = [normalize(n) for n in names]
        for f in surface:
            phrases.setdefault(f, trig)
    return PhraseMatcher(phrases, suffixes=True, verb_prefixes=True, article=True)
