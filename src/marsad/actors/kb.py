"""The actor knowledge base: states, organisations, armed groups and people with dated roles.

Loaded once per process from data files (data/kb/*.tsv and the gazetteer's
states.tsv); nothing here is code-as-data.  ``KB.holders(role, scope, date)``
answers "who was Turkey's defence minister on 2020-03-01"; ``KB.check()``
validates the files (``marsad kb check``).

people.tsv keeps one person per line with their tenures in one column,
``role@scope:start..end[=role as titled there]``; a scope is an ISO3 code or
an organisation id.  Short forms (a surname used alone) are linked only to
someone already named in the article, except a form marked ``!``, which is
that surname's default holder (حفتر is Khalifa Haftar unless Saddam is named),
or a surname no common word shares (أردوغان) read alone as its holder.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.actors.gazetteer import load_gazetteer
from marsad.actors.phonetic import phonetic_key
from marsad.actors.translit import romanize
from marsad.datafiles import data_file, rows
from marsad.model import KINDS, Entity
from marsad.text.normalize import normalize

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TENURE = re.compile(r"^(?P<role>[a-z_]+)@(?P<scope>[A-Z]{3}|org:[a-z0-9_]+):(?P<start>[\d-]*)\.\.(?P<end>[\d-]*)"
                     r"(?:=(?P<title>.+))?$")


@dataclass(frozen=True, slots=True)
class Tenure:
    person: str
    role: str
    scope: str
    start: str
    end: str | None
    role_en: str
    role_ar: str

    def covers(self, date: str) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)

    def to_dict(self) -> dict[str, str | None]:
        return {"role": self.role_en, "role_ar": self.role_ar, "org": self.scope, "start": self.start,
                "end": self.end}


@dataclass(frozen=True, slots=True)
class RoleDef:
    key: str
    role_en: str
    role_ar: str
    default_scope: str | None
    titles: tuple[str, ...]


@dataclass(slots=True)
class KB:
    entities: dict[str, Entity]
    roles: dict[str, RoleDef]
    tenures: dict[str, list[Tenure]]  # person id -> tenures
    by_role: dict[tuple[str, str], list[Tenure]]  # (role, scope) -> tenures
    names: dict[str, list[str]]  # normalised full name -> entity ids
    short: dict[str, list[tuple[str, bool]]]  # normalised short form -> (entity id, default?)
    titles: dict[str, str]  # normalised title phrase -> role key
    phonetic: dict[str, list[str]] = field(default_factory=dict)  # phonetic key of a full name -> person ids
    problems: list[str] = field(default_factory=list)
    lifetimes: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # organisation id -> (start, end)

    def active_on(self, eid: str, date: str) -> bool:
        """Whether a person held a role, or an organisation existed, on ``date``."""
        if eid in self.lifetimes:
            start, end = self.lifetimes[eid]
            day = _day(date)
            return start <= day and (end is None or day <= end)
        return self.tenure_on(eid, date) is not None

    def holders(self, role: str, scope: str, date: str | None) -> list[Tenure]:
        """Who held ``role`` for ``scope`` on ``date`` (ISO); no date, no answer."""
        if not date:
            return []
        return [t for t in self.by_role.get((role, scope), ()) if t.covers(_day(date))]

    def tenure_on(self, person: str, date: str | None, role: str | None = None) -> Tenure | None:
        """The person's role on a date (the given role if they held it; else their first role that day)."""
        ts = self.tenures.get(person, [])
        if date:  # on a handover day the newer role wins
            ts = sorted((t for t in ts if t.covers(_day(date))), key=lambda t: t.start, reverse=True)
        if role:
            ts = [t for t in ts if t.role == role] or ts
        return ts[0] if ts else None

    def check(self) -> list[str]:
        """Problems found in the data files: errors first, each one line."""
        return list(self.problems)


def _spellings(name: str) -> set[str]:
    """A name as written with and without the space in compound names (عبد العزيز / عبدالعزيز)."""
    out = {name}
    for joined, spaced in (("عبدال", "عبد ال"), ("ابوال", "ابو ال")):
        out |= {v.replace(spaced, joined) for v in out} | {v.replace(joined, spaced) for v in out}
    return out


def _day(date: str) -> str:
    """A comparable day for a date of any precision (a month's middle, a year's middle)."""
    return date[:10] if len(date) >= 10 else date[:7] + "-15" if len(date) >= 7 else date[:4] + "-07-01"


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


@lru_cache(maxsize=1)
def load_kb() -> KB:
    """The shipped knowledge base, loaded once per process."""
    return read_kb(data_file("kb"))


