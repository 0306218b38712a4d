"""A first event extractor: triggers, participants by position, status, date, place, evidence.

For each sentence, each trigger type found there yields at most one event.
Participants are the actor mentions of the sentence: with "مع" the parties
before it act and those after it receive; otherwise the first actor after a
verb (Arabic is verb-first) or before a noun acts and the rest receive.
Status comes from cue words near the trigger (negation -> denied, proposal
-> proposed, future -> planned, hedging -> reported_claim).  The date is the
date expression nearest the trigger in the sentence, resolved against the
publication date; the place is a gazetteer place introduced by ب or في.
The events issue replaces the participant and status rules with the real
thing; the record shape stays.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from marsad.actors.gazetteer import load_gazetteer
from marsad.actors.kb import STATE_BODY
from marsad.actors.link import FORCES
from marsad.actors.persons import opens_title, title_words
from marsad.clean import DATELINE, DATELINE_LINE
from marsad.datafiles import rows
from marsad.dates import find_dates, upcoming
from marsad.events.clause import (
    BREAKS,
    COMPLEMENTISERS,
    ON,
    PREPOSITIONS,
    SKIPPED,
    after_comma,
    after_preposition,
    clause_start,
    connected,
    gap,
    next_after,
    next_before,
    phrase_start,
)
from marsad.events.lexicon import (
    OBJECT_WINDOW,
    Trigger,
    event_words,
    load_triggers,
    noun_reading,
    pattern_matches,
    verb_forms,
)
from marsad.events.speech import load_speech, participant, speaker_before, speech_events
from marsad.model import Article, Event, Mention, Participant, Place
from marsad.ner.features import wordstats
from marsad.text.normalize import Normalized, normalize
from marsad.text.tokens import ENCLITICS, with_proclitic

_CUES = {
    "denied": {normalize(w) for w in ("لم", "لن", "لا", "ليس", "ليست", "نفى", "ينفي", "نفت", "تنفي", "عدم", "دون",
                                       # "ترامب يلغي قمته مع كيم": called off
                                       "ألغى", "ألغت", "يلغي", "تلغي", "إلغاء", "ألغيت")},
    "proposed": {normalize(w) for w in ("مطروحا", "مطروح", "مطروحة", "اقترح", "اقترحت", "مقترح", "اقتراح", "يقترح")},
    "planned": {normalize(w) for w in ("سوف", "المقرر", "يعتزم", "تعتزم", "يعتزمان", "المقبل", "القادم", "المرتقب",
                                        "مستعد", "مستعدة", "مستعدون", "استعداد", "استعدادها", "استعداده",
                                        "المرتقبة", "سيعقد", "ستعقد", "ينوي", "تنوي", "يزمع", "تزمع", "المنتظر",
                                        "المتوقع",
                                        # "وتنص المذكرة على أن تقدم مالطا": what an agreement's terms provide for
                                        "تنص", "ينص", "نصت", "تقضي", "يقضي", "بموجبها", "بموجبه",
                                        # "أعلن شويغو عزم بلاده تسليم"، "عن خطط بلاده تسليم": an intent
                                        "عزم", "عزمها", "عزمه", "عزمهم", "خطط", "خطة", "خططها", "خططه")},
    "reported_claim": {normalize(w) for w in ("مرجحا", "ربما", "يرجح", "محتمل", "محتملة", "توقعات", "يتوقع",
                                               "احتمالات", "مراقبون")},
}
# "سينفذ طاقم الفرقاطة تمرينا مشتركا"، "ستجري قطر وتركيا مناورات": a light verb in the future
_CUES["planned"] |= {"س" + f for past, imperfect in (("نفذ", "ينفذ"), ("أجرى", "يجري"), ("عقد", "يعقد"),
                                                    ("قام", "يقوم"), ("شارك", "يشارك"), ("بدأ", "يبدأ"),
                                                    ("نظم", "ينظم"), ("أطلق", "يطلق"), ("استضاف", "يستضيف"))
                     for f in map(normalize, verb_forms(past, imperfect)) if f[:1] in "يتن"}
# "صحة الأنباء عن إرسال جنود": what news or claims tell is a claim; denied when a denial opens the sentence
_REPORTS = {normalize(w) for w in ("أنباء", "الأنباء", "تقارير", "التقارير", "شائعات", "الشائعات", "مزاعم", "المزاعم",
                                   "ادعاءات", "الادعاءات",
                                   # "كشفت مصادر ليبية أن الاجتماع أسفر عن اتفاق": what unnamed sources tell
                                   "مصادر", "مصدر")}
_COMPLEMENTISERS_WORDS = {normalize(w) for w in ("أن", "إن", "بأن")}
_AGENCY = {normalize("وكالة")}  # "وكالة الأنباء": a news agency, not news
_DENIAL_VERBS = {normalize(w) for w in ("نفى", "ينفي", "نفت", "تنفي", "نفيا", "كذب", "كذبت", "فند", "فندت")}
_ALL_CUES = frozenset().union(*_CUES.values())
# "لا تزال تطالب" (still), "لم يقتصر على" (not only): a negation of these verbs denies nothing
_NOT_NEGATED = {normalize(w) for w in ("يزال", "تزال", "يزالون", "يزالان", "تزالان", "زال", "زالت", "يقتصر", "تقتصر",
                                       "يكتف", "تكتف", "يخف", "تخف", "يتوقف", "تتوقف")}
_WORD = re.compile(r"[^\W\d_]+")
# words after which a verbal noun names a purpose or a topic, not an event: "سبل تعزيز التعاون"، "في مجال الدفاع"
_TOPIC = {normalize(w) for w in ("تعزيز", "سبل", "تطوير", "مجال", "مجالات", "إطار", "أهمية", "ضرورة", "آليات",
                                  "أوجه", "آفاق", "توسيع", "تفعيل", "دعم", "مواصلة", "تكثيف", "بحث", "قضايا", "ملفات",
                                  "ملف", "مسار", "مستوى", "مستويات", "علاقات", "تنسيق", "قنوات", "فرص", "إمكانية",
                                  "إمكانيات", "مجالات",
                                  # "مركز تنسيق"، "غرفة عمليات"، "لجنة تنسيق": a body named by what it does
                                  "مركز", "غرفة", "لجنة", "آلية", "هيئة", "مكتب")}
_WITH = normalize("مع")
# "رفضت حكومة الوفاق دعوة مصر لوقف إطلاق النار": what a call or proposal asks for has not happened
_PROPOSAL = {normalize(w) for w in ("دعوة", "دعوات", "مطالبة", "مطالبات", "طلب", "مقترح", "مقترحات", "اقتراح",
                                     "داعيا", "داعية", "مطالبا", "مبادرة", "مناشدة", "نداء", "الضغط", "ضغط", "ضغوط",
                                     "الضغوط", "ناشد", "ناشدت", "يناشد", "تناشد", "ناشدوا")}
PROPOSAL_REACH = 4  # words from the call to what it asks for: "دعوة الرئيس المصري إلى وقف"
# "شروط للتوصل إلى اتفاق": an agreement sought
_REFRAINED = {normalize(w) for w in ("امتناع", "عدم", "تجنب", "الكف", "كف")}
# events named after where they are held ("اجتماعات أنقرة"، "اتفاق الصخيرات"), unlike acts done by the capital
# ("توقيع أنقرة وطرابلس اتفاقية": Ankara signs)
_NAMED_BY_PLACE = {normalize(w) for w in ("اجتماع", "لقاء", "قمة", "مباحثات", "محادثات", "اتفاق", "اتفاقية",
                                          "مذكرة تفاهم", "مؤتمر", "مفاوضات", "زيارة")}
_FUTURE = {normalize(w) for w in ("المقبل", "القادم", "المقبلة", "القادمة", "غدا")}
_PURPOSE = {normalize(w) for w in ("للتوصل", "لتوقيع", "لإبرام", "لابرام", "بهدف", "سعيا", "لعقد", "لإتمام")}
# a nominal trigger after a demonstrative, or definite, names an event told before ("هذه الزيارة"، "الاجتماع")
_DEMONSTRATIVES = {normalize(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء")}
# "إثر اتهامها بتسميم"، "ردا على هجوم دوما"، "بعد إدانتهما": an event named as the cause, time or ground of another
_BACKGROUND = {normalize(w) for w in ("بسبب", "إثر", "اثر", "عقب", "بعد", "قبل", "رغم", "جراء", "نتيجة", "خلفية",
                                       "ردا", "الرد", "منذ", "ضد", "إزاء", "وسط",  # ("بالرد على الهجوم")
                                       # "احتجاجا على توقيع المذكرة": the reason for an act, told before
                                       "احتجاجا", "اعتراضا", "تنديدا",
                                       # "بموجب الاتفاقية": an event referred to as the ground of another
                                       "بموجب", "بمقتضى", "طبقا", "وفقا", "تنفيذا",
                                       # "تحسبا لهجوم": feared or foreseen, not happened
                                       "تحسبا", "خشية", "خوفا", "تفاديا", "لتفادي", "لتجنب", "تجنبا")}
_ABOUT = {normalize(w) for w in ("بشأن", "حول", "بخصوص", "حيال", "إزاء")}  # (not عن: "أعربت عن رفضها")
_TIME_WORDS = {normalize(w) for w in ("بعد", "إثر", "اثر", "عقب")}  # a time told by an event that happened
_AT_THE_TALKS = {"CONSULT", "AGREE", "COOPERATE"}  # events told where the talks were ("أكدا في أنقرة أنهما اتفقا")
_TO_A_PLACE = {"CONSULT", "AID", "MOBILIZE"}  # whose recipient may be the state of the place they went to
# kinds of event that take two sides ("الولايات المتحدة تبحث الهجوم" examines: no meeting); a visit's other side
# may be the place visited
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# "خلال اجتماع مع باشاغا"، "وبشأن اجتماع اليوم": the meeting already told
_DURING = {normalize(w) for w in ("خلال", "أثناء", "لدى", "بشأن", "وبشأن", "حول", "وحول")}
_ACCREDITED = {normalize("لدى")}
_WHEN_DOING = {normalize(w) for w in ("خلال", "أثناء", "لدى", "عند")}
_AT_AN_EVENT = _WHEN_DOING | {normalize("هامش")}  # "على هامش التوقيع"


def _letters_between(nv: Normalized, start: int, end: int) -> str:
    """The letters between two raw offsets (quotes and spaces aside): "" when one mention follows the other."""
    return nv.norm[nv.to_norm(start):nv.to_norm(end)].strip(' "\'«»“”')
_COUNTED = re.compile(r"(?<![\w.,])\d+\s+$")
_MADE = re.compile(r"\s+(?:ال)?صنع\b")
# "الحكومة التي تدعمها": a relative clause describes someone
_RELATIVE = {normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان")}
_DECLARED_SUPPORT = Trigger("دعم", "noun", "SUPPORT", "endorse", "051", ("diplomatic",))
# what support in kind is given with: "تدعم ليبيا بزوارق ومعدات"
_IN_KIND = frozenset(normalize("ب" + w) for w in (
    "زوارق", "قوارب", "معدات", "أسلحة", "سلاح", "طائرات", "مسيرات", "ذخائر", "مدرعات", "صواريخ", "سفن", "أموال",
    "مساعدات", "مستشارين", "خبراء", "قوات", "جنود", "منظومات", "أجهزة"))
_SPEECH_ACTS = {"ACCUSE", "REJECT", "SUPPORT", "REQUEST"}
SPEECH_ACT_OBJECT = 5  # words at most from such a verb to its object, its subject between them
# what is backed in words, not given: "يدعم موقف المحكمة"، "تدعم جهود المبعوث"
_POSITIONS = {normalize(w) for w in ("موقف", "مواقف", "جهود", "مبادرة", "قرار", "قرارات", "مقترح", "خطة", "مسار",
                                     "حل", "ترشح", "ترشيح", "حق", "مطالب", "سياسة", "سياسات", "رؤية", "دعوة")}
_ABOUT_IT = normalize("عن")
_EXPRESSED_REJECTION = Trigger("رفض", "noun", "REJECT", None, "120", ())
_EXPRESSED = frozenset(verb_forms("أعرب", "يعرب"))
_VERBAL_ATTACK = Trigger("هجوم", "noun", "ACCUSE", "criticize", "111", ())
# "إذا انسحبت الولايات المتحدة": a condition, not a report
# an event whose other side a second word of its type in the sentence names: "انتقدت المنظمة الاتفاقية، واتهمت
# مالطا"، "أعلنت القوات سيطرتها على القاعدة، بعد هجوم على قوات حفتر"
_OCCUPY = "occupy"
_EXTENDING = {normalize(w) for w in ("بسط", "لبسط", "وبسط", "فرض", "لفرض", "استكمال", "لاستكمال", "إحكام", "لإحكام",
                                     "لإلقاء")}
_AIMED_MODES = (_OCCUPY, "arrest", "dialogue")  # a noun of which, after ل, names what is sought ("للحوار بين
# الأديان": a council's aim)
_FILLED_LATER = _SPEECH_ACTS | {"ASSAULT"}
_ANY = {"أي", "أية", "وأي", "لأي", "بأي"}  # as written: normalised, "أية" is "إيه" of "سي آي إيه"
_CONDITIONAL = {normalize(w) for w in ("إذا", "اذا", "لو", "لولا", "حال", "حالة", "متى")}
# "بحسب المنظمة الدولية للهجرة": the source of the report, not a party to it
_SOURCE_WORDS = {normalize(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "نقلا")}
# "دبي، الإمارات العربية المتحدة (CNN)-- ": where the report was filed, not who acted
_DATELINE = re.compile(r"\s*[^\n.()]{2,60}\([^()\n]{1,25}\)\s*[-–—]+")
DATELINE_WORDS = 3


DATELINE_SENTENCES = 3  # sentences from the start in which a dateline may stand on a line of its own


def _dateline_line(text: str, ss: int, se: int, places: list[Mention]) -> bool:
    """Whether a sentence is a dateline alone ("الدوحة - قنا"، "أنقرة/ الأناضول"): a place, a dash, a source."""
    m = DATELINE_LINE.fullmatch(text, ss, se)
    return bool(m) and any(p.start == ss + len(text[ss:se]) - len(text[ss:se].lstrip()) and p.end == m.end(1)
                           for p in places)


def _capitals_in_datelines(nv: Normalized, text: str, states: list[Mention]) -> list[Mention]:
    """"الجزائر - استقبل الرئيس ...": a dateline that names a state named as its capital is filed from the
    capital (Algiers, Kuwait City, Tunis), where the news took place."""
    capitals = load_gazetteer().capital_places
    out = []
    for m in states:
        cap = capitals.get(m.entity.country or "")
        if cap is None or not _DATELINE_DASH.match(nv.norm, nv.to_norm(m.end)):
            continue
        cap_name = normalize(cap.name_ar)
        if normalize(text[m.start:m.end]) in (cap_name, cap_name.split()[0]):  # "الجزائر العاصمة"
            out.append(Mention(m.start, m.end, "LOC", place=cap))
    return out


def _dateline_end(text: str, ss: int, se: int, places: list[Mention]) -> int | None:
    """Where a sentence's dateline ends ("طرابلس (الأناضول) -"، "أنقرة -"): its place is where the news was
    filed, not a party."""
    m = _DATELINE.match(text, ss, se)
    if m:
        return m.end()
    m = DATELINE.match(text[ss:se])
    if m and len(m.group(1).split()) <= DATELINE_WORDS and ":" not in m.group(0) and any(
            ss <= p.start and p.end <= ss + m.end(1) for p in places):  # "قال:" is no dateline
        return ss + m.end()
    return None
_PROCLITIC = re.compile(r"^(?:[وف]?(?:ال|بال|كال|لل|[بلك])|[وف])(?=..)")
LEAD_SENTENCES = 2  # the sentences, of a report's length, that tell an article's news
HEADING_WORDS = 6  # a line this short without final punctuation is a heading, not a report
_QUESTION = re.compile(r"[؟?]\s*[\"'»”)]*\s*$")
_END = re.compile(r"[.!?؟:…]\s*[\"'»”)]*\s*$")
_NOUN_PREFIXES = ("ال", "لل", "ب", "ل", "ك")
_ABSTRACT_AS_NOUN = {"AID"}
CUE_WINDOW = 6
NEEDS_WINDOW = 10  # words from a verb to the object it needs: "وقعت ليبيا وتركيا اليوم الثلاثاء في طرابلس مذكرة"
NOUN_EVIDENCE = 3  # times a word must be seen with ال to count as a noun
MAX_PARTIES = 6


def _status(nv: Normalized, sent_norm: tuple[int, int], trig_norm_start: int, prefix: str) -> str:
    earlier = [_without_conjunction(w) for w in _WORD.findall(nv.norm[sent_norm[0]:trig_norm_start])]
    words = earlier[-CUE_WINDOW:]
    before = {w for i, w in enumerate(words) if not (w in _CUES["denied"] and words[i + 1:i + 2]
                                                       and words[i + 1] in _NOT_NEGATED)}
    whole = {_without_conjunction(w) for w in _WORD.findall(nv.norm[sent_norm[0]:sent_norm[1]])}
    if _CUES["denied"] & before:
        return "denied"
    first = len(earlier) - len(words)
    if any(w in _REPORTS and (i == 0 or not with_proclitic(earlier[i - 1], _AGENCY, "وفبل"))
           and (i >= first or _COMPLEMENTISERS_WORDS.intersection(earlier[i + 1:]))
           for i, w in enumerate(earlier)):  # in the window, or anywhere before the clause it tells ("... أن")
        return "denied" if _DENIAL_VERBS.intersection(earlier) else "reported_claim"
    if _CUES["proposed"] & whole:
        return "proposed"
    if prefix.endswith("س") or _CUES["planned"] & before or _PLANNED_CLAUSE.search(
            nv.norm, sent_norm[0], trig_norm_start):
        return "planned"
    if _CUES["reported_claim"] & before:
        return "reported_claim"
    return "occurred"


# "ومن المقرر أن يجري بومبيو السبت في الرياض محادثات": the plan governs its clause, however long
_PLANNED_CLAUSE = re.compile(r"من\s+(?:المقرر|المتوقع|المنتظر|المزمع)\s+(?:ان|ان\s+يتم)\s+[^.،,:;؛!?؟\n]*$")


def _without_conjunction(w: str) -> str:
    """A cue word without the و or ف joined to it ("ولم"، "وتعتزم")."""
    return w[1:] if w[:1] in "وف" and w[1:] in _ALL_CUES else w


def _once(mentions: list[Mention]) -> list[Mention]:
    """The first mention of each entity, in text order."""
    seen: set[str] = set()
    return [m for m in mentions if not (m.entity.id in seen or seen.add(m.entity.id))]


def _parties(actors: list[Mention], nv: Normalized | None = None, repeats: bool = False) -> list[Mention]:
    """Drop demonyms inside a person's title and (unless ``repeats``) repeated entities; keep text order."""
    persons = [m.context for m in actors if m.label == "PERS" and m.context]
    # whose state each title names: "وزراء خارجية مصر والأردن والعراق" with only Egypt's minister known leaves
    # Jordan and Iraq as parties
    titled_states = {(m.context, m.entity.country) for m in actors if m.label == "PERS" and m.context}
    several = {c for c in persons if sum(x.label == "GPE" and c[0] <= x.start < c[1] for x in actors) >= 2}
    out: list[Mention] = []
    seen: dict[str, int] = {}
    described_end = -1  # where the last demonym describing a noun ends: "العلاقات التركية الليبية"
    persons_at = {m.start for m in actors if m.label == "PERS"}
    for m in actors:
        if m.label in ("GPE", "ORG") and any(a <= m.start < b for a, b in persons) and (
                m.label == "ORG" or m.role == "demonym" or not any(a <= m.start < b for a, b in several)
                or any(a <= m.start < b and c == m.entity.country for (a, b), c in titled_states)):
            continue  # "رئيس المجلس الرئاسي الليبي محمد المنفي": the person stands for the body in his title
        if m.role == "demonym" and nv is not None and (
                _after_place_noun(nv, m) or (described_end >= 0 and not nv.norm[described_end:nv.to_norm(m.start)]
                                             .strip(" و"))):
            described_end = nv.to_norm(m.end)
            continue  # "العاصمة التركية"، "العلاقات التركية الليبية": where or what, not who
        if m.label in ("GPE", "ORG") and nv is not None and _body_in_title(nv, m, persons_at):
            continue  # "وزير الداخلية في حكومة الوفاق فتحي باشاغا": the body is part of his title
        if m.role == "demonym" and nv is not None and any(
                o.label == "ORG" and 0 <= m.start - o.end <= 3 and not _letters_between(nv, o.end, m.start)
                for o in actors):
            continue  # "جماعة حزب الله اللبنانية": the body's own adjective, no party
        if m.label == "GPE" and nv is not None and _COUNTED.search(nv.norm, max(0, nv.to_norm(m.start) - 12),
                                                                   nv.to_norm(m.start)):
            continue  # "17 تركيا وصلوا إلى شاطئ": seventeen Turks, people of that state, not the state
        if m.role == "demonym" and nv is not None and _MADE.match(nv.norm, nv.to_norm(m.end)):
            continue  # "منظومات دفاع جوي روسية الصنع": where it was made
        if m.label == "GPE" and m.role != "demonym" and nv is not None and _in_topic(nv, m):
            continue  # "حول الأوضاع في ليبيا"، "التطورات في ليبيا": where the topic lies, no party
        if m.label in ("GPE", "ORG") and m.role != "demonym" and nv is not None and (
                _after_word(nv, m, _ACCREDITED) or (any(a <= m.start < b for a, b in persons) or any(
                    0 < p - m.end <= 2 for p in persons_at)) and _after_word(nv, m, _TO)):  # ("إلى ليبيا ستيفاني
                # خوري": the title the name ends)
            continue  # "السفير المالطي لدى ليبيا"، "المبعوث الأمريكي الخاص إلى ليبيا": where one serves, no party
        k = seen.get(m.entity.id)
        if k is None:
            seen[m.entity.id] = len(out)
            out.append(m)
        elif m.context and m.start < out[k].end and out[k].start < m.end and m.context[0] < phrase_start(out[k]):
            out[k] = m  # the same name read twice, once with its title: keep the title
        elif out[k].role == _GROUP and m.role not in ("anaphor", _GROUP) and out[k].end <= m.start and not repeats:
            del out[k]  # "الأطراف الثلاثة ... مستشارين قطريين": the state named later stands where it is named
            seen = {x.entity.id: i for i, x in enumerate(out)}
            seen[m.entity.id] = len(out)
            out.append(m)
        elif repeats:
            out.append(m)
    return out if repeats else out[:MAX_PARTIES]


