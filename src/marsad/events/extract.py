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

import re
from datetime import date

from marsad.dates import find_dates
from marsad.events.lexicon import load_triggers
from marsad.model import Article, Event, Mention, Participant
from marsad.text.normalize import Normalized, normalize

_CUES = {
    "denied": {normalize(w) for w in ("لم", "لن", "لا", "ليس", "ليست", "نفى", "ينفي", "نفت", "تنفي", "عدم", "دون")},
    "proposed": {normalize(w) for w in ("مطروحا", "مطروح", "مطروحة", "اقترح", "اقترحت", "مقترح", "اقتراح", "يقترح")},
    "planned": {normalize(w) for w in ("سوف", "المقرر", "يعتزم", "تعتزم", "يعتزمان", "المقبل", "القادم", "المرتقب",
                                        "المرتقبة", "سيعقد", "ستعقد")},
    "reported_claim": {normalize(w) for w in ("مرجحا", "ربما", "يرجح", "محتمل", "محتملة", "توقعات", "يتوقع",
                                               "احتمالات", "مراقبون")},
}
_WORD = re.compile(r"[^\W\d_]+")
# words after which a verbal noun names a purpose or a topic, not an event: "سبل تعزيز التعاون"، "في مجال الدفاع"
_TOPIC = {normalize(w) for w in ("تعزيز", "سبل", "تطوير", "مجال", "مجالات", "إطار", "أهمية", "ضرورة", "آليات",
                                  "أوجه", "آفاق", "توسيع", "تفعيل", "دعم", "مواصلة", "تكثيف", "بحث", "قضايا", "ملفات",
                                  "ملف", "مسار", "مستوى", "مستويات", "علاقات", "تنسيق")}