def read_kb(folder) -> KB:
    """A knowledge base from a folder holding roles.tsv, organizations.tsv and people.tsv."""
    gaz = load_gazetteer()
    problems: list[str] = []
    entities: dict[str, Entity] = {s.id: s for s in gaz.states.values()}
    names: dict[str, list[str]] = {}
    short: dict[str, list[tuple[str, bool]]] = {}

    def add_name(n: str, eid: str) -> None:
        for key in _spellings(normalize(n)):
            ids = names.setdefault(key, [])
            if eid not in ids:
                ids.append(eid)

    roles: dict[str, RoleDef] = {}
    titles: dict[str, str] = {}
    for n, cols in enumerate(rows(folder.joinpath("roles.tsv")), 1):
        if len(cols) != 5:
            problems.append(f"roles.tsv row {n}: expected 5 columns, found {len(cols)}")
            continue
        key, role_en, role_ar, scope, ts = cols
        roles[key] = RoleDef(key, role_en, role_ar, scope or None, tuple(_split(ts)))
        for t in _split(ts):
            titles.setdefault(normalize(t), key)

    lifetimes: dict[str, tuple[str, str | None]] = {}
    for n, cols in enumerate(rows(folder.joinpath("organizations.tsv")), 1):
        if len(cols) != 8:
            problems.append(f"organizations.tsv row {n}: expected 8 columns, found {len(cols)}")
            continue
        oid, kind, name_en, names_ar, country, start, end, qid = cols
        if kind not in KINDS:
            problems.append(f"organizations.tsv {oid}: unknown kind {kind!r}")
        if oid in entities:
            problems.append(f"organizations.tsv {oid}: duplicate id")
        variants = _split(names_ar)
        if not variants:
            problems.append(f"organizations.tsv {oid}: no Arabic name")
            continue
        for d in (start, end):
            if d and not _DATE.match(d):
                problems.append(f"organizations.tsv {oid}: bad date {d!r}")
        entities[oid] = Entity(oid, kind, name_en, variants[0], country or None, tuple(variants),
                               source="marsad-kb", wikidata=qid or None)
        if start:  # "الحكومة الشرعية في ليبيا" is the GNA in 2020 and the GNU in 2023
            lifetimes[oid] = (start, end or None)
        for v in variants:
            add_name(v, oid)

    tenures: dict[str, list[Tenure]] = {}
    by_role: dict[tuple[str, str], list[Tenure]] = {}
    for n, cols in enumerate(rows(folder.joinpath("people.tsv")), 1):
        if len(cols) != 7:
            problems.append(f"people.tsv row {n}: expected 7 columns, found {len(cols)}")
            continue
        pid, name_en, names_ar, shorts, country, tenure_cell, qid = cols
        pid = "person:" + pid
        if pid in entities:
            problems.append(f"people.tsv {pid}: duplicate id")
        variants = _split(names_ar)
        if not variants or not name_en:
            problems.append(f"people.tsv {pid}: needs a Latin and an Arabic name")
            continue
        if country and country not in gaz.states:
            problems.append(f"people.tsv {pid}: unknown country {country!r}")
        ts = []
        for cell in (c.strip() for c in tenure_cell.split(";") if c.strip()):
            m = _TENURE.match(cell)
            if not m:
                problems.append(f"people.tsv {pid}: cannot read tenure {cell!r}")
                continue
            role, scope, start, end = m["role"], m["scope"], m["start"], m["end"] or None
            bad = [d for d in (start, end) if d and not _DATE.match(d)]
            if bad or not start:
                problems.append(f"people.tsv {pid}: bad or missing date in {cell!r}")
                continue
            if end and end < start:
                problems.append(f"people.tsv {pid}: tenure ends before it starts: {cell!r}")
            if scope not in gaz.states and scope not in entities:
                problems.append(f"people.tsv {pid}: unknown scope {scope!r}")
            rd = roles.get(role)
            role_en = m["title"] or (rd.role_en if rd else role.replace("_", " ").capitalize())
            role_ar = rd.role_ar if rd else ""
            t = Tenure(pid, role, scope, start, end, role_en, role_ar)
            ts.append(t)
            by_role.setdefault((role, scope), []).append(t)
        tenures[pid] = ts
        if qid and not re.fullmatch(r"Q\d+", qid):
            problems.append(f"people.tsv {pid}: bad Wikidata id {qid!r}")
        entities[pid] = Entity(pid, "person", name_en, variants[0], country or None, tuple(variants),
                               roles=tuple(t.to_dict() for t in ts), source="marsad-kb", wikidata=qid or None)
        for v in variants:
            add_name(v, pid)
        for s in _split(shorts):
            default = s.startswith("!")
            short.setdefault(normalize(s.lstrip("!")), []).append((pid, default))

    _add_up_actors(folder, entities, names, add_name, problems)
    for form, holders in short.items():
        if len({pid for pid, d in holders if d}) > 1:  # one person may list two spellings of one form
            problems.append(f"people.tsv: short form {form!r} has more than one default holder")
    for ts in by_role.values():
        ts.sort(key=lambda t: t.start)
    phonetic: dict[str, list[str]] = {}
    for pid in tenures:
        for alias in entities[pid].aliases_ar:
            if " " in alias.strip():
                ids = phonetic.setdefault(phonetic_key(alias), [])
                if pid not in ids:
                    ids.append(pid)
    return KB(entities, roles, tenures, by_role, names, short, titles, phonetic, problems, lifetimes)