def extract_events(article: Article, nv: Normalized, norm_sentences: list[tuple[int, int]]) -> list[Event]:
    """Events of an article; ``norm_sentences`` are its sentences in the normalised view."""
    triggers = load_triggers().find(nv)
    # a curated verb without the object it needs leaves its place to UP's verb-object patterns ("نشرت روسيا قوات"),
    # unless the table's next row for the word needs an object that is there ("استدعى سفيرها" recalls; with
    # "السفير التركي" it summons)
    curated = []
    named = _named_spans(nv, article.mentions)
    # "تلقى تبون اتصالا" receives: no form of ألقى (whose تلقي the normalised text cannot tell from it)
    triggers = [t for t in triggers if not (t.value.lemma == _THROW and _RECEIVED_RAW.fullmatch(
        article.text, t.start, t.end))]
    for t in triggers:
        trig = t.value
        while trig is not None and trig.needs and not _has_object(nv, t, trig.needs, 0, len(nv.norm), named):
            trig = trig.otherwise
        if trig is not None:
            t.value = trig
            curated.append((t.nstart, t.nend))
    triggers += [p for p in pattern_matches(nv) if not any(a < p.nend and p.nstart < b for a, b in curated)]
    triggers.sort(key=lambda t: t.nstart)
    published = date.fromisoformat(article.published[:10]) if article.published else None
    found_dates: dict[int, list] = {}

    def sentence_dates(si: int) -> list:
        """Date expressions of a sentence, as ((raw start, raw end), DateMatch); read when first asked for."""
        if si not in found_dates:
            ns, ne = norm_sentences[si]
            found_dates[si] = []
            for d in find_dates(nv.norm[ns:ne], published):
                d.start, d.end = d.start + ns, d.end + ns
                found_dates[si].append((nv.span(d.start, d.end), d))
        return found_dates[si]
    # news media report events and are no party to them ("قالت رويترز"، "في لقاء مع سكاي نيوز عربية")
    actors = [m for m in article.mentions if m.entity is not None and not m.entity.id.startswith(_MEDIA)]
    places = [m for m in article.mentions if m.place is not None]
    states_named = [m for m in actors if m.label == "GPE" and m.role is None]
    places = sorted(places + _capitals_in_datelines(nv, article.text, states_named), key=lambda m: m.start)
    metonyms = [c for c in (_capital_as_state(nv, m) for m in places) if c is not None]
    if metonyms:  # "واتهم أنقرة": the capital stands for its state (a visit's capital stays its place)
        actors = sorted(actors + metonyms, key=lambda m: m.start)
    # "اجتماعات أنقرة": a capital right after an event's noun names its place ("وقعت موسكو": not after a verb)
    named_after = {t.end + 1 for t in triggers if t.value.pos != "verb" and normalize(t.value.lemma) in _NAMED_BY_PLACE}
    stand_ins = frozenset((m.start, m.end) for m in metonyms if m.start not in named_after)
    events: list[Event] = []
    last_pair: list[Mention] = []  # the two sides of the latest event, for "الجانبان" after it
    told: list[list[Mention]] = []  # the parties of each event so far, for "الأطراف الثلاثة" after them
    # "الدوحة - قنا" on a line of its own: where the news that follows it happened
    own_line = next((si for si, (ss, se) in enumerate(article.sentences[:DATELINE_SENTENCES])
                     if _dateline_line(article.text, ss, se, places)), None)
    for si, (ss, se) in enumerate(article.sentences):
        in_sent = [t for t in triggers if ss <= t.start and t.end <= se]
        place_from = article.sentences[own_line][0] if own_line is not None and si == own_line + 1 else ss
        sn = norm_sentences[si]
        received = _RECEIVED_THEM.search(nv.norm, *sn)  # "وكان في استقبالها": read after the triggers
        if not in_sent and not _CALLING_WORD.search(nv.norm, *sn) and not received:
            continue
        words = _WORD.findall(nv.norm[sn[0]:sn[1]])
        if _off_topic(words) or _QUESTION.search(article.text, ss, se):
            continue  # sports and entertainment; a question ("هل ستدعم فرنسا ...؟") reports nothing
        dateline = _dateline_end(article.text, ss, se, places + states_named)  # "الجزائر -": the state's name
        # each entity once; but its every mention for the roles, as the one next to a trigger may be a later one
        # ("وقعت ليبيا وتركيا مذكرة ... خلال زيارة وفد تركي يقوده ...": the delegation visits)
        documents = _documents(nv, si, norm_sentences, actors)  # (stand-in, the sentence that issued it)
        issued_in = {(m.start, m.end): k for m, k in documents}
        mentioned = _parties(sorted([m for m in actors if ss <= m.start and m.end <= se
                                     and not (dateline and m.start < dateline) and not _sourced(nv, m)]
                                    + _the_two(nv, sn, last_pair, told) + _own_country(nv, sn, actors)
                                    + [m for m, _k in documents],
                                    key=lambda m: m.start), nv, repeats=True)
        parties = _once(mentioned)
        if not parties:
            continue
        types_done: set[str] = set()
        said_by: list[Mention] = []  # who acts in the sentence's latest event: the subject a later verb leaves out
        # (trigger's raw end, who acts, who receives) of the sentence's events: the caller of a participle after
        # them, the two of a dual verb after them
        acted: list[tuple[int, list[Mention], list[Mention]]] = []
        meeting_at = None  # where the sentence's meeting is told, once it is (raw; and its word, normalised)
        meeting_at_n = 0
        heading = len(words) < HEADING_WORDS and not _END.search(article.text[ss:se])
        told_end = None
        during_told = None  # the meeting or visit told in an earlier sentence that this one's events took place in
        names_at = [m for m in mentioned if m.label == "PERS"]
        ends = {x.end for x in in_sent}
        # the triggers a date may belong to: not a word that only looks like one ("وزارة" is no و + زاره)
        owners = [x for x in in_sent if not x.value.blocks and not _whole_word_noun(x)
                  and not any(m.start <= x.start < m.end for m in mentioned)] or in_sent  # ("جهاز دعم الاستقرار")
        # read once per sentence: the triggers without the object they need ("وقعت اشتباكات"), and the arrivals
        # that are visits
        objectless = {id(x) for x in in_sent if x.value.needs and not _has_object(nv, x, x.value.needs, *sn, named)}
        arrivals = {id(x) for x in in_sent if x.value.lemma == _ARRIVAL and _arrival(nv, x, parties, places, sn[1])}
        # "ضربة جوية استهدفت موقعا لداعش": a verb that describes the attack named before it goes on with its parties
        describing = {id(x) for x in in_sent if x.value.pos == "verb" and x.value.type == "ASSAULT" and not x.prefix
                      and _ATTACK_NOUNS.intersection(nv.words_before(x.wstart, 2, floor=sn[0]))}
        verbs = tuple(x.nstart for x in in_sent if x.value.pos == "verb" and not x.value.blocks
                      and id(x) not in describing
                      and not x.prefix.endswith(_NOUN_PREFIXES) and not after_preposition(nv, x.nstart)
                      and not _whole_word_noun(x) and (x.start - 1 not in ends or x.suffix)  # ("اتفاقات توقعها")
                      and id(x) not in objectless)  # the
        # events' verbs (a verb that needs an object only with it: "حملة" is no "حمل" + "ه"), where one
        # clause's parties end (not a verb's homograph naming the event before it: "اتفاقية تعاون"), and arrivals
        # ("بالإضافة إلى وصول السفينة": the ship arrives, it does not meet)
        verbs += tuple(x.nstart for x in in_sent if id(x) in arrivals)
        background_end = None  # where the latest event named as background ends, in the normalised text
        background_cause = None  # the word of cause or time that opened it
        prev_noun = None  # the latest nominal trigger with no article: once an event of its type is told, one
        # right after it names it, as the second noun of a construct ("وقعتا اتفاقية تعاون عسكري"; not "سبق هذه
        # الزيارة لقاء": two phrases)
        for t in in_sent:
            trig = t.value
            after_noun, prev_noun = (
                prev_noun is not None and not article.text[prev_noun.end:t.start].strip()
                and not t.prefix.endswith(_DEFINITE) and prev_noun.value.type in types_done,
                t if trig.pos != "verb" and not t.prefix.endswith(_DEFINITE) else None)
            if after_noun:
                continue
            # a second event of a type in one sentence only as a verb going on from the first ("حيث التقى")
            again = trig.type in types_done
            goes_on = bool(said_by) and (trig.pos == "verb" and _continues(nv, sn[0], t) or (
                trig.pos == "noun" and _light_verb_going_on(nv, sn[0], t)))  # "حيث أجرى مباحثات مع"
            # "رئيس المجلس الرئاسي محمد المنفي الذي يقوم بزيارة إلى الجزائر": a visit of the one named before
            visiting = _relative_visitor(nv, t, mentioned) if trig.mode == "visit" and again else None
            # "قصفت مدفعية الجيش مواقع للدعم السريع، بينما هاجمت قوات الدعم السريع مقر": another side's own act
            # ("، فيما أعرب البرهان عن تقديره"، "فيما أعلن الجيش أنه تصدى": the clause opens so)
            contrast = again and bool((trig.pos == "verb" and _WHILE.intersection(
                nv.words_before(t.wstart, 1, floor=sn[0]))) or _WHILE.intersection(
                    _WORD.findall(nv.norm, clause_start(nv, sn[0], t.wstart), t.wstart)[:1]))
            # "انتقدت المنظمة الاتفاقية، واتهمت مالطا بالتواطؤ": the second names whom the first was about
            unfilled = again and trig.type in _FILLED_LATER and any(
                e.evidence_start == ss and e.type == trig.type and not e.recipients for e in events)
            if trig.lemma == _DESCRIBED and t.suffix and types_done & _SPEECH_ACTS:
                continue  # "أعلنت رفضها للاتفاق، ووصفته بأنه باطل": the stance told, described
            if again and trig.pos == "noun" and (at_told := _during_told(nv, sn[0], t, events)):
                during_told = at_told  # "وكان شكري قد التقى نظيرته على هامش الاجتماع": then and there
                continue
            if trig.blocks or (again and not goes_on and not unfilled and not contrast and visiting is None):
                continue
            if article.text.rfind("#", max(ss, t.start - 2), t.start + 1) >= 0:
                continue  # "#قطع_العلاقات_مع_قطر": a hashtag names a topic, it tells no event
            if any(x.value.blocks and x.norm.endswith(_EXTENT) and x.end <= t.start
                   and not article.text[x.end:t.start].strip() for x in in_sent):
                continue  # "قد تصل لحد قطع العلاقات": what it might come to
            if id(t) in objectless:
                continue  # "وقعت اشتباكات"، "وقع ضحية": not signing
            if any(m.start <= t.start < m.end for m in names_at):
                continue  # "دان كوتس"، "دانا وايت": a name, not "condemned"
            if trig.lemma == _ARRIVAL and id(t) not in arrivals:
                continue  # "الوصول إلى المدنيين"، "وصول المساعدات"، "وصول قوات": access, goods, a deployment
            if trig.mode in _AIMED_MODES and (t.prefix.endswith("لل") or _EXTENDING.intersection(
                    nv.words_before(t.wstart, 1, floor=sn[0]))):
                continue  # "حملته للسيطرة على درنة"، "استكمال بسط سيطرة الحكومة"، "تسعى لإلقاء القبض": aimed at
            if _ANY.intersection(_WORD.findall(article.text, max(ss, t.start - 30), t.start)[-2:]):
                continue  # "رفض أي اتفاقات توقعها الحكومة"، "أي تدخل عسكري": any such event, none told
            if _conditional(nv, sn[0], t.nstart):
                continue
            stance = normalize(trig.lemma) in _STANCE_ONLY  # "موقف مصر الداعم"
            if stance and not _STANCES.intersection(nv.words_before(t.wstart, 3, floor=sn[0])):
                continue  # "الدول الداعمة للإرهاب": who backs what, told as a description
            if normalize(trig.lemma) in _POSSESSED_ONLY and t.suffix not in _POSSESSORS:
                continue  # "لدى استقباله الطرابلسي": a reception with its host's pronoun ("استقبال اللاجئين": not)
            # "وافقت على تزويد مصر بطائرات"، "تعهد بالتعاون"، "عرض عليه تقديم زوارق": an event committed to or
            # offered, by whom commits (its status, the verb's word index)
            committed = _commitment(nv, sn[0], t)
            if committed is not None and trig.pos == "verb" and t.prefix.endswith(_NOUN_PREFIXES):
                trig = dataclasses.replace(trig, pos="noun")  # "بالتعاون": the verbal noun of تعاون
            # "التعاون", "بدعم", "على طالب": an article or a preposition makes a verb's homograph a noun
            homograph = trig.pos == "verb" and (
                t.prefix.endswith(_NOUN_PREFIXES) or after_preposition(nv, t.nstart)
                or (trig.type in _ABSTRACT_AS_NOUN and _bare_or_possessed(t.norm, normalize(trig.lemma))))
            if homograph and trig.as_noun is not None and t.prefix.endswith(_NOUN_PREFIXES):
                trig, homograph = trig.as_noun, False  # "القبض على"، "بنشر منظومات": the noun spelled as the verb
            elif homograph and t.suffix and (noun := noun_reading(t.norm)) is not None and _light_verb_subject(
                    nv, t, parties, sn[0])[1] is not None:
                trig, homograph = noun, False  # "وسارعت اليونان إلى إدانة المذكرة": a noun a light verb governs, not
                # "أدان" + "ه" (nor "تحت سيطرة المعارضة": control, no event)
            if _whole_word_noun(t):
                continue  # "وزارة" is not "و" + "زاره" (visited him): the whole word is a noun that takes ال
            if _described(nv, sn[0], t):
                continue  # "الحكومة التي تدعمها الأمم المتحدة": a description of someone, not a report
            declared = homograph and trig.type in _ABSTRACT_AS_NOUN and not t.prefix and _declaring(
                nv.words_before(t.wstart, DECLARING_REACH, floor=sn[0]))  # "ستواصل دعم"، "وأكد خلال اللقاء دعم"
            if trig.type in _ABSTRACT_AS_NOUN and trig.pos == "verb" and not homograph and _WORD.match(
                    nv.norm, t.nend + 1) and _bare_word(_WORD.match(nv.norm, t.nend + 1).group()) in _POSITIONS:
                trig = _DECLARED_SUPPORT  # "أصدرت فرنسا بيانا يدعم موقف المحكمة": backing a stand, not aid
            if homograph and trig.type in _ABSTRACT_AS_NOUN and not t.prefix and (
                    t.norm != normalize(trig.lemma) or _HIS_COUNTRY.match(nv.norm, t.nend + 1) or declared):
                trig, homograph = _DECLARED_SUPPORT, False  # "أعلنت قطر دعمها لحكومة الوحدة"، "أكد دعم بلاده"
            if homograph and trig.type == "REJECT" and any(  # (a long name between: "أعربت جامعة الدول العربية عن")
                    with_proclitic(w, _EXPRESSED) for w in nv.words_before(t.wstart, DECLARING_REACH + 4 * (
                        nv.words_before(t.wstart, 1, floor=sn[0]) == [_ABOUT_IT]), floor=sn[0])):
                homograph = False  # "أعربت اليونان عن رفضها للقرار التركي": a rejection expressed
                trig = _EXPRESSED_REJECTION
            if homograph:
                continue  # "الدعم"، "بعقد"، "للتعاون": the noun beside the verb is another word (support in
                # words, a contract, a topic), and the nouns that name events are listed as nouns
            nominal = trig.pos == "noun"
            if trig.pos != "verb" and _object_of_speech_act(nv, t, events, ss, nominal):
                continue  # "أدان مجلس الأمن الهجوم": what is condemned is told by the condemnation
            # "سبل تفعيل مذكرة التفاهم الموقعة بين البلدين في مايو 2020": dated, an event of its own
            own_date = trig.pos != "verb" and any(
                t.end <= s and d.value and len(_WORD.findall(article.text, t.end, s)) <= OWN_DATE_REACH
                and not _OBJECT_CLAUSE_END.search(article.text, t.end, s)
                and _SINCE not in _WORD.findall(nv.norm, t.nend, nv.to_norm(s))  # a span, not its day
                for (s, e), d in sentence_dates(si)) and not _DEMONSTRATIVES.intersection(
                nv.words_before(t.wstart, 1, floor=sn[0]))  # "هذه الزيارة": the one told
            if nominal and meeting_at is not None and (at_told := _during_told(nv, sn[0], t, events)):
                during_told = at_told  # "وعقدت ميلوني والدبيبة على هامش التوقيع جلسة مباحثات": then and there
                continue
            if (_after_topic_word(nv, sn[0], t.nstart) and not own_date and not declared and not any(
                    0 <= t.nstart - nv.to_norm(m.end) <= 1 for m in mentioned)) or (  # ("الدعم السريع هجوما")
                    nominal and meeting_at is not None and trig.type != "CONSULT" and t.start > meeting_at
                    and not own_date and not declared and committed is None  # ("وأكد خلال اللقاء دعم مصر": said there)
                    and not stance
                    and not (_RESULTED | _WITNESSED).intersection(
                        w.removeprefix("و") for w in nv.words_before(t.wstart, 3))):
                continue  # what a meeting discussed, or the purpose of an act, is not an event of its own
            if heading:
                continue  # a heading: the body tells its event
            # "بمشاركة مصر وتونس": who takes part in a meeting, or joins an exercise ("مناورات بحرية مشتركة بمشاركة
            # وحدات من القوات البحرية الجزائرية": one side is enough)
            taking_part = _with_participants(nv, t, mentioned, single=trig.type == "COOPERATE") if (
                nominal and trig.type == "CONSULT" or trig.pos != "verb" and trig.type == "COOPERATE") else []
            # "وقع أردوغان والسراج مذكرتين خلال لقاء جمعهما": a meeting of the two who just acted, told with them
            together = acted[-1][1] + acted[-1][2] if (
                nominal and trig.type == "CONSULT" and acted and _BROUGHT_TOGETHER.match(nv.norm, t.nend)) else []
            if together and len(_once(together)) >= 2:
                taking_part = together
            if nominal and not own_date and not taking_part and _told_before(nv, sn[0], t, trig.type, events) and not (
                    t.suffix in _POSSESSORS and _new_sides(nv, t, mentioned, events, trig.type)):  # (not one dated
                # otherwise: "أجرتا جولتين من المحادثات في مايو وسبتمبر 2021")
                told_end = t.nend
                if trig.type == "CONSULT" and meeting_at is None:
                    meeting_at, meeting_at_n = t.start, t.wstart
                during_told = _during_told(nv, sn[0], t, events) or during_told  # "خلال الزيارة"
                continue  # an event already told ("هذه الزيارة"، "خلال اجتماع")
            cause = _after_background_word(nv, sn[0], t.wstart) if trig.pos != "verb" else None
            if trig.pos != "verb" and (cause or (
                    background_end is not None and not _OBJECT_CLAUSE_END.search(nv.norm, background_end, t.nstart)
                    and not any(background_end <= v < t.nstart for v in verbs))):
                background_end = t.nend  # "بعد أيام من توقيع أنقرة وطرابلس اتفاقية": the thing signed too
                background_cause = cause or background_cause
                # "منذ توقيع مذكرة التفاهم بين أنقرة وحكومة الوفاق في نوفمبر 2019": what began a span, dated in
                # its own clause, happened then
                since_dated = background_cause == _SINCE and any(
                    t.end <= s and d.value and not _OBJECT_CLAUSE_END.search(article.text, t.end, s)
                    and not any(t.nstart < v < nv.to_norm(s) for v in verbs) for (s, e), d in sentence_dates(si))
                if cause not in _TIME_WORDS and not since_dated:
                    continue
            else:
                since_dated = False
            # "بعد هجوم واسع على قوات حفتر": an event told as the time of another happened, when its two sides
            # are named
            after_event = cause in _TIME_WORDS or since_dated
            # the words before a noun's phrase, read once for the tests below
            lead = nv.words_before(t.wstart, PROPOSAL_REACH, floor=sn[0]) if trig.pos != "verb" else []
            if any(_bare_word(w) in _PROPOSAL for w in lead):
                continue  # what a call or a proposal asks for
            if nominal and trig.type == "AGREE" and _PURPOSE.intersection(lead[-2:]):
                continue  # "شروط للتوصل إلى اتفاق جديد": an agreement sought, not made
            if nominal and _REFRAINED.intersection(_bare_word(w) for w in lead[-2:]):
                continue  # "بالامتناع عن إرسال أسلحة"، "بعدم التدخل": what is refrained from
            if trig.pos != "verb" and t.prefix.lstrip("وف").startswith("ب") and any(
                    x.value.type == "ACCUSE" and x.end <= t.start for x in in_sent):
                continue  # "اتهم أنقرة بإرسال مرتزقة": what the accused is said to do
            if trig.pos != "verb" and _TO.intersection(nv.words_before(t.wstart, 1, floor=sn[0])) and any(
                    x.value.type == "REQUEST" and x.end <= t.start
                    and not _OBJECT_CLAUSE_END.search(article.text, x.end, t.start) for x in in_sent):
                continue  # "دعا الدبيبة الاتحاد الأوروبي إلى تقديم دعم": what the call asks for
            dated = any(t.start < s and e <= se and d.value for (s, e), d in sentence_dates(si))
            upcoming_noun = nominal and bool(_UPCOMING.intersection(_WORD.findall(nv.norm, t.nend, min(
                len(nv.norm), t.nend + 30))[:2]))  # "زيارة مرتقبة لحفتر إلى موسكو"
            if nominal and _in_speech(nv, sn[0], t.nstart) and not dated and committed is None and not upcoming_noun \
                    and not (trig.type == "SUPPORT" and _declaring(nv.words_before(t.wstart, 1, floor=sn[0]))) \
                    and not _governed_in_clause(nv, t, parties, sn[0]):
                continue  # what someone says (unless it is dated: "اتفاقية موقعة في ديسمبر 2019", or to come; or a
                # stand declared: "قال المتحدث إن السيسي أكد وقوف مصر إلى جانب السودان"; or a light verb's with
                # its subject: "أعلنت الوزارة أن الشرطة ألقت القبض على")
            if not nominal and told_end is not None and not nv.norm[told_end:t.nstart].strip():
                continue  # "الاجتماع ناقش": what the meeting already told did
            if trig.type in _ABSTRACT_AS_NOUN and not trig.needs and not (
                    trig.pos == "phrase" and committed is not None) and _in_speech(
                    nv, sn[0], t.nstart) and not _has_object(nv, t, _IN_KIND, *sn):
                continue  # "كل من يدعمه" in what someone says: support in words ("ستدعم ليبيا بزوارق": in kind;
                # "أن تركيا ستواصل تقديم الدعم": a provision committed to)
            candidates = [m for m in mentioned if m.role != "capital" or trig.mode != "visit"]
            acts, recs = _possessor_roles(candidates, t, nv) if (
                nominal and trig.type == "CONSULT" and t.suffix in _POSSESSORS) else ([], [])
            if not acts and trig.pos == "verb" and t.prefix in ("", "س") and (
                    trig.type not in _OFTEN_PASSIVE or trig.needs):  # "أنها فتشت سفينة": she searched a ship
                said = [w for w in nv.words_before(t.wstart, 2, floor=sn[0]) if w not in _AUXILIARIES][-1:]
                if said and said[0] in _THAT_HE:  # "أعلن مكتب أبيلا أنه التقى السراج"، "أنها لن ترسل": he, she
                    acts, recs = _possessor_roles(candidates, t, nv, _THAT_HE[said[0]])
                elif said and (own := _own_forces(nv.words_before(t.wstart, 2, floor=sn[0]))):
                    # "أعلنت وزارة الدفاع أن مقاتلاتها دمرت": the forces of whom the pronoun stands for
                    acts, recs = _possessor_roles(candidates, t, nv, own)
            continued = False
            if taking_part and trig.type == "CONSULT":
                acts, recs = _once(taking_part), []
            if not acts:
                # an idiom after the trigger ("، احتجاجا على توقيع ... مع تركيا") ends the clause whose parties
                # these are
                idioms = tuple(x.nstart for x in in_sent if x.nstart > t.nend and x.value.blocks)
                acts, recs = _roles(candidates, t, nv, trig.pos, sn[1], sn[0], verbs + idioms)
                if len(acts) == 1:  # "واتفق الجانبان على عقد اجتماع": both of the pair that one word names
                    acts = _same_phrase(acts[0], candidates)
                    recs = [m for m in recs if m not in acts]
                if trig.pos != "verb" and acts and all(m.start > t.end for m in acts) and (
                        trig.type == "COERCE" or trig.type == "ASSAULT" and _AGAINST.intersection(
                            _WORD.findall(nv.norm, t.nend, nv.to_norm(phrase_start(acts[0]))))):
                    # "ساعدتها في إلقاء القبض على زعيم العمال"، "بشن هجمات على مواقع للجيش التشادي": who is arrested
                    # or attacked, not who acts
                    acts, recs = [], acts + recs
            if committed is not None:
                acts, recs = _committed_roles(nv, sn, t, committed[1], candidates, acted, acts + recs)
                continued = bool(acted) and acts is acted[-1][1]  # "زار ... في فبراير والتقى حفتر، وعرض عليه": then
            if not acts and nominal and _done_by_the_subject(nv, t):
                # "إن المذكرة جاءت ثمرة للزيارة التي أجراها إلى طرابلس": who did it is who speaks, or the subject
                speaker = speaker_before(nv, sn[0], t.nstart, candidates)
                acts = [speaker] if speaker else _subject_at_start(nv, sn, candidates)
            goes_on_subject = False
            if not acts and trig.type in _SPEECH_ACTS and trig.pos == "verb" and t.prefix[:1] == "و" \
                    and after_comma(nv, sn[0], t.wstart) and _opens_with_expressing(nv, sn) and (
                    subject := _subject_at_start(nv, sn, candidates, past_opener=True)) and subject[0].end <= t.start \
                    and (not said_by or {m.entity.id for m in said_by} == {m.entity.id for m in subject}):
                # (her regret told already: "أعربت عن أسفها للقرار، ... ورفضت" is still she)
                acts, goes_on_subject = subject, True  # "أعربت الخارجية المغربية عن أسفها للقرار، ووصفته ...، ورفضت
                # الذرائع": she goes on, and whom the verb names after it receives
                recs = [m for m in connected(nv, t.nstart, t.nend, candidates, verbs) if m.start >= t.end]
            if not acts and nominal and trig.type == "AGREE" and acted and events and events[-1].evidence_start == ss \
                    and events[-1].type == "CONSULT" and _WITNESSED.intersection(
                        _without_conjunction(w) for w in nv.words_before(t.wstart, 2, floor=sn[0])):
                acts, recs = acted[-1][1], acted[-1][2]  # "اجتماع ... الذي شهد توقيع خمس اتفاقيات": its sides sign
            if not acts and trig.pos == "verb" and t.prefix[:1] == "و" and after_comma(nv, sn[0], t.wstart) \
                    and not _own_subject_after(nv, t):
                # "المسماري قال إن ...، وتوعد بمزيد من الضربات ضد الوجود التركي": the subject left out is who
                # acted or spoke before; whom the verb's clause names receive
                speaker = speaker_before(nv, sn[0], t.nstart, candidates)
                acts = said_by or ([speaker] if speaker else [])
                recs = [m for m in candidates if t.end <= m.start and not _OBJECT_CLAUSE_END.search(
                    article.text, t.end, m.start) and m not in acts] if acts else []
            if not acts and trig.pos == "verb" and acted and t.prefix == "" and set(
                    nv.words_before(t.wstart, 1, floor=sn[0])) & _BUT_HE:
                # "رحب نيبينزيا بجهود اللجنة، لكنه اتهم دولا غربية": he who acted just before
                acts = acted[-1][1]
                recs = [m for m in candidates if t.end <= m.start and not _OBJECT_CLAUSE_END.search(
                    article.text, t.end, m.start) and m not in acts]
            if said_by and trig.type == "REQUEST" and trig.pos == "verb" and t.prefix[:1] == "و" and after_comma(
                    nv, sn[0], t.wstart) and (asked := _asked_of(nv, t, acts + recs)) is not None:
                # "انتقد المشري الزيارة، وطالب المجلس الرئاسي باتخاذ موقف": the verb goes on with the sentence's
                # subject; the body after it, with what is asked of it after it, is asked
                acts, recs = said_by, [asked]
            if (len(acts) + len(recs) < 2 or all(m.end <= t.start for m in acts + recs)) \
                    and trig.pos == "verb" and trig.type in RECIPROCAL and acted \
                    and t.norm.endswith("ا") and not t.norm.endswith("نا") \
                    and t.norm != normalize(trig.lemma):  # "التقى العطية نظيره التركي، واتفقا على": the two
                two = acted[-1][1] + acted[-1][2]
                acts, recs = two[:1], two[1:]
                continued = True
            between = _between_after(nv, t, candidates) if trig.pos != "verb" else None
            if trig.type == "AGREE" and trig.pos != "verb" and not between:  # "المذكرة الموقعة بين البلدين"
                after_between = _BETWEEN_AFTER.match(nv.norm, t.nend)
                pair_word = _WORD.match(nv.norm, after_between.end()) if after_between else None
                if pair_word and _THE_TWO.get(pair_word.group()) == "states":
                    between = _the_two(nv, pair_word.span(), last_pair, told)
            if between:  # "الاتفاقية الأمنية بين تركيا وحكومة الوفاق": the two after بين are its parties
                acts, recs = between[:1], between[1:]
            elif nominal and _ABOUT.intersection(lead[-1:]):
                # "أعلن المتحدث ... تفاصيل جديدة بشأن هجوم الأحواز": who tells of an event is no party to it
                acts, recs = [m for m in acts if m.start > t.start], [m for m in recs if m.start > t.start]
            if trig.mode in ("expel", "summon"):  # "طرد السفير الإسرائيلي"، "استدعت سفير لندن": the envoy's state
                # is expelled or summoned, it does not act
                envoys = [m for m in acts if m.start > t.start and _ENVOY_WORDS.intersection(
                    nv.words_before(nv.to_norm(m.start), 2))]  # ("23 دبلوماسيا روسيا"، "القائم بالأعمال التركي")
                acts, recs = [m for m in acts if m not in envoys], envoys + recs
            # "في ميناء طبرق شرقي ليبيا": a state after a direction is where (it links the chain of parties, above)
            acts = [m for m in _once(acts) if not _part_of_a_state(nv, m)]
            recs = [m for m in recs if not _part_of_a_state(nv, m)]
            owner = _his_countrys_speaker(nv, sn[0], t, acts, candidates) if (
                trig.type not in RECIPROCAL or recs) else None
            if owner is not None:  # (he and his country are one side, not the two sides of a meeting or a deal:
                # with no other side named, nobody is added)
                acts, recs = [owner] + acts, [m for m in recs if m.entity.id != owner.entity.id]
            agent = next((m for m in candidates if m.start > t.end and _by_agent(nv, m)
                          and gap(nv, t.nend, nv.to_norm(phrase_start(m))) <= AGENT_REACH
                          and not _OBJECT_CLAUSE_END.search(article.text, t.end, m.start)),
                         None) if trig.pos != "verb" else None
            if agent is not None:  # "تفتيش سفينة تركية من قبل فرقاطة ألمانية": Germany searches
                acts, recs = [agent], [m for m in acts + recs if m is not agent and m.start > t.start]
            if nominal and normalize(trig.lemma) in _GIVEN_TO and acts and acts[0].start > t.end \
                    and not _WORD.search(nv.norm, t.nend, nv.to_norm(phrase_start(acts[0]))) and not any(
                    m.start > acts[0].end and gap(nv, nv.to_norm(acts[0].end), nv.to_norm(phrase_start(m))) == 0
                    for m in acts + recs):
                # "تسليم سوريا المنظومة"، "تزويد مصر بطائرات": the one named is given it ("تزويد إيران الحوثيين
                # بالصواريخ": with a second party after it, the first gives)
                acts, recs = acts[1:], acts[:1] + recs
            if (nominal and trig.mode == "training") or (trig.pos == "phrase" and trig.lemma.startswith("عن ")):
                # "وتدريب عناصر خفر السواحل": who is trained follows the noun; "وعبر المشايخ عن امتنانهم للتحالف
                # بقيادة السعودية": who is thanked follows the thanks, and who thanks comes before
                acts, recs = [m for m in acts if m.end <= t.start], [m for m in acts if m.end > t.start] + recs
            acting = {a.entity.id for a in acts}
            recs = [m for m in _once(recs) if m.entity.id not in acting]
            clause_end = se  # where the event's clause ends: a relative clause's own end
            antecedent = _relative_subject(nv, t, candidates) if (
                trig.pos == "verb" and not t.prefix and not t.suffix and trig.type not in _OFTEN_PASSIVE) else None
            if antecedent is not None:  # "التقى الوزير القطري ... محمد المنفي، الذي دعا قطر إلى": al-Menfi calls
                stop = _OBJECT_CLAUSE_END.search(nv.norm, t.nend, sn[1])  # whom, in the relative clause
                clause_end = nv.to_raw(stop.start() if stop else sn[1])
                acts, recs = [antecedent], [m for m in acts + recs if t.end <= m.start < clause_end
                                            and m.entity.id != antecedent.entity.id]
            if acts and not recs and trig.pos == "verb" and trig.type in _FORCE_TYPES:
                recs = _their_men(nv, t, candidates, acting)  # "صدت هجوما لقوات حفتر، وأسرت عددا من عناصرها"
            if acts and not recs and trig.type in _TARGETED and acted and acted[-1][2] and _ON_IT.match(
                    nv.norm, t.nend):  # "احتجزت السلطات السفينة ...، وفرضت عليها غرامة": on whom the act before
                recs = [m for m in acted[-1][2] if m.entity.id not in acting]  # fell
            if trig.mode == "down":  # "أسقطت الدفاعات السورية مقاتلة إسرائيلية": the aircraft's state is hit
                downed = [m for m in acts + recs if m.start >= t.end and m.context is not None]
                if downed:
                    acts, recs = [m for m in acts + recs if m not in downed and m.start < downed[0].start], downed
            if trig.mode in ("recall", "close"):
                acts, recs = _sanctioned(nv, article.text, t, trig.mode, actors, acts, recs, sn[1])
            if acts and recs and trig.type not in RECIPROCAL:
                acts, recs = _joined_subjects(nv, t, acts, recs)  # "أدانت مصر والإمارات": both condemn
            if acts and recs:  # "التقى الوزيران": a pair standing in one phrase acts together
                acts += _same_phrase(acts[0], recs)[1:]
                recs = [m for m in recs if m not in acts]
            if trig.mode == "visit" and trig.pos == "verb" and recs:
                acts, recs = _fellow_visitors(nv, t, acts, recs, sn[1])
            went_to = next((p for p in places if t.end <= p.start < se and _after_word(nv, p, _TO, 1)),
                           None) if trig.mode == "visit" else None
            if went_to is not None:  # "زيارة أجراها أكار إلى طرابلس، تفقد خلالها القوات التركية": whom he went
                recs = [m for m in recs if m.start < went_to.start]  # to see is named before where he went
            if (trig.pos != "verb" and trig.type in _TARGETED and acts and acts[0].start > t.start
                    and _introduced_by(nv, acts[0], _AT_TARGET)):
                acts, recs = [], acts + recs  # "توجيه الاتهام إلى روسيا"، "هجوم على سوريا": the target, nobody acts
            if nominal and trig.type == "ASSAULT" and _SURVIVED.intersection(map(_without_conjunction, lead[-3:])):
                acts, recs = [], acts + recs  # "ينجو من هجوم": who survives is the target
            if trig is _DECLARED_SUPPORT and t.suffix in _POSSESSORS and _STATING.intersection(
                    nv.words_before(t.wstart, 1, floor=sn[0])):
                # "دعت الخارجية القطرية الأطراف إلى حوار برعاية الأمم المتحدة، مؤكدة دعمها لجهود المبعوث": the
                # pronoun is the participle's subject, the sentence's
                subject = said_by or _subject_at_start(nv, sn, parties)
                if subject:
                    acts, recs = subject, [m for m in acts + recs if m not in subject and m.start > t.start]
            if stance and acts and acts[0].start > t.start and _after_lam(nv, acts[0]):
                acts, recs = [], acts + recs  # "موقفه الداعم لإسرائيل": who is backed, not who backs
            if trig is _DECLARED_SUPPORT:  # "دعم بلاده للمجلس": his country supports, who comes after ل is supported
                recs = [m for m in recs if not (m.role == "anaphor" and m.start <= t.end + 1)]
                if acts and acts[0].start > t.start and _after_lam(nv, acts[0]):
                    acts, recs = [], acts + recs
            if visiting is not None and not any(e.evidence_start == ss and e.mode == "visit" for e in events):
                acts, recs = [visiting], [m for m in acts + recs if m.start >= t.end and m is not visiting]
            elif (trig.type in RECIPROCAL and goes_on
                    and (again or (len(acts) == 1 and not recs and acts[0] not in said_by))):
                # "وصل أكار إلى طرابلس حيث التقى السراج": Akar, left out, met Sarraj
                acts, recs = said_by, [m for m in acts + recs if m not in said_by and m.start >= t.end]
            elif unfilled and said_by:  # its subject left out: who spoke first; who follows the verb receives
                acts, recs = said_by, [m for m in acts + recs if m not in said_by and m.start >= t.end]
            elif again and not (contrast and acts and not {a.entity.id for a in acts} & {
                    a.entity.id for a in said_by}):
                continue
            if taking_part and trig.type != "CONSULT":
                recs = recs + [m for m in taking_part if m not in acts and m not in recs]
            if trig.pos == "verb" and t.suffix in _OBJECT_PRONOUNS and (held := _described_by_was_clause(
                    nv, sn[0], t, candidates)) is not None and held not in acts + recs:
                recs = recs + [held]  # "عن 15 صيادا تونسيا كانت قوات خفر السواحل قد احتجزتهم": them, the Tunisians
            if after_event and recs and not acts:  # "أعلنت قوات الوفاق سيطرتها على القاعدة بعد هجوم على قوات
                acts = [m for m in said_by or _subject_at_start(nv, sn, parties) if m not in recs]  # حفتر": they
            if after_event:  # its other side in its own clause ("بعد اجتماع بين ماي وحكومتها، قدم الوزير")
                recs = [m for m in recs if not _OBJECT_CLAUSE_END.search(article.text, t.end, m.start)]
            if after_event and trig.type == "AGREE":  # "بعد أيام من توقيع أنقرة وطرابلس اتفاقية لتدريب خفر السواحل":
                recs = _before_terms(nv, t, trig, recs, actors, sn[1])  # whom the terms name is no other side
            if after_event and not (acts and (recs or went_to)):
                continue
            shipment = _shipment(nv, t, candidates, places, sn[1]) if (
                not acts and trig.lemma == _ARRIVED and trig.pos == "verb") else None
            if shipment is not None:  # "وصلت إلى مطار معيتيقة طائرة مساعدات طبية قطرية": Qatar's aid arrives
                trig = dataclasses.replace(trig, type="AID", mode="delivery", cameo="070", contexts=("humanitarian",))
                acts, recs = shipment
            unnamed_attack = not acts and trig.type == "ASSAULT" and trig.pos == "verb" and not t.suffix and \
                _UNNAMED_ATTACKER.match(nv.norm, t.nend) is not None
            if unnamed_attack:  # "استهدفت طائرة مسيرة، فجر اليوم، رتلا تابعا لقوات الدعم السريع": an attack by
                # someone unnamed, on whom the clause names
                recs = _attacked(nv, t, candidates, sn[1])
                if not recs:
                    continue
            if (not acts and not unnamed_attack) or all(m.entity.source == "ner" for m in acts + recs) or (
                    trig.type in RECIPROCAL and trig.mode != "ratify" and not recs and len(acts) < 2
                    and not (trig.mode == "sign" and _signs_a_law(nv, t, sn))  # "وقع الرئيس قانونا": one side
                    and not (trig.mode == "visit" and _abroad(_place(places, ss, se, t.start), acts))
                    and not (acts and _JOINT.search(nv.norm, nv.to_norm(acts[0].start), nv.to_norm(acts[0].end)))
                    # "أعلنت وزارة الدفاع وقفا لإطلاق النار": a ceasefire one side declares
                    and not (trig.mode == "ceasefire" and any(_verb_of(w, _DECLARING) for w in lead))):
                continue  # nobody acts, or only names the tagger found with no title (players, actors, authors)
            if trig.type in _CONTENT_TYPES or trig.mode == "praise":
                recs = _before_content(nv, t, recs, actors, _PRAISED_FOR if trig.mode == "praise" else frozenset())
            elif trig.type == "AGREE":
                recs = _before_terms(nv, t, trig, recs, actors, sn[1])
            if not recs and trig.type in ("SUPPORT", "ACCUSE", "REJECT"):
                recs = [m for m in _sides_of_relation(nv, t, actors) if m.entity.id not in acting]
            # "نقلت تركيا مقاتلين سوريين إلى ليبيا"، "نفت إرسال مرتزقة سوريين": Syria names the fighters
            sent = _SENT_AFTER_NUMBER if trig.type in _SENDING else _SENT_PEOPLE
            recs = [m for m in recs if not (m.role == "demonym" and _after_word(nv, m, sent, 2))
                    or trig.mode in _PEOPLES_STATE]  # ("أمام الطائرات البريطانية": whose planes are
            # shut out; "تدريب الضباط الليبيين": whose officers are trained)
            if trig.type in ("SUPPORT", "AID"):  # "وأكد الأمير دعم دولة قطر للحكومة": his state backs, with him
                own_states = {m.entity.country for m in acts if m.label == "PERS"}
                recs = [m for m in recs if not (m.label == "GPE" and m.entity.country in own_states)]
            if trig.type == "SUPPORT" and not recs:
                recs = _doer_of_the_praised(nv, t, acts, parties)
            if trig.type == "ASSAULT" and trig.mode is None and acts and acts[0].label == "PERS" and not (
                    acts[0].context and FORCES.intersection(_WORD.findall(nv.norm, nv.to_norm(acts[0].context[0]),
                                                                          nv.to_norm(acts[0].start)))):
                trig = _VERBAL_ATTACK  # "شن الوزير هجوما على القناة": a person attacks in words (his troops not)
            attending = [m for m in recs if trig.type != "CONSULT" and _attending(nv, m, t)]
            recs = [m for m in recs if m not in attending]  # at a meeting, who attends takes part
            led = [m for m in recs if set(nv.words_before(nv.to_norm(phrase_start(m)))) & _LED_BY
                   and not _leads_a_recipient(m, acts, recs)]
            if led and trig.mode != "host":  # "وصل وفد ليبي برئاسة باشاغا": Bashagha leads the visit
                acts, recs = acts + led, [m for m in recs if m not in led]
            if trig.type == "CONSULT" and trig.mode != "host":  # "زار طرابلس برفقة رئيس الأركان": he comes too
                company = [m for m in recs if _COMPANY.intersection(nv.words_before(nv.to_norm(phrase_start(m)), 2))]
                acts, recs = acts + company, [m for m in recs if m not in company]
            if trig.mode == "phone" and recs and _received_call(nv, sn[0], t):
                acts, recs = recs[:1], acts + recs[1:]  # "تلقى X اتصالا هاتفيا من Y": Y calls
            if t.norm in _receiving() and recs:  # "تسلم خفر السواحل زورقين من إيطاليا": Italy gives
                givers = [m for m in recs if nv.words_before(nv.to_norm(phrase_start(m)), 1) == [_FROM]]
                if givers:
                    acts, recs = givers[:1], acts + [m for m in recs if m is not givers[0]]
                elif trig.mode == "delivery":
                    continue  # "أعلن البنك المركزي تسلم الدفعة": who gives is not told
            hosts_too = [m for m in recs if _attending(nv, m, t)] if trig.mode == "host" and t.suffix else []
            him = next((m for m in reversed(candidates) if m.label == "PERS" and m.end <= t.start
                        and m not in acts), None) if hosts_too and len(hosts_too) == len(recs) else None
            if trig.mode == "host" and goes_on and t.suffix and acts == said_by:
                # "وصل غولر إلى بنغازي، حيث استقبله صدام حفتر": the pronoun is the visitor, who acts already
                pass
            elif him is not None:  # "انتقل بولس إلى بنغازي، حيث استقبله حفتر، بحضور نائبه": the pronoun is the
                acts, recs = [him], acts + hosts_too  # visitor named before; who attends is on the host's side
            elif trig.mode == "host" and recs:  # "استقبل X Y": PLOVER makes the visitor Y the actor
                # (both of "الوزيرين", who stand in one phrase)
                visitors = [m for m in recs if (m.start, m.end) == (recs[0].start, recs[0].end)]
                acts, recs = visitors, acts + [m for m in recs if m not in visitors]
            if trig.type == "CONSULT" and meeting_at is None:
                meeting_at, meeting_at_n = t.start, t.wstart
            groups = [[m] for m in recs] if len(recs) > 1 and _each(nv, t.nend, recs[0], recs[-1]) else [recs]
            mode = "phone" if trig.type == "CONSULT" and _by_phone(nv, t, sn[0]) else trig.mode
            unnamed = next((e for e in reversed(events) if e.evidence_start == ss and e.type == trig.type
                            and not e.recipients), None) if (trig.type in types_done and recs
                                                             and trig.type in _FILLED_LATER) else None
            if unnamed is not None:  # "رحب الوزير بالتطورات، مؤكدا أن بلاده ستواصل دعم الحكومة": whom he backs
                recs = [m for m in recs if m.entity.id not in {p.entity.id for p in unnamed.actors}]
                if not recs:
                    continue
                unnamed.recipients = [participant(m, article.text) for m in recs]
                if trig.type not in _SPEECH_ACTS:  # the sides of a fight, for "الطرفين" after it
                    last_pair = _parties(acts + recs)
                    told.append(last_pair)
                continue
            sides = {m.entity.id for m in acts + recs}
            if again and not contrast and len(sides) >= 2 and any(
                    e.evidence_start == ss and e.type == trig.type and sides <= {p.entity.id for p in e.actors
                                                                                 + e.recipients} for e in events):
                continue  # "استقبل حفتر الوزير، وبحث الجانبان": the meeting told, its two sides named again
            types_done.add(trig.type)
            homes = {m.entity.country for m in acts}  # "قطع العلاقات مع المغرب، متهما الرباط ... ضد بلاده": his own
            groups = [[m for m in g if not (m.label == "GPE" and m.entity.country in homes and _HIS_COUNTRY.fullmatch(
                nv.norm, nv.to_norm(m.start), nv.to_norm(m.end)))] for g in groups]  # country is no other side
            if trig.type in _SPEECH_ACTS and all(m.label == "PERS" for m in acts):  # "انتقد المندوب الروسي ...
                # تجاهل المجلس لمخاوف موسكو": nor, beside whom he speaks against, his own state
                groups = [[m for m in g if not (m.label == "GPE" and m.entity.country in homes and any(
                    x.entity.country not in homes for x in g))] for g in groups]
            if trig.type in _SPEECH_ACTS and acts and all(m.label == "GPE" and m.role is None for m in acts):
                # "وسارعت اليونان إلى إدانة المذكرة، واعتبرها وزير خارجيتها": a state's own people in a clause after
                # what it says are no other side of it
                groups = [[m for m in g if not (m.label == "PERS" and m.entity.country in homes and m.start > t.end
                                                and _OBJECT_CLAUSE_END.search(article.text, t.end, m.start))]
                          for g in groups]
            for group in groups:  # "لقاءان ثنائيان لأكار مع كل من باشاغا وكاميلاري": one meeting with each
                ev = Event(type=trig.type, evidence_start=ss, evidence_end=se, mode=mode,
                           contexts=list(trig.contexts), cameo=trig.cameo, trigger=(t.start, t.end),
                           actors=[participant(m, article.text) for m in acts],
                           recipients=[participant(m, article.text) for m in group])
                if not group and trig.lemma == _RECAPTURED:  # "استعادت السيطرة على المقر، بعد عام من سيطرة قوات
                    # الدعم السريع عليه": from whom it was taken back
                    ev.recipients = [participant(m, article.text) for m in _held_by(nv, t, sn[1], mentioned, acts)]
                if not group and trig.type in _SPEECH_ACTS:  # "انتقد صالح توقيع المذكرة": whoever signed it
                    ev.recipients = _parties_of_the_event_named(nv, t, events, acts) or [
                        participant(m, article.text) for m in _doer_in_object(nv, t, in_sent, candidates, acts)]
                if not ev.recipients and trig.type in _SPEECH_ACTS and goes_on_subject:
                    # "أعربت الخارجية المغربية عن أسفها للقرار، ... ورفضت الذرائع": what the first clause named
                    ev.recipients = _event_noun_parties(nv, nv.to_norm(acts[-1].end), t.wstart, ss, events, acts)
                said_before = events[-1] if events and events[-1].evidence_start == ss else None
                if not ev.recipients and trig.type in _AGAINST and said_before is not None and {
                        p.entity.id for p in said_before.actors} == {m.entity.id for m in acts}:
                    # "أعربت الخارجية عن أسفها للقرار، ووصفته ...، ورفضت الذرائع": whom her first words answered
                    ev.recipients = [copy.copy(p) for p in said_before.recipients]
                ev.status = _status(nv, sn, t.nstart, t.prefix)
                if committed is not None and ev.status == "occurred":
                    ev.status = committed[0]
                if upcoming_noun and ev.status == "occurred":
                    ev.status = "planned"
                if ev.status == "occurred" and trig.type != "AGREE" and _agreed_on(nv, sn[0], t.nstart,
                                                                                  trig.pos != "verb"):
                    ev.status = "planned"  # "جرى الاتفاق على إرسال مستشارين": agreed, not yet done
                near = [(abs(s - t.start), d) for (s, e), d in sentence_dates(si) if d.value
                        and _owns_date(nv, _date_owner(owners, s, article.text), t, sn[0])
                        and not (e <= t.start and _COMPLEMENTISER.search(article.text, e, t.start))]  # "كشفت
                # مصادر اليوم أن الاجتماع الذي عقد أمس": today is when it was told
                siblings = []
                if near:
                    d = min(near, key=lambda x: x[0])[1]
                    ev.date = upcoming(d, published) if ev.status == "planned" else d.value
                    ev.date_text = article.text[slice(*nv.span(d.start, d.end))]
                    ev.date_source = "text"
                    if ev.status == "occurred" and ((published and ev.date and ev.date > published.isoformat()[
                            :len(ev.date)]) or not _FUTURE.isdisjoint(d.text.split())):
                        ev.status = "planned"  # "يزور أنقرة غدا"، "الأسبوع المقبل": dated after the news
                    # "عامي 2022 و2023": one expression, two dates, two events
                    siblings = [o.value for _, o in near if o is not d and (o.start, o.end) == (d.start, d.end)]
                elif ev.status == "occurred" and (told_at := _told_on(nv, sn[0], t, sentence_dates(si))):
                    # "أعلنت السعودية، الاثنين، أن الطرفين وافقا على": done by the day it was told
                    ev.date, ev.date_source = told_at.value, "text"
                    ev.date_text = article.text[slice(*nv.span(told_at.start, told_at.end))]
                told_meeting = next((e for e in reversed(events) if e.type == "CONSULT"), None) if (
                    ev.date is None and meeting_at is not None and t.start > meeting_at
                    and _WITNESSED.intersection(w.removeprefix("و") for w in nv.words_before(meeting_at_n, 1))) \
                    else None
                if told_meeting is not None:  # "وشهدت الزيارة توقيع اتفاق": when the visit told was
                    _at_the_meeting(ev, told_meeting)
                issued = next((issued_in[m.start, m.end] for m in acts if (m.start, m.end) in issued_in), None)
                then = [d for _, d in sentence_dates(issued) if d.value] if ev.date is None and issued is not None \
                    else []
                if then:  # "مدد مجلس الأمن، أمس الخميس، ... في قرار ... ودعا القرار": the day it was issued
                    ev.date, ev.date_source = then[0].value, "text"
                    ev.date_text = article.text[slice(*nv.span(then[0].start, then[0].end))]
                if (continued or trig.pos == "verb" and _WHEN.intersection(nv.words_before(t.wstart, 1, floor=sn[0]))) \
                        and ev.date is None and events and events[-1].evidence_start == ss:
                    # "التقى ... الشهر الماضي نظيره، واتفقا"، "زار طرابلس في ديسمبر 2020، حين وقع": then
                    ev.date, ev.date_source = events[-1].date, "news"
                if trig.type not in _AT_THE_TALKS:  # where it was said is not where aid went or a strike hit
                    place_from = max(place_from, nv.to_raw(_said_from(nv, sn[0], t.nstart)))
                ev.location = _place(places, place_from, clause_end, t.start,
                                     (frozenset() if trig.mode in ("visit", "host") else stand_ins)
                                     | {(m.start, m.end) for m in taking_part}, nv,  # ("بمشاركة تونس": a party)
                                     trig.type in _SPEECH_ACTS or trig.type == "THREATEN",
                                     _terms_start(nv, t, sn[1]) if trig.type == "AGREE" else None, dateline)
                if ev.location is None and goes_on and events and events[-1].evidence_start == ss \
                        and events[-1].mode == "visit":
                    ev.location = events[-1].location  # "زار أنقرة، والتقى خلال الزيارة أردوغان": there
                ev.confidence = round(min(0.95, 0.4 + 0.1 * len(acts + group) + (0.1 if trig.pos == "verb" else 0)),
                                      2)
                events.append(ev)
                for value in siblings:
                    events.append(copy.copy(ev))
                    events[-1].date = value
                said_by = acts
                acted.append((t.end, acts, group))
                pair = _parties(acts + group + attending)  # "بحضور نظيره": a side for "البلدين" after it
                # the sides of a meeting, a deal or a fight; an accuser and the accused are no "الطرفين"
                if len(pair) >= 2 and trig.type not in _SPEECH_ACTS and trig.type != "THREATEN" \
                        and not _vaguer_sides(pair, last_pair):
                    last_pair = pair
                    told.append(pair)
                    # "بحث الفقي مع نظيره الليبي ...، واتفق الجانبان": the two of this event, told in the sentence
                    later = _the_two(nv, (nv.to_norm(t.end), sn[1]), last_pair, told)
                    if later:
                        spans = {(m.start, m.end) for m in later}
                        mentioned = _parties(sorted([m for m in mentioned if (m.start, m.end) not in spans] + later,
                                                    key=lambda m: m.start), nv, repeats=True)
                        parties = _once(mentioned)
        if during_told is not None:  # "ووقعت المؤسسة الوطنية للنفط خلال الزيارة مذكرة تفاهم": then and there
            for ev in events:
                if ev.evidence_start == ss and ev.date is None and ev.status == "occurred":
                    _at_the_meeting(ev, during_told)
        # "انتقد عقيلة صالح توقيع المذكرة، مطالبا الأمم المتحدة بعدم الاعتراف بها": he asks the UN; the caller
        # is who acts in the sentence's latest event before the participle, or the subject it opens with
        for (ps, pe), (etype, mode, cameo), asked in _calls_on(nv, sn, mentioned):
            latest = next((a for end, a, _group in reversed(acted) if end <= ps), None)
            opening = _subject_at_start(nv, sn, parties)
            caller = latest or opening
            if latest and all(m.label != "PERS" for m in latest) and opening and all(
                    m.label == "PERS" for m in opening) and opening[0].end <= min(m.start for m in latest) \
                    and _declares(nv, sn, opening[0]):
                caller = opening  # "وأكد صالح رفض المجلس لأي تدخل، مثمنا الدور المصري": he praises, not the body
            asked = [m for m in asked if m not in caller]
            if not asked and caller and etype == "THREATEN":  # "حذر السيسي من تقدم قوات الوفاق، ملوحا بتدخل
                asked = [m for m in parties if caller[-1].end <= m.start and m.end <= ps and m not in caller]  # عسكري"
            callers = {m.entity.id for m in caller}
            # "…، مطالبا الدول الأوروبية بزيادة دعمها": a call on no one we know is still the caller's call (and
            # "…، متوعدا بمواصلة العمليات العسكرية" his threat)
            if not caller or not (asked or etype in ("REQUEST", "THREATEN")) or any(
                    e.evidence_start == ss and e.type == etype and (e.recipients or not asked)
                    and callers & {p.entity.id for p in e.actors} for e in events):
                continue
            events.append(Event(type=etype, evidence_start=ss, evidence_end=se, mode=mode, cameo=cameo,
                                trigger=(ps, pe), actors=[participant(m, article.text) for m in caller],
                                recipients=[participant(m, article.text) for m in asked],
                                status="occurred", confidence=0.6))
            # "حذر السيسي الشهر الماضي من ...، ملوحا": the time of the act the participle goes with
            then = [d for (s, e), d in sentence_dates(si) if e <= ps and d.value
                    and not _COMPLEMENTISER.search(article.text, ss, s)]  # (not a time in what is said)
            if then:
                events[-1].date, events[-1].date_source = then[-1].value, "text"
                events[-1].date_text = article.text[slice(*nv.span(then[-1].start, then[-1].end))]
            break
        visit = next((e for e in reversed(events) if e.type == "CONSULT" and e.mode == "visit" and (
            e.evidence_start < ss or (e.trigger and e.trigger[1] <= nv.to_raw(received.start())))),
                     None) if received else None
        host = next((m for m in parties if m.start >= nv.to_raw(received.end())), None) if visit else None
        if host is not None and next_after(nv, received.end(), host, "noun") and host.entity.id not in {
                p.entity.id for p in visit.actors}:
            # "وكان في استقبالها رئيس حكومة الوحدة الوطنية": he received the visitor just told
            events.append(Event(type="CONSULT", evidence_start=ss, evidence_end=se, mode="host", cameo="043",
                                trigger=nv.span(received.start(), received.end()), actors=list(visit.actors),
                                recipients=[participant(host, article.text)], status=visit.status,
                                date=visit.date, date_text=None, date_source="news" if visit.date else None,
                                location=_place(places, ss, se, nv.to_raw(received.start())) or visit.location,
                                confidence=0.6))
    said = {(ev.evidence_start, ev.type) for ev in events}
    sentence_at = {span[0]: si for si, span in enumerate(article.sentences)}
    for ev in speech_events(article, nv, norm_sentences, actors):
        si = sentence_at[ev.evidence_start]
        if (ev.evidence_start, ev.type) in said or _off_topic(_WORD.findall(nv.norm[slice(*norm_sentences[si])])):
            continue
        said_at = [(abs(s - ev.trigger[0]), d) for (s, e), d in sentence_dates(si) if d.value and (
            e <= ev.trigger[0] or not _COMPLEMENTISER.search(article.text, ev.trigger[1], s))]
        if said_at:  # "قال باتيلي، أمس الاثنين، إن": when it was said (a date after إن is what is said's)
            d = min(said_at, key=lambda x: x[0])[1]
            ev.date, ev.date_text, ev.date_source = d.value, article.text[slice(*nv.span(d.start, d.end))], "text"
        events.append(ev)
    events.sort(key=lambda ev: (ev.evidence_start, ev.trigger or (0, 0)))
    kept = _drop_fragments(events, [_place_host(ev) for ev in events])
    for ev, host in kept:
        ev.recipients = ev.recipients or host  # the state of a visit's place, when no recipient is named
    events = [ev for ev, _host in kept]
    opening = itertools.islice((ss for ss, se in article.sentences
                                if len(_WORD.findall(article.text, ss, se)) >= HEADING_WORDS), LEAD_SENTENCES)
    _inherit_from_lead(events, article.text, published, frozenset(opening))
    return events