_WITH = normalize("مع")
# a nominal trigger after a demonstrative, or definite, names an event told before ("هذه الزيارة"، "الاجتماع")
_DEMONSTRATIVES = {normalize(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء")}
# verbs of saying: a verbal noun in what is said is a topic or a claim, not an event ("قال إن دعم الأمن يعني")
_SPEECH = {normalize(w) for w in ("قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أضاف", "أضافت",
                                   "أوضح", "أوضحت", "أشار", "أشارت", "اعتبر", "اعتبرت", "رأى", "يرى", "ترى", "شدد",
                                   "شددت", "لفت", "لفتت", "ذكر", "ذكرت", "أفاد", "أفادت", "صرح", "صرحت", "أعلن",
                                   "أعلنت", "قالوا", "أكدوا", "يعتبر")}
_THAT = {normalize(w) for w in ("أن", "إن", "ان", "بأن", "وأن", "فإن", "لأن")}
HEADING_WORDS = 6  # a line this short without final punctuation is a heading, not a report
_END = re.compile(r"[.!?؟:…]\s*[\"'»”)]*\s*$")
_NOUN_PREFIXES = ("ال", "لل", "ب", "ل", "ك")
_ABSTRACT_AS_NOUN = {"AID"}
CUE_WINDOW = 6
MAX_PARTIES = 6


def _status(nv: Normalized, sent_norm: tuple[int, int], trig_norm_start: int, prefix: str) -> str:
    before = _WORD.findall(nv.norm[sent_norm[0]:trig_norm_start])[-CUE_WINDOW:]
    whole = set(_WORD.findall(nv.norm[sent_norm[0]:sent_norm[1]]))
    if _CUES["denied"] & set(before):
        return "denied"
    if _CUES["proposed"] & whole:
        return "proposed"
    if prefix.endswith("س") or _CUES["planned"] & set(before):
        return "planned"
    if _CUES["reported_claim"] & set(before):
        return "reported_claim"
    return "occurred"


def _parties(actors: list[Mention]) -> list[Mention]:
    """Drop demonyms inside a person's title and repeated entities; keep text order."""
    persons = [m.context for m in actors if m.label == "PERS" and m.context]
    out, seen = [], set()
    for m in actors:
        if m.label == "GPE" and any(a <= m.start < b for a, b in persons):
            continue
        if m.entity.id in seen:
            continue
        seen.add(m.entity.id)
        out.append(m)
    return out[:MAX_PARTIES]


def _participant(m: Mention, text: str) -> Participant:
    span = m.context or (m.start, m.end)
    person = m.label == "PERS"
    return Participant(m.entity, text[span[0]:span[1]], role=m.role if person else None,
                       role_ar=m.role_ar if person else None)


def extract_events(article: Article, nv: Normalized, norm_sentences: list[tuple[int, int]]) -> list[Event]:
    """Events of an article; ``norm_sentences`` are its sentences in the normalised view."""
    triggers = load_triggers().find(nv)
    if not triggers:
        return []
    published = date.fromisoformat(article.published[:10]) if article.published else None
    dates = []  # date expressions of the sentences that have a trigger (the only ones read)
    for ns, ne in norm_sentences:
        if any(ns <= t.nstart < ne for t in triggers):
            for d in find_dates(nv.norm[ns:ne], published):
                d.start, d.end = d.start + ns, d.end + ns
                dates.append((nv.span(d.start, d.end), d))
    actors = [m for m in article.mentions if m.entity is not None]
    places = [m for m in article.mentions if m.place is not None]
    events: list[Event] = []
    for si, (ss, se) in enumerate(article.sentences):
        in_sent = [t for t in triggers if ss <= t.start and t.end <= se]
        if not in_sent:
            continue
        parties = _parties([m for m in actors if ss <= m.start and m.end <= se])
        if not parties:
            continue
        types_done: set[str] = set()
        meeting_at = min((t.start for t in in_sent if t.value.type == "CONSULT"), default=None)
        sn = norm_sentences[si]
        words = _WORD.findall(nv.norm[sn[0]:sn[1]])
        heading = len(words) < HEADING_WORDS and not _END.search(article.text[ss:se])
        for t in in_sent:
            trig = t.value
            if trig.type in types_done:
                continue
            # "التعاون", "بدعم": an article or a preposition makes a verb's homograph a noun
            homograph = trig.pos == "verb" and (t.prefix.endswith(_NOUN_PREFIXES) or (
                trig.type in _ABSTRACT_AS_NOUN and t.norm == normalize(trig.lemma)))
            nominal = trig.pos == "noun" or homograph
            if homograph and trig.type in _ABSTRACT_AS_NOUN:
                continue  # "الدعم"، "بدعم"، bare "دعم": the noun (support in words), not aid given
            if _after_topic_word(nv, sn[0], t.nstart) or (
                    nominal and meeting_at is not None and trig.type != "CONSULT" and t.start > meeting_at):
                continue  # what a meeting discussed, or the purpose of an act, is not an event of its own
            if nominal and (heading or _in_speech(nv, sn[0], t.nstart)
                            or _told_before(nv, sn[0], t, trig.type, events)):
                continue  # a heading, what someone says, or an event already told ("هذه الزيارة")
            acts, recs = _roles(parties, t, nv, trig.pos, norm_sentences[si][1])
            if not acts:
                continue
            types_done.add(trig.type)
            sent_norm = norm_sentences[si]
            ev = Event(type=trig.type, evidence_start=ss, evidence_end=se, mode=trig.mode,
                       contexts=list(trig.contexts), cameo=trig.cameo, trigger=(t.start, t.end),
                       actors=[_participant(m, article.text) for m in acts],
                       recipients=[_participant(m, article.text) for m in recs])
            ev.status = _status(nv, sent_norm, t.nstart, t.prefix)
            near = [(abs(s - t.start), d) for (s, e), d in dates if ss <= s and e <= se and d.value]
            if near:
                d = min(near, key=lambda x: x[0])[1]
                ev.date, ev.date_text = d.value, article.text[slice(*nv.span(d.start, d.end))]
            ev.location = _place(places, ss, se, t.start)
            ev.confidence = round(min(0.95, 0.4 + 0.1 * len(acts + recs) + (0.1 if trig.pos == "verb" else 0)), 2)
            events.append(ev)
    return _drop_fragments(events)


def _drop_fragments(events: list[Event]) -> list[Event]:
    """Drop an event with one participant whose participant another event of its type has (a headline's
    "صدام حفتر زار أنقرة" beside the body's full account of the visit)."""
    keep = []
    for ev in events:
        ids = {p.entity.id for p in ev.actors + ev.recipients}
        fuller = any(o is not ev and o.type == ev.type and len(ids) == 1
                     and ids < {p.entity.id for p in o.actors + o.recipients} for o in events)
        if not fuller:
            keep.append(ev)
    return keep


def _in_speech(nv: Normalized, sent_start: int, trig_nstart: int) -> bool:
    """Whether the trigger is in the complement of a verb of saying: "قال ... إن/أن ... <trigger>"."""
    before = _WORD.findall(nv.norm[sent_start:trig_nstart])
    said = [i for i, w in enumerate(before) if w in _SPEECH or (w[:1] in "وف" and w[1:] in _SPEECH)]
    return bool(said) and any(w in _THAT for w in before[said[0] + 1:])


def _told_before(nv: Normalized, sent_start: int, t, etype: str, events: list[Event]) -> bool:
    """A definite or demonstrative nominal trigger naming an event of a type the article has already told."""
    if not any(ev.type == etype for ev in events):
        return False
    before = _WORD.findall(nv.norm[max(sent_start, t.nstart - 20):t.nstart])[-1:]
    return t.prefix.endswith(("ال", "لل")) or bool(before and before[-1] in _DEMONSTRATIVES)


def _after_topic_word(nv: Normalized, sent_start: int, trig_nstart: int) -> bool:
    before = _WORD.findall(nv.norm[max(sent_start, trig_nstart - 40):trig_nstart])[-2:]
    for w in before:
        for pre in ("", "و", "ل", "ب", "ول", "وب", "ال", "لل", "وال", "بال"):
            if w.startswith(pre) and w[len(pre):] in _TOPIC:
                return True
    return False


def _roles(parties: list[Mention], t, nv: Normalized, pos: str, sent_end: int) -> tuple[list[Mention], list[Mention]]:
    after = [m for m in parties if m.start >= t.end]
    before = [m for m in parties if m.end <= t.start]
    with_at = _with_position(nv, t.nend, sent_end)
    if with_at is not None:
        acts = [m for m in parties if m.start < with_at]
        recs = [m for m in parties if m.start >= with_at]
        if acts:
            return acts, recs
    if pos == "verb" and after:
        return after[:1], before + after[1:]
    ordered = before + after
    return ordered[:1], ordered[1:]


def _with_position(nv: Normalized, nfrom: int, nto: int) -> int | None:
    """Raw offset of the first "مع" between the trigger and the end of the sentence, if any."""
    for m in _WORD.finditer(nv.norm, nfrom, nto):
        if m.group() == _WITH:
            return nv.to_raw(m.start())
    return None


def _place(places: list[Mention], ss: int, se: int, trig_start: int):
    cands = [m for m in places if ss <= m.start and m.end <= se]
    marked = [m for m in cands if m.role and m.role.endswith("ب")]
    pick = marked or cands
    if not pick:
        return None
    return min(pick, key=lambda m: abs(m.start - trig_start)).place
