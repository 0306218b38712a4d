"""The event-trigger lexicon: a source table (data/sources/triggers.tsv) expanded to surface forms.

Verbs are given as past and imperfect third-person masculine singular;
a verb may name the objects it needs ("وقّع" signs only an agreement, a
memorandum, a decree: "وقعت اشتباكات" happened, "وقع ضحية" fell victim),
and a later row may give the same word other objects and another type
("استدعى سفيرها" recalls one's envoy, "استدعى السفير التركي" summons another's);
an idiom of type "-" hides the trigger inside it ("ما يصل إلى": up to).
their inflections (feminine, dual, plural) are generated here.  Nouns are
given as singular and plurals; the dual and the accusative-indefinite
(اجتماعا) are generated.  Clitics (و ب ل ال ...) and pronoun suffixes are
handled by the matcher, not listed.

A second table, data/sources/triggers_up.tsv (built by
scripts/build_triggers_up.py from UniversalPetrarch's Arabic verb patterns,
attested in news text and reviewed), gives verb + object patterns: the verb
(any generated past form) followed by its object within OBJECT_WINDOW words
of the same clause ("فتحت القوات النار"، "رفض البرلمان الاتفاق") triggers the
pattern's type; the bare verb does not.  ``pattern_matches`` finds them; a
curated trigger on the same words wins.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.text.matcher import Match, PhraseMatcher
from marsad.text.normalize import Normalized, normalize


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    contexts: tuple[str, ...]
    needs: frozenset[str] = frozenset()  # the verb counts only with one of these objects (normalised forms)
    otherwise: Trigger | None = None  # the same word with other objects it needs (a later row of the table)
    as_noun: Trigger | None = None  # a verb's row as the noun spelled the same ("القبض على"، "بنشر منظومات")

    @property
    def blocks(self) -> bool:
        """An idiom listed to hide a trigger inside it ("ما يصل إلى": up to; "على وقع": amid)."""
        return self.type == "-"


def verb_forms(past: str, imperfect: str | None) -> list[str]:
    """Inflected forms; the jussive forms (see :func:`jussive_forms`) are among them."""
    p = normalize(past)
    out = [p, p + "ت", p + "وا", p + "تا"]
    out.append(p[:-1] + "يا" if p.endswith("ي") else p + "ا")  # التقى -> التقيا
    if p.endswith(("ي", "ا")):  # التقى: التقت، التقوا; دعا: دعت، دعوا، دعتا
        out += [p[:-1] + "ت", p[:-1] + "وا", p[:-1] + "تا"]
    if imperfect:
        i = normalize(imperfect)
        fem = "ت" + i[1:]
        out += [i, fem, i + "ان", fem + "ان", i + "ون"]
        out += [i + "ا", fem + "ا", i + "وا"]  # after لم، لن، أن: "لم يلتقيا"، "أن يوقعا"، "لم يوقعوا"
        if i.endswith(("ي", "و")):
            out += [i[:-1] + "ون", i[:-1] + "ان", i[:-1] + "وا"]
        out += jussive_forms(imperfect)
    return out


def jussive_forms(imperfect: str | None) -> list[str]:
    """"لم يلتق": the weak letter dropped.  They take no pronoun suffix: "يدعي" is not "يدع" + "ي"."""
    if not imperfect:
        return []
    i = normalize(imperfect)
    return [i[:-1], "ت" + i[1:-1]] if i.endswith(("ي", "و")) else []


def object_forms(singular: str) -> list[str]:
    """A needed object's forms: a noun's, and its dual in a construct ("زورقي دورية"، "سفينتي إنزال")."""
    s = normalize(singular)
    return noun_forms(singular, []) + [s[:-1] + "تي" if s.endswith("ه") else s + "ي"]


def noun_forms(singular: str, plurals: list[str]) -> list[str]:
    s = normalize(singular)
    out = [s, s + "ا", s + "ان", s + "ين"] if not s.endswith("ه") else [s, s[:-1] + "تان", s[:-1] + "تين"]
    return out + [normalize(p) for p in plurals]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, Trigger], frozenset[str], frozenset[str]]:
    """data/sources/triggers.tsv read: surface form -> trigger, the forms that take no suffix, the verb forms."""
    phrases: dict[str, Trigger] = {}
    bare: set[str] = set()
    verbs: set[str] = set()
    text = resources.files("marsad").joinpath("data/sources/triggers.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms, pos, etype, mode, cameo, contexts, needs = (line.split("\t") + [""] * 7)[:7]
        names = forms.split("|")
        objects = frozenset(f for n in needs.split("|") if n for f in object_forms(n))
        trig = Trigger(names[0], pos, etype, mode or None, cameo or None, tuple(c for c in contexts.split(",") if c),
                       objects)
        if pos == "verb":
            surface = verb_forms(names[0], names[1] if len(names) > 1 else None)
            verbs.update(surface)
            bare.update(jussive_forms(names[1] if len(names) > 1 else None))
        elif pos == "noun":
            surface = noun_forms(names[0], names[1:])
        else:
            surface = [normalize(n) for n in names]
        for f in surface:
            first = phrases.setdefault(f, trig)
            if first is not trig and first.pos == "verb" and trig.pos == "noun" and first.as_noun is None:
                phrases[f] = dataclasses.replace(first, as_noun=trig)  # "قبض": he arrested, and arresting
            elif first is not trig and first.needs and trig.needs:
                phrases[f] = _chained(first, trig)  # "استدعى سفيرها" recalls; "استدعى السفير التركي" summons
    return phrases, frozenset(bare), frozenset(verbs)


def _chained(first: Trigger, then: Trigger) -> Trigger:
    """``first`` with ``then`` at the end of the rows it falls back to."""
    return dataclasses.replace(first, otherwise=then if first.otherwise is None else _chained(first.otherwise, then))


@lru_cache(maxsize=1)
def load_triggers() -> PhraseMatcher:
    phrases, bare, verbs = _lexicon()
    return PhraseMatcher(phrases, suffixes=True, verb_prefixes=True, article=True, bare=bare, verbs=verbs)


def noun_reading(word: str) -> Trigger | None:
    """The noun row whose surface form is the whole normalised ``word``, if any ("إدانة" read as "أدان" + "ه")."""
    trig = _lexicon()[0].get(word)
    return trig if trig is not None and trig.pos == "noun" else None


@lru_cache(maxsize=1)
def event_words() -> frozenset[str]:
    """The lexicon's one-word forms, verbs also with و or ف joined ("استقبل"، "واستقبل"، "مباحثات"): words that
    are no part of a name."""
    phrases, _bare, verbs = _lexicon()
    return frozenset(f for f in phrases if " " not in f) | {p + v for v in verbs for p in "وف"}


OBJECT_WINDOW = 6  # words from a pattern's verb to its object (the subject sits between them in VSO order)
_CLAUSE_END = re.compile(r"[.!?؟؛:\n]")


@dataclass(frozen=True, slots=True)
class VerbPatterns:
    verbs: PhraseMatcher  # surface forms -> verb lemma
    objects: PhraseMatcher  # object forms -> object lemma
    table: dict[tuple[str, str], tuple[Trigger, int]]  # (verb lemma, object lemma) -> trigger, fewest words between


@lru_cache(maxsize=1)
def load_verb_patterns() -> VerbPatterns:
    text = resources.files("marsad").joinpath("data/sources/triggers_up.tsv").read_text(encoding="utf-8")
    verbs: dict[str, str] = {}
    objects: dict[str, str] = {}
    table: dict[tuple[str, str], tuple[Trigger, int]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        verb, obj, cameo, etype, gap = line.split("\t")[:5]
        head, *rest = normalize(verb).split()
        for form in verb_forms(head, None):
            verbs.setdefault(" ".join([form, *rest]), verb)
        words = normalize(obj).split()
        for form in noun_forms(words[0], [words[0][:-1] + "ات"] if words[0].endswith("ه") else []):
            objects.setdefault(" ".join([form, *words[1:]]), obj)
        table[(verb, obj)] = (Trigger(verb, "verb", etype, None, cameo, ()), int(gap))
    return VerbPatterns(PhraseMatcher(verbs, suffixes=True, verb_prefixes=True, verbs=frozenset(verbs)),
                        PhraseMatcher(objects, suffixes=True, article=True), table)


def pattern_matches(nv: Normalized) -> list[Match]:
    """Verb + object pattern triggers: a match over the verb, whose value is the pattern's Trigger."""
    pats = load_verb_patterns()
    verbs = pats.verbs.find(nv)
    if not verbs:
        return []
    objects = pats.objects.find(nv)
    out = []
    for v in verbs:
        for o in objects:
            if o.nstart < v.nend:
                continue
            between = nv.norm[v.nend:o.nstart]
            gap = len(between.split())
            if gap > OBJECT_WINDOW or _CLAUSE_END.search(between):
                break
            found = pats.table.get((v.value, o.value))
            if found is not None and gap >= found[1]:
                out.append(Match(v.start, v.end, found[0], v.prefix, v.norm, v.nstart, v.nend, v.suffix))
                break
    return out