# circumstantial participles that ask someone for something or accuse them: "…، داعيا مجلس الأمن إلى التحرك"،
# "…، متهمة روما بالتواطؤ"
_CALLING = {normalize(w): kind for kind, ws in (
    (("REQUEST", "call", "100"), ("داعيا", "داعية", "داعين", "داعيين")),
    (("REQUEST", "demand", "100"), ("مطالبا", "مطالبة", "مطالبين")),
    (("ACCUSE", "accusation", "112"), ("متهما", "متهمة", "متهمين", "محملا", "محملة")),
    (("THREATEN", None, "130"), ("متوعدا", "متوعدة", "مهددا", "مهددة", "ملوحا", "ملوحة")),
    (("SUPPORT", "praise", "051"), ("مثمنا", "مثمنة", "مشيدا", "مشيدة")))
            for w in ws}
PRAISED_REACH = 3  # words from a participle of praise to whom it praises: "مثمنا الدعم التركي"، "مشيدا بجهود مصر"
_CALLING_WORD = re.compile(r"(?<!\w)(?:" + "|".join(_CALLING) + r")(?!\w)")
_SUBJECT_REACH = 2  # words from a sentence's start to its subject: "وأكد المجلس"، "من جهته، انتقد صالح"
_OPENER_WORDS = 5  # words of a phrase that opens a sentence before a comma ("وفي أول رد فعل،")


