"""Clause distances: how many words stand between a trigger and a party.

Arabic puts the subject right after its verb ("التقى الرئيس …") or, as a
topic, right before it ("الولايات المتحدة قد هددت"); a party further away is
usually not the one that acts ("وصل 650 ألف مهاجر إلى إيطاليا": Italy does
not visit).  Times, "قد", relative pronouns and title words do not count as
words between.
"""

from __future__ import annotations

import re

from marsad.actors.persons import title_words
from marsad.text.normalize import Normalized, normalize

_WORD = re.compile(r"[^\W\d_]+")
SKIPPED = frozenset(normalize(w) for w in (
    "اليوم", "أمس", "امس", "يوم", "مساء", "صباح", "فجر", "ظهر", "الليلة", "قد", "أيضا", "كذلك", "الذي", "التي",
    "الذين", "اللذان", "اللتان", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة",
    "الماضي", "الماضية", "الحالي", "الجاري", "أول", "رسميا", "الأسبوع", "الشهر", "الفائت", "المنصرم",
    # honorifics before a name: "استقبل حضرة صاحب السمو الشيخ تميم"، "دولة السيد"، "معالي"
    "حضرة", "صاحب", "السمو", "سمو", "جلالة", "الجلالة", "فخامة", "معالي", "سعادة", "دولة", "سماحة"))
PREPOSITIONS = frozenset(normalize(w) for w in (
    "في", "إلى", "الى", "من", "على", "عن", "حول", "نحو", "ضد", "لدى", "عند", "تجاه", "بين", "منذ", "خلال", "عبر",
    "بواسطة", "قبالة", "داخل", "خارج", "أمام", "وراء", "فوق", "تحت", "برفقة", "بحضور", "لصالح", "مقابل"))


ON = normalize("على")
_COMMA_END = re.compile(r"[،,]\s*$")


def after_comma(nv: Normalized, floor: int, at: int) -> bool:
    """Whether a comma ends the normalised text from ``floor`` to the word at ``at`` ("…، وتوعد"، "…، داعيا")."""
    return bool(_COMMA_END.search(nv.norm, floor, at))


def clause_start(nv: Normalized, floor: int, at: int) -> int:
    """The normalised offset where the clause ending at ``at`` begins: after the last comma from ``floor`` on
    (normalised text writes "،" as ",")."""
    return max(floor, nv.norm.rfind(",", floor, at) + 1)


def after_preposition(nv: Normalized, nstart: int) -> bool:
    """Whether the word before normalised offset ``nstart`` is a preposition: a verb never follows one, so a
    verb's homograph there is a noun ("حكم على طالب لجوء": a seeker, not "he demanded")."""
    prev = nv.words_before(nstart)
    return bool(prev) and prev[0] in PREPOSITIONS


# the most words between a trigger and the party that acts, after it (verb-subject) and before it (subject-verb)
SUBJECT_AFTER = {"verb": 1, "noun": 3}
SUBJECT_BEFORE = {"verb": 1, "noun": 3}


def gap(nv: Normalized, nfrom: int, nto: int) -> int:
    """Words from one normalised offset to another, not counting the words in :data:`SKIPPED` nor title words
    ("بحث رئيس الوزراء وزير الخارجية القطري ...": the minister's title phrase starts at رئيس)."""
    titles = title_words()
    between = _DURING.sub(" ", nv.norm[nfrom:nto])  # "والتقى خلال الزيارة أردوغان": when, not who
    return sum(1 for w in _WORD.findall(between)
               if w not in SKIPPED and w not in titles and w.removeprefix("ال") not in titles)


_DURING = re.compile(r"(?<!\S)(?:خلال|اثناء|علي هامش)\s+(?:ال)?(?:زيار|لقاء|لقائ|اجتماع|مباحثات|محادثات|اتصال|"
                     r"مكالم|قم)[^\s]*")


def phrase_start(m) -> int:
    """Raw start of a mention with its title ("وزير الدفاع التركي خلوصي أكار")."""
    return min(m.start, m.context[0]) if m.context else m.start


def next_after(nv: Normalized, nend: int, m, pos: str) -> bool:
    """Whether mention ``m`` stands right after a trigger ending at normalised offset ``nend``; after a verb, not
    behind a preposition either (a subject never is: "طالب لجوء في بريطانيا")."""
    start = nv.to_norm(phrase_start(m))
    if gap(nv, nend, start) > SUBJECT_AFTER[pos]:
        return False
    last = _WORD.findall(nv.norm[nend:start])[-1:]
    return pos != "verb" or not (last and last[0] in PREPOSITIONS)


