"""People: title phrases, names, roles resolved by date, counterparts, duals and short references.

"وزير الدفاع التركي خلوصي أكار": a role head (وزير، رئيس، نائب، قائد، نظير
...) from data/role_heads.tsv, qualifiers (definite words, institution
words, a demonym or state name that gives the country), an optional comma,
then up to four name words.  The title phrase is read as a role of the
knowledge base (data/kb/roles.tsv) with its scope: the country named in it,
an organisation's country, or the role's default.  Then:

* a name after the title is linked to a KB person by exact name, else by a
  phonetic key among the people who held that role on the article's date,
  else it becomes a provisional person with a transliterated Latin name;
* a title with no name is the role's holder on that date ("قال وزير الدفاع
  التركي" is Akar in 2020 and Güler in 2025), or the same title seen earlier;
* "نظيره القطري" takes the role of the person just named, in Qatar;
* "وزيرا الدفاع القطري والتركي" (a dual) yields one person per country;
* "الوزير التركي" is the last Turkish minister named in the article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from marsad.actors.gazetteer import load_gazetteer
from marsad.actors.kb import KB, Tenure
from marsad.actors.phonetic import phonetic_key
from marsad.actors.translit import OGLU, romanize
from marsad.datafiles import rows
from marsad.model import Article, Entity, Mention
from marsad.ner.features import wordlists, wordstats
from marsad.text.normalize import Normalized, normalize
from marsad.text.tokens import ENCLITICS, MIN_STEM, with_proclitic

_TOK = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_DEF = ("ال", "وال", "بال", "لل", "ولل", "فال", "كال")
COUNTERPART = {normalize(w) for w in ("نظير", "نظيره", "نظيرها", "نظيرة", "نظيريه", "نظرائه", "نظيرتها", "نظيرته")}
_GENERIC = {normalize("وزير"): "minister", normalize("وزيرة"): "minister", normalize("رئيس"): "head",
            normalize("مسؤول"): "any", normalize("مسؤولة"): "any", normalize("قائد"): "commander"}  # (read without ال)
_SOVEREIGNS = frozenset(normalize(w) for w in ("أمير", "ملك", "عاهل"))  # a bare title for a head of state
_HEAD_OF_STATE = "head_of_state"
MAX_QUAL = 8
MAX_NAME = 4
COUNTERPART_REACH = 400  # characters (about two sentences) from a titled person to "نظيره" that means him
_ACCREDITED = normalize("لدى")
# an envoy's title names where he serves, a state or a body: "مندوب روسيا لدى الأمم المتحدة"، "المبعوث الأمريكي
# الخاص إلى السودان"
_ENVOYS = {normalize(w) for w in ("مبعوث", "سفير", "ممثل", "مندوب")}
_POSTED = {_ACCREDITED, normalize("إلى")}
_IN = normalize("في")
_FROM, _BY = normalize("من"), normalize("قبل")
# participles of designation after a body in a title: "الحكومة المكلفة من البرلمان"، "المعينة من قبل مجلس النواب"
_DESIGNATED = frozenset(normalize(w) for w in ("المكلفة", "المكلف", "المعينة", "المعين", "المنبثقة", "المنبثق",
                                               "المدعومة", "المدعوم", "المنتخبة", "المنتخب"))
# a rank's second word ("الفريق أول"، "اللواء الركن") and a time word between a title and its name ("رئيس المجلس
# الرئاسي آنذاك فائز السراج")
_RANK_SECOND = frozenset(normalize(w) for w in ("أول", "ركن", "الركن"))
_THEN = frozenset(normalize(w) for w in ("آنذاك", "حينذاك", "حينها", "وقتها", "وقتذاك"))
FUZZY_ROLE = 80  # phonetic similarity needed to accept a spelling among a role's holders


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    heads, quals, stops = set(), set(), set()
    for word, cls, *_ in rows("role_heads.tsv"):
        {"head": heads, "qual": quals, "stop": stops}[cls].add(normalize(word))
    return frozenset(heads), frozenset(quals), frozenset(stops)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of title phrases (role heads and their qualifiers: رئيس، وزير، مجلس ...), normalised."""
    heads, quals, _stops = _lexicon()
    return heads | quals