_OBJECT_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن"))
_WAS_OPENERS = frozenset(normalize(w) for w in ("كان", "كانت", "كانوا"))


def _described_by_was_clause(nv: Normalized, sent_start: int, t, parties: list[Mention]) -> Mention | None:
    """The party a clause opened by كان/كانت right after it describes, when the clause's verb ``t`` has an object
    pronoun ("صيادا تونسيا كانت القوات قد احتجزتهم"): whom the pronoun stands for."""
    opener = next((w for w in reversed(list(_WORD.finditer(nv.norm, sent_start, t.wstart)))
                   if w.group() in _WAS_OPENERS), None)
    if opener is None or _OBJECT_CLAUSE_END.search(nv.norm, opener.end(), t.wstart):
        return None
    before = [m for m in parties if nv.to_norm(m.end) <= opener.start()]
    if not before or nv.norm[nv.to_norm(before[-1].end):opener.start()].strip():
        return None
    return before[-1]


def _past_opener(nv: Normalized, start: int, end: int) -> int:
    """Where a sentence's first clause begins, past a short phrase that opens it with a comma before ``end``
    ("وفي أول رد فعل، أعربت"): normalised offsets."""
    comma = nv.norm.find(",", start, end)
    return comma + 1 if comma >= 0 and len(_WORD.findall(nv.norm[start:comma])) <= _OPENER_WORDS else start


def _opens_with_expressing(nv: Normalized, sn: tuple[int, int]) -> bool:
    """Whether the sentence's first clause, past a short opener ("وفي أول رد فعل،"), opens with a verb of
    expressing ("أعربت"، "أكدت"، "أبدت"): a speaker whose later verbs leave her out."""
    first = _WORD.findall(nv.norm, _past_opener(nv, *sn), sn[1])[:1]
    return bool(first) and (_verb_of(first[0], _DECLARING) or _verb_of(first[0], _EXPRESSED))


def _subject_at_start(nv: Normalized, sn: tuple[int, int], parties: list[Mention],
                      past_opener: bool = False) -> list[Mention]:
    """The party a sentence opens with, as the subject of its first verb ("واعتبر نتانياهو أن ..."); with
    ``past_opener``, after a short phrase that opens it with a comma ("وفي أول رد فعل، أعربت الخارجية")."""
    first = parties[:1]
    if not first or after_preposition(nv, nv.to_norm(phrase_start(first[0]))):
        return []
    subject_at = nv.to_norm(phrase_start(first[0]))
    if past_opener:  # the verb, then the subject's title ("أعربت وزارة الخارجية المغربية")
        return first if gap(nv, _past_opener(nv, sn[0], subject_at), subject_at) <= _SUBJECT_REACH else []
    lead = _WORD.findall(nv.norm[sn[0]:subject_at])
    return first if len([w for w in lead if w not in _OPENERS]) <= _SUBJECT_REACH else []


_OPENERS = {normalize(w) for w in ("من", "جهته", "جهتها", "جانبه", "جانبها", "بدوره", "بدورها", "في", "المقابل")}


def _calls_on(nv: Normalized, sn: tuple[int, int], parties: list[Mention]):
    """(raw span, (type, mode, CAMEO), parties) of each participle after a comma that names whom it asks or
    accuses right after it ("مطالبا الأمم المتحدة"، "داعيا كلا من مصر وتركيا"، "متهمة روما"); a call or a threat
    with nobody named, with no one asked."""
    for w in _WORD.finditer(nv.norm, sn[0], sn[1]):
        kind = _CALLING.get(w.group())
        if kind is None or not after_comma(nv, sn[0], w.start()):
            continue
        asked, edge = [], w.end()
        for m in (m for m in parties if nv.to_norm(m.start) >= w.end()):
            if asked and (m.start, m.end) == (asked[-1].start, asked[-1].end):
                if m.entity.id not in {a.entity.id for a in asked}:
                    asked.append(m)  # "داعيا الطرفين": the pair one word names
                continue
            between = _WORD.findall(nv.norm[edge:nv.to_norm(phrase_start(m))])
            praised = kind[0] == "SUPPORT" and not asked and len(between) <= PRAISED_REACH and not \
                _OBJECT_CLAUSE_END.search(nv.norm, edge, nv.to_norm(phrase_start(m)))
            if not praised and (any(x not in _EACH_WORDS for x in between) if not asked else between != ["و"]):
                break
            asked.append(m)
            edge = nv.to_norm(m.end)
        if asked or kind[0] in ("THREATEN", "REQUEST") and _WORD.search(nv.norm, w.end(), sn[1]):
            yield nv.span(w.start(), w.end()), kind, asked  # "…، متوعدا بالرد": whom the sentence is about


_BUT_HE = {normalize(w) for w in ("لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها")}
# a joint body is two sides: "اتفقت اللجنة العسكرية المشتركة (5+5) على آلية"
_JOINT = re.compile(r"(?<!\w)(?:ال)?مشترك[هة]?(?!\w)")
_EACH_WORDS = {normalize(w) for w in ("كلا", "كل", "من")} | {normalize(w) for w in (
    "القادة", "قادة", "الأطراف", "أطراف", "السلطات", "سلطات", "المسؤولين", "الفرقاء", "الزعماء", "الساسة", "جميع",
    "كافة")}  # "داعيا القادة الليبيين": a state's leaders, as its demonym says


_SINCE = normalize("منذ")
OWN_DATE_REACH = 6  # words from a noun to a date that is its own ("المذكرة الموقعة بين البلدين في مايو 2020")
_COMPLEMENTISER = re.compile(r"(?<!\w)(?:أن|إن|بأن|ان|بان)(?!\w)")
# "أسفر الاجتماع عن اتفاق"، "توصلوا إلى اتفاق": what a meeting came to is an event of its own
_RESULTED = {normalize(w) for w in ("أسفر", "أسفرت", "أسفرا", "تمخض", "تمخضت", "نتج", "نتجت", "توصل", "توصلت",
                                     "توصلا", "توصلوا", "خلص", "خلصت", "خلصوا")}
_AT_THE_MEETING = {"AGREE", "COOPERATE"}
_DURING_PHRASE = re.compile(r"(?:خلال|أثناء|اثناء|على هامش|في إطار)\s+(?:\S+\s+)?$")


# a time before the news that the text does not give: "في وقت سابق"، "سابقا"، the pluperfect "كان ... قد"
_EARLIER = re.compile(r"في وقت سابق|(?<!\w)سابقا(?!\w)|(?<!\w)و?كان(?:ت|وا|تا|ا)?\s+(?:\S+\s+){0,6}?قد(?!\w)")


_RECEIVED_THEM = re.compile(r"(?<!\S)و?كان\s+في\s+استقبال(?:ه|ها|هم|هما)(?!\S)")


def _at_the_meeting(ev: Event, meeting: Event) -> None:
    """An event told as done at a meeting or visit told before takes its date and, lacking one, its place."""
    ev.date, ev.date_source = meeting.date, "news" if meeting.date else None
    ev.location = ev.location or meeting.location


# who attacks without a name: a weapon or men no one names ("طائرة مسيرة"، "مسلحون مجهولون"، "مقاتلات")
_UNNAMED_ATTACKER = re.compile(r"\s+(?:" + "|".join(normalize(w) for w in (
    "طائرة", "طائرات", "مسيرة", "مسيرات", "مقاتلة", "مقاتلات", "مسلحون", "مسلحين", "مجهولون", "مجهولين",
    "انتحاري", "انتحارية", "صاروخ", "صواريخ", "قذيفة", "قذائف")) + r")(?![^\W\d_])(?!\s+(?:ال|لل))"  # (not
    # "مقاتلات التحالف": whose they are, named); and a crowd counted ("مئات المحتجين"، "عشرات المسلحين")
    r"|\s+(?:" + "|".join(normalize(w) for w in ("مئات", "عشرات", "آلاف", "حشود")) + r")\s+(?:من\s+)?(?:ال)?(?:"
    + "|".join(normalize(w) for w in ("محتجين", "متظاهرين", "مسلحين", "مهاجمين", "مواطنين"))
    + r")(?![^\W\d_])")
ATTACKED_REACH = 10  # words from an unnamed attacker's verb to the party it hit ("طائرة مسيرة، فجر اليوم الأحد، رتلا
# عسكريا تابعا لقوات")


def _attacked(nv: Normalized, t, parties: list[Mention], sent_end: int) -> list[Mention]:
    """The party an unnamed attacker's act hit: the first named in the verb's clause, within a few words."""
    end = _clause_end(nv, t.nend, sent_end)
    for m in parties:
        at = nv.to_norm(phrase_start(m))
        if t.nend <= at < end and len(_WORD.findall(nv.norm, t.nend, at)) <= ATTACKED_REACH:
            return [m]
    return []


_MINISTRY = normalize("وزارة")
_AGAINST = {"ACCUSE", "REJECT"}  # stances against someone (not what is asked, nor backed, of whom)
_DESCRIBED = "وصف"
_ARRIVED = "وصل"
# what is shipped ("طائرة مساعدات طبية قطرية"، "شحنة أدوية تركية"): the demonym after it names who sends it
_SHIPPED = re.compile(r"(?<![^\W\d_])(?:" + "|".join(normalize(w) for w in (
    "مساعدات", "شحنة", "شحنات", "أدوية", "إمدادات", "معونات")) + r")(?![^\W\d_])")
SHIPPED_REACH = 3  # words from what is shipped to the demonym of who sends it


def _shipment(nv: Normalized, t, parties: list[Mention], places: list[Mention], sent_end: int):
    """(who sends, who receives) when an arrival's subject is a shipment of aid with a state's demonym and it
    arrives in a place of another state; else None."""
    end = _clause_end(nv, t.nend, sent_end)
    hit = _SHIPPED.search(nv.norm, t.nend, end)
    if hit is None:
        return None
    sender = next((m for m in parties if m.label == "GPE" and m.role == "demonym" and hit.end() <= nv.to_norm(m.start)
                   and len(_WORD.findall(nv.norm, hit.end(), nv.to_norm(m.start))) <= SHIPPED_REACH), None)
    there = next((m for m in places if t.end <= m.start and nv.to_norm(m.start) < hit.start()), None)
    if sender is None or there is None or there.place.country in (None, sender.entity.country):
        return None
    state = load_gazetteer().states.get(there.place.country)
    if state is None:
        return None
    return [sender], [Mention(there.start, there.end, "GPE", entity=state, role="anaphor")]


_RECAPTURED = "استعاد"
_HELD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(normalize(w) for w in ("سيطرة", "قبضة", "أيدي")) + r")\s+$")


def _held_by(nv: Normalized, t, sent_end: int, parties: list[Mention], acts: list[Mention]) -> list[Mention]:
    """Who held what was taken back: the party named right after "سيطرة"، "قبضة" or "أيدي" later in the sentence
    ("بعد نحو عام من سيطرة قوات الدعم السريع عليه")."""
    own = {m.entity.id for m in acts}
    end = sent_end
    for m in parties:
        at = nv.to_norm(phrase_start(m))
        if t.nend <= at <= end and m.entity.id not in own and _HELD.search(nv.norm, max(t.nend, at - 12), at):
            return [m]
    return []


def _during_told(nv: Normalized, sent_start: int, t, events: list[Event]) -> Event | None:
    """The meeting, visit or signing told in an earlier sentence that a definite noun after خلال، أثناء or على
    هامش names ("خلال الزيارة"، "على هامش التوقيع"): the sentence's events took place at it."""
    if t.value.type not in ("CONSULT", "AGREE") or not t.prefix.endswith(_DEFINITE) or not _AT_AN_EVENT.intersection(
            nv.words_before(t.wstart, 1, floor=sent_start)):
        return None
    return next((e for e in reversed(events) if e.type == t.value.type and e.trigger
                 and e.trigger[1] <= nv.to_raw(sent_start)), None)


def _date_during(events: list[Event], text: str) -> None:
    """An undated event told as during another of its sentence takes that one's date: "وقعت ليبيا وتركيا، أمس،
    مذكرة ... خلال زيارة وفد تركي"، "اتفق الوزيران، خلال اجتماع عقداه الأحد، على"."""
    for ev in events:
        if ev.date is not None or ev.status != "occurred" or not ev.trigger:
            continue
        during = next((o for o in events if o is not ev and o.evidence_start == ev.evidence_start and o.date
                       and o.status == "occurred" and o.trigger and _DURING_PHRASE.search(
                           text[o.trigger[1]:ev.trigger[0]] if o.trigger[1] <= ev.trigger[0]
                           else text[ev.trigger[1]:o.trigger[0]])), None)
        if during is not None:
            ev.date, ev.date_text, ev.date_source = during.date, None, "news"


def _inherit_from_lead(events: list[Event], text: str, published: date | None = None,
                       opening: frozenset[int] = frozenset()) -> None:
    """The article's news is its first event, dated the day it was published if it opens the article (starts
    in one of the sentences ``opening``) and its text gives no date; an event told with no date of its own that
    shares a person or organisation with it is part of that news (the bilateral meetings around a summit, what
    was said there): it takes the news's date, and a meeting takes its place."""
    if not events:
        return
    _date_during(events, text)
    lead = events[0]
    if lead.date is None and lead.status == "occurred" and published is not None and lead.evidence_start in opening:
        lead.date, lead.date_source = published.isoformat(), "published"
        _date_during(events, text)
    lead_people = {p.entity.id for p in lead.actors + lead.recipients if p.entity.kind != "state"}
    lead_states = {p.entity.country for p in lead.actors + lead.recipients}
    for ev in events[1:]:
        if ev.date is not None or ev.status != "occurred":
            continue
        if lead.status != "occurred" or _EARLIER.search(text, ev.evidence_start, ev.evidence_end):
            continue  # "وكان مجلس النواب قد رفض في وقت سابق": before the news, when it does not say
        own = {p.entity.id for p in ev.actors + ev.recipients if p.entity.kind != "state"}
        states = {p.entity.country for p in ev.actors + ev.recipients}
        # the news's people, or, where only states are named, the news's states ("واتفقت الأطراف الثلاثة")
        if not (own & lead_people or (not own and len(states) >= 2 and states <= lead_states)):
            continue
        ev.date, ev.date_text, ev.date_source = lead.date, None, "news"
        if ev.location is None and (ev.type == lead.type or (lead.type == "CONSULT" and ev.type in _AT_THE_MEETING)):
            ev.location = lead.location  # "ووقع الجانبان عقب اللقاء اتفاقية": where they met


def _drop_fragments(events: list[Event], hosts: list[list[Participant]]) -> list[tuple[Event, list[Participant]]]:
    """Drop an event told twice: one with a single party of its own whose parties (with ``hosts``, the state of
    its place) another event of its type has and more (a headline's "صدام حفتر زار أنقرة" beside the body's
    account), or the same parties, type and mode told again later (any mode in one sentence: "اتهم باشاغا
    الإمارات بالوقوف وراء الغارات" is one accusation).  The kept events come with their hosts."""
    full = [{p.entity.id for p in ev.actors + ev.recipients + host} for ev, host in zip(events, hosts, strict=True)]
    keep = []
    for i, ev in enumerate(events):
        own = {p.entity.id for p in ev.actors + ev.recipients}
        # the states of its people: "زيارة وفد تركي يقوده تشاووش أوغلو" and "ثاني زيارة لتشاووش أوغلو" are one
        theirs = {"state:" + p.entity.country for p in ev.actors + ev.recipients if p.entity.country}
        told = next((o for j, o in enumerate(events) if j != i and o.type == ev.type and _same_time(o.date, ev.date)
                     and not _turned_round(o, ev)
                     and ((len(own) == 1 and full[i] < full[j])
                          or (full[i] <= full[j] <= full[i] | theirs and j < i and (
                              _one_mode(o.mode, ev.mode) or o.evidence_start == ev.evidence_start)))),
                    None)  # two dates are two events ("زار أنقرة عامي 2022 و2023")
        if told is None:
            keep.append((ev, hosts[i]))
        elif told.location is None:
            told.location = ev.location  # "بحث غولر مع الحداد ..." then "أن غولر استقبل الحداد ... في أنقرة"
    return keep


def _sanctioned(nv: Normalized, text: str, t, mode: str, actors: list[Mention], acts: list[Mention],
                recs: list[Mention], sent_end: int) -> tuple[list[Mention], list[Mention]]:  # (normalised end)
    """The state relations with are cut, the one receiving: where a recalled envoy served ("استدعاء سفيرها في
    إسرائيل"، "لدى مالي"، "من الجزائر"; after لدى it is otherwise no party), or who a closing shuts out
    ("إغلاق مجالها الجوي أمام الطيران القادم من مالي"); who acts is named before it."""
    target = None
    if mode == "recall":
        end = nv.to_raw(sent_end)
        target = next((m for m in acts + recs + actors if t.end <= m.start < end and m.label == "GPE"
                       and m.role != "demonym" and _after_word(nv, m, _POSTED)
                       and gap(nv, t.nend, nv.to_norm(m.start)) <= 3), None)
    else:
        before_it = _BEFORE_IT.search(nv.norm, t.nend, min(sent_end, t.nend + 40))
        if before_it:
            target = next((m for m in actors if m.label == "GPE" and before_it.end() <= nv.to_norm(m.start)
                           and gap(nv, before_it.end(), nv.to_norm(m.start)) <= 6
                           and not _OBJECT_CLAUSE_END.search(text, t.end, m.start)), None)
    if target is None:
        return acts, recs
    return [m for m in acts + recs if m.entity.id != target.entity.id and m.start < target.start], [target]


def _turned_round(a: Event, b: Event) -> bool:
    """"اتهم الجيش الدعم السريع" and "واتهمت (الدعم السريع) الجيش": one side's act, then the other's; also when
    the second names no one it acts on ("قصف الجيش مواقع للدعم السريع، بينما هاجمت قوات الدعم السريع مقرا")."""
    def ids(ps: list[Participant]) -> set[str]:
        return {p.entity.id for p in ps}

    return a.type not in RECIPROCAL and bool(a.actors) and bool(a.recipients) and bool(b.actors) \
        and ids(b.actors) <= ids(a.recipients) and ids(b.recipients) <= ids(a.actors) \
        and not ids(b.actors) & ids(a.actors)


# modes that tell one meeting: "بحث X مع Y" and "استقبل X Y" (not a visit to a state, nor a call)
_MEETING_MODES = frozenset(("meeting", "host"))


def _one_mode(a: str | None, b: str | None) -> bool:
    return a == b or {a, b} <= _MEETING_MODES or {a, b} <= _ACCUSING_MODES


# "اتهم المسماري تركيا" and, later, "وأضاف المسماري أن "العدوان التركي" ...": one accusation told twice
_ACCUSING_MODES = {None, "accusation"}


def _same_time(a: str | None, b: str | None) -> bool:
    """Whether two event dates may be one time: either unknown, or one a prefix of the other ("2022" and
    "2022-10-03": the year the article calls "العام الجاري")."""
    return not (a and b) or a.startswith(b) or b.startswith(a)


def _place_host(ev: Event) -> list[Participant]:
    if ev.recipients or ev.type not in _TO_A_PLACE or ev.location is None:
        return []
    return _host(ev.location, ev.actors)


# the proclitics and article a noun may carry ("وبالاتفاقية"), as prefixes to try on a word
_NOUN_CLITICS = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال", "ول", "ولل", "وب", "وبال")