def next_before(nv: Normalized, nstart: int, m, pos: str) -> bool:
    """Whether mention ``m`` ends right before a trigger starting at normalised offset ``nstart``; before a verb,
    not as the object of a preposition ("واردات من الصين تصل قيمتها": China is not the subject)."""
    if gap(nv, nv.to_norm(m.end), nstart) > SUBJECT_BEFORE[pos]:
        return False
    return pos != "verb" or not after_preposition(nv, nv.to_norm(phrase_start(m)))


# words that close the phrase a trigger governs: what follows is another clause ("وصل حفتر إلى بنغازي، وذلك بعد
# أسابيع من معركة خاضتها جماعة الإخوان": the Brotherhood is not visited)
BREAKS = frozenset(normalize(w) for w in (
    "بعد", "قبل", "حيث", "فيما", "بينما", "لكن", "لكنه", "لكنها", "إلا", "وذلك", "إذ", "كما", "مشيرا", "مشيرة",
    "مضيفا", "مضيفة", "قائلا", "قائلة", "مؤكدا", "مؤكدة", "معتبرا", "معتبرة", "وسط", "بسبب", "عقب", "إثر", "منذ",
    "عندما", "حين", "بعدما", "وأضاف", "وقال", "وأكد", "وأضافت", "وقالت", "وأكدت", "الذي", "التي", "الذين",
    "داعيا", "داعية", "مطالبا", "مطالبة", "محذرا", "محذرة", "مشددا", "مشددة", "معربا", "معربة", "لافتا", "لافتة",
    "موضحا", "موضحة", "منوها", "منوهة", "متوعدا", "متوعدة", "مهددا", "مهددة"))
# a speaker's own acts after a comma: what he says ends before them ("قال إن ...، داعيا القادة الليبيين")
PARTICIPLES = frozenset(normalize(w) for w in (
    "داعيا", "داعية", "مطالبا", "مطالبة", "محذرا", "محذرة", "متهما", "متهمة", "متوعدا", "متوعدة", "مهددا", "مهددة"))
# "قال المسماري إن تركيا أرسلت": the speaker is no party of what he says; but "نفت تركيا أن تكون أرسلت": the
# nearest party, across the complementiser, is the one that acts
COMPLEMENTISERS = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "لأن"))
CHAIN_GAP = 6  # words at most between a trigger and its party, or between two parties of a list
_HARD_BREAK = re.compile(r"[:;؛\n]|(?<!\S)غير\s+(?:ان|انه|انها)(?!\S)")  # "…، غير أن المتحدث قال": but


def _linked(nv: Normalized, nfrom: int, nto: int, first: bool, verbs: tuple[int, ...] = ()) -> bool:
    if nto < nfrom or _HARD_BREAK.search(nv.norm, nfrom, nto) or any(nfrom <= v < nto for v in verbs):
        return False
    words = _WORD.findall(nv.norm[nfrom:nto])
    if any(w in BREAKS or (not first and w in COMPLEMENTISERS) for w in words):
        return False
    # "القبض على خمسة عناصر من خلية تابعة لتنظيم داعش": a count of a party's men does not part it from its act
    return gap(nv, nfrom, nto) - sum(w in NUMBER_WORDS for w in words) <= CHAIN_GAP


NUMBER_WORDS = frozenset(normalize(w) for w in (
    "اثنان", "اثنين", "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "ست", "سبعة", "سبع", "ثمانية", "ثماني",
    "تسعة", "تسع", "عشرة", "عشر", "عشرات", "عشرين", "عشرون", "مئة", "مائة", "مئات", "ألف", "آلاف", "عدد", "عددا"))


def connected(nv: Normalized, nstart: int, nend: int, parties: list, verbs: tuple[int, ...] = ()) -> list:
    """The parties a trigger (at normalised ``nstart``..``nend``) governs: a chain of them after it, each near
    the one before, and likewise before it; parties of other clauses of the sentence are left out, and so are
    those past another event's verb (at the normalised offsets ``verbs``: "زار أكار طرابلس والتقى السراج")."""
    keep = []
    edge = nend
    for m in (m for m in parties if nv.to_norm(m.start) >= nend):
        start = nv.to_norm(phrase_start(m))
        if not _linked(nv, edge, max(start, edge), not keep, verbs):
            break
        keep.append(m)
        edge = nv.to_norm(m.end)
    edge, first = nstart, True
    for m in reversed([m for m in parties if nv.to_norm(m.end) <= nstart]):
        end = nv.to_norm(m.end)
        if not _linked(nv, min(end, edge), edge, first, verbs):
            break
        keep.append(m)
        edge, first = nv.to_norm(phrase_start(m)), False
    return sorted(keep, key=lambda m: m.start)