def title_heads() -> frozenset[str]:
    """The heads of title phrases (رئيس، وزير، قائد ...), normalised."""
    return _lexicon()[0]


_STEM_PREFIXES = ("", "و", "ال", "وال", "ل", "ب", "لل", "بال", "ف")


@lru_cache(maxsize=100_000)
def _stem_in(word: str, vocab: frozenset[str]) -> bool:
    """Whether ``word``, less a proclitic of _STEM_PREFIXES and perhaps a pronoun suffix, is in ``vocab``.

    The same answer as scanning clitic_candidates(word), without building them all (this runs on every word).
    """
    if word in vocab:
        return True
    suffixes = [x for x in ENCLITICS if word.endswith(x)]
    for pre in _STEM_PREFIXES:
        if pre and not word.startswith(pre):
            continue
        rest = word[len(pre):]
        if pre and len(rest) >= MIN_STEM and rest in vocab:
            return True
        if not pre.endswith("ال"):
            for suf in suffixes:
                stem = rest[:len(rest) - len(suf)]
                if len(rest) > len(suf) and len(stem) >= MIN_STEM and stem in vocab:
                    return True
    return False


_ONE_OF = frozenset(normalize(w) for w in ("كبير", "كبيرة", "أحد", "إحدى"))
_PLURAL_HEADS = {normalize(p): normalize(s) for p, s in (("وزراء", "وزير"), ("رؤساء", "رئيس"), ("قادة", "قائد"),
                                                           ("سفراء", "سفير"))}


@lru_cache(maxsize=100_000)
def _head_stem(word: str, heads: frozenset[str]) -> tuple[str, bool]:
    """The head word without clitics, and whether it is a dual (وزيرا، رئيسا)."""
    for pre in ("", "و", "ف", "ب", "ل"):
        if word.startswith(pre):
            w = word[len(pre):]
            if w in heads or w in COUNTERPART:
                return w, False
            if w.endswith(("ا", "ي")) and w[:-1] in heads:
                return w[:-1], True  # "وزيرا"، "وزيري"
            if w in _PLURAL_HEADS:
                return _PLURAL_HEADS[w], True  # "وزراء دفاع تركيا وقطر وليبيا": one per state, like a dual
            if w.startswith("ال") and w[2:] in heads:
                return w, False
    if word.startswith("لل") and "ال" + word[2:] in heads:
        return "ال" + word[2:], False
    return word, False


@lru_cache(maxsize=4)
def _title_openers(heads: frozenset[str]) -> frozenset[str]:
    """Every word that can open a title phrase: each head with the proclitics and pronoun suffixes
    _stem_in accepts, the counterpart words, and the duals and plurals _head_stem reads (وزيرا، ورئيسا، وزراء)."""
    out = set(heads) | COUNTERPART
    for h in heads:
        for pre in _STEM_PREFIXES:
            if pre and len(h) >= MIN_STEM:
                out.add(pre + h)
            if not pre.endswith("ال") and len(h) >= MIN_STEM:
                out.update(pre + h + suf for suf in ENCLITICS)
        out.update(pre + h + "ا" for pre in ("", "و", "ف", "ب", "ل"))
        out.update(pre + h + "ي" for pre in ("", "و", "ف", "ب", "ل"))  # "بين وزيري خارجية ليبيا ومالطا"
    out.update(pre + p for p in _PLURAL_HEADS for pre in ("", "و", "ف", "ب", "ل"))  # "وزراء دفاع تركيا وقطر"
    out.update(pre + c for c in COUNTERPART for pre in ("و", "ف", "ب", "ل"))  # "ونظيره القطري"، "بنظيره"
    return frozenset(out)


