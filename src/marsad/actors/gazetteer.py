"""The shipped gazetteer: states (names, demonyms, capitals) and places.

Loaded once per process from data/gazetteer/*.tsv (built by
scripts/build_gazetteer.py; sources in data/SOURCES.md) and the curated
data/sources/places.tsv (places of the news marsad was made for, with
coordinates; it wins), and read-only after.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from marsad.datafiles import records, rows
from marsad.model import Entity, Place
from marsad.text.matcher import PhraseMatcher
from marsad.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class StateName:
    entity: Entity
    demonym: bool  # "التركي" names the state as an attribute, "تركيا" names it


@dataclass(slots=True)
class Gazetteer:
    states: dict[str, Entity]  # iso3 -> entity
    places: dict[str, Place]  # normalised Arabic name -> place
    capitals: dict[str, str]  # normalised Arabic name of a capital -> ISO3 of its state
    capital_places: dict[str, Place]  # ISO3 -> its capital
    state_matcher: PhraseMatcher
    place_matcher: PhraseMatcher


def _with_duals(demonyms: tuple[str, ...]) -> tuple[str, ...]:
    """The demonyms, their duals ("سفينتان حربيتان روسيتان"، "الوزيران التركيان"): روسية -> روسيتان، روسيتين;
    روسي -> روسيان (the oblique روسيين is the plural's spelling, listed already), and the indefinite accusative
    of the masculine ("15 صيادا تونسيا")."""
    out = list(demonyms)
    for d in demonyms:
        if d.endswith("ية"):
            out += [d[:-1] + "تان", d[:-1] + "تين"]
        elif d.endswith("ي"):
            out.append(d + "ان")
            if not d.startswith("ال"):
                out.append(d + "ا")
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    states: dict[str, Entity] = {}
    names: dict[str, StateName] = {}
    capitals: dict[str, str] = {}
    capital_names: dict[str, str] = {}  # ISO3 -> the Arabic name of its capital, for its place below
    for r in records("gazetteer/states.tsv"):
        aliases = tuple(a for a in r["names_ar"].split("|") if a)
        dems = _with_duals(tuple(d for d in r["demonyms_ar"].split("|") if d))
        ent = Entity(id=f"state:{r['iso3']}", kind="state", name=r["name_en"], name_ar=r["name_ar"],
                     country=r["iso3"], aliases_ar=aliases + dems, source=r["source"])
        states[r["iso3"]] = ent
        if r["capital_ar"]:
            for cap in r["capital_ar"].split("|"):  # "أبوظبي|أبو ظبي": each spelling stands for the state
                capitals[normalize(cap)] = r["iso3"]
            capital_names[r["iso3"]] = r["capital_ar"].split("|")[0]
        for a in aliases:
            names.setdefault(a, StateName(ent, False))
        for d in dems:
            names.setdefault(d, StateName(ent, True))
    places: dict[str, Place] = {}
    for r in records("gazetteer/places.tsv"):
        places.setdefault(r["name_ar"], Place(name=r["name_en"], name_ar=r["name_ar"], country=r["iso3"]))
    for names_ar, name_en, iso3, lat, lon, _kind in rows("sources/places.tsv"):  # curated, with coordinates
        forms = names_ar.split("|")
        place = Place(name=name_en, name_ar=forms[0], country=iso3, lat=float(lat), lon=float(lon))
        for form in forms:
            places[form] = place
    capital_places = {iso3: places[name] for iso3, name in capital_names.items() if name in places}
    return Gazetteer(states, places, capitals, capital_places, PhraseMatcher(names), PhraseMatcher(places))
