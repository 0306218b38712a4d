"""Find actor and place mentions in an article and link each to one entity.

In order: states by name, demonym and capital (gazetteer); places; the
knowledge base's organisations and people by full name (one automaton,
clitic-aware); title phrases, resolved by role and date
(:mod:`marsad.actors.persons`); surnames used alone, linked only to someone
the article already names or to the surname's default holder; and last, the
NER tagger's person names that nothing above explains, linked to the KB by a
phonetic key or kept as provisional people.  Roles are resolved on the
article's date, or when it has none, on the latest full date its text gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from marsad.actors.gazetteer import Gazetteer, load_gazetteer
from marsad.actors.kb import KB, STATE_BODY, load_institutions, load_kb, state_body
from marsad.actors.persons import (
    find_persons,
    link_name,
    looks_like_name,
    name_like_word,
    norm_tokens,
    person_id,
    title_heads,
)
from marsad.actors.translit import OGLU, romanize
from marsad.dates import find_dates
from marsad.model import Article, Entity, Mention
from marsad.ner import load_tagger
from marsad.ner.features import is_person_cue
from marsad.ner.tagger import spans
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import Normalized, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import with_proclitic


@lru_cache(maxsize=1)
def kb_matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Automata over the KB's full names and its short forms, built once per process."""
    kb = load_kb()
    return PhraseMatcher(dict(kb.names.items())), PhraseMatcher(dict(kb.short.items()))


def reference_date(article: Article, nv: Normalized) -> str | None:
    """The date roles are resolved on: the publication date, else the latest full date in the text."""
    if article.published:
        return article.published[:10]
    found = [d.value for d in find_dates(nv.norm, None) if d.value]
    for size in (10, 7, 4):  # a day if the text gives one, else a month, else a year
        days = [v for v in found if len(v) == size]
        if days:
            return max(days)
    return None


def _pick(ids: list[str], kb: KB, date: str | None) -> Entity:
    if len(ids) > 1 and date:
        for i in ids:
            if kb.active_on(i, date):
                return kb.entities[i]
    return kb.entities[ids[0]]


def find_mentions(article: Article, nv: Normalized, norm_sentences: list[tuple[int, int]] | None = None,
                  gaz: Gazetteer | None = None, kb: KB | None = None, tagger=None,
                  use_tagger: bool = True) -> list[Mention]:
    gaz = gaz or load_gazetteer()
    kb = kb or load_kb()
    date = reference_date(article, nv)
    names, shorts = kb_matchers()
    mentions: list[Mention] = []
    for m in names.find(nv):
        ent = _pick(m.value, kb, date)
        after = _WORD_AFTER.match(nv.norm, m.nend)
        if ent.kind != "person" and after and after.group(1) in _OTHER_LEVEL:
            continue  # "مجلس الأمن القومي" is a state's council, not the UN's
        if ent.kind == "person":
            mentions.append(_person(m.start, m.end, ent, kb, date, 0.95))
        else:
            mentions.append(Mention(m.start, m.end, "ORG", entity=ent, score=0.95))
    orgs = [(m.start, m.end) for m in mentions if m.label == "ORG"]
    for m in gaz.state_matcher.find(nv):
        if any(a <= m.start and m.end <= b for a, b in orgs):
            continue
        mentions.append(Mention(m.start, m.end, "GPE", entity=m.value.entity, score=0.9 if m.value.demonym else 1.0,
                                role="demonym" if m.value.demonym else None))
    for m in gaz.place_matcher.find(nv):
        if not any(a <= m.start and m.end <= b for a, b in orgs):
            mentions.append(Mention(m.start, m.end, "LOC", place=m.value, role=m.prefix or None))
    mentions = _one_reading(nv, mentions)
    mentions = _capitals_by_demonym(nv, mentions, gaz)
    mentions = _governments_in_a_state(nv, mentions)
    mentions = _not_of_another_state(nv, mentions)
    mentions = _of_a_state_named(nv, mentions)
    _navies(nv, mentions, kb)
    toks = norm_tokens(nv)
    persons = find_persons(article, nv, mentions, kb, date, toks)
    mentions = _merge(mentions, persons)
    mentions.extend(_short_forms(nv, shorts, kb, mentions, date))
    if use_tagger:
        sents = norm_sentences if norm_sentences is not None else split_sentences(nv.norm)
        mentions.extend(_tagged_persons(article, nv, sents, toks, kb, mentions, date, tagger or load_tagger()))
    mentions.extend(_quoted_bodies(article, mentions))
    mentions.extend(_surnames_alone(nv, toks, mentions, kb, date))
    mentions.extend(_kind_anaphors(nv, toks, mentions))
    mentions.extend(_vessel_anaphors(nv, toks, mentions))
    mentions.extend(_bare_ministries(nv, toks, mentions, kb, gaz))
    mentions = _state_bodies(nv, mentions, gaz)
    _forces(nv, mentions, kb, date)
    for m in mentions:  # "الشيخ تميم بن حمد آل ثاني": the family name goes with the name before it
        if m.label == "PERS":
            family = _FAMILY.match(nv.norm, nv.to_norm(m.end))
            if family:
                m.end = nv.to_raw(family.end())
    place_spans = {(m.start, m.end) for m in mentions if m.label == "LOC"}
    mentions = [m for m in mentions if not (  # "رام الله": the city, though a name in the actor dictionary
        m.label == "PERS" and m.context is None and (m.start, m.end) in place_spans)]
    # a title with no name after it that names several states keeps them ("وزراء خارجية مصر والأردن والعراق": those
    # whose minister the KB lacks are still there)
    states_in = [(m.start, m.end) for m in mentions if m.label == "GPE"]
    names = [(m.start, m.end) for m in mentions if m.label == "PERS" and not (
        m.context == (m.start, m.end) and sum(m.start <= a and b <= m.end for a, b in states_in) >= 2)]
    mentions = [m for m in mentions if not (m.label in ("GPE", "LOC") and any(  # "جورجيا ميلوني": no Georgia
        a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in names))]
    mentions.sort(key=lambda x: (x.start, -(x.end - x.start)))
    _elliptic_titles(mentions)
    return mentions


