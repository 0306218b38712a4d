"""The form of Arabic text that full-text search indexes and queries, so spelling variants meet.

``index_form(text)`` normalises (أ/إ/آ -> ا, ى -> ي, ة -> ه, diacritics and
tatweel gone) and strips leading proclitics (و ف ب ل ك and the article ال /
لل) from each word, so "وتركيا", "لتركيا" and "تركيا" are one term.  The
same function makes the query, so what is stripped is stripped on both sides.
``fts_query(q)`` turns a user's words into an FTS5 query of quoted terms
(AND), with a trailing ``*`` kept as a prefix search; nothing a user types
can be an FTS5 syntax error.
"""

from __future__ import annotations

import re

from marsad.text.normalize import normalize

_WORD = re.compile(r"[^\W_]+\*?")
_PROCLITIC = re.compile(r"^(?:[وف]?(?:[بلك]?ال|لل|[بلك])|[وف])(?=\w{2,})")


def _strip(word: str) -> str:
    return _PROCLITIC.sub("", word, count=1) if not word.isascii() else word


def index_form(text: str) -> str:
    return " ".join(_strip(w) for w in _WORD.findall(normalize(text or "")))


def fts_query(q: str) -> str | None:
    """An FTS5 MATCH expression for the user's query, or None when it has no word."""
    terms = []
    for w in _WORD.findall(normalize(q or "")):
        prefix = w.endswith("*")
        w = _strip(w.rstrip("*"))
        if w:
            terms.append(f'"{w}"' + ("*" if prefix else ""))
    return " ".join(terms) or None
