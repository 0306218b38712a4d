"""An Arabic phonetic key for names, so spellings of one foreign name meet.

Transliterated names vary by the letter chosen for a sound the Arabic
alphabet lacks or doubles: قالن/كالين (Kalın), غولر/جولر (Güler),
أكار/آكار (Akar), تشاووش/جاويش (Çavuş).  The key keeps one symbol per sound
class and drops long vowels and glottal letters after the first letter.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.normalize import normalize

_CLASS = str.maketrans({
    "ق": "K", "ك": "K", "غ": "K", "ج": "K", "گ": "K", "خ": "X",
    "ت": "T", "ط": "T", "ث": "S", "س": "S", "ص": "S", "ش": "C", "چ": "C",
    "د": "D", "ض": "D", "ذ": "Z", "ز": "Z", "ظ": "Z",
    "ه": "H", "ح": "H", "ة": "H",
    "ب": "B", "پ": "B", "ف": "F", "ڤ": "F", "م": "M", "ن": "N", "ل": "L", "ر": "R",
    "ا": "", "ي": "", "ى": "", "و": "", "ء": "", "ئ": "", "ؤ": "", "ع": "",
})


@lru_cache(maxsize=50_000)
def phonetic_key(name: str) -> str:
    words = []
    for w in normalize(name).split():
        if w.startswith("ال") and len(w) > 4:
            w = w[2:]
        w = w.replace("تش", "چ")  # Turkish ç written تش
        head = w[:1] if w[:1] in "اوي" else ""
        key = head.upper().replace("ا", "A").replace("و", "U").replace("ي", "I") + w.translate(_CLASS)
        out = []
        for ch in key:
            if not out or out[-1] != ch:
                out.append(ch)
        words.append("".join(out))
    return " ".join(words)