def _elliptic_titles(mentions: list[Mention]) -> None:
    """"وزيرا الدفاع التركي خلوصي أكار والروسي سيرغي شويغو": the demonym right before the second name is his
    title, the dual's head left out; his mention takes it as its context."""
    for k in range(1, len(mentions)):
        m, d = mentions[k], mentions[k - 1]
        if (m.label == "PERS" and m.entity is not None and d.label == "GPE" and d.role == "demonym"
                and d.entity is not None and d.entity.country == m.entity.country and 0 < m.start - d.end <= 2
                and (m.context is None or m.context[0] >= m.start)):
            m.context = (d.start, m.end)


_FAMILY = re.compile(r"\s+ال\s+[^\W\d_]+")  # "آل ثاني"، "آل سعود" (آل normalised to ال, a word of its own)


# "السفينة الحربية التركية"، "فرقاطة تركية"، "القوات البحرية التركية": a state's warship acts as its navy
_VESSELS = frozenset(normalize(w) for w in (
    "سفينة", "السفينة", "سفن", "السفن", "فرقاطة", "الفرقاطة", "فرقاطات", "الفرقاطات", "بارجة", "البارجة", "بوارج",
    "مدمرة", "المدمرة", "مدمرات", "غواصة", "الغواصة", "غواصات", "زوارق", "الزوارق", "حاملة", "البحرية", "بحرية",
    "القطع", "قطع"))
_GENERIC_VESSELS = frozenset(normalize(w) for w in ("سفينة", "السفينة", "سفن", "السفن", "زوارق", "الزوارق", "قطع",
                                                    "القطع"))
_MILITARY = frozenset(normalize(w) for w in ("الحربية", "حربية", "العسكرية", "عسكرية", "البحرية", "بحرية"))


def _and_duals(words: frozenset[str]) -> frozenset[str]:
    """Normalised words with the duals of the feminine ones ("سفينه" -> "سفينتان"، "سفينتين")."""
    return words | {w[:-1] + end for w in words if w.endswith("ه") for end in ("تان", "تين")}


_VESSELS, _MILITARY = _and_duals(_VESSELS), _and_duals(_MILITARY)  # "سفينتان حربيتان روسيتان"
_GENERIC_VESSELS = _and_duals(_GENERIC_VESSELS)
_VESSEL_WORDS = _VESSELS | _MILITARY | frozenset(normalize(w) for w in ("القوات", "الطائرات"))


def _navy(state: Entity, kb: KB) -> Entity:
    """The navy of a state: the KB's (org:<iso3>_navy), else an organisation of that state made here."""
    known = kb.entities.get(f"org:{(state.country or '').lower()}_navy")
    return known or Entity(f"navy:{state.country}", "organization", f"Naval Forces of {state.name}",
                  f"القوات البحرية - {state.name_ar}", state.country, source="marsad (a state's warship)")


# "وفد عسكري تركي": a state's delegation acts as the state, its phrase standing where the state's name would
_DELEGATIONS = frozenset(normalize(w) for w in ("وفد", "الوفد", "وفدا", "وفود", "الوفود"))
_DELEGATION_WORDS = _DELEGATIONS | frozenset(normalize(w) for w in (
    "عسكري", "العسكري", "رسمي", "الرسمي", "أمني", "الأمني", "حكومي", "الحكومي", "برلماني", "البرلماني",
    "دبلوماسي", "الدبلوماسي", "وزاري", "الوزاري", "اقتصادي", "الاقتصادي", "عسكريا", "رسميا", "أمنيا", "حكوميا"))


def _head_words(before: list[str], words: frozenset[str], heads: frozenset[str]) -> int:
    """How many of the last words of ``before`` belong to ``words`` with one of ``heads`` among them (0: none)."""
    n = 0
    while n < len(before) and before[-1 - n] in words:
        n += 1
    return n if n and any(w in heads for w in before[len(before) - n:]) else 0


def _any_word(words: frozenset[str]) -> re.Pattern:
    """A pattern for any of ``words`` as a whole word: a quick test of a text before a walk over its mentions."""
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                      + r")(?![^\W\d_])")


# "طائرات مسيرة تركية"، "مقاتلات روسية": a state's military aircraft act as the state, like a delegation
_AIRCRAFT = frozenset(normalize(w) for w in (
    "طائرة", "الطائرة", "طائرات", "الطائرات", "مسيرة", "المسيرة", "مسيرات", "المسيرات", "مقاتلة", "المقاتلة",
    "مقاتلات", "المقاتلات", "مروحية", "المروحية", "مروحيات", "المروحيات", "درون", "الدرون"))
_AIRCRAFT_WORDS = _AIRCRAFT | frozenset(normalize(w) for w in (
    "حربية", "الحربية", "عسكرية", "العسكرية", "بدون", "دون", "طيار", "مقاتلة", "المقاتلة", "مسيرة", "المسيرة"))
_GROUP_WORD = _any_word(_VESSELS | _DELEGATIONS | _AIRCRAFT)
# words that may stand between a warship and its name ("الفرقاطة التركية غازي عنتاب"), not before a place
_NOT_A_NAME = frozenset(normalize(w) for w in ("في", "إلى", "الى", "من", "قرب", "قبالة", "نحو", "عند", "ميناء",
                                               "مياه", "سواحل", "بين", "و"))


def _navies(nv: Normalized, mentions: list[Mention], kb: KB) -> None:
    """A demonym after a warship or navy ("وصول السفينة الحربية التركية") names that state's navy; after a
    delegation ("وفد عسكري تركي") the state, with the delegation's phrase as the mention's context."""
    if not _GROUP_WORD.search(nv.norm):
        return
    ship_names = []
    for i, m in enumerate(mentions):
        if m.label != "GPE" or m.role != "demonym" or m.entity is None:
            continue
        start = nv.to_norm(m.start)
        before = nv.words_before(start, 3)
        words = _head_words(before, _VESSEL_WORDS, _VESSELS)
        if words and _MILITARY.isdisjoint(before[-words:]) and all(
                w in _GENERIC_VESSELS for w in before[-words:] if w in _VESSELS):
            words = 0  # "سفينة تركية محملة بالقمح": a ship of the state, not its navy (a warship says so)
        if words:
            lead = nv.norm.rfind(before[-words], 0, start)
            mentions[i] = Mention(m.start, m.end, "ORG", entity=_navy(m.entity, kb), score=m.score,
                                  context=(nv.to_raw(lead), m.end))
            ship_names.append(nv.to_norm(m.end))
            continue
        words = (_head_words(before, _DELEGATION_WORDS, _DELEGATIONS)
                 or _head_words(before, _AIRCRAFT_WORDS, _AIRCRAFT))
        if words:
            m.context = (nv.to_raw(nv.norm.rfind(before[-words], 0, start)), m.end)
    if ship_names:  # a place named right after a warship is its name: "الفرقاطة التركية غازي عنتاب"
        mentions[:] = [m for m in mentions if not (m.label == "LOC" and not m.role and _names_ship(nv, m, ship_names))]


