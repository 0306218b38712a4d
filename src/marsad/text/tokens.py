"""Tokens as parallel arrays of offsets, and Arabic clitic segmentation candidates.

``tokenize(text)`` returns a :class:`Tokens` holding ``starts``, ``ends``
(offsets into the text) and ``norms`` (the normalised form of each token):
no Python object per token.  ``clitic_candidates(word)`` lists the ways a
normalised word can be split into proclitics (و ف ب ل ك ال لل س), a stem and
an enclitic pronoun, most literal first; matchers try them in order.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache

from marsad.text.normalize import Normalized

# letters (any script), digits and the marks normalisation deletes, so a word stays one token
_TOKEN = re.compile(r"[^\W_]+(?:[\u064B-\u065F\u0670\u0640\u200C\u200D][^\W_]*)*|[^\w\s]", re.UNICODE)

# proclitic sequences in normalised form, longest first (conjunction + preposition + article)
PROCLITICS = tuple(sorted({
    "و", "ف", "ب", "ل", "ك", "س", "ال", "لل",
    "وال", "فال", "بال", "كال", "ولل", "فلل",
    "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس",
    "وبال", "فبال", "وكال", "فكال",
}, key=len, reverse=True))
ENCLITICS = tuple(sorted({
    "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "ي", "نا", "ني",
}, key=len, reverse=True))
MIN_STEM = 2


def with_proclitic(word: str, words, proclitics: str = "وف") -> str | None:
    """The form of ``word`` that ``words`` holds: the word itself, or it less one leading letter of
    ``proclitics`` ("وشهدت" -> "شهدت"); None when it holds neither."""
    if word in words:
        return word
    if word[:1] and word[:1] in proclitics and word[1:] in words:
        return word[1:]
    return None


class Tokens:
    """Tokens of one text: offsets and normalised forms in parallel arrays.

    Built on first use: the pipeline's stages read the normalised text directly, so a run that never
    looks at an article's tokens never pays for them."""

    __slots__ = ("_nv", "_starts", "_ends", "_norms")

    def __init__(self, nv: Normalized) -> None:
        self._nv: Normalized | None = nv
        self._starts = self._ends = array("i")
        self._norms: list[str] = []

    def _built(self) -> Tokens:
        nv = self._nv
        if nv is not None:
            matches = list(_TOKEN.finditer(nv.norm))
            self._starts = array("i", nv.to_raw_sorted([m.start() for m in matches]))
            self._ends = array("i", nv.to_raw_sorted([m.end() for m in matches]))
            self._norms = [m.group() for m in matches]
            self._nv = None
        return self

    @property
    def starts(self) -> array:
        return self._built()._starts

    @property
    def ends(self) -> array:
        return self._built()._ends

    @property
    def norms(self) -> list[str]:
        return self._built()._norms

    def __len__(self) -> int:
        return len(self.norms)

    def index_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset``."""
        return bisect_right(self.ends, offset)

    def clitics(self, i: int) -> tuple[tuple[str, str, str], ...]:
        return clitic_candidates(self.norms[i])


def tokenize(text: str, normalized: Normalized | None = None) -> Tokens:
    """Tokenise ``text``; offsets point into ``text``, norms come from the normalised view."""
    return Tokens(normalized or Normalized(text))


@lru_cache(maxsize=200_000)
def clitic_candidates(word: str) -> tuple[tuple[str, str, str], ...]:
    """(proclitics, stem, enclitic) splits of a normalised word; the unsplit word comes first."""
    out = [("", word, "")]
    suffixes = ("", *(s for s in ENCLITICS if word.endswith(s)))  # tested once, not once per prefix
    for pre in ("", *PROCLITICS):
        if pre and not word.startswith(pre):
            continue
        rest = word[len(pre):]
        for suf in suffixes:
            if suf and (not rest.endswith(suf) or pre.endswith("ال")):
                continue  # the article and a pronoun suffix do not go together
            stem = rest[: len(rest) - len(suf)] if suf else rest
            if len(stem) < MIN_STEM or (not pre and not suf):
                continue
            out.append((pre, stem, suf))
    return tuple(out)
