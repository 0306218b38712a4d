"""One-line English and Arabic summaries of an event, from its fields."""

from __future__ import annotations

from marsad.model import Event, Participant

_VERB_EN = {
    "CONSULT": "met", "AGREE": "agreed with", "COOPERATE": "cooperated with", "AID": "aided",
    "SUPPORT": "expressed support for", "REQUEST": "made a demand of", "ACCUSE": "accused",
    "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against", "MOBILIZE": "mobilised against",
    "SANCTION": "sanctioned", "COERCE": "coerced", "ASSAULT": "attacked", "RETREAT": "withdrew from",
    "CONCEDE": "made concessions to",
}
_VERB_AR = {
    "CONSULT": "التقى", "AGREE": "اتفق مع", "COOPERATE": "تعاون مع", "AID": "قدّم دعما إلى", "SUPPORT": "أيّد",
    "REQUEST": "طالب", "ACCUSE": "اتهم", "REJECT": "رفض", "THREATEN": "هدّد", "PROTEST": "احتج على",
    "MOBILIZE": "حشد ضد", "SANCTION": "فرض عقوبات على", "COERCE": "مارس الإكراه على", "ASSAULT": "هاجم",
    "RETREAT": "انسحب من", "CONCEDE": "قدّم تنازلات إلى",
}
_STATUS_EN = {"planned": "planned: ", "proposed": "proposed: ", "denied": "denied: ", "reported_claim": "reportedly: "}


def _names(parts: list[Participant], attr: str) -> str:
    out = []
    for p in parts:
        e = p.entity
        name = getattr(e, attr)
        if attr == "name" and e.kind == "person" and e.country:
            name += f" ({e.country})"
        out.append(name)
    return ", ".join(out)


def summarize(ev: Event) -> tuple[str, str]:
    en = f"{_STATUS_EN.get(ev.status, '')}{_names(ev.actors, 'name')} {_VERB_EN.get(ev.type, ev.type.lower())}"
    ar = f"{_names(ev.actors, 'name_ar')} {_VERB_AR.get(ev.type, ev.type)}"
    if ev.recipients:
        en += " " + _names(ev.recipients, "name")
        ar += " " + _names(ev.recipients, "name_ar")
    else:  # no other party named: drop the dangling preposition ("cooperated with" -> "cooperated")
        en = en.removesuffix(" with").removesuffix(" from").removesuffix(" for").removesuffix(" to")
        ar = ar.removesuffix(" مع").removesuffix(" من").removesuffix(" على").removesuffix(" إلى")
    if ev.location:
        en += f" in {ev.location.name}"
        ar += f" في {ev.location.name_ar}"
    if ev.date:
        en += f" on {ev.date}"
        ar += f" بتاريخ {ev.date}"
    return en, ar
