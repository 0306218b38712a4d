"""Clitic-aware phrase matching over normalised Arabic text (Aho-Corasick).

A :class:`PhraseMatcher` is built once from ``{phrase: value}`` and finds
every phrase in a text, whole-word only, also when the first word carries
proclitics (و ف ب ل ك and their combinations, لل for ال; if asked, the
article ال and the future س) or, if asked, the last word carries a pronoun
suffix (زيارته، لقائه) — never both the article and a suffix, and no suffix
on the phrases in ``bare``, and on the ``verbs`` only object pronouns.  Matches are returned as
raw offsets of the phrase itself, without the proclitic, so evidence and
mentions point at the name ("بأنقرة" -> "أنقرة").  Overlaps are resolved
leftmost-longest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ahocorasick

from marsad.text.normalize import NONWORD, Normalized, normalize
from marsad.text.tokens import ENCLITICS

_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك")
_DEF_PREFIXES = ("لل", "ولل", "فلل")  # ل + ال collapses to لل
_VERB_PREFIXES = ("س", "وس", "فس")
# a verb's object "me" is ني, never ي: "شكري" is a name (or "my thanks"), not "he thanked me"
_OBJECT_SUFFIXES = tuple(s for s in ENCLITICS if s != "ي")
_ARTICLE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")
_MAX_PREFIX = max(len(p) for p in (*_PREFIXES, *_DEF_PREFIXES, *_VERB_PREFIXES, *_ARTICLE_PREFIXES))


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _keyed(form: str) -> str:
    """A key as the automaton stores it: non-word characters as spaces, and a space after its last word, so
    that it only matches where a word ends (see :meth:`Normalized.bounded`)."""
    return NONWORD.sub(" ", form) + " "


@dataclass(slots=True)
class Match:
    start: int  # raw offsets of the phrase (proclitics excluded, suffix included)
    end: int
    value: Any
    prefix: str
    norm: str
    nstart: int  # the same span in the normalised text
    nend: int
    suffix: str = ""  # the pronoun suffix the last word carries ("زيارته": "ه")

    @property
    def wstart(self) -> int:
        """Where the match's first word starts in the normalised text, its proclitic included ("الاتفاقية")."""
        return self.nstart - len(self.prefix)


class PhraseMatcher:
    """Keys are the phrases' forms (with their suffixes); a proclitic before a hit is read back from the text
    and must be one the entry allows, so the automaton holds each form once, not once per proclitic."""

    def __init__(self, phrases: dict[str, Any], suffixes: bool = False, verb_prefixes: bool = False,
                 article: bool = False, bare: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset()
                 ) -> None:
        self._auto = ahocorasick.Automaton()
        plain = frozenset((*_PREFIXES, *(_VERB_PREFIXES if verb_prefixes else ())))
        prefixes = plain | frozenset(_ARTICLE_PREFIXES if article else ())
        definite = frozenset(_DEF_PREFIXES)
        # form -> entries (value, suffix, the proclitics it takes, order of insertion); where two entries give
        # the same text (form and proclitic), the first one inserted wins
        keys: dict[str, list[tuple[Any, str, frozenset[str], int]]] = {}
        order = 0
        for phrase, value in phrases.items():
            base = " ".join(normalize(phrase).split())
            if not base:
                continue
            forms = [(base, "")]
            if suffixes and phrase not in bare:
                stem = base[:-1] + "ت" if base.endswith("ه") else base
                forms += [(stem + s, s) for s in (_OBJECT_SUFFIXES if phrase in verbs else ENCLITICS)]
                if base.endswith("اء"):  # the hamza takes a seat before a suffix: لقاء -> لقائه، لقاؤه
                    forms += [(base[:-1] + seat + s, s) for seat in "ئؤ" for s in ENCLITICS]
            for form, suffix in forms:
                # the article never comes with a pronoun suffix: "الاجتماعي" is "social", not "my meeting"
                keys.setdefault(form, []).append((value, suffix, plain if suffix else prefixes, order))
                order += 1
                if form.startswith("ال") and len(form) > 3:  # ل + ال collapses to لل
                    keys.setdefault(form[2:], []).append((value, suffix, definite, order))
                    order += 1
        for key, entries in keys.items():
            self._auto.add_word(_keyed(key), (len(key), tuple(entries)))
        self.size = len(keys)
        if keys:
            self._auto.make_automaton()

    def find(self, nv: Normalized, start: int = 0, end: int | None = None) -> list[Match]:
        if not self.size:
            return []
        norm = nv.norm
        end = len(norm) if end is None else end
        cands = []
        # keys end with the space that follows a word, so every hit ends where a word does
        for last, (klen, entries) in self._auto.iter(nv.bounded, start, end + 1):
            s = last - klen
            ws = s  # where the hit's word starts: what stands between is its proclitic
            while ws > 0 and s - ws <= _MAX_PREFIX and _is_letter(norm[ws - 1]):
                ws -= 1
            pre = norm[ws:s]
            for value, suffix, allowed, order in entries:
                if pre in allowed:
                    cands.append((ws, last, order, value, pre, suffix))
                    break
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
        out: list[Match] = []
        taken_end = -1
        for ws, e, _order, value, pre, suffix in cands:
            if ws < taken_end:
                continue
            s = ws + len(pre)
            rs, re_ = nv.span(s, e)
            out.append(Match(rs, re_, value, pre, norm[s:e], s, e, suffix))
            taken_end = e
        return out
