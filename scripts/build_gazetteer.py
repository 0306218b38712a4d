"""Build marsad's state and place gazetteer from ../shared/data/gazetteer.

Usage: python scripts/build_gazetteer.py [SHARED_DATA_DIR]

Reads CLDR territory names (cldr_ar_babel), country names (countries_umpirsky_ar),
masculine demonyms (demonyms_ar_3neef), world cities (cities_ar_worldcities) and
our curated additions (src/marsad/data/sources/states_extra.tsv); writes
src/marsad/data/gazetteer/states.tsv and places.tsv.  Demonyms are inflected
here: feminine (ـية), sound plurals (ـيون/ـيين) and the article (ال).
City names that ANERcorp's training text mostly uses as ordinary words (كان "was",
البحر "the sea") are dropped: a place must be tagged LOC in at least a third of its
ANERcorp occurrences when it occurs there at least three times; and so are one-word names that WikiFANE
tags as a person more often than as a place (the ner word lists, built first).
Needs pycountry (ISO 3166 alpha-2 -> alpha-3) at build time only.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry
from rapidfuzz import fuzz

from marsad.actors.translit import romanize
from marsad.text.normalize import normalize_word

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/marsad/data/gazetteer"
EXTRA = ROOT / "src/marsad/data/sources/states_extra.tsv"
MIN_CITY_POP = 100_000
# city names that are common words or clash with actor names: never a place on their own
CITY_STOP = {"صور", "البحر", "آدا", "بيرا", "كان", "الجديدة", "المدينة", "العين", "الحرية", "النصر", "السلام",
             "الوحدة", "الأمل", "المنصورة", "الزعيم", "القدس الشرقية", "فرانسيس",
             # a word with a proclitic ("بوجه": in the face of), a shop, an adverb, "beach", an adjective
             # ("الخوذ البيضاء"; the Libyan city is in sources/places.tsv as "مدينة البيضاء")
             "بوجة", "كارفور", "علانية", "بيتش", "أوتا", "البيضاء", "خفي"}
# the city list's Arabic labels are partly wrong (Wikidata labels of other things: "فيروسات تاجية" for Coro,
# "برلمان المملكة المتحدة" for Westminster, "طيور" for Aves): a name whose romanisation is far from the Latin
# name is kept only when it is one word that WikiFANE mostly tags as a place (حلب/Aleppo, جنيف/Geneva)
MIN_NAME_LIKENESS = 30
NAMES = ROOT / "src/marsad/data/ner/wordlists.tsv"  # built from WikiFANE by build_ner_lexicon.py


def name_shares() -> dict[str, dict[str, float]]:
    """Word -> class -> share, from the WikiFANE word lists."""
    share: dict[str, dict[str, float]] = {}
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            share.setdefault(parts[0], {})[parts[1]] = float(parts[2])
    return share


def person_words(share: dict[str, dict[str, float]]) -> set[str]:
    """One-word names WikiFANE gives a person more often than a place (جورج): not a city on their own."""
    return {w for w, s in share.items() if s.get("PERS", 0) > s.get("LOC", 0)}


def place_words(share: dict[str, dict[str, float]]) -> set[str]:
    """One-word names WikiFANE tags as a place at least half the time."""
    return {w for w, s in share.items() if s.get("LOC", 0) >= 0.5}


def looks_like(name_ar: str, name_en: str, places: set[str]) -> bool:
    """Whether an Arabic city label plausibly names the city (see MIN_NAME_LIKENESS)."""
    if " " not in name_ar.strip() and normalize_word(name_ar) in places:
        return True
    latin = "".join(c for c in name_en.lower() if c.isalpha())
    return fuzz.ratio("".join(c for c in romanize(name_ar).lower() if c.isalpha()), latin) >= MIN_NAME_LIKENESS


def _same_start(city_en: str, name_ar: str, states: list[dict]) -> bool:
    """Whether a city named as a state is that state's city (سنغافورة، تونس، جيبوتي), not another (كندا: Kanata)."""
    return any(name_ar in s["names_ar"].split("|") and city_en[:4].lower() == s["name_en"][:4].lower()
               for s in states)


def tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def ambiguous_words(anercorp: Path) -> set[str]:
    """Tokens that ANERcorp uses mostly as something other than a location."""
    total: dict[str, int] = {}
    loc: dict[str, int] = {}
    for line in anercorp.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        tok, tag = parts
        total[tok] = total.get(tok, 0) + 1
        if tag.endswith("LOC"):
            loc[tok] = loc.get(tok, 0) + 1
    return {t for t, n in total.items() if n >= 3 and loc.get(t, 0) < n / 3}


