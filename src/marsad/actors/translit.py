"""A rough Arabic-to-Latin romanisation for names the knowledge base does not have.

A name word the KB's people share ("محمد"، "عبد الله"، "الحداد") is written as the
KB's English names write it (word by word, from names of as many words in both
scripts; the commonest spelling wins).  Other words: consonants map to common
English-news spellings (ش sh, خ kh, ج j, ث th ...), long vowels to a/i/u
(و and ي as consonants at the start of a syllable), a hamza on و after a consonant to u (فؤاد: Fuad), on ي
after ا to e (رائد: Raed), the article to "al-".
"أوغلو" joins the word before it.  It is a fallback: canonical Latin names come from the KB.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from marsad.datafiles import rows
from marsad.text.normalize import normalize

_MAP = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
    "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "", "ئ": "",
    "ؤ": "", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
}


def _word(w: str) -> str:
    if len(w) > 3 and w.startswith("ال"):
        return "al-" + _word(w[2:])
    out = []
    for i, ch in enumerate(w):
        prev_cons = i > 0 and w[i - 1] not in "اويى"
        if ch == "و" and prev_cons and i > 0:
            out.append("u")
        elif ch == "ي" and prev_cons and i > 0:
            out.append("i")
        elif ch == "ه" and i == len(w) - 1 and i > 0:
            out.append("a")  # ta marbuta (normalised to ه) at the end
        elif ch == "ؤ" and prev_cons and w[i + 1:i + 2] != "و":
            out.append("u")  # "فؤاد": Fuad
        elif ch == "ئ" and i > 0 and w[i - 1] == "ا":
            out.append("e")  # "رائد"، "فائز": Raed, Faez
        else:
            out.append(_MAP.get(ch, ch))
    s = "".join(out)
    return s[:1].upper() + s[1:]


@lru_cache(maxsize=1)
def known_words() -> dict[str, str]:
    """Normalised Arabic name word -> its commonest Latin spelling among the KB's people (data/kb/people.tsv)."""
    votes: dict[str, Counter] = {}
    for cols in rows("kb/people.tsv"):
        if len(cols) < 3:
            continue
        latin = cols[1].split()
        for variant in cols[2].split("|"):
            words = _units(normalize(variant))
            if len(words) == len(latin):
                for ar, en in zip(words, latin, strict=True):
                    votes.setdefault(ar, Counter())[en] += 1
    return {ar: c.most_common(1)[0][0] for ar, c in votes.items()}


_ABD = normalize("عبد")
_ORDINALS = {normalize(w): r for w, r in (("الأول", "I"), ("الثاني", "II"), ("الثالث", "III"), ("الرابع", "IV"),
                                           ("الخامس", "V"), ("السادس", "VI"))}
OGLU = normalize("أوغلو")  # the second word of a Turkish surname ("عثمان أوغلو")


def _units(name: str) -> list[str]:
    """The words of a normalised name, "عبد" joined to the word after it ("عبد الله": one word, Abdullah)."""
    out: list[str] = []
    for w in name.split():
        if out and out[-1] == _ABD:
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def romanize(name_ar: str) -> str:
    known = known_words()
    out: list[str] = []
    for w in _units(normalize(name_ar)):
        if w == OGLU and out:
            out[-1] += "oglu"  # "عثمان أوغلو": Osmanoglu, one word in Turkish
        elif w in _ORDINALS and out:
            out.append(_ORDINALS[w])  # "عبد الله الثاني": Abdullah II
        elif w in known:
            out.append(known[w])
        elif w.startswith(_ABD + " "):
            out.append("Abdel" + _word(w[len(_ABD) + 1:]).lower().removeprefix("al-"))
        else:
            out.append(_word(w))
    return " ".join(out)