@lru_cache(maxsize=1)
def _off_topic_words() -> frozenset[str]:
    """The words of data/events/off_topic.tsv with the proclitics and article they may carry."""
    return frozenset(p + normalize(w) for w, *_ in rows("events/off_topic.tsv") for p in _NOUN_CLITICS)


def _bare_word(w: str) -> str:
    """A normalised word without its proclitics and article ("وبالاتفاقية" -> "اتفاقيه")."""
    return _PROCLITIC.sub("", w, count=1)


def _off_topic(words: list[str]) -> bool:
    """Whether a sentence reports sports or entertainment (data/events/off_topic.tsv); a word after بشكل is
    an adverb ("بشكل دوري": regularly, no league)."""
    marks = _off_topic_words()
    return any(w in marks and not (k and words[k - 1] in _MANNER) for k, w in enumerate(words))


_EXTENT = normalize("حد")  # "يصل لحد"، "تصل إلى حد": as far as
# modes whose people named by a demonym stand for their state: "أمام الطائرات البريطانية"، "تدريب الضباط الليبيين"،
# "أفرجت عن 15 صيادا تونسيا"، "احتجزت ثلاثة بحارة بريطانيين"
_PEOPLES_STATE = ("close", "down", "training", "release", "detain", "arrest", "capture")
_AGAINST = frozenset(normalize(w) for w in ("على", "علي", "ضد", "استهدفت", "استهدف"))
_MANNER = frozenset(normalize(w) for w in ("بشكل", "وبشكل", "بصورة", "وبصورة", "بصفة", "وبصفة"))


def _object_of_speech_act(nv: Normalized, t, events: list[Event], sent_start: int, noun: bool = True) -> bool:
    """Whether a verbal noun is the object of a condemnation, denial, praise or demand told just before it, or
    a noun or phrase is in what a demand asks for ("دعا المجلس الأطراف الليبية إلى الالتزام بوقف إطلاق النار")."""
    for ev in reversed(events):
        if ev.evidence_start != sent_start or ev.trigger is None:
            break
        if ev.type in _SPEECH_ACTS and ev.trigger[1] <= t.start:
            between = nv.norm[nv.to_norm(ev.trigger[1]):t.wstart]  # not the noun's article
            words = _WORD.findall(between)
            if words and words[-1] in _WHEN_DOING:
                return False  # "أشاد سعيد، لدى استقباله الطرابلسي، بـ": when he praised, not what
            if len(words) <= SPEECH_ACT_OBJECT:
                return noun  # a phrase may be a verb's: "نفت تركيا أن تكون أرسلت قوات" is a denied deployment
            if ev.type == "ACCUSE" and len(words) <= ACCUSED_OF_REACH and not _OBJECT_CLAUSE_END.search(between) \
                    and not BREAKS.intersection(words) and any(w[:1] == "ب" and len(w) > 3 for w in words):
                return True  # "اتهم قنونو الإمارات بالوقوف وراء الغارات": what one is accused of is the accusation's
            return ev.type == "REQUEST" and not _OBJECT_CLAUSE_END.search(between) and not BREAKS.intersection(
                words) and (t.prefix.endswith("ب") or not _CONTENT_OPENERS.isdisjoint(words))
    return False


# nouns that name an event told before ("انتقد توقيع المذكرة"، "رحبت بالخطوة"): the types they may name
_EVENT_NOUNS = {normalize(w): types for types, ws in (
    (("AGREE",), ("توقيع", "التوقيع", "المذكرة", "المذكرتين", "المذكرتان", "الاتفاق", "الاتفاقين", "الاتفاقية",
                  "الاتفاقيتين", "الاتفاقيات", "الصفقة")),
    (("CONSULT",), ("الزيارة", "اللقاء", "الاجتماع", "المحادثات", "المباحثات", "القمة")),
    (("ASSAULT",), ("الهجوم", "الهجمات", "الغارات", "الغارة", "الضربات", "الضربة", "القصف")),
    (("AID", "MOBILIZE"), ("الإرسال", "إرسال", "النشر", "نشر")),
    (("REQUEST",), ("الطلب", "المطالب", "المطالبة", "الدعوة", "الدعوات")),
    (None, ("الخطوة", "الخطوات", "القرار", "الإعلان", "التحرك", "الرواية"))) for w in ws}  # ("نفت الرواية": the
# account of the event told)
_WHICH = re.compile(r"(?:وهو|وهي|هو|هي)\s+ما\s+$|(?:الامر|الأمر)\s+الذي\s+$")  # "وهو ما نددت به"
_NO_STEPS = _SPEECH_ACTS | {"CONSULT", "THREATEN"}  # what "الخطوة"، "القرار" do not name
EVENT_NOUN_REACH = 3  # words from a speech act to the noun naming what it is about
ACCUSED_OF_REACH = 14  # words from an accusation to an event noun in what it accuses of (titles and names between)


def _parties_of_the_event_named(nv: Normalized, t, events: list[Event], acts: list[Mention]) -> list[Participant]:
    """The parties of the latest earlier event a speech act's object names (after its subject), less who
    speaks."""
    own = {m.entity.id for m in acts}
    if _WHICH.search(nv.norm, max(0, t.wstart - 30), t.wstart):  # "فتشت سفينة تركية، وهو ما نددت به أنقرة"
        told = next((e for e in reversed(events) if e.trigger and e.trigger[1] <= t.start), None)
        return [copy.copy(p) for p in told.actors + told.recipients if p.entity.id not in own] if told else []
    start = max([t.nend] + [nv.to_norm(m.end) for m in acts if m.start >= t.end])
    return _event_noun_parties(nv, start, start + 60, t.start, events, acts)


def _event_noun_parties(nv: Normalized, nfrom: int, nto: int, before: int, events: list[Event],
                        acts: list[Mention]) -> list[Participant]:
    """The parties, less ``acts``, of the latest event before raw offset ``before`` that the first event noun
    from ``nfrom`` to ``nto`` (normalised) names ("بالخطوة"، "للاتفاق"، "القرار")."""
    own = {m.entity.id for m in acts}
    for w in _WORD.findall(nv.norm, nfrom, nto)[:EVENT_NOUN_REACH]:
        bare = "ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in "بو" and w[1:3] == "ال" else w
        # "بالخطوة"، "للاتفاق" (ل + الاتفاق) less ب or ل
        if bare not in _EVENT_NOUNS:
            continue
        types = _EVENT_NOUNS[bare]
        named = next((e for e in reversed(events) if (e.type in types if types else e.type not in _NO_STEPS)
                      and e.trigger and e.trigger[1] <= before), None)
        if named is None:
            return []
        states = {m.entity.country for m in acts if m.entity.kind == "state" or m.entity.id.startswith(STATE_BODY)
                  or m.entity.kind == "organization" and normalize(m.entity.name_ar).removeprefix("ال").startswith(
                      _MINISTRY)}
        # a state (or its body, its ministry) speaks for its people
        own_states = {"state:" + c for c in states}
        return [copy.copy(p) for p in named.actors + named.recipients
                if p.entity.id not in own and p.entity.id not in own_states
                and not (p.entity.kind == "person" and p.entity.country in states)]
    return []


def _described(nv: Normalized, sent_start: int, t) -> bool:
    """A verb right after a relative pronoun and carrying a pronoun for it: "التي تدعمها"، "التي اتهمها"."""
    before = nv.words_before(t.nstart, floor=sent_start)
    return (t.value.pos == "verb" and bool(before) and before[0] in _RELATIVE
            and t.norm.endswith(("ه", "ها", "هم", "هما", "هن")))


# nouns of places and of relations: a demonym after one describes it ("العاصمة التركية أنقرة"، "العلاقات التركية
# الليبية")
_PLACE_NOUNS = {normalize(w) for w in (
    "العلاقات", "علاقات", "التقارب", "التعاون", "الشراكة", "المباحثات", "المحادثات", "المشاورات", "التنسيق",
    "العاصمة", "عاصمة", "المدينة", "مدينة", "الميناء", "ميناء", "السواحل", "الساحل", "سواحل", "الأراضي", "أراضي",
    "الحدود", "حدود", "المياه", "مياه", "الأجواء", "أجواء", "العواصم", "المدن", "المناطق", "منطقة", "المنطقة",
    "القنصلية", "السفارة", "الجزيرة", "البلدة", "القرية", "المحافظة", "الولاية", "الجبهة", "الأقاليم",
    # and of topics: "بشأن الملف الليبي"، "الأزمة السورية"
    "الملف", "ملف", "الملفات", "الأزمة", "أزمة", "القضية", "قضية", "الشأن", "الوضع", "الأوضاع", "الساحة", "المسألة",
    "الشؤون", "شؤون",  # "التدخل في الشؤون الداخلية الليبية": whose affairs
    # and of a part of it: "في الجنوب الليبي"، "الشرق السوري"
    "الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "جنوب", "شمال", "شرق", "غرب")}


def _after_place_noun(nv: Normalized, m: Mention) -> bool:
    before = nv.words_before(nv.to_norm(m.start), 2)
    if before[-1:] and before[-1] in _EMBASSIES and len(before) == 2 and (
            before[0] in event_words() or load_speech().is_("say", before[0])):
        return False  # "أدانت السفارة الأمريكية": the embassy speaks for its state ("أمام السفارة": where)
    if len(before) == 2 and _ADJECTIVE.match(before[1]) and with_proclitic(before[0], _PLACE_NOUNS, "وبل"):
        return True  # "الشؤون الداخلية الليبية"، "المياه الإقليمية التركية": the noun with its adjective
    return _after_word(nv, m, _PLACE_NOUNS)


RELATION_REACH = 8  # words from the verb to the relation it is about ("رحبت حكومة الوحدة الوطنية الليبية بالتقارب")
_CLAUSE_PUNCT = re.compile(r"[.،,:;؛!?؟\n]")
_EMBASSIES = frozenset(normalize(w) for w in ("السفارة", "سفارة", "القنصلية", "قنصلية"))
_RELATIONS = frozenset(normalize(w) for w in (
    "التقارب", "العلاقات", "التعاون", "الاتفاق", "الاتفاقية", "المصالحة", "التطبيع", "الشراكة", "التحالف",
    "التنسيق"))


def _sides_of_relation(nv: Normalized, t, actors: list[Mention]) -> list[Mention]:
    """"رحبت الحكومة بالتقارب المصري التركي": the states whose relation a welcome, a criticism or a refusal is
    about, named by their demonyms right after the relation's noun."""
    stop = _CLAUSE_PUNCT.search(nv.norm, t.nend)
    words = list(_WORD.finditer(nv.norm, t.nend, stop.start() if stop else len(nv.norm)))[:RELATION_REACH]
    word = next((w for w in words if with_proclitic(w.group(), _RELATIONS, "ب") is not None), None)
    if word is None:
        return []
    out, edge = [], word.end()
    for m in (m for m in actors if nv.to_norm(m.start) >= edge):
        if m.role != "demonym" or nv.norm[edge:nv.to_norm(m.start)].strip(" و"):
            break
        out.append(m)
        edge = nv.to_norm(m.end)
    return out


def _after_word(nv: Normalized, m: Mention, words: set[str], reach: int = 1) -> bool:
    """Whether one of the ``reach`` words before mention ``m`` (perhaps with و، ب or ل) is one of ``words``
    (2: an adjective may stand between, "مستشارين عسكريين سوريين")."""
    return any(with_proclitic(w, words, "وبل") for w in nv.words_before(nv.to_norm(m.start), reach))


_DEFINITE = ("ال", "لل")
_BY_PHONE = {normalize(w) for w in ("هاتفيا", "تلفونيا", "هاتفيًا")}


def _by_phone(nv: Normalized, t, sent_start: int) -> bool:
    """"بحث الوزير هاتفيا مع نظيره": talks held by phone (the word among the eight after the trigger, its
    subject between); "وفي اتصال هاتفي مع السراج، بحث أردوغان": the call named before the talks."""
    after = _WORD.findall(nv.norm, t.nend, t.nend + 200)
    return (not _BY_PHONE.isdisjoint(after[:8]) or bool(_IN_A_CALL.search(" ".join(after[:16])))
            or bool(_IN_A_CALL.search(" ".join(nv.words_before(t.wstart, 12, floor=sent_start)))))


# "تبادل الرئيسان وجهات النظر ... خلال اتصال هاتفي": the talks were a call
_IN_A_CALL = re.compile(r"(?:خلال|في|عبر)\s+(?:ال)?(?:اتصال|مكالمه)\s+(?:ال)?(?:هاتفي|هاتفيه)"
                        r"|(?:عبر|عن\s+طريق)\s+الهاتف")


_ATTENDING = {normalize(w) for w in ("بحضور", "وبحضور", "حضور")}


def _attending(nv: Normalized, m: Mention, t) -> bool:
    """"وقعت ليبيا وتركيا مذكرة تفاهم بحضور الدبيبة": who attends, after بحضور, is no party to what is done."""
    if m.start < t.end:
        return False
    between = _WORD.findall(nv.norm, t.nend, nv.to_norm(phrase_start(m)))
    return not _ATTENDING.isdisjoint(between)


_COMPANY = {normalize(w) for w in ("برفقة", "وبرفقة", "رفقة", "بصحبة", "يرافقه", "يرافقها", "ترافقه", "يرافقهم",
                                    "يرافقهما", "يصحبه", "يصحبها")}
_LED_BY = {normalize(w) for w in ("برئاسة", "يرأسه", "يرأسها", "ترأسه", "بقيادة", "يقوده", "يقودها")}
# people or things sent (or denied, or accused of being sent): a demonym after them says whose they are, not who
# receives them
_SENT_PEOPLE = {normalize(w) for w in (
    "مقاتل", "مقاتلا", "مقاتلين", "مقاتلو", "المقاتلين", "مرتزقة", "المرتزقة", "جنود", "الجنود", "جنديا", "عناصر",
    "العناصر", "مستشارين", "المستشارين", "مستشارون", "خبراء", "الخبراء", "مسلحين", "المسلحين", "ضباط", "الضباط",
    "مدربين", "المدربين", "أسلحة", "الأسلحة", "طائرات", "الطائرات", "مسيرات", "المسيرات", "مدرعات", "المدرعات")}
# and the singular a number takes ("ألفي مرتزق سوري"), only for what is sent ("برصاص جندي إسرائيلي": a party)
_SENT_AFTER_NUMBER = _SENT_PEOPLE | {normalize(w) for w in ("مرتزق", "جندي", "عنصر", "مستشار", "خبير", "ضابط")}
_SENDING = {"AID", "MOBILIZE"}


def _leads_a_recipient(m: Mention, acts: list[Mention], recs: list[Mention]) -> bool:
    """Whether the party right before a leader's "برئاسة" receives ("خلال زيارة وفد تركي يقوده الوزير")."""
    before = [r for r in acts + recs if r.end <= phrase_start(m)]
    return bool(before) and max(before, key=lambda r: r.end) in recs


def _part_of_a_state(nv: Normalized, m: Mention) -> bool:
    """"طبرق شرقي ليبيا"، "في جنوب لبنان"، "بشمال سوريا": a state named after a direction is where, not a party
    ("بين تركيا وشرق ليبيا": the east's camp is one)."""
    if m.label != "GPE" or m.role is not None:
        return False
    before = nv.words_before(nv.to_norm(m.start), 2)
    if not before or with_proclitic(before[-1], _DIRECTIONS, "وبل") is None:
        return False
    return before[-1].endswith("ي") or before[-1][:1] in "بل" or (len(before) == 2 and before[0] in _PLACE_PREPOSITIONS)


_PLACE_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "إلى", "الى", "من", "نحو", "داخل"))


def _sourced(nv: Normalized, m: Mention) -> bool:
    """Whether a mention is the source of the report ("بحسب المنظمة"، "وفقا لوزارة")."""
    prev = nv.words_before(nv.to_norm(m.start))
    if m.role == "demonym" and _after_word(nv, m, _SOURCE_NOUNS, 2):
        return True  # "بحسب مصادر ليبية"، "وسائل إعلام تركية"، "مصدر عسكري ليبي"
    if m.role == "demonym" and _after_word(nv, m, _PRIVATE_NOUNS):
        return True  # "دعا الدبيبة الشركات التركية": companies, not their state
    return bool(prev) and (prev[0] in _SOURCE_WORDS or (prev[0][:1] == "و" and prev[0][1:] in _SOURCE_WORDS))


_PRIVATE_NOUNS = {normalize(w) for w in ("الشركات", "شركات", "الشركة", "شركة", "المستثمرين", "مستثمرين",
                                         "المواطنين", "مواطنين", "الجالية", "جالية", "الطلاب", "طلاب", "السياح",
                                         "سياح", "العمالة", "عمالة", "العمال", "عمال", "الرعايا", "رعايا", "رجال")}
_MEDIA = "org:media_"  # the KB's news media (data/kb/organizations.tsv)
_SOURCE_NOUNS = {normalize(w) for w in ("مصادر", "مصدر", "إعلام", "صحيفة", "صحف", "وسائل", "وكالة", "قناة",
                                        "تلفزيون", "التلفزيون", "موقع")}


def _conditional(nv: Normalized, sent_start: int, trig_nstart: int) -> bool:
    before = _WORD.findall(nv.norm[sent_start:trig_nstart])[-CUE_WINDOW:]
    return any(with_proclitic(w, _CONDITIONAL) for w in before)


_OBJECT_CLAUSE_END = re.compile(r"[.!?؟؛:،,\n]")