def _add_up_actors(folder, entities: dict[str, Entity], names: dict[str, list[str]], add_name, problems) -> None:
    """UniversalPetrarch's actors (data/kb/up_actors.tsv) for names the curated files do not have."""
    path = folder.joinpath("up_actors.tsv")
    if not path.is_file():
        return
    states = load_gazetteer().states
    institutions = load_institutions()
    for n, cols in enumerate(rows(folder.joinpath("up_actors.tsv")), 1):
        if len(cols) != 5:
            problems.append(f"up_actors.tsv row {n}: expected 5 columns, found {len(cols)}")
            continue
        key, kind, country, cameo, forms_cell = cols
        forms = _split(forms_cell)
        if not forms or any(normalize(f) in names for f in forms):
            continue  # the curated files know this name: they win
        eid = "up:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        roles = []
        for code in _split(cameo):
            c, _, dates = code.partition(" ")
            start, _, end = dates.partition("..")
            roles.append({"role": c, "role_ar": None, "org": c[:3], "start": start or None, "end": end or None})
        name = (_institution_name(forms[0], country, states, institutions) if kind == "organization" else None)
        entities[eid] = Entity(eid, kind, name or romanize(forms[0]), forms[0], country or None, tuple(forms),
                               roles=tuple(roles), source="UniversalPetrarch")
        for f in forms:
            add_name(f, eid)


@lru_cache(maxsize=1)
def load_institutions() -> dict[str, tuple[str, str, str]]:
    """data/kb/institutions.tsv: each normalised form of a state's institution -> (its English name, its
    reading: "body", "bare" or "state", its first form)."""
    return {normalize(f): (en, reading, _split(forms)[0]) for forms, en, reading in
            rows(data_file("kb/institutions.tsv")) for f in _split(forms)}


STATE_BODY = "inst:"  # the id prefix of a state's body that no entry lists


def state_body(institution: str, state: Entity, name_ar: str) -> Entity:
    """The entity of a state's institution the KB does not list ("وزارة الداخلية التونسية": the Ministry of the
    Interior of Tunisia), one per state and institution; ``name_ar`` is its canonical Arabic name (the
    institution's first form and the demonym: the same in every article)."""
    en = f"{institution} of {_with_article(state.name)}"
    eid = f"{STATE_BODY}{state.country.lower()}:" + re.sub(r"[^a-z]+", "-", institution.lower()).strip("-")
    return _STATE_BODIES.setdefault((eid, name_ar), Entity(eid, "organization", en, name_ar, state.country,
                                                          (name_ar,), source="institutions"))


_STATE_BODIES: dict[tuple[str, str], Entity] = {}


def _institution_name(form: str, country: str, states: dict[str, Entity],
                      institutions: dict[str, tuple[str, str, str]]) -> str | None:
    """"البرلمان التركي" -> "Parliament of Turkey": an institution and the demonym of the entry's own state."""
    state = states.get(country)
    head, _, last = normalize(form).rpartition(" ")
    if state is None or head not in institutions or last not in {normalize(a) for a in state.aliases_ar}:
        return None
    return f"{institutions[head][0]} of {_with_article(state.name)}"


_THE = ("Netherlands", "Philippines", "Bahamas", "Gambia", "Comoros", "Maldives", "Seychelles", "Vatican")


def _with_article(name: str) -> str:
    """"the United Kingdom", "the Netherlands"; "Turkey"."""
    plural_or_union = name.startswith(("United ", "Czech ", "Dominican ", "Central African ")) or name.endswith(
        ("Republic", "Islands", "Emirates"))
    return f"the {name}" if plural_or_union or name in _THE else name


def overlaps(kb: KB) -> list[str]:
    """Tenures of one role and scope that overlap (legitimate for rival governments; shown by kb check)."""
    out = []
    for (role, scope), ts in kb.by_role.items():
        for a, b in zip(ts, ts[1:], strict=False):
            if a.person != b.person and (a.end is None or b.start < a.end):
                out.append(f"{role}@{scope}: {a.person} and {b.person} overlap from {b.start}")
    return out


def kb_summary(kb: KB) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for e in kb.entities.values():
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    return {**kinds, "tenures": sum(len(v) for v in kb.tenures.values()), "roles": len(kb.roles),
            "names": len(kb.names)}


__all__ = ["KB", "RoleDef", "Tenure", "kb_summary", "load_kb", "overlaps", "read_kb"]
