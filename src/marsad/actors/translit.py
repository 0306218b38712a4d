"""A rough Arabic-to-Latin romanisation for names the knowledge base does not have.

Consonants map to common English-news spellings (ش sh, خ kh, ج j, ث th ...),
long vowels to a/i/u (و and ي as consonants at the start of a syllable), the
article to "al-".  It is a fallback: canonical Latin names come from the KB.
"""

from __future__ import annotations

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
        else:
            out.append(_MAP.get(ch, ch))
    s = "".join(out)
    return s[:1].upper() + s[1:]


def romanize(name_ar: str) -> str:
    return " ".join(_word(w) for w in normalize(name_ar).split())