def _names_ship(nv: Normalized, place: Mention, ship_ends: list[int]) -> bool:
    start = nv.to_norm(place.start)
    for end in ship_ends:
        between = nv.norm[end:start].split()
        if end <= start and len(between) <= 2 and not set(between) & _NOT_A_NAME \
                and not set(nv.norm[end:start]) & {",", "،"}:
            return True
    return False


FORCES = frozenset(normalize(w) for w in (  # words of armed men: "قوات حفتر" are troops, not Haftar
    "قوات", "القوات", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "كتائب", "الكتائب", "عناصر", "وحدات",
    "مقاتلو", "مقاتلي", "مسلحو", "مسلحي", "جنود", "قوة"))
_LOYAL = frozenset(normalize(p + w) for p in ("", "ال") for w in (
    "موالية", "موالين", "موالي", "تابعة", "تابعين", "تابع", "مؤيدة", "مؤيدين"))  # "قوة تابعة لوزارة الداخلية"


_FORCES_WORD = _any_word(FORCES)


def _forces(nv: Normalized, mentions: list[Mention], kb: KB, date: str | None) -> None:
    """"قوات حكومة الوفاق"، "القوات الموالية لحفتر": forces named by whom they serve act as that person or body,
    and the forces of an armed group's commander as that group ("قوات خليفة حفتر": the LNA). The mention takes
    the whole phrase as its context, so that the phrase, not a preposition before the name, stands next to a
    verb."""
    if not _FORCES_WORD.search(nv.norm):
        return
    for m in mentions:
        if m.entity is None or m.context is not None or m.label not in ("PERS", "ORG"):
            continue
        start = nv.to_norm(m.start)
        clitic = nv.norm[start - 1:start] == "ل"
        before = nv.words_before(start - clitic, 2)
        if before and before[-1] in FORCES and not clitic and nv.norm[start - 1:start] == " ":
            words = 1  # "قوات حكومة الوفاق"
        elif len(before) == 2 and before[0] in FORCES and before[1] in _LOYAL and clitic:
            words = 2  # "القوات الموالية لحفتر"
        else:
            continue
        lead = nv.norm.rfind(before[-words], 0, start)
        m.context = (nv.to_raw(lead), m.end)
        tenure = kb.tenure_on(m.entity.id, date) if m.label == "PERS" else None
        group = _COMMANDED.get(tenure.role) if tenure else None
        if group in kb.entities:
            m.label, m.entity, m.role, m.role_ar = "ORG", kb.entities[group], None, None


_COMMANDED = {"lna_commander": "org:lna", "rsf_commander": "org:rsf"}  # whose forces are an armed group


_SULTANATE = normalize("سلطنة")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
# adjectives that make a body's name another body's: "مجلس الأمن القومي"، "المجلس الوطني"
_OTHER_LEVEL = frozenset(normalize(w) for w in ("القومي", "الوطني", "المحلي", "الإقليمي", "القومية", "الوطنية",
                                                 "المحلية", "الإقليمية", "الاستراتيجي", "الاستراتيجية"))


def _one_reading(nv: Normalized, mentions: list[Mention]) -> list[Mention]:
    """A state's name that is also another state's city ("عمان": Oman, or Amman in Jordan) is read once: the
    city when the article names that other state and the word before is not "سلطنة", else the state."""
    cities = {(m.start, m.end): m for m in mentions if m.label == "LOC"}
    named = {m.entity.country for m in mentions if m.label == "GPE"}
    states_at = {nv.to_norm(m.start) for m in mentions if m.label == "GPE" and m.role != "demonym"}

    def listed(m: Mention) -> bool:  # "مالي والنيجر وبوركينا فاسو": one of states listed
        after = nv.to_norm(m.end)
        return nv.norm.startswith(" و", after) and after + 2 in states_at
    drop: set[int] = set()
    for m in mentions:
        city = cities.get((m.start, m.end)) if m.label == "GPE" else None
        if city is None or city.place.country == m.entity.country:
            continue
        before = nv.words_before(nv.to_norm(m.start))
        drop.add(id(m) if city.place.country in named and before != [_SULTANATE] else id(city))
    for m in mentions:  # "دعم مالي"، "الوضع المالي": financial, not Mali, unless a state's word is before it
        if m.label != "GPE" or m.role == "demonym" or nv.norm[nv.to_norm(m.start):nv.to_norm(m.end)] \
                not in _ADJECTIVE_STATES:
            continue
        before = nv.words_before(nv.to_norm(m.start))
        word = before[0] if before else ""
        if not with_proclitic(word, _STATE_WORDS, "وفبل") and not listed(m):
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop]


# states whose name is also a common adjective; read as the state only after a word that introduces a place
_ADJECTIVE_STATES = {normalize("مالي")}
_STATE_WORDS = {normalize(w) for w in ("في", "إلى", "الى", "من", "دولة", "جمهورية", "بين", "مع", "عن", "حكومة",
                                       "رئيس", "شمال", "جنوب", "شرق", "غرب", "وسط", "عاصمة", "داخل", "لدى")}