def opens_title(word: str) -> bool:
    """Whether a normalised word can open a title phrase (وزير، الرئيس، المتحدث، نظيره)."""
    return _starts_title(word, _lexicon()[0])


def _starts_title(word: str, heads: frozenset[str]) -> bool:
    """Whether a word can open a title phrase: a head (وزير، رئيس), a counterpart word, or a dual head."""
    return word in _title_openers(heads)


def _definite(word: str) -> bool:
    """"المخابرات"، "بالرئيس"; not "كالين" (Kalın), where ك + ال would leave two letters."""
    pre = next((p for p in _DEF if word.startswith(p)), None)
    return pre is not None and len(word) > 3 and (pre == "ال" or len(word) - len(pre) >= 3)


_DEPUTIES = frozenset(normalize(w) for w in ("نائب", "نائبة", "مساعد", "مساعدة", "وكيل", "وكيلة"))
RARE_NAME_LETTERS = 5  # a word this long that the news statistics never saw is a (foreign) name, unless it ends
_PLURAL_OR_ADJECTIVE = ("يه", "ات", "ين", "ون", "اء")  # as plurals and adjectives do ("حلفاء"، "سينمائية")


def looks_like_name(words: list[str]) -> bool:
    """False for words that news text mostly uses as common nouns or adjectives (they take the article)."""
    stats = wordstats()
    if words[0][:1] != "و" and any(len(w) >= RARE_NAME_LETTERS and w not in stats and not w.startswith("ال")
                                   and not w.endswith(_PLURAL_OR_ADJECTIVE) for w in words[:2]):
        return True  # "نعمان كورتولموش": a word news never used is a name, and the words beside it with it
    for w in words[:2]:
        forms = [w] + [w[1:]] if w[:1] in "لبوفك" and len(w) > 3 else [w]
        for f in forms:  # the word, and the word without a one-letter proclitic (لكرة -> كرة)
            n, d = stats.get(f, (0, 0))
            if n + d >= 5 and d / (n + d) >= 0.3:
                return False
        if _accusative(w):
            return False
    return True


def _accusative(w: str) -> bool:
    """An indefinite accusative of a word news uses ("مؤشرا"، "مرارا"): a common word, not a name."""
    return w.endswith("ا") and sum(wordstats().get(w[:-1], (0, 0))) > 0