def _has_object(nv: Normalized, t, needs: frozenset[str], sent_start: int, sent_end: int,
                named: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether one of the objects a verb needs follows it in its clause, or, when the verb carries a pronoun
    ("وقعها"، "عقده"), comes shortly before it.  The words of ``named`` spans (normalised: people with their
    titles, bodies) do not count: "وعقدت رئيسة الوزراء الإيطالية جورجيا ميلوني ورئيس حكومة الوحدة الوطنية عبد
    الحميد الدبيبة على هامش التوقيع جلسة مباحثات"."""
    end = _clause_end(nv, t.nend, sent_end)
    after = _WORD.findall(nv.norm, t.nend, end)
    if any(_bare_word(w) in needs or w in needs for w in after[:NEEDS_WINDOW]):
        return True
    if len(after) > NEEDS_WINDOW and named:  # the words up to NEEDS_WINDOW of them outside names (a title's
        # own words count as objects: "استدعت الخارجية السفير التركي فلان")
        starts, counted, further = [a for a, _b in named], 0, []
        for w in _WORD.finditer(nv.norm, t.nend, end):
            inside = (k := bisect_right(starts, w.start()) - 1) >= 0 and w.start() < named[k][1]
            counted += not inside
            if counted > NEEDS_WINDOW:
                break
            further.append(w.group())
        if any(_bare_word(w) in needs or w in needs for w in further[NEEDS_WINDOW:]):
            return True
    if t.norm.endswith(("ه", "ها", "هم", "هما")):
        before = nv.words_before(t.nstart, OBJECT_WINDOW, floor=sent_start)
        return any(_bare_word(w) in needs or w in needs for w in before)
    return False


def _named_spans(nv: Normalized, mentions: list[Mention]) -> tuple[tuple[int, int], ...]:
    """The normalised spans of the people (with their titles) and bodies an article names, merged where they
    overlap, in text order."""
    spans = sorted((nv.to_norm(a), nv.to_norm(b)) for a, b in (
        (m.context or (m.start, m.end)) if m.label == "PERS" else (m.start, m.end)
        for m in mentions if m.label in ("PERS", "ORG") and m.entity is not None))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return tuple(merged)


def _signs_a_law(nv: Normalized, t, sn: tuple[int, int]) -> bool:
    """Whether a signing verb's object is a law or a decree, which one side signs ("وقع الرئيس قانونا")."""
    after = _WORD.findall(nv.norm[t.nend:_clause_end(nv, t.nend, sn[1])])[:NEEDS_WINDOW]
    return any(_bare_word(w).removesuffix("ا") in _LAWS for w in after)


_LAWS = frozenset(normalize(w) for w in ("قانون", "مرسوم", "مراسيم", "قوانين"))
_COMMA = re.compile(r"[،,]")


def _clause_end(nv: Normalized, start: int, end: int) -> int:
    """Where the clause from ``start`` ends: at a punctuation mark, but past a time set off by commas
    ("صادق البرلمان التركي، أمس الخميس، على مذكرة")."""
    while True:
        stop = _OBJECT_CLAUSE_END.search(nv.norm, start, end)
        if stop is None:
            return end
        if not _COMMA.match(stop.group()):
            return stop.start()
        nxt = _COMMA.search(nv.norm, stop.end(), end)
        between = _WORD.findall(nv.norm[stop.end():nxt.start()]) if nxt else []
        if not between or any(w not in SKIPPED for w in between):
            return stop.start()
        start = nxt.end()


def _whole_word_noun(t) -> bool:
    """Whether a trigger read with a proclitic is, whole, a noun of its own, one seen with the article in news
    ("وزارة" is not و + زاره); or a verb starting with و and carrying a suffix is و + such a noun ("وصلاة" is
    not وصلا + ه)."""
    if "ال" in t.prefix or t.prefix == "لل":
        return False
    if t.prefix:
        word = t.prefix + t.norm
    elif t.norm[:1] in "وف" and t.value.pos == "verb" and t.norm.endswith(ENCLITICS):
        word = t.norm[1:]
    else:
        return False
    n, with_article = wordstats().get(word, (0, 0))
    return with_article >= NOUN_EVIDENCE and with_article * 10 >= n


DECLARING_REACH = 4  # words from "أكد" to its "دعم": a subject and "خلال اللقاء" may stand between
_DECLARING = frozenset(f for past, imperfect in (
    ("واصل", "يواصل"), ("جدد", "يجدد"), ("أكد", "يؤكد"), ("أعلن", "يعلن"), ("أبدى", "يبدي"), ("عرض", "يعرض"))
    for f in verb_forms(past, imperfect))


def _declaring(before: list[str]) -> bool:
    """Whether a word just before a bare "دعم" declares it ("ستواصل دعم"، "وأكد السيسي خلال اللقاء دعم"):
    support in words."""
    if before and before[-1] in _BODY_WORDS:
        return False  # "تحالف دعم الشرعية"، "قوات دعم": a name
    return any(_verb_of(w, _DECLARING) or with_proclitic(w, _GOING_ON_NOUNS, "ول") for w in before)


# "استعداد بلاده لمواصلة دعم جهود": going on with support, told as a noun
_GOING_ON_NOUNS = frozenset(normalize(w) for w in ("مواصلة", "استمرار"))
_BODY_WORDS = {normalize(w) for w in ("تحالف", "التحالف", "قوات", "القوات", "لجنة", "صندوق", "مجموعة", "جبهة",
                                      "هيئة", "حركة", "مركز", "برنامج", "بعثة")}


def _bare_or_possessed(form: str, lemma: str) -> bool:
    """"دعم" or "دعمها": the bare past, alone or with a pronoun, reads as the verbal noun just as well."""
    return form == lemma or (form.startswith(lemma) and form[len(lemma):] in ENCLITICS)


# in normalised text (ى -> ي): "الاتفاق على"، "اتفقا ... على" just before the trigger
_AGREED = r"(?:اتفاق|الاتفاق|اتفقا|اتفقوا|اتفقت|اتفق|التوافق|توافقا)\s+(?:\S+\s+){0,3}?علي\s+"
_AGREED_ON = re.compile(_AGREED + r"\S*$")
# a verbal noun joined by و to what is agreed on ("اتفقوا على إنشاء مركز ... وإرسال مستشارين")
_AGREED_ON_TOO = re.compile(_AGREED + r"(?:[^\s.؛;:!?؟]+\s+){1,14}و\s*$")


# verbs whose object is the event they will do, after their subject: "ستواصل تركيا تقديم الدعم"، "تتولى بموجبها
# الدوحة تدريب"
_WILL_GO_ON_FORMS = ("ستواصل", "سيواصل", "سنواصل", "سيواصلون", "تتولى", "يتولى", "ستتولى", "سيتولى")
_WILL_GO_ON = frozenset(normalize(f) for f in _WILL_GO_ON_FORMS)
# verbs that commit to or offer the event their object names, and the status it gets
_COMMITTING = {normalize(f): status for status, verbs in (
    ("planned", (("وافق", "يوافق"), ("تعهد", "يتعهد"), ("قرر", "يقرر"), ("اعتزم", "يعتزم"))),
    ("proposed", (("عرض", None), ("اقترح", "يقترح"))))
    for past, imperfect in verbs for f in verb_forms(past, imperfect)} | {
    normalize(f): "planned" for f in _WILL_GO_ON_FORMS}  # "ستواصل دعم الحكومة": will go on
_COMMITTED_TO = frozenset(normalize(w) for w in ("على", "عليه", "عليها", "عليهم", "عليهما"))
COMMIT_REACH = 8  # words from the committing verb to the event's noun ("تعهد حفتر، بحسب بيان صادر عن مكتبه، بالتعاون")


def _commitment(nv: Normalized, sent_start: int, t) -> tuple[str, int] | None:
    """(status, word start of the verb) when a nominal trigger is what a verb commits to or offers: right after
    it, after على/عليه, or with ب ("بالتعاون"); nothing said or done between ("أن"، another event's verb)."""
    words = list(_WORD.finditer(nv.norm, max(sent_start, t.nstart - 120), t.nstart))[-COMMIT_REACH:]
    lex = load_speech()
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group()
        bare = w[1:] if w[:1] in "وف" and w[1:] in _COMMITTING else w
        if bare in _COMMITTING:
            between = [x.group() for x in words[k + 1:]]
            if not between or (between[-1] in _COMMITTED_TO and len(between) <= 3) or t.prefix.lstrip(
                    "وف").startswith("ب") or (bare in _WILL_GO_ON and len(between) <= 2):
                # (the verb, its subject, على: "وافقت تركيا على تزويد"; "ستواصل تركيا تقديم": its object)
                return _COMMITTING[bare], words[k].start()
            return None
        if lex.is_("that", w) or lex.is_("say", w) or w in event_words():
            return None
    return None


def _committed_roles(nv: Normalized, sn: tuple[int, int], t, verb_at: int, candidates: list[Mention],
                     acted: list, found: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Who commits acts: the subject after the verb ("وتعهد حفتر ... بالتعاون"), else the one just before it
    in its clause ("أن تركيا وافقت على"), else who acted just before in the sentence ("... والتقى حفتر، وعرض
    عليه": he, and "عليه" is whom he met); who comes after the event's word receives."""
    after = [m for m in candidates if verb_at <= nv.to_norm(m.start) and m.end <= t.start]
    clause = clause_start(nv, sn[0], verb_at)
    before = [m for m in candidates if clause <= nv.to_norm(m.start) and nv.to_norm(m.end) <= verb_at]
    recs = [m for m in found + candidates if m.start >= t.end]
    if after:
        return after[:1], [m for m in recs if m is not after[0]]
    if before:
        return before[-1:], [m for m in recs if m is not before[-1]]
    if acted:
        him = nv.norm[verb_at:nv.to_norm(t.start)].split()[-1:]
        if him and him[0] in _COMMITTED_TO and him[0] != ON:
            return acted[-1][1], acted[-1][2] + recs
        return acted[-1][1], recs
    return [], []


def _agreed_on(nv: Normalized, sent_start: int, trig_nstart: int, noun: bool = False) -> bool:
    before = nv.norm[sent_start:trig_nstart].rstrip() + " "
    return bool(_AGREED_ON.search(before) or (noun and _AGREED_ON_TOO.search(before)))


_EACH = normalize("كل من")


def _each(nv: Normalized, trig_nend: int, first: Mention, last: Mention | None = None) -> bool:
    """Whether "كل من" ("each of") stands between the trigger and its first recipient, or "بشكل منفصل" after
    its last ("التقت ميركل كلا من السراج وحفتر بشكل منفصل")."""
    return _EACH in nv.norm[trig_nend:nv.to_norm(first.start)] or (
        last is not None and bool(_SEPARATELY.match(nv.norm, nv.to_norm(last.end))))


_SEPARATELY = re.compile(r"[\s،,]*(?:بشكل|بصوره)\s+(?:منفصل|منفرد|ثنائي)|[\s،,]*(?:كل\s+)?علي\s+حده|[\s،,]*منفصلين")


def _in_speech(nv: Normalized, sent_start: int, trig_nstart: int) -> bool:
    """Whether the trigger is in the complement of a verb of saying: "قال ... إن/أن ... <trigger>"."""
    return _said_from(nv, sent_start, trig_nstart) != sent_start


def _told_on(nv: Normalized, sent_start: int, t, dates: list):
    """The date of the telling whose complement holds the trigger ("أعلنت السعودية، الاثنين، أن"), if the
    telling is dated."""
    said_from = _said_from(nv, sent_start, t.nstart)
    if said_from == sent_start:
        return None
    told = [d for _span, d in dates if d.value and d.end <= said_from]
    return told[-1] if told else None


def _said_from(nv: Normalized, sent_start: int, trig_nstart: int) -> int:
    """Where the complement of a verb of saying that holds the trigger begins (normalised; ``sent_start`` when
    the trigger is in none): "وفي نيويورك، أعلن غوتيريش أن المنظمة قدمت مساعدات في دارفور"."""
    lex = load_speech()
    said = False
    start = sent_start
    for w in _WORD.finditer(nv.norm, sent_start, trig_nstart):
        if lex.is_("say", w.group()):
            said = True
        elif said and lex.is_("that", w.group()):
            start = w.end()
    return start


def _told_before(nv: Normalized, sent_start: int, t, etype: str, events: list[Event]) -> bool:
    """A definite or demonstrative nominal trigger naming an event of a type the article has already told."""
    if not any(ev.type == etype for ev in events):
        return False
    before = nv.words_before(t.nstart, floor=sent_start)
    return t.prefix.endswith(_DEFINITE) or bool(before and before[-1] in _DEMONSTRATIVES | _DURING)


def _after_background_word(nv: Normalized, sent_start: int, trig_nstart: int) -> str | None:
    """The word of cause or time a nominal trigger follows ("بسبب"، "إثر"، "ردا على"، "بعد أيام من")."""
    some_time = _SOME_TIME_FROM.search(nv.norm, max(sent_start, trig_nstart - 40), trig_nstart)
    if some_time:  # "بعد يومين من زيارة أجراها أكار": a time told by an event that happened ("قبل أيام من": not;
        # "بعد الانسحاب الأميركي من الاتفاق": no time at all)
        told_time = some_time.group(1) in _TIME_WORDS and _TIME_UNITS.intersection(some_time.group(2).split())
        return some_time.group(1) if told_time else "من"
    before = nv.words_before(trig_nstart, 2, floor=sent_start)
    if before and before[-1] in (normalize("على"), normalize("عن")) and len(before) == 2:
        before = before[:1]  # "ردا على هجوم"، "على خلفية"
    else:
        before = before[-1:]
    return next((with_proclitic(w, _BACKGROUND, "وفبل") for w in before if with_proclitic(w, _BACKGROUND, "وفبل")),
                None)


_SOME_TIME_FROM = re.compile(r"(?<!\S)[وف]?(بعد|قبل)\s+((?:\S+\s+){1,2}?)من\s+$")
_TIME_UNITS = {normalize(w) for w in ("يوم", "يومين", "أيام", "ساعة", "ساعتين", "ساعات", "أسبوع", "أسبوعين", "أسابيع",
                                      "شهر", "شهرين", "أشهر", "شهور", "عام", "عامين", "أعوام", "سنة", "سنتين", "سنوات",
                                      "دقائق", "لحظات", "قليل", "وقت")}


def _after_topic_word(nv: Normalized, sent_start: int, trig_nstart: int) -> bool:
    # not across a comma: "رحب بجهود اللجنة، لكنه اتهم" (a committee, then another clause)
    for w in nv.words_before(trig_nstart, 2, floor=clause_start(nv, sent_start, trig_nstart)):
        for pre in _NOUN_CLITICS:
            if w.startswith(pre) and w[len(pre):] in _TOPIC:
                return True
    return False


def _roles(parties: list[Mention], t, nv: Normalized, pos: str, sent_end: int, sent_start: int = 0,
           verbs: tuple[int, ...] = ()) -> tuple[list[Mention], list[Mention]]:
    """Who acts and who receives; nobody when no party stands next to the trigger (its subject is something
    else: "وصل 650 ألف مهاجر إلى إيطاليا"، "استقبل مطار دبي 7 ملايين مسافر")."""
    all_parties = parties
    parties = connected(nv, t.nstart, t.nend, parties, tuple(v for v in verbs if v != t.nstart))
    after = [m for m in parties if m.start >= t.end]
    before = [m for m in parties if m.end <= t.start]
    pos = "verb" if pos == "verb" else "noun"
    near_after = bool(after) and next_after(nv, t.nend, after[0], pos) and not (pos == "verb" and (
        _feminine_verb_masculine_noun(nv, t, nv.to_norm(phrase_start(after[0])))  # "واتهمت الجيش": its object
        or _object_first(nv, t, after[0]) or _accusative_demonym(nv, after[0])))
    near_before = bool(before) and next_before(nv, t.nstart, before[-1], pos) and not (
        pos == "verb" and _introduced_by(nv, before[-1], _OBLIQUE) and _COMMA.search(
            nv.norm, nv.to_norm(before[-1].end), t.nstart))  # "عبر معبر رأس جدير مع ليبيا، وألقت": no subject
    if pos == "verb" and not near_after and after and _AMONG_THEM.fullmatch(
            nv.norm, t.nend, nv.to_norm(phrase_start(after[0]))):
        near_after = True  # "وانتقدت منظمات إنسانية، بينها "سي ووتش"، الخطوة": the one named among them acts
    if pos == "verb" and not near_after and after and (own := _BELONGING.match(
            nv.norm[t.nend:nv.to_norm(phrase_start(after[0]))])) and _bare_word(own.group(1)) in _FORCE_NOUNS:
        # "قصفت طائرات مسيرة تابعة لحكومة الوحدة": whose drones they are acts (not "استهدفت مواقع تابعة لـ":
        # what is hit)
        near_after = True
    if pos == "verb" and not near_before and nv.words_before(t.wstart, 1, floor=sent_start) == [_QAD] and \
            _WAS.intersection(nv.words_before(t.wstart, 12, floor=sent_start)[:1]):
        # "وكان البرلمان الليبي المنعقد في طبرق قد رفض المذكرتين": the subject stands after كان; one we do not
        # know ("وكانت منظمة آلارم فون قد اتهمت السلطات المالطية") leaves nobody to act
        subject = _was_subject(nv, t, before, sent_start) if before else None
        if subject is None:
            return [], []
        return [subject], [m for m in before + after if m is not subject and m.start > subject.start]
    if pos == "verb" and not near_before and before and _ITS_OWN.fullmatch(
            nv.norm, nv.to_norm(before[-1].end), t.wstart):
        # "أعلنت عملية إيريني أن فرقاطة يونانية تابعة لها اعترضت سفينة": the unit acts, and whose it is with it
        owner = next((m for m in reversed(all_parties) if m.end <= before[-1].start
                      and m.entity.id != before[-1].entity.id), None)
        acts = [owner, before[-1]] if owner is not None else [before[-1]]
        return acts, [m for m in connected(nv, t.nstart, t.nend, parties) if m.start >= t.end]
    if pos == "verb" and not near_before and _unknown_subject(nv, t, before, sent_start):
        return [], []  # "ذكرت مصادر أن قوات التحالف فتشت سفينة تركية": the ship's state is searched, not searching
    if pos == "verb" and not near_before and _untitled_subject(nv, t, after):
        return [], []  # "واتهم القائد السكري تركيا": someone we do not know accuses Turkey
    if not (near_after or near_before):
        light, subject = _light_verb_subject(nv, t, all_parties, sent_start) if pos == "noun" else (False, None)
        if subject is None:
            return [], []
        # "وكانت القاهرة وأنقرة قد أجرتا جولتين من المحادثات": the light verb's subjects, though far from the noun
        return [subject], [m for m in all_parties if subject.start < m.start and m.end <= t.start]
    with_at = _with_position(nv, t.nend, sent_end, verbs)
    if with_at is not None:
        acts = [m for m in parties if m.start < with_at]
        recs = [m for m in parties if m.start >= with_at]
        if acts:
            return acts, recs
    # "أن الجيش وقوات الدعم السريع وافقا"، "نفذت الولايات المتحدة وبريطانيا وفرنسا ضربات استهدفت": all of them
    n_subjects = len(_joined_before(nv, before)) if pos == "verb" and near_before else 1
    if pos == "verb" and near_before and _opens_clause(nv, before[-n_subjects], sent_start):
        # "أعلنت الوزارة أن غولر التقى نظيره": the subject comes first
        return before[-n_subjects:], before[:-n_subjects] + after
    if pos == "verb" and near_after and near_before and not t.prefix and _BY_THE_AUTHORS.search(
            nv.norm, max(0, nv.to_norm(phrase_start(before[-1])) - 30), nv.to_norm(phrase_start(before[-1]))):
        return before[-1:], after  # "تقرير لخبراء الأمم المتحدة اتهم مجموعة فاغنر": its authors accuse
    if pos == "verb" and near_after and not (before and _introduced_by(nv, after[0], _TO)):
        return after[:1], before + after[1:]
    if pos == "verb" and near_before:  # subject first: "الولايات المتحدة قد هددت"
        return before[-n_subjects:], before[:-n_subjects] + after
    if pos == "noun":
        light, subject = _light_verb_subject(nv, t, all_parties, sent_start)
        if subject is not None:  # "وشنت إسرائيل في الأشهر الأخيرة سلسلة غارات في سوريا": Israel
            return [subject], [m for m in before + after if m is not subject and m.start > subject.start]
        if not light and not near_before:
            before = []  # a noun's own parties come after it ("فرض عقوبات على روسيا"), unless a verb's subject
    ordered = before + after
    return ordered[:1], ordered[1:]


_TO = {normalize(w) for w in ("إلى", "الى", "نحو", "تجاه", "لصالح")}
# a document by someone ("تقرير لخبراء"، "بيان لوزارة"), the verb after it its relative clause
_BY_THE_AUTHORS = re.compile(r"(?<![^\W\d_])(?:" + "|".join(normalize(w) for w in (
    "تقرير", "بيان", "رسالة", "دراسة", "تحقيق")) + r")\s+ل(?:[^\W\d_]+\s+)?$")
_OBLIQUE = {normalize(w) for w in ("مع", "إلى", "الى", "من", "عن", "على", "ضد", "عبر", "نحو", "تجاه")}  # a party
# after one of these, and a comma after it, is a preposition's, not the subject of the verb after the comma
_AMONG_THEM = re.compile(r"\s+[^\s,.]+(?:\s+[^\s,.]+)?\s*,?\s*(?:بينها|منها|ومنها|ابرزها|بينهم|منهم)\s*\W*")
_ITS_OWN = re.compile(r"\s+(?:ال)?(?:تابع|تابعه|تابعين|موالي|مواليه)\s+(?:له|لها|لهم|لهما)\s+")  # "تابعة لها"


def _accusative_demonym(nv: Normalized, m: Mention) -> bool:
    """"تحتجز لاجئا عراقيا": a demonym in the indefinite accusative describes an object, never the subject."""
    word = nv.norm[nv.to_norm(m.start):nv.to_norm(m.end)]
    return m.role == "demonym" and word.endswith("يا") and not word.startswith("ال")


# a subject we do not know told as belonging to one we do: "طائرات مسيرة تابعة لـ"، "عناصر موالية لـ"
_BELONGING = re.compile(r"\s+([^\s,.:;!?]+)\s+(?:[^\s,.:;!?]+\s+){0,2}(?:ال)?(?:تابع|موال|مواليه)[^\s,.:;!?]*\s+ل?$")


def _joined_before(nv: Normalized, before: list[Mention]) -> list[Mention]:
    """The parties that end ``before`` joined by و ("الجيش السوداني وقوات الدعم السريع"), the last at least."""
    out = before[-1:]
    for m in reversed(before[:-1]):
        if _WORD.findall(nv.norm[nv.to_norm(m.end):nv.to_norm(phrase_start(out[0]))]) != ["و"]:
            break
        out.insert(0, m)
    return out


def _same_phrase(m: Mention, parties: list[Mention]) -> list[Mention]:
    """``m`` and the parties that stand in its very words ("الجانبان": the two sides)."""
    return [m] + [x for x in parties if x is not m and (x.start, x.end) == (m.start, m.end)]


_POSTED = {normalize(w) for w in ("في", "من", "لدى")}  # "سفيرها في إسرائيل"، "سفيرها من الجزائر"
_BEFORE_IT = re.compile(r"(?<!\S)(?:أمام|امام)(?!\S)")  # "أمام الطيران المالي": whom a closing shuts out
_ENVOY_WORDS = frozenset(normalize(w) for w in ("سفير", "السفير", "سفيرة", "السفيرة", "دبلوماسيا", "دبلوماسيين",
                                                "الدبلوماسيين", "دبلوماسي", "الدبلوماسي", "سفراء", "السفراء",
                                                "بالأعمال", "بأعمال", "دبلوماسيي", "سفارة", "السفارة"))
# verbs whose object noun names the event and whose subject acts in it: "شن هجوما"، "عقد اجتماعا"، "أجرى محادثات"
_LIGHT_VERBS = frozenset(f for past, imperfect in (
    ("شن", "يشن"), ("عقد", "يعقد"), ("أجرى", "يجري"), ("نفذ", "ينفذ"), ("أبرم", "يبرم"), ("قدم", "يقدم"),
    ("أطلق", "يطلق"), ("وجه", "يوجه"), ("قاد", "يقود"), ("خاض", "يخوض"), ("واصل", "يواصل"), ("استأنف", "يستأنف"),
    ("أعاد", "يعيد"), ("استضاف", "يستضيف"),  # "ستستضيف مناورات مشتركة": the host acts in what it hosts
    ("سارع", "يسارع"), ("بادر", "يبادر"),  # "وسارعت اليونان إلى إدانة المذكرة": who hastens to it does it
    ("شهد", "يشهد"))  # people only: "وشهد الزعيمان توقيع"
    for f in verb_forms(past, imperfect))
_WITNESSING = frozenset(verb_forms("شهد", "يشهد"))
LIGHT_VERB_REACH = 8  # words from the light verb to its noun


def _verb_of(word: str, forms: frozenset[str]) -> bool:
    """Whether ``word`` is one of the verb ``forms``, perhaps after و and the future س ("وستعيد"، "سيعقد"; "وسارعت"
    starts with its own س)."""
    bare = word.removeprefix("و")
    return with_proclitic(bare, forms) is not None or with_proclitic(bare.removeprefix("س"), forms) is not None


def _light_verb_subject(nv: Normalized, t, parties: list[Mention], sent_start: int) -> tuple[bool, Mention | None]:
    """Whether a light verb governs the nominal trigger, in one clause with it, and the subject right after the
    verb (None when it has none of its own: "أعلن أنه سيعيد فرض عقوبات")."""
    for w in list(_WORD.finditer(nv.norm, t.nend, t.nend + 40))[:2]:  # "هجوم تشنه قوات حفتر على طرابلس"
        stem = w.group()[:-2] if w.group().endswith("ها") else w.group()[:-1] if w.group().endswith("ه") else ""
        if stem and _verb_of(stem, _LIGHT_VERBS) and not _verb_of(stem, _WITNESSING):  # ("المظاهرات التي
            # شهدتها الهند": where they were)
            subject = next((m for m in parties if nv.to_norm(phrase_start(m)) >= w.end()), None)
            return True, subject if subject is not None and next_after(nv, w.end(), subject, "verb") else None
    lo = max(sent_start, t.wstart - 120)
    words = list(_WORD.finditer(nv.norm, lo, t.wstart))[-LIGHT_VERB_REACH:]
    for w in reversed(words):
        if w.group() in BREAKS or _OBJECT_CLAUSE_END.search(nv.norm, w.end(), t.wstart):
            return False, None
        if not _verb_of(w.group(), _LIGHT_VERBS):
            continue
        if _RELATIVE.intersection(nv.words_before(w.start(), 1, floor=sent_start)):
            rel_at = nv.norm.rfind(" ", 0, w.start() - 1) + 1  # where the relative pronoun begins
            if not any(nv.to_norm(m.end) <= rel_at and not nv.norm[nv.to_norm(m.end):rel_at].strip(" ,")
                       for m in parties):
                return True, None  # "الدول التي سارعت إلى تقديم المساعدة": the states described, no party named
                # ("الوزيران، اللذان عقدا": the two named)
        subject = next((m for m in parties if w.end() <= nv.to_norm(phrase_start(m)) and m.end <= t.start), None)
        if _verb_of(w.group(), _WITNESSING) and not (subject is not None and subject.label == "PERS"
                                                      and next_after(nv, w.end(), subject, "verb")):
            continue  # "شهدت أنقرة اجتماعا": where; "وشهد الزعيمان توقيع 15 اتفاقية": the two sign
        if subject is not None and next_after(nv, w.end(), subject, "verb"):
            return True, subject
        ahead = [m for m in parties if nv.to_norm(m.end) <= w.start()]  # "وكانت القاهرة وأنقرة قد أجرتا محادثات"
        if ahead and next_before(nv, w.start(), ahead[-1], "verb"):
            k = len(ahead) - 1
            while k and nv.norm[nv.to_norm(ahead[k - 1].end):nv.to_norm(phrase_start(ahead[k]))].strip() == "و":
                k -= 1
            return True, ahead[k]
        return True, None
    return False, None


def _governed_in_clause(nv: Normalized, t, parties: list[Mention], sent_start: int) -> bool:
    """Whether a light verb governs the nominal trigger with its subject named in the same clause ("أن الشرطة
    ألقت القبض على"; not a party a comma parts from it)."""
    subject = _light_verb_subject(nv, t, parties, sent_start)[1]
    if subject is None:
        return False
    a, b = sorted((nv.to_norm(subject.end), t.nstart))
    return not _OBJECT_CLAUSE_END.search(nv.norm, a, b)


_RECEIVED = {normalize(w) for w in ("تلقى", "تلقت", "يتلقى", "تتلقى", "تلقيا", "وتلقى", "وتلقت")}
_THROW = "ألقى"
_RECEIVED_RAW = re.compile(r"[وف]?(?:تلقى|تلقت|تلقيا|تلقوا|تلقتا)")  # as written: ى and ت, not تلقي
_FROM = normalize("من")


@lru_cache(maxsize=1)
def _receiving() -> frozenset[str]:
    """Forms of the verbs of receiving ("تسلم": also سلم's "she hands over"; who gives comes after من)."""
    return frozenset(verb_forms("تسلم", "يتسلم") + verb_forms("استلم", "يستلم"))


def _received_call(nv: Normalized, sent_start: int, t) -> bool:
    """"تلقى X اتصالا هاتفيا من Y": a call received, the caller after من."""
    after = _WORD.findall(nv.norm, t.nend, t.nend + 12)[:1]
    return after == [_FROM] and not _RECEIVED.isdisjoint(nv.words_before(t.nstart, 6, floor=sent_start))


_WAS = {normalize(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت")}  # "وكان الرئيس التقى": subject first


_QAD = normalize("قد")
SUBJECT_WORDS = 4  # words of a subject phrase between a complementiser and its verb


def _untitled_subject(nv: Normalized, t, after: list[Mention]) -> bool:
    """Whether a title opens the words after a verb and names no party we know (its subject is someone else)."""
    first = next((w for w in _WORD.finditer(nv.norm, t.nend, min(len(nv.norm), t.nend + 80))
                  if w.group() not in SKIPPED), None)
    if first is None or not opens_title(first.group()):
        return False
    if not after:
        return True
    m, start = after[0], nv.to_norm(phrase_start(after[0]))
    if start <= first.start() or m.label == "PERS" or m.role == "demonym":
        return False  # the titled person, or the state of the title ("رئيس الوزراء الإسرائيلي")
    # a title's own body or state follows a noun of it ("المتحدث باسم الجيش"، "رئيس وزراء تونس"); after a
    # definite adjective the title has ended and the object begins ("القائد العسكري تركيا")
    prev = nv.words_before(start, 1)
    return bool(prev) and prev[0] != first.group() and prev[0].startswith("ال")


def _unknown_subject(nv: Normalized, t, before: list[Mention], sent_start: int) -> bool:
    """Whether a verb's subject stands between a complementiser and it and is no party we know ("أن قوات
    التحالف فتشت")."""
    lead = [w for w in nv.words_before(t.wstart, SUBJECT_WORDS + 1, floor=sent_start) if w not in _AUXILIARIES]
    k = max((i for i, w in enumerate(lead) if w in COMPLEMENTISERS), default=None)
    if k is None or k == len(lead) - 1:
        return False
    opened = nv.norm.rfind(lead[k], sent_start, t.wstart)
    if _OBJECT_CLAUSE_END.search(nv.norm, opened, t.wstart) or _RELATIVE.intersection(lead[k + 1:]):
        return False  # "أن تغير الضربات، التي نددت بها دمشق": another clause, whose subject follows its verb
    return not any(nv.to_norm(m.start) > opened for m in before)


def _was_subject(nv: Normalized, t, before: list[Mention], sent_start: int) -> Mention | None:
    """The subject of "كان X ... قد فعل": the party right after the كان that opens the sentence, when قد stands
    right before the verb."""
    if nv.words_before(t.wstart, 1, floor=sent_start) != [_QAD]:
        return None
    m = before[0]
    lead = nv.words_before(nv.to_norm(phrase_start(m)), 3, floor=sent_start)
    return m if lead and lead[-1] in _WAS and len(lead) <= 2 else None


def _opens_clause(nv: Normalized, m: Mention, sent_start: int) -> bool:
    """Whether mention ``m`` (with its title) opens its clause: it starts the sentence or follows إن/أن/بأن or
    كان."""
    before = nv.words_before(nv.to_norm(phrase_start(m)), 4, floor=sent_start)
    titles = title_words()
    while before and (before[-1] in titles or before[-1].removeprefix("ال") in titles):
        before.pop()  # "بأن الرئيس أردوغان استقبل": a title the name was found without
    return not before or before[-1] in COMPLEMENTISERS or before[-1] in _WAS


# "اتهم المسماري تركيا بإرسال مرتزقة سوريين إلى ليبيا"، "دعا المجلس الأطراف الليبية إلى الالتزام": after the one
# accused, called on or threatened, "ب" or "إلى" opens what is said of them, and the parties there receive nothing
_CONTENT_TYPES = {"ACCUSE", "REQUEST", "THREATEN"}
_CONTENT_OPENERS = {normalize(w) for w in ("إلى", "الى")}
_PRAISED_FOR = frozenset(normalize(w) for w in ("على", "علي", "لقاء"))  # "شكر تركيا على دعمها لحكومة الوفاق"


def _before_content(nv: Normalized, t, recs: list[Mention], names: list[Mention],
                    openers: frozenset[str] = frozenset()) -> list[Mention]:
    """The recipients of an accusation, demand or threat up to where its content opens (after the first of them
    after the trigger: "بإرسال"، "إلى الالتزام"); ``names`` are the mentions whose words open nothing
    ("وبروناي")."""
    after = [m for m in recs if m.start >= t.end]
    if not after:
        return recs
    return _up_to_opener(nv, recs, names, nv.to_norm(after[0].end), len(nv.norm), lambda w: (
        w in _CONTENT_OPENERS or w in openers or w.startswith(("ب", "وب"))))


def _up_to_opener(nv: Normalized, recs: list[Mention], names: list[Mention], start: int, end: int, opens
                  ) -> list[Mention]:
    """The mentions of ``recs`` before the first word from normalised ``start`` (to ``end``, within its clause)
    that ``opens`` what follows and is no part of one of the ``names``."""
    inside = [(nv.to_norm(phrase_start(m)), nv.to_norm(m.end)) for m in names]
    for w in _WORD.finditer(nv.norm, start, end):
        if _OBJECT_CLAUSE_END.search(nv.norm, start, w.start()):
            break
        if opens(w.group()) and not any(a < w.end() and w.start() < b for a, b in inside):
            cut = nv.to_raw(w.start())
            return [m for m in recs if m.start < cut]
    return recs


# "وقعا اتفاقية لإنشاء مركز تدريب في ليبيا"، "مذكرة بشأن الحدود مع اليونان": where an agreement's terms open
_TERMS = {normalize(w) for w in ("بشأن", "حول", "تقضي", "يقضي", "تنص", "ينص", "تتضمن", "يتضمن", "تشمل", "يشمل",
                                  "بخصوص", "لترسيم", "لإنشاء", "لتعزيز", "لتطوير", "لتدريب", "لإقامة", "لتأسيس",
                                  "لبناء", "لتزويد", "لتسليم", "لنقل", "لإرسال")}


def _terms_start(nv: Normalized, t, sent_end: int) -> int | None:
    """Raw offset where an agreement's terms open after its trigger (على، بشأن، تقضي ...), if they do."""
    for w in _WORD.finditer(nv.norm, t.nend, sent_end):
        if w.group() in _TERMS or w.group() in _PRAISED_FOR and w.group() != normalize("لقاء"):
            return nv.to_raw(w.start())
    return None


def _before_terms(nv: Normalized, t, trig: Trigger, recs: list[Mention], names: list[Mention], sent_end: int):
    """The parties of an agreement up to where its terms open, after the thing signed ("اتفاقية", the object a
    signing verb needs): whoever the terms name is no party."""
    start = t.nend
    if trig.needs:
        obj = next((w for w in _WORD.finditer(nv.norm, t.nend, sent_end) if _bare_word(w.group()) in trig.needs
                    or w.group() in trig.needs), None)
        start = obj.end() if obj else t.nend
    on = _ON if trig.pos != "verb" else frozenset()  # "اتفاق مبدئي على إنشاء قاعدة بحرية تركية": the terms
    return _up_to_opener(nv, recs, names, start, sent_end, lambda w: _without_conjunction(w) in _TERMS or w in on)


_ON = frozenset(normalize(w) for w in ("على", "علي"))


def _doer_of_the_praised(nv: Normalized, t, acts: list[Mention], parties: list[Mention]) -> list[Mention]:
    """"أشاد المنفي بالدعم الذي تقدمه تركيا": what is praised is done by the subject of the relative clause that
    describes it, right after the praise and the one who praises."""
    homes = {m.entity.country for m in acts}
    own = [m for m in parties if m.role == "anaphor" and m.label == "GPE" and m.entity.country in homes]
    edge = max([t.end, *(m.end for m in acts + own if m.start >= t.end)])  # ("عن تقدير بلاده للجهود التي")
    for m in parties:
        if m.start >= edge and m not in acts:
            words = _WORD.findall(nv.norm[nv.to_norm(edge):nv.to_norm(phrase_start(m))])
            return [m] if 3 <= len(words) <= 5 and words[-2] in _RELATIVE else []
    return []


_POSSESSED_ONLY = frozenset({normalize("استقبال")})
_STANCE_ONLY = frozenset({normalize("الداعم")})
_STANCES = frozenset(normalize(w) for w in ("موقف", "موقفها", "موقفه", "موقفهما", "مواقف", "الموقف"))
_POSSESSORS = {"ه": 1, "ها": 1, "هما": 2}  # a verbal noun's pronoun suffix: how many parties it stands for


# words after which a verb goes on with the subject before it ("حيث التقى"، "ثم بحث")
_ATTACK_NOUNS = frozenset(normalize(w) for w in (
    "ضربة", "ضربات", "ضربتين", "غارة", "غارات", "غارتين", "هجوم", "هجوما", "هجمات", "قصف", "قصفا", "تفجير", "تفجيرا",
    "صاروخ", "صاروخا", "صواريخ", "قذيفة", "قذائف", "عملية", "عمليات", "جوية", "صاروخية", "عسكرية", "انتحاري",
    "انتحارية", "مسيرة", "مسيرات"))
_WHILE = {normalize(w) for w in ("بينما", "وبينما", "فيما", "وفيما", "حين")}  # "في حين"
_WHEN = frozenset(normalize(w) for w in ("حين", "حينما", "عندما"))
_GOING_ON = {normalize(w) for w in ("حيث", "ثم", "كما", "وقد", "وكذلك", "فيما", "بعدما", "وبعدها", "قبل", "أن")} | _WHEN


def _vaguer_sides(pair: list[Mention], people: list[Mention]) -> bool:
    """Whether ``pair`` names the sides of ``people`` less precisely: the same people or their states ("استقبل
    تبون المنفي الذي يقوم بزيارة إلى الجزائر": the visit's Algeria is Tebboune's side, who stays "الجانبان")."""
    if not people or len(pair) != len(people):
        return False
    ids = {m.entity.id for m in people}
    countries = {m.entity.country for m in people if m.entity.kind == "person"}
    return any(m.entity.kind == "state" for m in pair) and all(
        m.entity.id in ids or (m.entity.kind == "state" and m.entity.country in countries) for m in pair)


AGENT_REACH = 8  # words from a noun to its agent's phrase, "من قبل" included ("تفتيش سفينة ... إلى ليبيا من قبل")
_AGENT = (["من", "قبل"], ["علي", "يد"], ["من", "جانب"])  # normalised: "على يد" reads "علي يد"


def _by_agent(nv: Normalized, m: Mention) -> bool:
    """Whether a mention is introduced as the agent ("من قبل فرقاطة ألمانية"، "على يد القوات"), up to two words
    of its phrase between."""
    before = nv.words_before(nv.to_norm(phrase_start(m)), 4)
    return any(before[k:k + 2] in _AGENT for k in range(len(before) - 1))


def _light_verb_going_on(nv: Normalized, sent_start: int, t) -> bool:
    """A noun after a light verb that goes on from the clause before ("حيث أجرى مباحثات"، "وعقد اجتماعا")."""
    before = nv.words_before(t.wstart, 2, floor=sent_start)
    if not before or not _verb_of(before[-1], _LIGHT_VERBS):
        return False
    return before[-1][:1] in "وف" or (len(before) == 2 and before[0] in _GOING_ON)


_RELATIVE_DOING = {normalize(w) for w in ("يقوم", "تقوم", "قام", "قامت", "يجري", "تجري", "أجرى", "أجرت", "يؤدي",
                                          "تؤدي", "أدى")}


def _relative_visitor(nv: Normalized, t, parties: list[Mention]) -> Mention | None:
    """The party a relative clause "الذي يقوم بزيارة" comes right after: the visitor."""
    before = nv.words_before(t.wstart, 2)
    if t.prefix != "ب" or len(before) < 2 or before[0] not in _RELATIVE or before[1] not in _RELATIVE_DOING:
        return None
    return _before_relative(nv, before[0], t, parties)


def _before_relative(nv: Normalized, relative: str, t, parties: list[Mention]) -> Mention | None:
    """The party the relative pronoun ``relative``, the last before trigger ``t``, comes right after (a comma
    between at most)."""
    rel = nv.norm.rfind(relative, 0, t.wstart)
    return next((m for m in parties if 0 <= rel - nv.to_norm(m.end) <= 2), None)


def _relative_subject(nv: Normalized, t, parties: list[Mention]) -> Mention | None:
    """The party a relative pronoun right before a verb comes after ("محمد المنفي، الذي دعا قطر"): the verb's
    subject, when the pronoun agrees with it (a state is feminine: "بكين التي أرسلت"; "جلسة مجلس الأمن التي
    دعت روسيا": the session's) and nothing after the verb points back to it ("التي وجهت إليها أصابع الاتهام")."""
    before = nv.words_before(t.wstart, 1)
    if not before or before[0] not in _RELATIVE:
        return None
    if _RESUMPTIVE.intersection(_WORD.findall(nv.norm, t.nend, min(len(nv.norm), t.nend + 40))[:3]):
        return None
    m = _before_relative(nv, before[0], t, parties)
    if m is None:
        return None
    first = _WORD.match(nv.norm, nv.to_norm(phrase_start(m)))
    feminine = m.label == "GPE" or (m.label != "PERS" and bool(first) and first.group().endswith("ه"))
    return m if feminine == (before[0] in _FEMININE_RELATIVE) else None


_FEMININE_RELATIVE = frozenset(normalize(w) for w in ("التي", "اللتين", "اللتان"))
_RESUMPTIVE = frozenset(normalize(p + s) for p in ("إلي", "ل", "علي", "من", "ب", "عن", "في")
                        for s in ("ها", "ه", "هم", "هما"))


def _continues(nv: Normalized, sent_start: int, t) -> bool:
    """Whether a verb goes on from the clause before it with its subject left out: joined by و or ف, after a
    comma ("بزيارة إلى الدوحة، التقى خلالها"), or after حيث، ثم ..."""
    before = nv.words_before(t.nstart, floor=sent_start)
    comma = after_comma(nv, sent_start, t.nstart)
    during = _DURING_IT.match(nv.norm, t.nend)  # "بزيارة إلى طرابلس التقى خلالها": during the visit just told
    return t.prefix[:1] in ("و", "ف") or comma or bool(before and before[-1] in _GOING_ON) or bool(during)


# "الزيارة التي أجراها"، "الزيارة التي قام بها": a relative light verb whose object is the event
_RELATIVE_DONE = re.compile(r"\s+(?:التي|الذي)\s+([^\s،,.]+?)(?:ها|ه)(?:\s+ب(?:ها|ه))?(?!\S)")
_DID = frozenset(verb_forms("قام", "يقوم"))


def _done_by_the_subject(nv: Normalized, t) -> bool:
    """Whether a noun's relative light verb leaves its subject out: a preposition, a time or the clause's end
    follows it ("للزيارة التي أجراها إلى طرابلس"; not "الهجوم الذي شنه الجيش")."""
    m = _RELATIVE_DONE.match(nv.norm, t.nend)
    stem = m.group(1) if m else ""
    stems = (stem, stem[:-1] + "ي") if stem.endswith("ا") else (stem,)  # "أجراها": أجرى before a suffix
    if not m or not any(_verb_of(x, _LIGHT_VERBS) or _verb_of(x, _DID) for x in stems):
        return False
    nxt = _WORD.match(nv.norm, m.end() + 1)
    return nxt is None or nv.norm[m.end():nxt.start()].strip() != "" or nxt.group() in PREPOSITIONS \
        or nxt.group() in SKIPPED


def _doer_in_object(nv: Normalized, t, in_sent: list, parties: list[Mention], acts: list[Mention]) -> list[Mention]:
    """Who does what a speech act's object says, in a relative clause of it ("رفض المجلس أي اتفاقات توقعها
    حكومة الدبيبة": the government)."""
    rel = next((x for x in in_sent if x.start > t.end and x.value.pos == "verb" and x.suffix), None)
    if rel is None or _OBJECT_CLAUSE_END.search(nv.norm, t.nend, rel.nstart):
        return []
    doer = next((m for m in parties if m.start >= rel.end), None)
    acting = {m.entity.id for m in acts}
    return [doer] if doer is not None and doer.entity.id not in acting and next_after(nv, rel.nend, doer, "verb") \
        else []


def _own_subject_after(nv: Normalized, t) -> bool:
    """Whether a definite noun that names no event follows a verb: its own subject ("، وتنفي المعارضة ذلك")."""
    first = _WORD.match(nv.norm, t.nend + 1)
    if first and _feminine_verb_masculine_noun(nv, t, first.start()):
        return False  # "، واتهمت الجيش": a feminine verb's subject is no masculine noun; this is its object
    return bool(first) and first.group().startswith("ال") and first.group() not in event_words()


_ASKED_TO = re.compile(r"\s*(?:ب\S|" + normalize("إلى") + r"\s)")  # (normalised: "الي")


def _asked_of(nv: Normalized, t, parties: list[Mention]) -> Mention | None:
    """The party right after a verb of asking when what is asked follows it at once ("وطالب المجلس الرئاسي
    باتخاذ موقف"، "ودعا الأمم المتحدة إلى"): whom it asks, not a new subject, where no second party follows."""
    after = [m for m in parties if m.start >= t.end]
    if not after or gap(nv, t.nend, nv.to_norm(phrase_start(after[0]))) > 0:
        return None
    if not _ASKED_TO.match(nv.norm, nv.to_norm(after[0].end)):
        return None
    return after[0]


# adjectives of an event to come, right after its noun: "زيارة مرتقبة"، "قمة مقبلة"
_UPCOMING = frozenset(normalize(w) for w in ("مرتقبة", "مرتقب", "مقبلة", "مقبل", "قادمة", "قادم",
                                              "المرتقبة", "المرتقب", "المقبلة", "المقبل", "المزمعة", "مزمعة",
                                              "المنتظرة", "منتظرة", "المقررة", "مقررة"))
# nouns of giving whose first noun after them is who receives: "إعلان روسيا تسليم سوريا المنظومة"
_GIVEN_TO = frozenset(normalize(w) for w in ("تسليم", "تزويد"))
_FORCE_TYPES = {"ASSAULT", "COERCE"}
_THEIR_MEN = frozenset(normalize(n + p) for n in ("عناصر", "مقاتلي", "جنود", "أفراد", "مسلحي", "ضباط")
                       for p in ("ه", "ها", "هم"))
THEIR_MEN_REACH = 4  # words from a verb to the men it takes or hits: "وأسرت عددا من عناصرها"


def _their_men(nv: Normalized, t, candidates: list[Mention], acting: set[str]) -> list[Mention]:
    """The side whose men a verb of force takes or hits when its object names them by a pronoun ("صدت هجوما
    لقوات حفتر، وأسرت عددا من عناصرها": Haftar's forces): the latest party before the verb that does not act."""
    after = [_without_conjunction(w) for w in _WORD.findall(nv.norm, t.nend, min(len(nv.norm), t.nend + 60))]
    if not _THEIR_MEN.intersection(after[:THEIR_MEN_REACH]):
        return []
    before = [m for m in candidates if m.end <= t.start and m.entity.id not in acting and m.role != "capital"
              and not _part_of_a_state(nv, m)]
    return before[-1:]


def _object_first(nv: Normalized, t, m: Mention) -> bool:
    """"استهدفت قواعد حزب العمال": the object the verb needs stands before the party, whose it is."""
    return any(w not in PREPOSITIONS and (_bare_word(w) in t.value.needs or w in t.value.needs)
               for w in _WORD.findall(nv.norm[t.nend:nv.to_norm(phrase_start(m))]))


def _feminine_verb_masculine_noun(nv: Normalized, t, at: int) -> bool:
    """Whether a feminine past verb ("اتهمت") is followed, at normalised offset ``at``, by a masculine noun of a
    body, which cannot be its subject."""
    if t.value.pos != "verb" or not t.norm.endswith("ت"):
        return False
    between = _WORD.findall(nv.norm[t.nend:at])
    if between and between[-1] in _FORCE_NOUNS:
        return False  # "قصفت مدفعية الجيش": the army's unit is the subject ("اتهمت قرينة الرئيس": not he)
    word = _WORD.match(nv.norm, at)
    return bool(word) and word.group() in _MASCULINE_BODIES


# masculine nouns of bodies and their heads, which a feminine verb cannot take as its subject
_MASCULINE_BODIES = frozenset(normalize(w) for w in (
    "الجيش", "الرئيس", "الوزير", "المجلس", "البرلمان", "النظام", "الاحتلال", "التحالف", "الجانب", "الطرف",
    "الحزب", "الاتحاد", "الوفد", "المبعوث", "السفير"))


_DURING_IT = re.compile(r"\s+(?:خلالها|خلاله|اثناءها|اثناءه|على هامشها|علي هامشها)(?!\w)")


def _new_sides(nv: Normalized, t, parties: list[Mention], events: list[Event], etype: str) -> bool:
    """"لدى استقباله الطرابلسي": whether a verbal noun with a pronoun names sides no event of its type had
    together: another event, though told as the time of something said."""
    acts, recs = _possessor_roles(parties, t, nv)
    sides = {m.entity.id for m in acts + recs}
    return bool(acts and recs) and not any(
        ev.type == etype and sides <= {p.entity.id for p in ev.actors + ev.recipients} for ev in events)


def _possessor_roles(parties: list[Mention], t, nv: Normalized, suffix: str | None = None
                     ) -> tuple[list[Mention], list[Mention]]:
    """"أكد الطرابلسي خلال لقائه السفير التركي": a meeting, visit or call with a pronoun suffix is held by whom
    the pronoun stands for, the nearest party before it in the sentence (for ه, the nearest person); the
    parties it governs after it receive.  Nobody when no party comes before ("خلال زيارته لأنقرة قال
    الوزير": the pronoun looks ahead, and the usual reading applies)."""
    suffix = suffix or t.suffix  # or the pronoun after أن that is the verb's subject: "أنه التقى"
    before = [m for m in parties if m.end <= t.start]
    if suffix != "ها":  # "لقائه"، "قمتهما": people
        before = [m for m in before if m.label == "PERS"] or before
    last = {m.entity.id: m for m in before}  # each one once ("المشير خليفة حفتر" holds "خليفة حفتر")
    before = [m for m in before if last[m.entity.id] is m]
    acts = before[-_POSSESSORS[suffix]:]
    if not acts:
        return [], []
    return acts, [m for m in connected(nv, t.nstart, t.nend, parties) if m.start >= t.end]


_IN = normalize("في")
# "أنه التقى": the complementiser's pronoun is the verb's subject (the pronoun's suffix, as _POSSESSORS counts it)
_OFTEN_PASSIVE = {"COERCE", "PROTEST"}  # "أضاف نافالني أنه اعتقل": he was arrested (no vowels tell)
_AUXILIARIES = {normalize(w) for w in ("لن", "لم", "لا", "قد", "سوف", "لقد")}
_THAT_HE = {normalize(c + p): p for c in ("أن", "إن", "بأن", "لأن") for p in ("ه", "ها", "هما")}
_FORCE_NOUNS = tuple(normalize(w) for w in (
    "قوات", "مقاتلات", "طائرات", "وحدات", "دفاعات", "مدفعية", "جنود", "عناصر", "سفن", "بحرية", "قطع", "مسيرات",
    "صواريخ", "جيش", "قاذفات", "مروحيات", "بوارج", "دبابات"))
_FORCE_FORMS = {(n[:-1] + "ت" if n.endswith("ه") else n) + p: p for n in _FORCE_NOUNS for p in ("ه", "ها", "هما")}


def _own_forces(words: list[str]) -> str | None:
    """The pronoun of "أن مقاتلاتها" (that its jets) right before a verb: whose forces act."""
    if len(words) == 2 and words[0] in COMPLEMENTISERS:
        return _FORCE_FORMS.get(words[1])
    return None


def _body_in_title(nv: Normalized, m: Mention, persons_at: set[int]) -> bool:
    """Whether a body after في stands between a title and the name it belongs to ("وزير الداخلية في حكومة
    الوفاق فتحي باشاغا")."""
    before = nv.words_before(nv.to_norm(m.start), 3)
    if not before or before[-1] != _IN or not any(w in title_words() for w in before[:-1]):
        return False
    gap = nv.to_norm(m.end)
    return any(nv.to_norm(p) - gap <= 1 for p in persons_at if p >= m.end)


_SURVIVED = {normalize(w) for w in ("نجا", "ينجو", "تنجو", "نجت", "نجاة", "ينجوان", "نجوا")}
_ON_IT = re.compile(r"\s+(?:عليه|عليها|عليهم|عليهما)(?![^\W\d_])")
_TARGETED = {"ACCUSE", "ASSAULT", "THREATEN", "SANCTION", "COERCE", "REQUEST", "AID", "MOBILIZE"}
_AT_TARGET = {normalize(w) for w in ("إلى", "الى", "ضد", "على", "علي", "تجاه", "بحق")}


_ARRIVAL = "وصول"
_TROOPS = {normalize(w) for w in ("قوات", "القوات", "جنود", "الجنود", "عناصر", "مقاتلين", "تعزيزات", "مئات", "آلاف")}


def _arrival(nv: Normalized, t, parties: list[Mention], places: list[Mention], sent_end: int) -> bool:
    """"وصول السفينة الحربية التركية إلى ميناء بنغازي": an arrival is a visit when no article is on the noun,
    a party arrives (named right after it, or its pronoun suffix) and a place follows إلى."""
    if t.prefix.endswith(_DEFINITE):
        return False
    after = _WORD.findall(nv.norm, t.nend, sent_end)
    if not t.suffix and (not after or after[0] in _TROOPS or not any(
            0 <= nv.to_norm(phrase_start(m)) - t.nend <= 1 for m in parties)):
        return False
    to = next((i for i, w in enumerate(after[:12]) if w in _TO), None)
    if to is None:
        return False
    to_at = nv.norm.find(after[to], t.nend)
    return any(m.place is not None and 0 <= nv.to_norm(m.start) - to_at <= 20 for m in places)


def _between_after(nv: Normalized, t, parties: list[Mention]) -> list[Mention]:
    """The parties after "بين" right after a nominal trigger (its adjective or a short relative clause
    between), joined by و."""
    m = _BETWEEN_AFTER.match(nv.norm, t.nend)
    return _party_chain(nv, m.end(), parties) if m else []


def _with_participants(nv: Normalized, t, parties: list[Mention], single: bool = False) -> list[Mention]:
    """"الاجتماع الوزاري لدول الجوار، الذي انطلقت أعماله الاثنين بمشاركة مصر وتونس والسودان": the parties
    listed after بمشاركة, a few words after a meeting's noun, take part in it; with ``single``, one party
    alone, perhaps after the units it sends ("بمشاركة وحدات من القوات البحرية الجزائرية")."""
    m = _WITH_PARTICIPANTS.match(nv.norm, t.nend)
    if not m:
        return []
    chain = _party_chain(nv, m.end(), parties)
    first = next((p for p in parties if nv.to_norm(p.start) >= m.end()), None)
    if chain or not single or first is None:
        return chain
    return [first] if _UNITS_OF.fullmatch(nv.norm, m.end(), nv.to_norm(phrase_start(first))) else []


_BROUGHT_TOGETHER = re.compile(r"\s+(?:الذي\s+|التي\s+)?(?:جمعهما|جمعهم|جمعتهما|جمعتهم|جمع\s+بينهما)(?!\S)")
_UNITS_OF = re.compile(r"(?:(?:وحدات|عناصر|قوات|سفن|قطع|طائرات|مقاتلات|فرق)(?:\s+(?:بحريه|جويه|بريه|عسكريه))?"
                       r"\s+(?:من|تابعه\s+ل|تمثل)\s*)?(?:(?:ال)?(?:قوات|جيش|سلاح)\s+(?:ال)?(?:بحريه|جويه|بريه|مسلحه|جو)\s*)?")


_WITH_PARTICIPANTS = re.compile(r"(?:[\s،,]+[^\s.،,:؛]+){0,8}?[\s،,]+و?بمشاركه\s+")


def _party_chain(nv: Normalized, edge: int, parties: list[Mention]) -> list[Mention]:
    """The parties from normalised offset ``edge`` on, joined by و (past whose a side is, and its members'
    word); two at least, or one and a side nobody names."""
    out: list[Mention] = []
    for p in (p for p in parties if nv.to_norm(p.start) >= edge):
        gap = nv.norm[edge:nv.to_norm(phrase_start(p))].strip(" ،,").split()
        if out and gap and gap[0] in _ATTACHED:
            joins = [i for i, w in enumerate(gap) if w.startswith("و")]
            if not joins:
                continue  # "اللواء 444 التابع لوزارة الدفاع في حكومة الوحدة": whose the side is, not a side
            gap = gap[joins[-1]:]
        if gap and gap[0].startswith("و") and gap[0][1:] in _MEMBERS:
            gap = gap[1:]  # "وعناصر جهاز دعم الاستقرار"
        if gap and gap[0] in _MEMBERS and not out:
            gap = gap[1:]
        if gap and not out and p.role == "demonym" and all(w in _SIDES_OF for w in gap):
            gap = []  # "بين وفدين من وزارتي الخارجية المصرية والتركية": the two states by their delegations
        if gap not in ([], ["و"]):
            break
        out.append(p)
        edge = nv.to_norm(p.end)
    if len(out) == 1 and _UNNAMED_SIDE.match(nv.norm, edge):
        return out  # "بين قوة تابعة لوزارة الداخلية ومجموعات مسلحة": one side named
    return out if len(out) >= 2 else []


# "ومجموعات مسلحة"، "ومسلحين": a side nobody names
_UNNAMED_SIDE = re.compile(r"\s+و(?:ال)?(?:(?:مجموعات|جماعات|عناصر)\s+(?:ال)?مسلح"
                           r"|(?:مسلحين|عصابات|ميليشيات|مليشيات)\b)")


# "الاتفاقية الأمنية بين"، "الاجتماع الذي عقد في طرابلس أمس بين"، "مذكرة التفاهم للتعاون الأمني والعسكري بين":
# adjectives, a purpose or a relative clause between; "اشتباكات عنيفة بالأسلحة الثقيلة بين"، "اشتباكات جديدة
# اندلعت بين": an indefinite adjective, the arms used, the verb of an indefinite noun's clause; "اشتباكات في منطقة
# أبو سليم بطرابلس بين": where
_BETWEEN_AFTER = re.compile(r"(?:\s+ال\S+){0,2}(?:\s+\S+(?:ه|يه|ين|ات))?(?:\s+بال\S+(?:\s+ال\S+)?)?"
                            r"(?:\s+لل\S+(?:\s+و?ال\S+){0,3})?"
                            r"(?:\s+(?:اندلعت|دارت|جرت|وقعت|تجري|تدور))?"
                            r"(?:\s+في\s+[^\s،,.:؛]+(?:\s+[^\s،,.:؛]+){0,3}?)?"
                            r"(?:\s+(?:الذي|التي)(?:\s+[^\s،,.:؛]+){1,5}?)?\s+بين\s+")
# "التابع لوزارة الدفاع"، "الموالية للحكومة": what comes after a side says whose it is
_ATTACHED = frozenset(normalize(w) for w in ("التابع", "التابعة", "التابعين", "الموالي", "الموالية", "الموالين",
                                             "المدعوم", "المدعومة", "المدعومين"))
# "عناصر"، "مسلحي": members of the side named next
_MEMBERS = frozenset(normalize(w) for w in ("عناصر", "مسلحي", "مقاتلي", "أفراد", "قوات", "ميليشيات", "مليشيات"))
_SIDES_OF = frozenset(normalize(w) for w in (
    "وفد", "وفدين", "وفدي", "وفود", "من", "وزارتي", "وزارات", "حكومتي", "جيشي", "ممثلي", "الخارجية", "الدفاع",
    "الداخلية", "العدل", "المخابرات", "الأمن", "عسكريين", "الأمنيين", "الرسميين"))


def _joined_subjects(nv: Normalized, t, acts: list[Mention], recs: list[Mention]):
    """"أدانت مصر والإمارات التدخل التركي": parties joined by و right after the verb's subject act with it; and
    before a verbal noun ("أعلنت مالي والنيجر وبوركينا فاسو استدعاء سفرائها"), those up to it."""
    noun = t.value.pos != "verb"
    if (acts[0].start < t.end) != noun or (noun and PREPOSITIONS.intersection(
            nv.words_before(nv.to_norm(phrase_start(acts[0])), 2))):
        return acts, recs  # ("المواجهات بين المتظاهرين الفلسطينيين والجيش الإسرائيلي": the sides, not a subject)
    out = list(acts)
    for m in recs:
        if noun and m.start >= t.start:
            break
        if m.start > out[-1].end and nv.norm[nv.to_norm(out[-1].end):nv.to_norm(phrase_start(m))].strip() == "و":
            out.append(m)
        elif m.start > out[-1].end:
            break
    return out, [m for m in recs if m not in out]


def _fellow_visitors(nv: Normalized, t, acts: list[Mention], recs: list[Mention], sent_end: int):
    """"وصل أكار ونظيره القطري العطية إلى طرابلس": who comes with the visitor before where they went visits too."""
    to = next((w for w in _WORD.finditer(nv.norm, t.nend, sent_end) if w.group() in _TO), None)
    if to is None:
        return acts, recs
    cut = nv.to_raw(to.start())
    fellows = [m for m in recs if t.end <= m.start < cut and m.label in ("PERS", "ORG")]
    return acts + fellows, [m for m in recs if m not in fellows]


_TOPIC_NOUNS = {normalize(w) for w in ("الأوضاع", "الوضع", "التطورات", "المستجدات", "الأزمة", "الأحداث", "الملف",
                                        "الصراع", "النزاع", "الحرب", "العملية", "السلام", "الاستقرار", "الأمن",
                                        "المصالحة", "الحل", "التسوية")}


_ADJECTIVE = re.compile(r"^ال\S+(?:ي|يه|ية)$")  # "السياسية"، "الأمني"، "الأممي": a definite adjective


def _in_topic(nv: Normalized, m: Mention) -> bool:
    """"الأوضاع في ليبيا": where the topic lies; and what is joined to it ("الأوضاع في سوريا وغزة")."""
    start = nv.to_norm(m.start)
    before = nv.words_before(start, 8)
    if len(before) >= 2 and before[-1] == _IN and _without_conjunction(before[-2]) in _TOPIC_NOUNS:
        return True
    if len(before) >= 3 and before[-1] == _IN and _ADJECTIVE.match(before[-2]) and _without_conjunction(
            before[-3]) in _TOPIC_NOUNS:
        return True  # "تطورات العملية السياسية في ليبيا": the topic with its adjective
    # "سوريا وغزة"، "ليبيا والسودان وغزة": places joined by و, the first in the topic
    if not before or before[-1] != "و" or _IN not in before[1:]:
        return False
    at = len(before) - 1 - before[::-1].index(_IN)
    joined = before[at + 2:]
    return (at >= 1 and _without_conjunction(before[at - 1]) in _TOPIC_NOUNS and len(before) - at >= 3
            and all(w == "و" or w.startswith("و") for w in joined))


def _after_lam(nv: Normalized, m: Mention) -> bool:
    """Whether mention ``m`` carries the preposition ل ("للمجلس الرئاسي"، "لحكومة الوفاق")."""
    n = nv.to_norm(m.start)
    return n > 0 and nv.norm[n - 1] == "ل"


def _introduced_by(nv: Normalized, m: Mention, words: set[str]) -> bool:
    """Whether the word before mention ``m`` is one of ``words`` ("أرسلت قوات إلى ليبيا": Libya receives)."""
    prev = nv.words_before(nv.to_norm(m.start))
    return bool(prev) and prev[0] in words


def _with_position(nv: Normalized, nfrom: int, nto: int, verbs: tuple[int, ...] = ()) -> int | None:
    """Raw offset of the first "مع" between the trigger and the end of the sentence, if any; not one that goes
    with a noun after ب ("اتهمت السلطات بالتنسيق مع خفر السواحل": what she is accused of), nor one past
    another event's verb ("رفض المجلس أي اتفاقات توقعها الحكومة مع دول أجنبية": the signing's)."""
    prev = ""
    nto = min([nto, *(v for v in verbs if v >= nfrom)])
    for m in _WORD.finditer(nv.norm, nfrom, nto):
        if m.group() == _WITH:
            return None if prev.startswith("ب") and len(prev) > 4 else nv.to_raw(m.start())
        prev = m.group()
    return None


def _owns_date(nv: Normalized, owner, t, sent_start: int) -> bool:
    """Whether trigger ``t`` takes the date that trigger ``owner`` owns: one of its type, or the verb that
    approves or commits to it ("وافق مجلس النواب، أمس الاثنين، بالإجماع على إرسال عناصر": the day it was
    approved)."""
    if owner.value.type == t.value.type:
        return True
    return owner.end <= t.start and owner.value.pos == "verb" and _without_conjunction(owner.norm) in _COMMITTING \
        and bool(_COMMITTED_TO.intersection(nv.words_before(t.wstart, 1, floor=sent_start)))


def _date_owner(triggers: list, date_start: int, text: str):
    """The trigger a date belongs to: the last one before it, else the first after it ("بحث غولر مع الدبيبة ...
    تنفيذ مذكرة التفاهم الموقعة في نوفمبر 2019": the date is the memorandum's, not the meeting's).  A trigger
    right after another names it ("اتفاقية تعاون"، "مذكرة التفاهم للتعاون"): the first one owns the date."""
    heads = [t for i, t in enumerate(triggers)
             if i == 0 or text[triggers[i - 1].end:t.start].strip() not in ("", "ل", "لل")]
    before = [t for t in heads if t.start < date_start]
    return before[-1] if before else heads[0]


# "وبحث الجانبان"، "بين البلدين": the two sides of the event told before; the countries are their states
_THE_TWO = {normalize(w): kind for kind, ws in (
    ("sides", ("الجانبان", "الجانبين", "الطرفان", "الطرفين", "الوفدان", "الوفدين")),
    ("states", ("البلدان", "البلدين", "الدولتان", "الدولتين")),
    ("persons", ("الوزيران", "الوزيرين", "الرئيسان", "الرئيسين", "الزعيمان", "الزعيمين", "المسؤولان", "المسؤولين")))
    for w in ws}


_BETWEEN = normalize("بين")
_THE_GROUP = {normalize(w): kind for kind, ws in (
    ("sides", ("الأطراف", "الجوانب")), ("persons", ("الوزراء", "القادة", "الرؤساء", "الزعماء")),
    ("states", ("الدول", "البلدان"))) for w in ws}
_ATTENDEES = frozenset(normalize(w) for w in ("المجتمعون", "المجتمعين", "المشاركون", "المشاركين"))
_THREE = {normalize(w): n for w, n in (("الثلاثة", 3), ("الثلاث", 3), ("الأربعة", 4), ("الأربع", 4))}


def _the_two(nv: Normalized, sn: tuple[int, int], pair: list[Mention], groups: list[list[Mention]] = ()
             ) -> list[Mention]:
    """Mentions standing for the two sides of the latest event where a sentence names them as a pair
    ("الجانبان"), or for the parties of the latest event with as many of the right kind ("الوزراء الثلاثة")."""
    if len(pair) < 2:
        return []
    prev = ""
    words = list(_WORD.finditer(nv.norm, sn[0], sn[1]))
    for k, w in enumerate(words):
        word, before, prev = w.group(), prev, w.group()
        kind = _THE_TWO.get(with_proclitic(word, _THE_TWO, "وفبل") or "")
        group = _THE_GROUP.get(with_proclitic(word, _THE_GROUP, "وفبل") or "")
        if with_proclitic(word, _ATTENDEES, "وفبل") and before != _BETWEEN and groups:
            # "واتفق المجتمعون على تشكيل قوة مشتركة": all who met in the latest event told with its parties
            start, end = nv.to_raw(w.start()), nv.to_raw(w.end())
            return [Mention(start, end, m.label, entity=m.entity, role=_GROUP, role_ar=m.role_ar, score=0.5)
                    for m in groups[-1]]
        many = _THREE.get(words[k + 1].group()) if group and k + 1 < len(words) and before != _BETWEEN else None
        if many:  # "واتفق الأطراف الثلاثة": the parties of the latest event with three of the kind named
            pair = next((g for g in reversed(groups) if len(g) == many
                         and (group != "persons" or all(m.label == "PERS" for m in g))), [])
            kind = "sides" if group == "persons" else group
            if not pair and group != "persons":  # or that many states among the latest event's parties
                pair = next((g for g in reversed(groups) if len(_states_of(g)) == many), [])
                pair, kind = [g for g in pair if g.entity.country in _states_of(pair)], "states"
                pair = [m for i, m in enumerate(pair) if m.entity.country not in
                        {x.entity.country for x in pair[:i]}]  # one party per state
            if not pair:
                continue
            w = words[k + 1]
            start, end = nv.to_raw(words[k].start()), nv.to_raw(w.end())
        elif kind is None or before == _BETWEEN:
            continue  # "التعاون بين البلدين": the topic's pair, not a party
        else:
            if kind == "persons" and sum(m.label == "PERS" for m in pair) < 2:  # "الوزيران" after a pair of
                # states: the two people of the latest pair of people
                pair = next((g for g in reversed(groups) if sum(m.label == "PERS" for m in g) >= 2), pair)
                pair = [m for m in pair if m.label == "PERS"] or pair
            pair = pair[:2]
            start, end = nv.to_raw(w.start()), nv.to_raw(w.end())
        role = _GROUP if many else "anaphor"
        if kind == "states":
            states = load_gazetteer().states
            ents = [states.get(m.entity.country or "") for m in pair]
            if None in ents or len({e.id for e in ents}) < len(ents):
                return []
            return [Mention(start, end, "GPE", entity=e, role=role) for e in ents]
        if kind == "persons" and any(m.label != "PERS" for m in pair):
            return []
        return [Mention(start, end, m.label, entity=m.entity, role=m.role, role_ar=m.role_ar, score=0.5)
                for m in pair]
    return []


_GROUP = "group"  # the role of the mentions "الأطراف الثلاثة" stands for


def _states_of(parties: list[Mention]) -> set[str]:
    return {m.entity.country for m in parties if m.entity is not None and m.entity.country}


# "بلاده"، "لبلادها": "his country" (group 1 without the proclitic)
_HIS_COUNTRY = re.compile(r"(?<![^\W\d_])[وفبل]{0,2}(" + normalize("بلاد") + r"(?:ه|ها|ي|نا))(?![^\W\d_])")


def _declares(nv: Normalized, sn: tuple[int, int], speaker: Mention) -> bool:
    """Whether the sentence opens with a verb of saying or stating whose subject is ``speaker``."""
    words = nv.words_before(nv.to_norm(phrase_start(speaker)), 2, floor=sn[0])
    return bool(words) and (load_speech().is_("say", _without_conjunction(words[-1]))
                            or _verb_of(words[-1], _DECLARING))


def _his_countrys_speaker(nv: Normalized, sent_start: int, t, acts: list[Mention],
                         candidates: list[Mention]) -> Mention | None:
    """"وجدد تبون رفض بلاده"، "أعلن أردوغان أن بلاده سترسل قوات": who says it acts with his country (as the
    examples give "أعلن قالن أن بلاده ليس لديها نية لمواجهة مصر" to Kalın), when "بلاده" acts and he does not
    ("البلدين" is no one's country)."""
    home = {a.entity.country for a in acts if a.role == "anaphor" and a.label == "GPE"
            and _HIS_COUNTRY.fullmatch(nv.norm, nv.to_norm(a.start), nv.to_norm(a.end))}
    # "أكد وزير الداخلية الإيطالي أن روما ستواصل التعاون": his own state, named as what he says opens
    named = {a.entity.country for a in acts if a.label == "GPE" and a.role in (None, "capital")
             and _COMPLEMENTISERS_WORDS.intersection(nv.words_before(nv.to_norm(a.start), 1, floor=sent_start))}
    if not (home | named) or any(a.label == "PERS" and a.entity.country in home | named for a in acts):
        return None
    people = [m for m in candidates if m.end <= t.start and m.label == "PERS" and m.entity.country in home | named]
    speaker = speaker_before(nv, sent_start, t.nstart, people) if people else None
    return speaker or (people[-1] if people and home else None)


def _own_country(nv: Normalized, sn: tuple[int, int], actors: list[Mention]) -> list[Mention]:
    """"أكد الوزير أن بلاده ...": "his country" is the state of who says it ("أكد أردوغان، خلال مؤتمر مع السراج،
    أن بلاده": Erdoğan's), else of the person named last before it."""
    out = []
    for w in _HIS_COUNTRY.finditer(nv.norm, sn[0], sn[1]):
        start = nv.to_raw(w.start(1))
        people = [m for m in actors if m.label == "PERS" and m.end <= start and m.entity.country]
        owner = (speaker_before(nv, sn[0], w.start(1), people) or people[-1]) if people else None
        state = load_gazetteer().states.get(owner.entity.country) if owner else None
        if state is not None:
            out.append(Mention(start, nv.to_raw(w.end(1)), "GPE", entity=state, role="anaphor"))
    return out



# a document told by its issuer's act ("أصدرت الخارجية بيانا"، "مدد مجلس الأمن ... في قرار"), named again by its
# definite noun ("ودعا القرار الأطراف"، "رحب بالقرار"): the noun then stands for who issued it
_DOCUMENTS = {normalize(w): normalize(i) for w, i in (
    ("القرار", "قرار"), ("البيان", "بيان"), ("التقرير", "تقرير"),
    ("القانون", "قانون"), ("القانونين", "قانون"), ("القانونان", "قانون"), ("القوانين", "قانون"))}
# each document's indefinite forms, as told issued ("أقر مجلس النواب قانوني الانتخابات"): singular, accusative,
# dual (and in construct), plural
_ISSUED = {normalize(i): {normalize(w) for w in forms} for i, forms in (
    ("قرار", ("قرار", "قرارا", "قرارات")), ("بيان", ("بيان", "بيانا")), ("تقرير", ("تقرير", "تقريرا")),
    ("قانون", ("قانون", "قانونا", "قانوني", "قانونين", "قوانين")))}
_ISSUED_FORMS = frozenset().union(*_ISSUED.values())
_DOCUMENT_HINT = re.compile("|".join(sorted({w[2:] for w in _DOCUMENTS})))  # ("قرار"، "بيان" ...)
DOCUMENT_REACH = 3  # sentences back from a document's definite noun to where it was issued
_ISSUING = frozenset(f for past, imp in (("أصدر", "يصدر"), ("نشر", "ينشر"), ("تبنى", "يتبنى"), ("اعتمد", "يعتمد"),
                                          ("أقر", "يقر"), ("مدد", "يمدد"), ("وزع", "يوزع"), ("تلا", "يتلو"),
                                          ("سن", "يسن"))
                     for f in verb_forms(past, imp))


def _documents(nv: Normalized, si: int, norm_sentences: list[tuple[int, int]], actors: list[Mention]
               ) -> list[tuple[Mention, int]]:
    """Mentions standing for the issuers of the documents a sentence names by their definite noun, each with
    the index of the sentence that told it issued."""
    out = []
    ss, se = norm_sentences[si]
    if not _DOCUMENT_HINT.search(nv.norm, ss, se):
        return out  # most sentences name no document
    for w in _WORD.finditer(nv.norm, ss, se):
        word = w.group()
        bare = "ال" + word[2:] if word.startswith("لل") else with_proclitic(word, _DOCUMENTS, "وبل")
        if bare not in _DOCUMENTS:
            continue
        start, end = nv.to_raw(w.start()), nv.to_raw(w.end())
        if any(0 <= m.start - end <= 2 and m.role == "demonym" for m in actors):
            continue  # "البيان المصري": its issuer is named
        issuer = _issuer(nv, norm_sentences, range(si, max(-1, si - DOCUMENT_REACH - 1), -1), _DOCUMENTS[bare],
                         w.start(), actors)
        if issuer is not None:
            out += [(Mention(start, end, m.label, entity=m.entity, role="anaphor", score=0.5), issuer[1])
                    for m in issuer[0]]
    return out


def _issuer(nv: Normalized, sentences: list[tuple[int, int]], back: range, noun: str, before: int,
            actors: list[Mention]) -> tuple[list[Mention], int] | None:
    """Who issued the latest document of kind ``noun`` told before normalised offset ``before`` in sentences
    ``back`` (latest first), and in which: the one named right after its indefinite noun ("في بيان للخارجية"),
    else, when the sentence tells it issued ("أصدرت فرنسا وألمانيا بيانا"، "قالت في بيان"), who it opens with
    (and those joined to them)."""
    for k in back:
        ss, se = sentences[k]
        told = [w for w in _WORD.finditer(nv.norm, ss, min(se, before))
                if with_proclitic(w.group(), _ISSUED_FORMS, "وب") in _ISSUED[noun]]
        if not told:
            continue
        w = told[-1]
        at = nv.to_raw(w.end())
        named = [m for m in actors if m.entity is not None and m.label in ("GPE", "ORG", "PERS")
                 and nv.to_raw(ss) <= m.start and m.end <= nv.to_raw(se)]
        after = next((m for m in named if 0 <= m.start - at <= 3), None)  # ("بيان لوزارة": ل + its issuer)
        if after is not None:
            return [after], k
        verb = next((x for x in _WORD.finditer(nv.norm, ss, w.start()) if with_proclitic(x.group(), _ISSUING, "و")),
                    None)
        nxt = _WORD.match(nv.norm, w.end() + 1)
        if verb is None and nxt and nxt.group().startswith(("ال", "لل")) and not _ADJECTIVE.match(
                "ال" + nxt.group()[2:]):
            return None  # "قرار المحكمة": a body the article does not link issued it (not "أقر مجلس النواب قانوني
            # الانتخابات": what the laws are of)
        if verb is None and not (w.group()[:1] == "ب" or nv.words_before(w.start(), 1, floor=ss)[-1:] == [_IN]):
            return None
        subjects = [m for m in _parties(named, nv) if m.end <= at and (verb is None or m.start >= nv.to_raw(
            verb.end()))]
        if not subjects:
            return None
        return (_party_chain(nv, nv.to_norm(subjects[0].start), subjects) or subjects[:1]), k
    return None

# a city's office in a title: "ولي عهد أبوظبي"، "عمدة موسكو" (the city is neither a party nor where it happened)
_CITY_OFFICES = frozenset(normalize(w) for w in ("عهد", "حاكم", "أمير", "عمدة", "بلدية", "محافظ"))
# words after which a capital is a place ("في أنقرة"، "العاصمة الليبية طرابلس")
_LOCATIVE = {normalize(w) for w in ("في", "إلى", "الى", "من", "نحو", "داخل", "خارج", "قرب", "لدى", "عاصمة", "العاصمة",
                                     "مدينة", "بمدينة", "لمدينة", "بالعاصمة", "للعاصمة", "ومدينة", "حتى", "عبر",
                                     "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "ضواحي",
                                     "محيط", "أطراف", "وسط", "بالقرب", "قبالة", "سواحل", "ساحل", "شواطئ", "مياه",
                                     "ميناء", "بميناء", "مطار", "بمطار")} | _CITY_OFFICES


# "شهدت أنقرة اجتماعا ثلاثيا": the capital where something took place
_DIRECTIONS = {normalize(w) for w in ("غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي")}
_VENUE_VERBS = {normalize(w) for w in ("شهدت", "تشهد", "شهد", "يشهد", "احتضنت", "تحتضن", "احتضن", "يحتضن",
                                       "استضافت", "تستضيف", "استضاف", "يستضيف", "ستستضيف", "سيستضيف")}
# "الذي شهد توقيع"، "حيث جرى التوقيع": an agreement signed at the meeting just told
_WITNESSED = _VENUE_VERBS | {normalize(w) for w in ("جرى", "تم", "جري", "تخلله", "تخللها")}
_STATING = {normalize(w) for w in ("مؤكدا", "مؤكدة", "مجددا", "مجددة", "معربا", "معربة", "مشددا", "مشددة",
                                    "معلنا", "معلنة")}
_ASKING = frozenset(verb_forms("طلب", "يطلب")) | frozenset(verb_forms("التمس", "يلتمس"))
_DATELINE_DASH = re.compile(r"\s*(?:\([^()\n]{1,30}\))?\s*[-–—]\s")


def _capital_as_state(nv: Normalized, m: Mention) -> Mention | None:
    """A capital named as a party ("أنقرة قالت"، "واتهم أنقرة") stands for its state."""
    gaz = load_gazetteer()
    iso3 = gaz.capitals.get(normalize(m.place.name_ar)) if m.place else None
    if iso3 is None or (m.role and m.role.strip("وف")):  # ب/ل before it: "بأنقرة" is where; و joins a list
        return None
    if _DATELINE_DASH.match(nv.norm, nv.to_norm(m.end)):
        return None  # "طرابلس - بحث الوزير ...": where the news was filed, and where it happened
    before = nv.words_before(nv.to_norm(m.start), 2)
    asked = before[-1:] == [_FROM] and any(_verb_of(w, _ASKING) for w in nv.words_before(nv.to_norm(m.start), 4))
    if not asked and (any(with_proclitic(w, _LOCATIVE) for w in before)
                      or (before and with_proclitic(before[-1], _VENUE_VERBS))):
        return None  # "وفي أنقرة"، "العاصمة الليبية طرابلس"، "وشهدت أنقرة اجتماعا" (but "طلبت رسميا من أنقرة")
    state = gaz.states.get(iso3)
    return Mention(m.start, m.end, "GPE", entity=state, role="capital") if state else None


def _abroad(place: Place | None, acts: list[Mention]) -> bool:
    """Whether a visit's place lies in another state than its visitors' ("وصل حفتر إلى بنغازي" is a return)."""
    return place is not None and all(m.entity.country != place.country for m in acts)


def _host(place: Place, actors: list[Participant]) -> list[Participant]:
    """The state a visit, aid or deployment went to, from its place ("أرسلت تركيا طائرات إلى طرابلس": Libya
    receives), unless the actors are of that state."""
    host = load_gazetteer().states.get(place.country or "")
    if host is None or any(p.entity.country == host.country for p in actors):
        return []
    return [Participant(host, place.name_ar)]


def _place(places: list[Mention], ss: int, se: int, trig_start: int, metonyms: frozenset = frozenset(),
           nv: Normalized | None = None, said: bool = False, terms_from: int | None = None,
           dateline: int | None = None):
    """Where an event happened: the place of its sentence nearest the trigger, one with ب first; a capital that
    stands for its state ("عن نية أنقرة سحب قواتها": ``metonyms``, as raw spans) is no place; nor a place a
    direction is told from, after another ("قاعدة الوطية غرب طرابلس"); nor, for what is ``said`` (accused,
    asked), a place after its word: the place of what is said ("اتهم تركيا بنقل أسلحة عبر مطار معيتيقة"); nor
    one in an agreement's terms, from raw offset ``terms_from`` ("اتفقوا على إنشاء مركز في مصراتة"); the
    sentence's ``dateline`` (its raw end) only when the sentence names no other place ("طرابلس - قصفت مسيرات
    مواقع في مدينة الزاوية": Zawiya)."""
    cands = [m for m in places if ss <= m.start and m.end <= se and (m.start, m.end) not in metonyms
             and not (said and m.start > trig_start) and not (terms_from is not None and m.start >= terms_from)
             and not (nv is not None and (_in_topic(nv, m) or _after_word(nv, m, _CITY_OFFICES)))]
    # ("تناولت الحرب في غزة": where the topic lies)
    if nv is not None and len(cands) > 1:
        cands = [m for k, m in enumerate(cands) if not (k and _after_word(nv, m, _DIRECTIONS))]
    if dateline is not None and any(m.start >= dateline for m in cands):
        cands = [m for m in cands if m.start >= dateline]
    marked = [m for m in cands if m.role and m.role.endswith("ب")]
    pick = marked or cands
    if not pick:
        return None
    return min(pick, key=lambda m: abs(m.start - trig_start)).place