def _capitals_by_demonym(nv: Normalized, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"في العاصمة التونسية": the capital of the state whose demonym follows العاصمة is a place, and the demonym
    names no party there; not when the capital's own name follows ("العاصمة الليبية طرابلس")."""
    places = {nv.to_norm(m.start) for m in mentions if m.label == "LOC"}
    out: list[Mention] = []
    for m in mentions:
        ns = nv.to_norm(m.start)
        before = nv.words_before(ns) if m.label == "GPE" and m.role == "demonym" else []
        capital = gaz.capital_places.get(m.entity.country) if before else None
        word = before[0] if before else ""
        if capital is None or not with_proclitic(word, _CAPITAL_WORDS, "وب") or \
                nv.norm.find(" ", nv.to_norm(m.end)) + 1 in places:
            out.append(m)
            continue
        start = nv.norm.rfind(word, 0, ns)
        prefix = word[:len(word) - len(_CAPITAL)] or None
        out.append(Mention(nv.to_raw(start + len(prefix or "")), m.end, "LOC", place=capital, role=prefix))
    return out


_CAPITAL = normalize("العاصمة")
_CAPITAL_WORDS = frozenset({_CAPITAL, normalize("بالعاصمة")})


def _governments_in_a_state(nv: Normalized, mentions: list[Mention]) -> list[Mention]:
    """"واتهمت الحكومة الانتقالية في مالي الجزائر": a state's government or authorities named by where they
    govern stand for that state, the whole phrase one mention."""
    out: list[Mention] = []
    for m in mentions:
        ns = nv.to_norm(m.start)
        before = nv.words_before(ns, 5) if m.label == "GPE" and m.role != "demonym" else []
        if len(before) >= 3 and before[-1] in _PARTS and before[-2] == _IN:
            before = before[:-1]  # "أفرجت السلطات في شرق ليبيا": they govern a part of it
        if len(before) < 2 or before[-1] != _IN:
            out.append(m)
            continue
        k = len(before) - 2
        while k > 0 and _ADJECTIVE.match(before[k]) and before[k] not in _GOVERNMENTS:
            k -= 1
        head = with_proclitic(before[k], _GOVERNMENTS, "وفل")
        if head is None:
            out.append(m)
            continue
        start = nv.norm.rfind(head, 0, ns)
        out.append(Mention(nv.to_raw(start), m.end, "GPE", entity=m.entity, role="institution", score=m.score))
    return out


_IN = normalize("في")
_PARTS = frozenset(normalize(w) for w in ("شرق", "غرب", "جنوب", "شمال", "وسط"))
_GOVERNMENTS = frozenset(normalize(w) for w in ("الحكومة", "السلطات", "الحكومات", "السلطة"))


def _not_of_another_state(nv: Normalized, mentions: list[Mention]) -> list[Mention]:
    """"مجلس النواب العراقي" is not Libya's House of Representatives: a state's body named with another state's
    demonym right after it is that other state's, and the demonym stands for it."""
    demonyms = {nv.to_norm(m.start): m for m in mentions if m.label == "GPE" and m.role == "demonym"}
    drop = set()
    for m in mentions:
        if m.label != "ORG" or m.entity is None or not m.entity.country:
            continue
        after = nv.norm[nv.to_norm(m.end):nv.to_norm(m.end) + 2]
        d = demonyms.get(nv.to_norm(m.end) + (len(after) - len(after.lstrip())))
        if d is not None and d.entity is not None and d.entity.country != m.entity.country:
            drop.add(id(m))
    return [m for m in mentions if id(m) not in drop]


def _of_a_state_named(nv: Normalized, mentions: list[Mention]) -> list[Mention]:
    """A state's body named by a generic title ("مجلس النواب"، "القيادة العامة"، "وزارة الداخلية") needs its
    state named somewhere in the article (in news of Iraq it is not Libya's House of Representatives): by name
    or demonym, by its capital or another place of it, or by another of its bodies."""
    states = {m.entity.country for m in mentions if m.entity is not None and m.label == "GPE"}
    states |= {m.place.country for m in mentions if m.place is not None}
    bodies: dict[str, set[str]] = {}
    for m in mentions:
        if m.label == "ORG" and m.entity is not None and m.entity.country:
            bodies.setdefault(m.entity.country, set()).add(m.entity.id)
    gaz = load_gazetteer()

    def names_its_state(m: Mention) -> bool:  # "مجلس النواب الليبي": the title says whose it is
        words = set(nv.norm[nv.to_norm(m.start):nv.to_norm(m.end)].split())
        state = gaz.states.get(m.entity.country)
        return state is not None and any(normalize(a) in words for a in state.aliases_ar)

    return [m for m in mentions if not (m.label == "ORG" and m.entity is not None and m.entity.country
                                        and m.entity.country not in states and len(bodies[m.entity.country]) < 2
                                        and _generic_title(nv, m) and not names_its_state(m))]


def _generic_title(nv: Normalized, m: Mention) -> bool:
    return set(nv.norm[nv.to_norm(m.start):nv.to_norm(m.end)].split()) <= _GENERIC_WORDS


# the words of bodies' generic titles, which every state has ("مجلس النواب"، "القيادة العامة للقوات المسلحة"); a
# national-unity government or national army (الوحدة الوطنية، الوطني) is read as Libya's, the news marsad is for
_GENERIC_WORDS = frozenset(normalize(w) for w in (
    "مجلس", "المجلس", "النواب", "الرئاسي", "الأعلى", "للدولة", "الدولة", "حكومة", "الحكومة",
    "وزارة", "الداخلية", "الدفاع", "الخارجية", "القيادة", "العامة", "العام", "للقوات", "القوات", "المسلحة",
    "الجيش", "جيش", "خفر", "السواحل", "البرلمان", "رئاسة", "الأركان", "أركان", "المصرف", "المركزي", "هيئة", "قوات",
    "الشرطة", "المخابرات", "جهاز", "الاستخبارات", "الأمن", "البحرية", "الجوية"))


def _merge(found: list[Mention], persons: list[Mention]) -> list[Mention]:
    """Title-phrase people replace a bare KB-name match of the same span (they carry the role)."""
    spans = {(m.start, m.end) for m in persons}
    return [m for m in found if not (m.label == "PERS" and (m.start, m.end) in spans)] + persons


def _short_forms(nv: Normalized, shorts: PhraseMatcher, kb: KB, found: list[Mention], date: str | None):
    in_article = {m.entity.id for m in found if m.entity is not None}
    taken = [(m.start, m.end) for m in found if m.entity is not None or m.place is not None]
    out = []
    for m in shorts.find(nv):
        if any(a < m.end and m.start < b for a, b in taken):
            continue
        holders = m.value
        named = sorted({pid for pid, _ in holders if pid in in_article})  # a spelling pair lists one person twice
        if len(named) > 1:  # "خليفة حفتر ... حفتر ... صدام حفتر": the one named before it
            before = {x.entity.id for x in found if x.entity is not None and x.end <= m.start}
            named = [pid for pid in named if pid in before] or named
        if len(named) == 1:
            pid = named[0]
        elif not named:
            defaults = sorted({pid for pid, d in holders if d})
            if not defaults:
                continue
            pid = defaults[0]
        else:
            continue  # two people of that name in the article: do not guess
        ent = kb.entities[pid]
        out.append(_person(m.start, m.end, ent, kb, date, 0.6))
    return out


_NAME_PARTICLES = frozenset(normalize(w) for w in ("عبد", "أبو", "بن", "ابن", "آل", "ولد", "بنت"))


def _surnames_alone(nv: Normalized, toks, found: list[Mention], kb: KB, date: str | None) -> list[Mention]:
    """"عقيلة صالح ... ثمّن صالح": the last word of a person's name, alone after the article has named them in
    full, is that person, when no one else the article named has it. Only bare or after و/ف ("لصالح" is "in
    favour of"), and not a word news mostly uses otherwise ("الكبير"، "العربي"); "عبد العاطي" ends no name
    word alone, and "أوغلو" is read only with the word before it."""
    by_surname: dict[str, list[Mention]] = {}
    for m in found:
        if m.label != "PERS" or m.entity is None:
            continue
        words = nv.norm[nv.to_norm(m.start):nv.to_norm(m.end)].split()
        if " ".join(words) not in {normalize(a) for a in m.entity.aliases_ar}:
            continue  # "وزير الدفاع التركي": a title, no name
        if len(words) < 2 or words[-2] in _NAME_PARTICLES or words[-1] == OGLU:
            continue
        by_surname.setdefault(words[-1], []).append(m)
    if not by_surname:
        return []
    taken = [(nv.to_norm(m.start), nv.to_norm(m.end)) for m in found if m.entity is not None or m.place is not None]
    out = []
    for s, e, w in toks:
        stem = w[1:] if w[:1] in "وف" and w[1:] in by_surname else w
        named = by_surname.get(stem)
        if not named or any(a <= s < b for a, b in taken):
            continue
        before = {m.entity.id: m.entity for m in named if nv.to_norm(m.end) <= s}
        if len(before) == 1 and name_like_word(stem):
            rs, re_ = nv.span(e - len(stem), e)
            out.append(_person(rs, re_, next(iter(before.values())), kb, date, 0.55))
    return out


def _tagged_persons(article: Article, nv: Normalized, sents: list[tuple[int, int]], all_toks, kb: KB,
                    found: list[Mention], date: str | None, tagger):
    """Names the tagger marks as people that nothing else explains.

    The tagger reads a window of words around each given name or person cue
    (a title, السيد، الشيخ ...) that no mention covers yet; a sentence with
    none is not tagged at all, which keeps linking fast on long articles.
    """
    taken = [(m.context or (m.start, m.end)) for m in found if m.entity is not None or m.place is not None]
    ntaken = sorted((nv.to_norm(a), nv.to_norm(b)) for a, b in taken) if taken else []
    out: list[Mention] = []
    provisional: dict[str, Entity] = {}
    starts = [t[0] for t in all_toks]
    cue_words = set(filter(is_person_cue, {t[2] for t in all_toks}))
    for ns, ne in sents:
        toks = all_toks[bisect_left(starts, ns):bisect_left(starts, ne)]
        cues = [i for i, t in enumerate(toks) if t[2] in cue_words and not any(a <= t[0] < b for a, b in ntaken)]
        for lo, hi in _windows(cues, len(toks)):
            words = [t[2] for t in toks[lo:hi]]
            for a, b, kind in sorted(spans(tagger.tag(words))):
                a, b = a + lo, b + lo
                # "نجلاه صدام وخالد": two names joined by و are two people, as a title's name stops there
                b = next((x for x in range(a + 1, b) if toks[x][2].startswith("و")
                          and not toks[x][2].startswith("وا")), b)
                if kind != "PERS" or b - a < 2 or not (toks[a][2].isalpha() and toks[b - 1][2].isalpha()):
                    continue
                rs, re_ = nv.span(toks[a][0], toks[b - 1][1])
                if any(x < re_ and rs < y for x, y in taken) or not looks_like_name([t[2] for t in toks[a:b]]):
                    continue
                if a and with_proclitic(toks[a - 1][2], _PLACE_WORDS, "وفبل"):
                    continue  # "منطقة أبو سليم"، "حي باب بن غشير": a place's name
                out.append(_tagged_mention(article, rs, re_, " ".join(t[2] for t in toks[a:b]), kb, date,
                                           provisional))
                taken.append((rs, re_))
    return out


# a body's kind word and its name in quotes: "منظمة «آلارم فون»"، "جماعة "أنصار الله"" (not a newspaper: a source)
_QUOTED_BODY = re.compile(
    r"(?<![^\W\d_])[وفبل]?(?:ال)?(منظمة|حركة|جمعية|مؤسسة|مجموعة|جماعة|شركة|حزب|تحالف|ائتلاف|ميليشيا|كتيبة|هيئة"
    r"|بينها|منها|ومنها|أبرزها)"  # "منظمات حقوقية، بينها "أطباء بلا حدود""
    r"\s+[«\"“]([^«»\"“”\n]{2,40})[»\"”]")
_ARMED = {"حركة", "جماعة", "ميليشيا", "كتيبة"}
_AMONG = {"بينها", "منها", "ومنها", "أبرزها"}  # the name stands alone: "بينها "أطباء بلا حدود""


def _quoted_bodies(article: Article, found: list[Mention]) -> list[Mention]:
    """Organisations named in quotes after their kind word that no mention covers yet: provisional entities
    with a Latin transliteration, as the tagger's people are."""
    out: list[Mention] = []
    for m in _QUOTED_BODY.finditer(article.text):
        if any(x.start < m.end() and m.start(1) < x.end for x in found):
            continue
        name = m.group(2).strip()
        among = m.group(1) in _AMONG  # "بينها "أطباء بلا حدود"": the quoted name alone
        name_ar = name if among else f"{m.group(1)} {name}"
        kind = "armed_group" if m.group(1) in _ARMED else "organization"
        ent = Entity("org:ner-" + person_id(normalize(name_ar)).removeprefix("person:"), kind, romanize(name),
                     name_ar, None, (name_ar,), source="ner")
        span = (m.start(2), m.end(2)) if among else (m.start(1), m.end())
        out.append(Mention(*span, "ORG", entity=ent, score=0.5))
    return out


# "وطالبت المنظمة الحكومة المالطية": a body's kind word alone is the body of that kind the article last named
_KINDS = frozenset(normalize(w) for w in ("منظمة", "حركة", "جماعة", "مجلس", "بعثة", "تنظيم", "هيئة", "حكومة",
                                         "لجنة", "جيش"))
_KIND_PROCLITICS = ("وال", "فال", "بال", "وبال", "ال", "لل", "ولل")
# "في مقر المجلس"، "رئيس المجلس"، "أعضاء الحكومة": the body's seat or members, not the body acting
_OF_A_BODY = frozenset(normalize(w) for w in (
    "مقر", "بمقر", "لمقر", "داخل", "أمام", "قاعة", "رئيس", "رئيسة", "نائب", "أعضاء", "عضو", "باسم", "ممثل", "ممثلي"))
_KIND_FORMS = {p + k: p for p in _KIND_PROCLITICS for k in _KINDS}  # word -> its proclitic


def _of_a_body(word: str) -> bool:
    """Whether a word before a body's kind word makes it the body's seat or members ("لرئيس الحكومة")."""
    return with_proclitic(word, _OF_A_BODY, "وبل") is not None


KIND_REACH = 1500  # characters back to the body a kind word refers to
_ADJECTIVE = re.compile(r"^ال\S+(?:ي|يه|يين|يون|يتين)$")  # "المنظمة الدولية"، "الحكومة الليبية": a name goes on


def _kind_anaphors(nv: Normalized, toks, found: list[Mention]) -> list[Mention]:
    bodies = sorted((m for m in found if m.entity is not None and m.entity.kind in ("organization", "armed_group")
                     and m.label == "ORG"), key=lambda m: m.start)
    if not bodies:
        return []
    covered = None
    out: list[Mention] = []
    for k, (s, e, w) in enumerate(toks):
        pre = _KIND_FORMS.get(w)
        if pre is None and w in _GOVERNMENTAL and k and toks[k - 1][2] in FORCES:
            # "قوات حكومية"، "القوات الحكومية": forces of the government the article named last
            kind, start, context = _GOVERNMENT, nv.to_raw(s), (nv.to_raw(toks[k - 1][0]), nv.to_raw(e))
        elif pre is None:
            continue
        else:
            kind, start, context = w[len(pre):], nv.to_raw(s + len(pre) - 2), None  # the phrase keeps its article
        covered = covered if covered is not None else [(nv.to_norm(m.start), nv.to_norm(m.end)) for m in found]
        if any(a < e and s < b for a, b in covered):
            continue
        if k + 1 < len(toks) and _ADJECTIVE.match(toks[k + 1][2]) or k and _of_a_body(toks[k - 1][2]):
            continue
        body = next((m for m in reversed(bodies) if m.end <= start and start - m.end <= KIND_REACH
                     and any(normalize(a).removeprefix("ال").startswith(kind)
                             for a in (m.entity.name_ar, *m.entity.aliases_ar))), None)
        if body is not None and context is not None and _another_state_near(nv, found, body, e):
            continue  # "القوات الحكومية ... إدلب في شمالي سوريا": Syria's, not the government named before
        if body is not None:
            out.append(Mention(start, nv.to_raw(e), "ORG", entity=body.entity, score=0.5, context=context))
    return out


_DEFINITE_VESSELS = frozenset(w for w in _VESSELS if w.startswith("ال") and w not in ("البحريه", "القطع"))


def _vessel_anaphors(nv: Normalized, toks, found: list[Mention]) -> list[Mention]:
    """"طاقم الفرقاطة"، "وصول الفرقاطة" after "الفرقاطة التركية": the navy whose warship of that kind the article
    named before (a warship acts as its navy)."""
    ships = [m for m in found if m.label == "ORG" and m.context and m.entity is not None
             and (m.entity.id.endswith("_navy") or m.entity.id.startswith("navy:"))]
    if not ships:
        return []
    covered = [(nv.to_norm(m.context[0] if m.context else m.start), nv.to_norm(m.end)) for m in found]
    out: list[Mention] = []
    for k, (s, e, w) in enumerate(toks):
        bare = w[1:] if w[:1] in "وفبل" and w[1:] in _DEFINITE_VESSELS else w
        if bare not in _DEFINITE_VESSELS or any(a < e and s < b for a, b in covered):
            continue
        if k + 1 < len(toks) and _ADJECTIVE.match(toks[k + 1][2]):
            continue  # "السفينة الحربية": a phrase of its own, named by what follows it
        start = nv.to_raw(e - len(bare))
        ship = next((m for m in reversed(ships) if m.context and m.end <= start and start - m.end <= KIND_REACH
                     and bare.removeprefix("ال") in nv.norm[nv.to_norm(m.context[0]):nv.to_norm(m.end)]), None)
        if ship is not None:
            out.append(Mention(start, nv.to_raw(e), "ORG", entity=ship.entity, score=0.5))
    return out


def _another_state_near(nv: Normalized, found: list[Mention], body: Mention, end: int) -> bool:
    """Whether a state or place other than ``body``'s is named after it, up to the end of the sentence that
    normalised offset ``end`` is in."""
    dot = nv.norm.find(".", end)
    stop = nv.to_raw(dot if dot >= 0 else len(nv.norm))
    return any(body.end <= m.start < stop and (m.place or m.entity) is not None and m.label in ("GPE", "LOC")
               and (m.place.country if m.place is not None else m.entity.country) != body.entity.country
               for m in found)


_GOVERNMENT = normalize("حكومة")
_GOVERNMENTAL = frozenset(normalize(w) for w in ("حكومية", "الحكومية"))


_PLACE_WORDS = frozenset(normalize(p + w) for p in ("", "ال") for w in (
    "منطقة", "حي", "مدينة", "بلدة", "قرية", "مخيم", "شارع", "ميدان", "ضاحية", "جزيرة", "ولاية", "محافظة", "إقليم",
    "مطار", "ميناء", "قاعدة", "معسكر", "سجن", "مستشفى", "جامعة", "مسجد", "فندق"))
# "وأعلنت وزارة الدفاع": a ministry named by its field alone is one of the state the news is about
_MINISTRY = frozenset(normalize(p + "وزارة") for p in ("", "و", "ف", "ل", "ول", "ب", "وب"))
_FIELDS = frozenset(normalize(w) for w in ("الدفاع", "الخارجية", "الداخلية", "العدل", "المالية", "الاقتصاد",
                                           "النفط", "الصحة", "الإعلام", "المواصلات", "العمل"))
_IN_BODY = frozenset(normalize(w) for w in ("في", "ب", "لدى"))
_THE_MINISTRY_WORD = normalize("الوزارة")
_THE_MINISTRY = frozenset(p + _THE_MINISTRY_WORD for p in ("", "و", "ف"))  # a subject ("بالوزارة": at it)


def _bare_ministries(nv: Normalized, toks, found: list[Mention], kb: KB, gaz: Gazetteer) -> list[Mention]:
    """A ministry named by its field alone ("وزارة الدفاع"), with no state's adjective after it: the ministry
    of the body named right after it ("وزارة الخارجية في حكومة الوفاق": Libya's), else of the same field the
    article named before, else of the state where the article opens (its dateline, its first place).  And
    "وقالت الوزارة": the ministry the article named last."""
    if not any(w in _MINISTRY for _s, _e, w in toks):
        return []
    spans = [(nv.to_norm(m.start), nv.to_norm(m.end)) for m in found]
    home = next((m.place.country if m.place is not None else m.entity.country
                 for m in sorted(found, key=lambda m: m.start)
                 if m.label in ("LOC", "GPE") and (m.place or m.entity) is not None), None)
    named: dict[str, Mention] = {}  # field -> the latest ministry of it linked
    latest: Mention | None = None  # the ministry named last, of any field
    out: list[Mention] = []
    for k, (s, e, w) in enumerate(toks[:-1]):
        field = toks[k + 1][2]
        if w in _THE_MINISTRY and latest is not None and s - nv.to_norm(latest.end) <= KIND_REACH and not (
                _ADJECTIVE.match(field) or field in _FIELDS or k and _of_a_body(toks[k - 1][2])):
            ent = latest.entity
            out.append(Mention(nv.to_raw(s + len(w) - len(_THE_MINISTRY_WORD)), nv.to_raw(e), latest.label,
                               entity=ent, score=0.5, role="institution" if latest.label == "GPE" else None))
            continue
        if w not in _MINISTRY or field not in _FIELDS:
            continue
        end = toks[k + 1][1]
        if any(a < end and s < b for a, b in spans):
            named[field] = next((m for m in found if nv.to_norm(m.start) <= s < nv.to_norm(m.end)), named.get(field))
            latest = named[field] if named[field] is not None and named[field].entity is not None else latest
            continue  # "وزارة الدفاع التركية": named with its state
        if k + 2 < len(toks) and _ADJECTIVE.match(toks[k + 2][2]):
            state = next((m for m in found if nv.to_norm(m.start) == toks[k + 2][0] and m.entity is not None), None)
            named[field] = state or named.get(field)  # "وزارة الخارجية الإيطالية": Italy's, for a later one
            latest = state or latest
            continue
        if k and _of_a_body(toks[k - 1][2]):
            continue
        body = next((m for m in found if m.entity is not None and m.entity.country and k + 2 < len(toks)
                     and toks[k + 2][2] in _IN_BODY and nv.to_norm(m.start) == toks[k + 3][0]), None) \
            if k + 3 < len(toks) else None
        earlier = named.get(field)
        country = body.entity.country if body is not None else (
            earlier.entity.country if earlier is not None and earlier.entity is not None else home)
        if not country:
            continue
        ministry = _ministry_of(kb, country, field)
        start = nv.to_raw(s + len(w) - len(normalize("وزارة")))
        if ministry is not None or body is not None:  # "وزارة الداخلية في حكومة الوحدة": a ministry of it
            m = Mention(start, nv.to_raw(end), "ORG", entity=ministry or body.entity, score=0.5)
        elif country in gaz.states:
            m = Mention(start, nv.to_raw(end), "GPE", entity=gaz.states[country], score=0.5, role="institution")
        else:
            continue
        named[field] = latest = m
        out.append(m)
    return out


INSTITUTION_WORDS = 3  # the most words of an institution's name ("وزارة الشؤون الخارجية")


def _institution_before(nv: Normalized, ns: int) -> tuple[int, str, str, str] | None:
    """The institution named right before normalised offset ``ns``: (its normalised start, English name,
    reading, first form), the longest form that the words before it end with (less a proclitic: "ووزارة"،
    "للشرطة")."""
    table = load_institutions()
    last = nv.words_before(ns, 1)
    if not last or last[0] not in _institution_ends():
        return None  # the word before the demonym ends no institution's name: most demonyms
    words = list(_WORD.finditer(nv.norm, max(0, ns - 80), ns))[-INSTITUTION_WORDS - 1:]
    if not words or nv.norm[words[-1].end():ns].strip():
        return None
    for k in range(max(0, len(words) - INSTITUTION_WORDS), len(words)):
        first, rest = words[k].group(), [w.group() for w in words[k + 1:]]
        if k and (words[k - 1].group() in title_heads() or words[k - 1].group() == _IN_THE_NAME_OF):
            continue  # "وزير الخارجية الفلسطيني": a person's title; "المتحدثة باسم الخارجية الروسية"
        for lead, form in ((0, first), (1, first[1:]), (2, first[2:])):
            if lead and (first[:lead] not in _PROCLITICS or not form):
                continue
            if not rest and (lead and first[0] == "و" or k and _definite_noun(words[k - 1].group())):
                continue  # "وزيري العدل والداخلية التركيين": a word joined to another; "الشؤون الداخلية الليبية":
                # an adjective of a noun, no body alone
            if first.startswith("لل") and lead == 1:
                form = "ال" + first[2:]
            found = table.get(" ".join([form, *rest]))
            if found is not None:
                return words[k].start() + lead - (first.startswith("لل") and lead == 1), found[0], found[1], found[2]
    return None


def _definite_noun(word: str) -> bool:
    """A word with the article that is no verb ("الشؤون"; not "ألقت"، "التقى", which read as ال + ...)."""
    from marsad.events.lexicon import event_words  # events build on actors; this one word list goes the other way

    return word.startswith(("ال", "وال")) and with_proclitic(word, event_words()) is None


@lru_cache(maxsize=1)
def _institution_ends() -> frozenset[str]:
    """The last words of the institutions' forms, with the proclitics a one-word form may carry."""
    ends = {form.split()[-1] for form in load_institutions()}
    return frozenset(ends | {p + w for w in ends for p in _PROCLITICS} | {"لل" + w[2:] for w in ends
                                                                         if w.startswith("ال")})


_PROCLITICS = frozenset(("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "لل"))
_IN_THE_NAME_OF = normalize("باسم")
_ANOTHER_DEMONYM = re.compile(r" وال\S+(?:ي|يه|ية)(?![^\W\d_])")
_ADJECTIVE_AFTER = re.compile(r" ال\S+(?:ي|يه|ية)(?![^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")


def _state_bodies(nv: Normalized, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """A state's institution that no entry lists, named by its demonym ("وزارة الداخلية التونسية"، "الشرطة
    المصرية"), is a body of that state of its own; a guard named alone ("وحدات الحرس الوطني") is one of the state
    whose body or name came last before it, else of the state the article opens with.  A state's government,
    army and forces stay the state (institutions.tsv says which)."""
    titles = [m.context for m in mentions if m.label == "PERS" and m.context]
    taken = [(nv.to_norm(m.start), nv.to_norm(m.end)) for m in mentions if m.label in ("ORG", "PERS")]
    out: list[Mention] = []
    for m in mentions:
        found = _institution_before(nv, nv.to_norm(m.start)) if (
            m.label == "GPE" and m.role == "demonym" and m.entity is not None) else None
        if found is None or found[2] == "state" or any(a <= m.start < b for a, b in titles) or any(
                a < nv.to_norm(m.start) and found[0] < b for a, b in taken) \
                or _ANOTHER_DEMONYM.match(nv.norm, nv.to_norm(m.end)):
            # ("وزارتي الخارجية المصرية والتركية": two states' ministries, told by their states)
            out.append(m)
            continue
        start = nv.to_raw(found[0])
        demonym = nv.raw[m.start:m.end]
        demonym = demonym if demonym.startswith("ال") or not found[3].startswith("ال") else "ال" + demonym
        body = state_body(found[1], m.entity, f"{found[3]} {demonym}")
        out.append(Mention(start, m.end, "ORG", entity=body, score=0.8))
    return out + _bare_bodies(nv, out, gaz, titles)


def _bare_bodies(nv: Normalized, mentions: list[Mention], gaz: Gazetteer, titles: list[tuple[int, int]]
                 ) -> list[Mention]:
    table = load_institutions()
    bare = {form: (en, first) for form, (en, reading, first) in table.items() if reading == "bare"}
    if not any(form in nv.norm for form in bare):
        return []
    taken = [(nv.to_norm(m.start), nv.to_norm(m.end)) for m in mentions if m.entity is not None or m.place]
    states = sorted(((nv.to_norm(m.start), m.entity.country if m.entity else m.place.country) for m in mentions
                     if (m.label in ("GPE", "LOC") or m.entity is not None and m.entity.id.startswith(STATE_BODY))
                     and (m.entity or m.place) is not None), key=lambda x: x[0])
    out = []
    for form, (en, first) in bare.items():
        # "الحرس الوطني"، "والحرس الوطني"، "للحرس الوطني" (ل + ال)
        pattern = r"(?<![^\W\d_])(?:[وفب]|وب|ول|فب)?(" + re.escape(form) + r")(?![^\W\d_])"
        if form.startswith("ال"):
            pattern += r"|(?<![^\W\d_])[وف]?ل(ل" + re.escape(form[2:]) + r")(?![^\W\d_])"
        for hit in re.finditer(pattern, nv.norm):
            g = 1 if hit.group(1) else 2
            s, e = hit.start(g), hit.end(g)
            raw = nv.to_raw(s)
            if any(a < e and s < b for a, b in taken) or any(a <= raw < b for a, b in titles) or (
                    _ADJECTIVE_AFTER.match(nv.norm, e)):
                continue  # named, in a title, or named with its state ("الحرس الوطني السعودي")
            before = [c for at, c in states if at < s and c]
            country = before[-1] if before else next((c for _at, c in states if c), None)
            state = gaz.states.get(country) if country else None
            if state is not None:
                out.append(Mention(raw, nv.to_raw(e), "ORG", entity=state_body(en, state, first), score=0.5))
    return out


def _ministry_of(kb: KB, country: str, field: str) -> Entity | None:
    prefix = normalize("وزارة") + " " + field
    return next((x for x in kb.entities.values() if x.kind == "organization" and x.country == country
                 and normalize(x.name_ar).startswith(prefix)), None)


def _windows(cues: list[int], n: int, before: int = 3, after: int = 7) -> list[tuple[int, int]]:
    """Merged token windows around cue positions."""
    out: list[tuple[int, int]] = []
    for i in cues:
        lo, hi = max(0, i - before), min(n, i + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _tagged_mention(article: Article, rs: int, re_: int, key: str, kb: KB, date: str | None,
                    provisional: dict[str, Entity]) -> Mention:
    name_ar = article.text[rs:re_]
    ent = link_name(name_ar, kb, None, None, date)
    if ent is None:
        ent = provisional.get(key)
        if ent is None:
            ent = Entity(person_id(key), "person", romanize(name_ar), name_ar, None, (name_ar,), source="ner")
            provisional[key] = ent
    return _person(rs, re_, ent, kb, date, 0.5)


def _person(start: int, end: int, ent: Entity, kb: KB, date: str | None, score: float) -> Mention:
    """A person's mention with the role they held on the date (none for people the KB does not date)."""
    t = kb.tenure_on(ent.id, date)
    return Mention(start, end, "PERS", entity=ent, role=t.role_en if t else None,
                   role_ar=t.role_ar if t else None, score=score)