def inflect(masc: str) -> list[str]:
    """Demonym forms from the masculine singular: قطري -> قطرية، القطري، القطريون، القطريين ..."""
    if " " in masc or not masc.endswith("ي"):
        return [masc, "ال" + masc] if " " not in masc else [masc]
    stem = masc
    forms = [stem, stem + "ة", stem + "ون", stem + "ين"]
    return forms + ["ال" + f for f in forms]


def main(shared: Path) -> None:
    g = shared / "gazetteer"
    cldr = {r["code"]: r for r in tsv(g / "cldr_ar_babel/territories_ar.tsv")}
    umpirsky = {r["id"]: r["value"] for r in csv.DictReader((g / "countries_umpirsky_ar/country.csv").open())}
    demonyms = {r["iso2"]: r["demonym_ar_masc_sg"] for r in tsv(g / "demonyms_ar_3neef/nationalities_ar.tsv")}
    extra = {}
    for line in EXTRA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cols = (line.split("\t") + [""] * 6)[:6]
            extra[cols[0]] = cols
    rows = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso2, iso3 = c.alpha_2, c.alpha_3
        ex = extra.get(iso2, [iso2, "", "", "", "", ""])
        name_ar = (ex[2].split("|")[0] if ex[2] else "") or umpirsky.get(iso2) or cldr.get(iso2, {}).get("name_ar")
        if not name_ar:
            continue
        name_en = ex[1] or getattr(c, "common_name", None) or cldr.get(iso2, {}).get("name_en") or c.name
        names = [name_ar, umpirsky.get(iso2, ""), cldr.get(iso2, {}).get("name_ar", ""), *ex[2].split("|")]
        dem = demonyms.get(iso2, "")
        dem_forms = inflect(dem) if dem and dem != name_ar and dem not in names else []
        dem_forms += [f for f in ex[3].split("|") if f]
        sources = ["CLDR"] + (["3neef"] if dem else []) + (["marsad"] if iso2 in extra else [])
        rows.append({
            "iso3": iso3, "iso2": iso2, "name_en": name_en, "name_ar": name_ar,
            "names_ar": "|".join(dict.fromkeys(n for n in names if n)),
            "demonyms_ar": "|".join(dict.fromkeys(dem_forms)),
            "capital_ar": ex[4], "capital_en": ex[5], "source": "+".join(sources),
        })
    OUT.mkdir(parents=True, exist_ok=True)
    cols = list(rows[0])
    with (OUT / "states.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, cols, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    en2iso3 = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                en2iso3[n] = c.alpha_3
    en2iso3.update({"Turkey": "TUR", "Russia": "RUS", "Syria": "SYR", "Iran": "IRN", "South Korea": "KOR",
                    "North Korea": "PRK", "Vietnam": "VNM", "Bolivia": "BOL", "Venezuela": "VEN",
                    "Tanzania": "TZA", "Taiwan": "TWN", "Palestine": "PSE", "Laos": "LAO", "Moldova": "MDA"})
    places: dict[str, dict] = {}
    shares = name_shares()
    ambiguous = ambiguous_words(shared / "anercorp/train.txt") | person_words(shares)
    state_names = {n for row in rows for n in row["names_ar"].split("|")}  # "كندا" is Canada, not Kanata
    known_places = place_words(shares)
    unlike = 0
    with (g / "cities_ar_worldcities/world-cities.csv").open(encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            name = r["CityNameAr"].removeprefix("ولاية ").removeprefix("محافظة ").strip()
            pop = int(float(r["Population"] or 0))
            iso3 = en2iso3.get(r["CountryNameEn"])
            if not iso3 or pop < MIN_CITY_POP or len(name) < 3 or name in CITY_STOP or name in ambiguous \
                    or r["CityNameEn"] == "Valletta" or (name in state_names and not _same_start(r["CityNameEn"], name,
                                                                                               rows)):
                continue
            if not looks_like(name, r["CityNameEn"], known_places):
                unlike += 1
                continue
            if name not in places or places[name]["population"] < pop:  # the largest city of that name wins
                places[name] = {"name_ar": name, "name_en": r["CityNameEn"], "iso3": iso3, "population": pop}
    for row in rows:  # curated capitals override the noisy city list
        for cap in filter(None, row["capital_ar"].split("|")):
            places[cap] = {"name_ar": cap, "name_en": row["capital_en"], "iso3": row["iso3"],
                           "population": max(places.get(cap, {}).get("population", 0), 1)}
    with (OUT / "places.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["name_ar", "name_en", "iso3", "population"], delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(sorted(places.values(), key=lambda p: -p["population"]))
    print(f"states: {len(rows)}  places: {len(places)} ({len(ambiguous)} ambiguous words, {unlike} unlike labels "
          f"skipped)  -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data")
