"""Import UniversalPetrarch's Arabic actor dictionary (MIT) into marsad's knowledge base.

Usage: python scripts/build_kb_up.py [SHARED_DATA_DIR]

Reads universalpetrarch-ar/actor_dict_ar_v4.txt (5,682 entries, CAMEO actor
codes with date ranges) and writes src/marsad/data/kb/up_actors.tsv: one
actor per line with its kind, ISO3 country, CAMEO codes and the Arabic
surface forms to match.  The dictionary is lemmatised ("اتحاد_أفريقي_" for
الاتحاد الأفريقي), so organisation names are re-inflected here: every word
definite, or every word but the first (an idafa: "وزارة الدفاع").  People
are entries of two or more words with dated codes and no institution word;
one-word entries (places, demonyms, bare surnames) are left to the gazetteer
and the curated people file, which always win over this import.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.text.normalize import normalize  # noqa: E402

OUT = ROOT / "src/marsad/data/kb/up_actors.tsv"
STATES = ROOT / "src/marsad/data/gazetteer/states.tsv"
_CODE = re.compile(r"\[([A-Z~]+)(?:\s+(\d{8})-(\d{8}))?\]")
ORG_HEADS = {normalize(w) for w in (
    "حركة", "حزب", "منظمة", "مجلس", "جبهة", "قوة", "قوات", "جيش", "اتحاد", "جامعة", "وزارة", "حكومة", "شركة", "بنك",
    "مصرف", "هيئة", "لجنة", "جماعة", "تنظيم", "كتائب", "كتيبة", "لواء", "مليشيا", "ميليشيا", "شرطة", "محكمة", "وكالة",
    "صندوق", "برلمان", "نظام", "سلطة", "أمين", "وزير", "رئيس", "مؤتمر", "رابطة", "جمعية", "مركز", "معهد",
    "مفوضية", "بعثة", "تحالف", "ائتلاف", "إدارة", "قيادة", "أمن", "حرس", "مخابرات", "استخبارات", "دولة", "مملكة",
    "جمهورية", "إمارة", "منتدى", "صحيفة", "قناة", "مجموعة", "سفارة", "قنصلية", "ولاية", "مدينة", "محافظة", "بلدية",
    "عاصمة", "جنرال", "شيخ", "ملك", "أمير", "رئاسة", "مكتب", "دائرة", "مؤسسة", "اللجنة", "الحكومة")}
ARMED = ("REB", "INS", "SEP", "UAF")
# an organisation's name starts with one of these; titles of people (وزير، سفير ...) are roles, not organisations
INSTITUTIONS = {normalize(w) for w in (
    "حركة", "حزب", "منظمة", "مجلس", "جبهة", "اتحاد", "جامعة", "وزارة", "هيئة", "لجنة", "جماعة", "تنظيم", "كتائب",
    "ائتلاف", "تحالف", "شركة", "بنك", "صندوق", "برلمان", "محكمة", "وكالة", "مفوضية", "بعثة", "جيش", "قوات", "قوة",
    "مصرف", "مؤتمر", "رابطة", "جمعية", "سلطة", "حكومة", "شرطة", "مخابرات", "استخبارات", "حرس", "لواء", "كتيبة")}
TITLES = {normalize(w) for w in (
    "وزير", "رئيس", "سفير", "أمير", "ملك", "شيخ", "جنرال", "أمين", "نائب", "قائد", "زعيم", "مبعوث", "متحدث",
    "الأدميرال", "أدميرال", "مدير", "ناطق", "مسؤول", "مستشار", "عقيد", "لواء", "عميد", "مشير", "فريق", "رائد")}
PREPOSITIONS = {normalize(w) for w in ("لدى", "في", "من", "على", "إلى", "عن", "مع", "ضد", "بين")}


def iso3_codes() -> set[str]:
    lines = STATES.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line}


def entries(path: Path):
    """(name words, [(code, start, end)]) per dictionary entry."""
    name, codes = None, []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw.startswith("\t") or raw.lstrip().startswith("["):
            codes += [(c, s, e) for c, s, e in _CODE.findall(raw)]
            continue
        if name:
            yield name, codes
        head, _, rest = raw.strip().partition("[")
        name = [w for w in head.strip().split("_") if w]
        codes = [(c, s, e) for c, s, e in _CODE.findall("[" + rest)] if rest else []
    if name:
        yield name, codes


def definite(w: str) -> str:
    return w if w.startswith("ال") or w == "ل" else "ال" + w


def forms(words: list[str], person: bool) -> list[str]:
    words = [w for w in words if w != "ل"]
    if person or len(words) == 1:
        return [" ".join(words)]
    if words[0].endswith("ة"):  # adjectives agree with a feminine head: منظمة ... إسلامي -> إسلامية
        words = [words[0], *(w + "ة" if w.endswith("ي") and len(w) > 3 else w for w in words[1:])]
    out = [" ".join(definite(w) for w in words), " ".join([words[0], *(definite(w) for w in words[1:])])]
    return list(dict.fromkeys(out))


def _day(d: str) -> str:
    return "" if not d or d.startswith("1800") else f"{d[:4]}-{d[4:6]}-{d[6:]}"


def given_names() -> set[str]:
    """First words of people's names in WikiFANE (data/ner/wordlists.tsv, built before this script)."""
    path = ROOT / "src/marsad/data/ner/wordlists.tsv"
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line.endswith("\tPERS_FIRST\t" + line.split("\t")[-1]) and not line.startswith("#")}


