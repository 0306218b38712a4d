"""Arabic normalisation for matching, with a map back to the original offsets.

``normalize(s)`` folds what does not matter for matching: diacritics and
tatweel (deleted), alef forms (أ إ آ ٱ -> ا), alef maqsura (ى -> ي), ta
marbuta (ة -> ه), Arabic-Indic and Persian digits (-> 0-9), Persian letters
(ک ی -> ك ي), presentation forms (ﻻ -> لا), punctuation variants (، ؛ ؟ ٪
and typographic quotes and dashes) and ASCII case.  Hamza on waw/ya is kept
(ؤ ئ), so no word is turned into another word.

``Normalized`` keeps the original string, the normalised one and the few
breakpoints needed to map any normalised offset back to the original, so a
match found in the normalised view is reported as a span of the stored text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

_DELETE = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, shadda, sukun, maddah/hamza above/below marks
    + ["\u0670", "\u0640"]  # superscript alef, tatweel
    + [chr(c) for c in range(0x06D6, 0x06DD)] + [chr(c) for c in range(0x06DF, 0x06E5)]  # Quranic marks
    + ["\u06E7", "\u06E8"] + [chr(c) for c in range(0x06EA, 0x06EE)]
    + ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u061C", "\uFEFF", "\u00AD"]
    + [chr(c) for c in range(0x202A, 0x202F)] + [chr(c) for c in range(0x2066, 0x206A)]
)

_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ڪ": "ك", "ة": "ه", "ۀ": "ه", "ە": "ه",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‹": '"', "›": '"',
    "–": "-", "—": "-", "−": "-", "‐": "-", "ـ": "",
    "\u00A0": " ", "\u2009": " ", "\u202F": " ", "\u2002": " ", "\u2003": " ",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Persian digits
for _c in range(ord("A"), ord("Z") + 1):
    _MAP[chr(_c)] = chr(_c + 32)


def _presentation_forms() -> dict[str, str]:
    """Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) to base letters, via NFKC."""
    out = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        folded = unicodedata.normalize("NFKC", ch).strip()
        if folded and folded != ch:
            out[ch] = "".join(_MAP.get(c, c) for c in folded if c not in _DELETE)
    return out


_MAP.update(_presentation_forms())
_TABLE = str.maketrans({**_MAP, **{c: None for c in _DELETE}})
# characters whose normalised length is not 1: they need an offset breakpoint
_UNEVEN = "".join(sorted({c for c in _DELETE} | {c for c, v in _MAP.items() if len(v) != 1}))
_UNEVEN_RE = re.compile("[" + re.escape(_UNEVEN) + "]+")
_LETTERS = re.compile(r"[^\W\d_]+")
NONWORD = re.compile(r"[\W_]")  # what is not a letter or a digit (str.isalnum)


def normalize(s: str) -> str:
    """Normalise a string for matching (see module docstring)."""
    return s.translate(_TABLE)


@lru_cache(maxsize=65536)
def normalize_word(s: str) -> str:
    return s.translate(_TABLE)


class Normalized:
    """A normalised view of ``raw`` with a map from its offsets back to ``raw``."""

    __slots__ = ("raw", "norm", "_nstarts", "_rstarts", "_bounded")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.norm = raw.translate(_TABLE)
        nstarts, rstarts = [0], [0]
        if len(self.norm) != len(raw) or _UNEVEN_RE.search(raw):
            npos = 0  # normalised length so far
            rprev = 0
            for m in _UNEVEN_RE.finditer(raw):
                npos += m.start() - rprev  # the even stretch before this run maps 1:1
                for k in range(m.start(), m.end()):
                    rep = raw[k].translate(_TABLE)
                    for j in range(len(rep)):  # every char of an expansion maps to its source char
                        nstarts.append(npos + j)
                        rstarts.append(k)
                    npos += len(rep)
                    nstarts.append(npos)
                    rstarts.append(k + 1)
                rprev = m.end()
        self._nstarts = nstarts
        self._rstarts = rstarts
        self._bounded: str | None = None

    @property
    def bounded(self) -> str:
        """``norm`` with every character that is not a letter or a digit as a space, and one space more:
        the same offsets, where a word's end is always followed by a space."""
        if self._bounded is None:
            self._bounded = NONWORD.sub(" ", self.norm) + " "
        return self._bounded

    def to_raw(self, n: int) -> int:
        """Offset in ``raw`` of the character that produced ``norm[n]`` (``len(raw)`` at the end)."""
        if n >= len(self.norm):
            return len(self.raw)
        if len(self._nstarts) == 1:  # nothing was deleted or expanded: offsets are the same
            return n
        i = bisect_right(self._nstarts, n) - 1
        return self._rstarts[i] + (n - self._nstarts[i])

    def to_raw_sorted(self, offsets: list[int]) -> list[int]:
        """:meth:`to_raw` of many non-decreasing offsets in one walk (tokenising a long article)."""
        if len(self._nstarts) == 1:
            return [min(n, len(self.raw)) if n < len(self.norm) else len(self.raw) for n in offsets]
        nst, rst, last = self._nstarts, self._rstarts, len(self._nstarts) - 1
        out, i, nlen = [], 0, len(self.norm)
        for n in offsets:
            if n >= nlen:
                out.append(len(self.raw))
                continue
            while i < last and nst[i + 1] <= n:
                i += 1
            out.append(rst[i] + (n - nst[i]))
        return out

    def to_norm(self, r: int) -> int:
        """Offset in ``norm`` of raw offset ``r`` (the inverse of :meth:`to_raw`, up to deleted marks)."""
        if r >= len(self.raw):
            return len(self.norm)
        i = bisect_right(self._rstarts, r) - 1
        return min(self._nstarts[i] + (r - self._rstarts[i]), len(self.norm))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to the raw span that normalises to it."""
        return self.to_raw(start), self.to_raw(end)

    def words_before(self, offset: int, n: int = 1, floor: int = 0) -> list[str]:
        """The last ``n`` whole words (letters only) of ``norm[floor:offset]``, fewer where there are fewer."""
        start = offset
        while True:
            start = max(floor, start - 24 * n)
            words = _LETTERS.findall(self.norm, start, offset)
            if words and start > floor and self.norm[start - 1].isalpha() and self.norm[start].isalpha():
                words = words[1:]  # the window began inside a word
            if len(words) >= n or start == floor:
                return words[-n:]