NAME_WORDS = frozenset({"PERS", "PERS_FIRST"})  # word-list classes of name words (WikiFANE's; UP's hold titles)
COMMON = 60  # a word seen this often in news, that no list of names has, is no name word
DEFINITE_COMMON = 100  # times with the article in the shipped counts that make a word a noun, not a name
_ORDINALS = frozenset(normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"))


_KB_WORDS: dict[int, frozenset[str]] = {}


def _name_word(w: str, kb: KB) -> bool:
    """Whether a word can be part of a person's name: a word of a known name, else not a frequent word of news
    ("حيث"، "فيها"), not ب/ل + a noun ("بتسليم"، "لتولي"), not an indefinite accusative ("مرارا")."""
    known = _KB_WORDS.get(id(kb))
    if known is None:
        known = _KB_WORDS[id(kb)] = _known_name_words(kb)
    events = _event_words()
    return w in known or (with_proclitic(w, events, "وفبلك") is None and not _event_with_pronoun(w, events)
                          and name_like_word(w))


_PRONOUNS = ("هما", "هم", "ها", "ه")


def _event_with_pronoun(w: str, events: frozenset[str]) -> bool:
    """An event's word with a pronoun suffix ("محمد عون رفضه للاتفاق"، "زيارته"): no word of a name."""
    for p in _PRONOUNS:
        stem = w.removesuffix(p)
        if stem != w and len(stem) >= 3:
            return stem in events or (stem.endswith("ت") and stem[:-1] + "ه" in events)
    return False


@lru_cache(maxsize=1)
def _event_words() -> frozenset[str]:
    """Words of the event lexicon ("الرئيس أردوغان استقبل"، "نظيره القطري مباحثات": no part of a name)."""
    from marsad.events.lexicon import event_words  # events build on actors; this one word list goes the other way

    return event_words()


def _known_name_words(kb: KB) -> frozenset[str]:
    """Words of the KB's people's names; a place's name counts only in the curated people's (UniversalPetrarch's
    list of people has names such as "... طرابلس", and "وزير الخارجية المالطي طرابلس" names no one)."""
    people = [e for e in kb.entities.values() if e.kind == "person"]
    curated = {w for e in people if e.source == "marsad-kb" for a in e.aliases_ar for w in normalize(a).split()}
    gaz = load_gazetteer()
    places = set(gaz.places) | {w for e in gaz.states.values() for w in normalize(e.name_ar).split()}
    return frozenset(curated | {w for e in people for a in e.aliases_ar for w in normalize(a).split()
                                if w not in places})


@lru_cache(maxsize=100_000)
def name_like_word(w: str) -> bool:
    """Whether a word the KB does not know can be a name: a name word of WikiFANE's, or a word news does not use
    often, nor mostly with the article ("الكبير"، "العربي": adjectives, though surnames too)."""
    if wordlists().get(w, frozenset()) & NAME_WORDS:
        return True
    stats = wordstats()
    if sum(stats.get(w, (0, 0))) >= COMMON:
        return False
    if w.startswith("ال") and w not in _ORDINALS and stats.get(w[2:], (0, 0))[1] >= DEFINITE_COMMON:
        return False  # "العملية"، "الشهر": a noun news often gives the article (counts are kept without it)
    if w[:1] in "بل" and len(w) > 3:
        n, d = stats.get(w[1:], (0, 0))
        if d >= 3 and d * 3 >= n:
            return False
    rest = w[3:] if w.startswith("بال") else w[2:] if w.startswith("لل") else ""
    if len(rest) >= 2:  # "بالرد"، "للهجوم": ب or ل with a noun news gives the article ("بالمر" is Palmer)
        n, d = stats.get(rest, (0, 0))
        if d >= 3 and d * 3 >= n:
            return False
    return not (len(w) > 3 and _accusative(w))



def person_id(name_norm: str) -> str:
    return "person:" + hashlib.sha1(name_norm.encode("utf-8")).hexdigest()[:10]


@dataclass(slots=True)
class Titled:
    """A person found so far in the article, with the role they were titled with."""

    entity: Entity
    role: str | None
    scope: str | None
    start: int


def _role_of(words: list[str], kb: KB) -> tuple[str | None, int]:
    """The role of the longest KB title at the start of ``words``, and how many words it takes."""
    for k in range(min(len(words), 8), 0, -1):
        role = kb.titles.get(" ".join(words[:k]))
        if role:
            return role, k
    return None, 0


def _scope(role: str | None, kb: KB, inside: list[Mention]) -> list[str]:
    """Countries or organisations a title names: states first, then organisations, else the role default."""
    states = [m.entity.country for m in inside if m.label == "GPE" and m.entity and m.entity.country]
    orgs = [m.entity for m in inside if m.label == "ORG" and m.entity]
    out: list[str] = []
    for s in states + [o.country for o in orgs if o.country]:
        if s not in out:
            out.append(s)
    if not out and role and kb.roles.get(role) and kb.roles[role].default_scope:
        out = [kb.roles[role].default_scope]
    return out


def link_name(name_ar: str, kb: KB, role: str | None, scope: str | None, date: str | None,
              country: str | None = None) -> Entity | None:
    """A KB person for a written name: exact, else phonetic among the role's holders, else phonetic overall
    (of ``country``, when the text tells one)."""
    norm = normalize(name_ar)
    for k in range(len(norm.split()), 0, -1):
        ids = [i for i in kb.names.get(" ".join(norm.split()[:k]), ()) if i.startswith("person:")]
        if ids and k >= 2:
            return kb.entities[ids[0]]
    key = phonetic_key(norm)
    if role and scope:
        for t in kb.holders(role, scope, date) or kb.by_role.get((role, scope), []):
            for alias in kb.entities[t.person].aliases_ar:
                if fuzz.ratio(key, phonetic_key(alias)) >= FUZZY_ROLE:
                    return kb.entities[t.person]
    hit = kb.phonetic.get(key)
    if hit and len(hit) == 1:
        ent = kb.entities[hit[0]]
        # "العاهل الأردني الملك عبد الله الثاني" sounds like Libya's عبد الله الثني: not of that country, and
        # not someone who never held the title's role
        if country and ent.country and ent.country != country:
            return None
        generic = role in kb.roles and not kb.roles[role].default_scope  # "الملك"، "الرئيس": of any state
        if generic and kb.tenures.get(ent.id) and not any(t.role == role for t in kb.tenures[ent.id]):
            return None
        return ent
    return None


def _named(article: Article, nv: Normalized, toks, name: list[int], kb: KB, role: str | None, scopes: list[str],
           date: str | None, provisional: dict[str, Entity], i: int, inside: list[Mention], state_at: dict[int, str]):
    """The person the words after a title name: (entity, raw start, raw end, name tokens, scope), or None when
    they are no name.  A KB person first (the country the text gives the title, or tells just before it,
    checks a phonetic match: "العاهل الأردني الملك عبد الله"), else a provisional person of the title's country."""
    ns, ne = nv.span(toks[name[0]][0], toks[name[-1]][1])
    name_ar = article.text[ns:ne]
    scope = scopes[0] if scopes else None
    told = _scope(None, kb, inside) or [state_at[toks[x][0]].removeprefix("state:") for x in (i - 1, i - 2)
                                        if x >= 0 and toks[x][0] in state_at]
    ent = link_name(name_ar, kb, role, scope, date, told[0] if told else None)
    if ent is None and len(name) >= 3:  # "المتحدث باسم قوات حفتر أحمد المسماري": the title's last word (حفتر)
        rest = nv.span(toks[name[1]][0], toks[name[-1]][1])  # is no part of the known name after it
        ent = link_name(article.text[slice(*rest)], kb, role, scope, date)
        if ent is not None:
            name, (ns, ne) = name[1:], rest
    if ent is not None:
        ns, ne = _trim_to(ent, toks, name, nv, ns, ne)  # the KB name may be shorter than the words taken
        return ent, ns, ne, name, scope
    if not looks_like_name([toks[x][2] for x in name]):
        return None
    name_norm = " ".join(toks[x][2] for x in name)
    ent = provisional.get(name_norm)
    if ent is None:
        ent = provisional[name_norm] = Entity(
            id=person_id(name_norm), kind="person", name=romanize(name_ar), name_ar=name_ar,
            country=scope if scope and len(scope) == 3 else None, aliases_ar=(name_ar,), source="title-phrase")
    return ent, ns, ne, name, scope


def norm_tokens(nv: Normalized) -> list[tuple[int, int, str]]:
    """Words, numbers and punctuation of the normalised text, with their offsets there."""
    return [(m.start(), m.end(), m.group()) for m in _TOK.finditer(nv.norm)]


def find_persons(article: Article, nv: Normalized, found: list[Mention], kb: KB, date: str | None,
                 toks: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    heads, quals, stops = _lexicon()
    toks = toks if toks is not None else norm_tokens(nv)
    out: list[Mention] = []
    titled: list[Titled] = []
    by_title: dict[str, Mention] = {}
    provisional: dict[str, Entity] = {}
    i, n = 0, len(toks)
    state_at = {nv.to_norm(m.start): m.entity.id for m in found if m.label == "GPE" and m.entity is not None}
    state_names = {nv.to_norm(m.start) for m in found if m.label == "GPE" and m.role != "demonym"}  # not "تركي"
    named_at = {nv.to_norm(m.start) for m in found if m.label == "PERS"}  # the KB's names found so far
    body_end = {nv.to_norm(m.start): nv.to_norm(m.end) for m in found if m.label == "ORG" and m.entity is not None}
    while i < n:
        s, e, w = toks[i]
        if not _starts_title(w, heads):
            i += 1
            continue
        j = i + 1
        country = None  # the first state named in the title; a second one starts another phrase
        posted = False
        head, dual = _head_stem(w, heads)  # a dual or plural: "وزيري خارجية ليبيا ومالطا"، "وزراء دفاع تركيا
        # وقطر": one person per state
        if dual and i and toks[i - 1][2] in _ONE_OF:
            dual = False  # "كبير مستشاري الرئيس الأمريكي مسعد بولس": one of them, named
        while j < n and j - i <= MAX_QUAL + (2 if dual else 0):
            w_j = toks[j][2]
            if w_j == _ACCREDITED and j + 1 < n and toks[j + 1][0] in state_at and country is not None:
                j += 2  # "السفير التركي لدى ليبيا": where he serves, still his title
                continue
            if w_j in _POSTED and j + 1 < n and head.removeprefix("ال") in _ENVOYS and (
                    toks[j + 1][0] in state_at or toks[j + 1][0] in body_end):
                j = j + 2 if toks[j + 1][0] in state_at else _past(toks, j, body_end[toks[j + 1][0]])
                posted = True  # the title ends where he serves; a name may open with ال after it
                break
            if w_j in _RANK_SECOND and _starts_title(toks[j - 1][2], heads):
                j += 1
                continue
            if j == i + 1 and toks[j][0] in body_end and not w_j.startswith("و"):
                j = _past(toks, j, body_end[toks[j][0]])  # "قائد قوات شرق ليبيا المشير خليفة حفتر": whose head
                continue
            if w_j == _FROM and toks[j - 1][2] in _DESIGNATED and j + 1 < n:
                # "رئيس الحكومة المكلفة من البرلمان أسامة حماد": who designated the body is still the title
                j += 2 + (toks[j + 1][2] == _BY and j + 2 < n)
                if toks[j - 1][0] in body_end:
                    j = _past(toks, j - 1, body_end[toks[j - 1][0]])
                continue
            body = _body_after(toks, j, body_end)
            if body is not None:  # "وزير الداخلية في حكومة الوفاق"، "وزير الخارجية بحكومة الوحدة الوطنية"
                j = body
                continue
            if not (w_j.isalpha() and (_definite(w_j) or _stem_in(w_j, quals)) and not _stem_in(w_j, stops)):
                break
            if w_j.startswith("و") and with_proclitic(w_j, _event_words()) is not None:
                break  # "وزير الدفاع السعودي والتقى بالرئيس": a verb, though "وال" opens it like an article
            state = state_at.get(toks[j][0])
            if state is not None and country is not None and state != country and not (
                    dual and w_j.startswith("و")):
                break  # "الرئيس التركي الولايات المتحدة ...": the US is his object, not his title
            country = country or state
            j += 1
        if with_proclitic(w, _PLURAL_HEADS, "وفبل") and sum(
                any(toks[x][0] <= st < toks[x][1] for st in state_at) for x in range(i + 1, min(n, i + 7))) < 2:
            i += 1  # "رؤساء المنظمات اليهودية": a plural head is people of several states only when it names them
            continue
        k = j + 1 if j < n and toks[j][2] in (",", "-") else j
        k += k < n and toks[k][2] in _THEN
        name: list[int] = []
        generic = _GENERIC.get(head.removeprefix("ال"))  # "الوزير التركي"، "المسؤول الليبي": a kind of person
        unnamed = generic == "any"  # "المسؤول الجزائري أشار": no name follows
        while not unnamed and k < n and (len(name) < MAX_NAME or (len(name) == MAX_NAME and toks[k][2] == OGLU)):
            t = toks[k][2]
            first_bad = not name and (t.startswith("و") or _definite(t) and not posted)  # "مندوب السودان لدى
            # الأمم المتحدة الحارث إدريس"
            if not t.isalpha() or t in stops or _stem_in(t, heads) or first_bad:
                break
            if name and (t.startswith("و") and not t.startswith("وا") or t in quals
                         or (_definite(t) and not t.startswith("ال"))):
                break
            if not _name_word(t, kb) or (toks[k][0] in state_names and toks[k][0] not in named_at):  # "رئيس
                # فنزويلا": the state is his title's (but "رئيسة الوزراء الإيطالية جورجيا ميلوني" is a name)
                break  # "الرئيس التركي ... مرارا بتسليم"، "للأمين العام ... حيث قال فيها": no name goes on here
            name.append(k)
            k += 1
        if head != w and w.endswith(head):
            s += len(w) - len(head)  # "ونظيره": the phrase starts after the proclitic
        role_start, role_end = nv.span(s, toks[j - 1][1])
        inside = [m for m in found if role_start <= m.start and m.end <= role_end and m.entity]
        words = [head] + [x[2] for x in toks[i + 1:j]]
        role, title_len = _role_of(words, kb)
        if head in COUNTERPART and titled and nv.to_raw(s) - titled[-1].start <= COUNTERPART_REACH:
            role = titled[-1].role  # "ونظيره القطري": the role of the person titled just before
        scopes = _scope(role, kb, inside)
        default = (kb.roles[role].default_scope if role in kb.roles else None) or ""
        if default.startswith("org:") and title_len == len(words) and default not in scopes:
            scopes.append(default)  # "مبعوث الأمم المتحدة إلى ليبيا": the whole title is the role's, state and all
        if role and j < n and toks[j][2] in _POSTED and head.removeprefix("ال") in _ENVOYS:
            scopes = []  # "مبعوث الأمم المتحدة إلى الشرق الأوسط": posted where the role's default is not
        title_key = " ".join(words)
        ctx = (role_start, role_end)

        # a name written after the title (unless the words taken are none: "وزير الخارجية المالطي بزيارة مفاجئة")
        named = len(name) >= 2 and not dual and _named(article, nv, toks, name, kb, role, scopes, date, provisional,
                                                       i, inside, state_at)
        if named:
            ent, ns, ne, name, scope = named
            m = _mention(ns, ne, ent, kb, role, date, article.text[role_start:role_end], 0.8, (role_start, ne))
            out.append(m)
            titled.append(Titled(ent, role, scope, ns))
            by_title.setdefault(title_key, m)
            i = name[-1] + 1
            continue

        # a title without a name: the role's holder on the date, per country named; not inside a deputy's title
        # ("نائب وزير الخارجية المصري": the minister's deputy, not the minister)
        linked = False
        deputy = i > 0 and toks[i - 1][2] in _DEPUTIES
        if role and not deputy:
            for scope in scopes or []:
                # someone this article already titled so comes first, then the KB's holder on the date
                prev = next((t for t in reversed(titled) if t.role == role and t.scope == scope), None)
                ent = prev.entity if prev else None
                if ent is None:
                    holders = kb.holders(role, scope, date)
                    ent = kb.entities[holders[0].person] if len(holders) == 1 else None
                if ent is not None:
                    out.append(_mention(role_start, role_end, ent, kb, role, date,
                                        article.text[role_start:role_end], 0.7, ctx))
                    titled.append(Titled(ent, role, scope, role_start))
                    linked = True
        if not linked and title_key in by_title:
            prev = by_title[title_key]
            out.append(Mention(role_start, role_end, "PERS", entity=prev.entity, role=prev.role,
                               role_ar=prev.role_ar, score=0.6, context=ctx))
            linked = True
        if not linked and j == i + 1 and head.removeprefix("ال") in _SOVEREIGNS and not (
                j < n and toks[j][0] in named_at | state_names or j < n and _name_word(toks[j][2], kb)):
            # "وأكد سمو الأمير"، "وقال الملك": the head of state the article last named
            prev_m = next((m for m in sorted(found + out, key=lambda m: -m.start) if m.start < role_start
                           and m.label == "PERS" and m.entity is not None and (t := kb.tenure_on(
                               m.entity.id, date, _HEAD_OF_STATE)) is not None and t.role == _HEAD_OF_STATE), None)
            if prev_m is not None:
                out.append(_mention(role_start, role_end, prev_m.entity, kb, _HEAD_OF_STATE, date,
                                    article.text[role_start:role_end], 0.6, ctx))
                linked = True
        if not linked and not role and generic and scopes:
            # "الوزير التركي": the last person of that country titled in the article
            kind = generic
            prev = next((t for t in reversed(titled) if t.entity.country == scopes[0] and t.role
                         and (kind != "minister" or t.role.endswith("minister"))
                         and (kind != "commander" or t.role.endswith(("commander", "chief_of_staff")))), None)
            if prev is not None:
                out.append(_mention(role_start, role_end, prev.entity, kb, prev.role, date,
                                    article.text[role_start:role_end], 0.5, ctx))
        i = max(j, i + 1)
    out.extend(_surname_mentions(toks, nv, provisional, out))
    return out


def _body_after(toks, j: int, body_end: dict[int, int]) -> int | None:
    """The token after an organisation named at token ``j`` behind في or ب ("في حكومة الوفاق"، "بحكومة
    الوحدة")، when one is."""
    s, e, w = toks[j]
    if w == _IN and j + 1 < len(toks):
        end = body_end.get(toks[j + 1][0])
    else:
        end = body_end.get(s + 1) if w.startswith("ب") else None
    return None if end is None else _past(toks, j, end)


def _past(toks, j: int, end: int) -> int:
    """The first token from ``j`` on that starts at or after ``end``."""
    while j < len(toks) and toks[j][0] < end:
        j += 1
    return j


def _trim_to(ent: Entity, toks, name: list[int], nv: Normalized, ns: int, ne: int) -> tuple[int, int]:
    aliases = {normalize(a) for a in ent.aliases_ar}
    for k in range(len(name), 0, -1):
        if " ".join(toks[x][2] for x in name[:k]) in aliases:
            return nv.span(toks[name[0]][0], toks[name[k - 1]][1])
    return ns, ne


def _mention(start: int, end: int, ent: Entity, kb: KB, role: str | None, date: str | None, role_ar: str,
             score: float, ctx: tuple[int, int]) -> Mention:
    tenure: Tenure | None = kb.tenure_on(ent.id, date, role) if ent.id in kb.tenures else None
    role_en = tenure.role_en if tenure else (kb.roles[role].role_en if role in kb.roles else None)
    return Mention(start, end, "PERS", entity=ent, role=role_en, role_ar=role_ar, score=score, context=ctx)


_SURNAME_PROCLITICS = frozenset("ولبف")


def _surname_mentions(toks, nv: Normalized, persons: dict[str, Entity], found: list[Mention]) -> list[Mention]:
    """Later references by surname alone to provisional people of this article."""
    if not persons:
        return []
    by_surname: dict[str, list[Entity]] = {}
    for name_norm, ent in persons.items():
        words = name_norm.split()
        # "تاتلي أوغلو" is read alone by both words, never by "أوغلو", the second word of many Turkish names
        surname = " ".join(words[-2:]) if words[-1] == OGLU and len(words) >= 2 else words[-1]
        by_surname.setdefault(surname, []).append(ent)
    taken = [(m.start, m.end) for m in found]
    out = []
    for s, e, w in toks:
        # the word, or the word less one proclitic letter (و ل ب ف), as clitic_candidates would split it
        splits = [("", w)]
        if w[:1] in _SURNAME_PROCLITICS and len(w) - 1 >= MIN_STEM:
            splits.append((w[0], w[1:]))
        for pre, stem in splits:
            ents = by_surname.get(stem)
            if not ents:
                continue
            rs, re_ = nv.span(s + len(pre), e)
            if len(ents) == 1 and not any(a <= rs < b for a, b in taken):
                out.append(Mention(rs, re_, "PERS", entity=ents[0], score=0.5))
            break
    return out
