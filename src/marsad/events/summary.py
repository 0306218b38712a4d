"""One-line English and Arabic summaries of an event, from its fields (not translated from the text).

English: "Hulusi Akar (Turkey, Minister of National Defence) met Fathi Bashagha (Libya, Minister of Interior)
in Ankara on 2020-08-06".  Arabic puts the verb first, as Arabic news does, agreeing with the first actor:
feminine for a state or a body whose name is feminine ("التقت تركيا"، "طالبت الأمم المتحدة").
"""

from __future__ import annotations

from marsad.actors.gazetteer import load_gazetteer
from marsad.actors.persons import COUNTERPART, title_words
from marsad.model import Event, Participant
from marsad.text.normalize import normalize

_VERB_EN = {
    "CONSULT": "met", "AGREE": "agreed with", "COOPERATE": "cooperated with", "AID": "aided",
    "SUPPORT": "expressed support for", "REQUEST": "made a demand of", "ACCUSE": "accused",
    "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against", "MOBILIZE": "mobilised against",
    "SANCTION": "sanctioned", "COERCE": "coerced", "ASSAULT": "attacked", "RETREAT": "withdrew from",
    "CONCEDE": "made concessions to",
}
# (verb, what follows the subject before the recipients)
_VERB_AR = {
    "CONSULT": ("التقى", ""), "AGREE": ("اتفق", "مع"), "COOPERATE": ("تعاون", "مع"), "AID": ("قدّم", "دعما إلى"),
    "SUPPORT": ("أيّد", ""), "REQUEST": ("طالب", ""), "ACCUSE": ("اتهم", ""), "REJECT": ("رفض", ""),
    "THREATEN": ("هدّد", ""), "PROTEST": ("احتج", "على"), "MOBILIZE": ("حشد", "ضد"),
    "SANCTION": ("فرض", "عقوبات على"), "COERCE": ("مارس", "الإكراه على"), "ASSAULT": ("هاجم", ""),
    "RETREAT": ("انسحب", "من"), "CONCEDE": ("قدّم", "تنازلات إلى"),
}
# a consultation's mode says more than "met": a visit, a call
_MODE_EN = {("CONSULT", "visit"): "visited", ("CONSULT", "phone"): "spoke by phone with"}
_MODE_AR = {("CONSULT", "visit"): ("زار", ""), ("CONSULT", "phone"): ("أجرى", "اتصالا هاتفيا مع")}
_STATUS_EN = {"planned": "planned: ", "proposed": "proposed: ", "denied": "denied: ", "reported_claim": "reportedly: "}
_STATUS_AR = {"planned": "مقرر: ", "proposed": "مقترح: ", "denied": "منفي: ", "reported_claim": "حسب التقارير: "}
_PREPOSITIONS_EN = (" with", " from", " for", " to", " against", " of")


def _join(names: list[str], conj: str, sep: str = ", ") -> str:
    if not names:
        return ""
    return names[0] if len(names) == 1 else sep.join(names[:-1]) + conj + names[-1]


def _name_en(p: Participant) -> str:
    e = p.entity
    if e.kind != "person":
        return e.name
    state = load_gazetteer().states.get(e.country or "")
    details = [d for d in (state.name if state else e.country, p.role) if d]
    return f"{e.name} ({', '.join(details)})" if details else e.name


def _name_ar(p: Participant) -> str:
    e = p.entity
    return f"{e.name_ar} ({_bare_title(p.role_ar)})" if e.kind == "person" and p.role_ar else e.name_ar


def _bare_title(title: str) -> str:
    """A title as the article wrote it, without the conjunction before it ("ووكيل وزارة الدفاع")."""
    first = title.split()[0]
    if first.startswith("و") and normalize(first[1:]) in title_words() | COUNTERPART:
        return title[1:]
    return title


def _feminine(p: Participant) -> bool:
    e = p.entity
    return e.kind == "state" or (e.kind != "person" and e.name_ar.split()[0].endswith("ة"))


def _verb_ar(verb: str, feminine: bool) -> str:
    if not feminine:
        return verb
    return verb[:-1] + "ت" if verb.endswith("ى") else verb + "ت"


def summarize(ev: Event) -> tuple[str, str]:
    # an attack no one is named for: "Unnamed attackers attacked Rapid Support Forces"
    actors_en = _join([_name_en(p) for p in ev.actors], " and ") or "Unnamed attackers"
    verb_en = _MODE_EN.get((ev.type, ev.mode)) or _VERB_EN.get(ev.type, ev.type.lower())
    en = f"{_STATUS_EN.get(ev.status, '')}{actors_en} {verb_en}"
    verb, then = _MODE_AR.get((ev.type, ev.mode)) or _VERB_AR.get(ev.type, (ev.type, ""))
    feminine = bool(ev.actors) and _feminine(ev.actors[0])
    ar = " ".join(x for x in (_STATUS_AR.get(ev.status, "") + _verb_ar(verb, feminine),
                              _join([_name_ar(p) for p in ev.actors], " و", "، ") or "مجهولون", then) if x)
    if ev.recipients:
        en += " " + _join([_name_en(p) for p in ev.recipients], " and ")
        ar += " " + _join([_name_ar(p) for p in ev.recipients], " و", "، ")
    else:  # no other party named: drop the dangling preposition ("cooperated with" -> "cooperated")
        for prep in _PREPOSITIONS_EN:
            en = en.removesuffix(prep)
        ar = ar.removesuffix(" " + then.split()[-1]) if then else ar
    if ev.location:
        en += f" in {ev.location.name}"
        ar += f" في {ev.location.name_ar}"
    if ev.date:
        en += f" on {ev.date}"
        ar += f" بتاريخ {ev.date}"
    return en, ar