def main(shared: Path) -> None:
    states = iso3_codes()
    firsts = given_names()
    rows = []
    seen = set()
    for words, codes in entries(shared / "universalpetrarch-ar/actor_dict_ar_v4.txt"):
        if len(words) < 2 or not codes or any(len(w) < 2 or w == "ال" for w in words):
            continue
        dated = any(s for _, s, _ in codes)
        first = normalize(words[0])
        norm_words = {normalize(w) for w in words}
        if norm_words & TITLES or norm_words & PREPOSITIONS:
            continue  # a role description ("وزير الخارجية الكيني"), not an actor's name
        person = (dated or first in firsts) and not norm_words & ORG_HEADS
        if not person and first not in INSTITUTIONS:
            continue
        countries = [c[:3] for c, _, _ in codes if c[:3] in states]
        if not person and not countries and not any(c.startswith(("IGO", "NGO", "IMG")) for c, _, _ in codes):
            continue  # "وزارة الدفاع" with no country: whose ministry is for the article to say
        roles = [c[3:] if c[:3] in states else c for c, _, _ in codes]
        kind = "person" if person else "armed_group" if any(r.startswith(ARMED) for r in roles) else "organization"
        if not person and all(len(c) == 3 and c in states for c, _, _ in codes):
            continue  # a place or a state's name: the gazetteer's job
        surface = forms(words, person)
        key = normalize(surface[0])
        if key in seen:
            continue
        seen.add(key)
        cameo = "|".join(f"{c} {_day(s)}..{_day(e)}".strip() if s else c for c, s, e in codes)
        rows.append((key, kind, countries[0] if countries else "", cameo, "|".join(surface)))
    OUT.write_text("# Imported by scripts/build_kb_up.py from UniversalPetrarch actor_dict_ar_v4.txt (MIT, "
                   "github.com/openeventdata/UniversalPetrarch, branch dev-validate @ f2192ba).\n"
                   "# key\tkind\tcountry\tcameo codes with dates\tArabic forms\n"
                   + "".join("\t".join(r) + "\n" for r in sorted(rows)), encoding="utf-8")
    kinds = {}
    for r in rows:
        kinds[r[1]] = kinds.get(r[1], 0) + 1
    print(f"{len(rows)} actors {kinds} -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared/data")
