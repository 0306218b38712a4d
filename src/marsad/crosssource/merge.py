"""When two reports tell the same event: a pairwise score you can read, and the keys that find candidates.

Each stored event gets a :class:`Profile`: its type, the day interval its
date allows (a day, or a whole month), its place, its participants' ids, the
same ids *expanded* with each person's or organisation's state (a minister
and his country count as related), and the content words of its evidence.

``score(a, b, duplicate)`` returns a :class:`Score` with its parts:

- **type**: the same PLOVER type 1.0; a compatible one (AGREE/COOPERATE,
  COOPERATE/AID, ASSAULT/COERCE, ACCUSE/REJECT) 0.5; otherwise no merge.
- **actors**: Jaccard similarity of the participants' ids, or 0.7 × that of
  the expanded ids when higher (a lone "Libya" is weak evidence of being
  the same event as a meeting of five Libyan and Turkish officials).
- **date**: the same day 1.0, one day apart 0.6, a day inside the other's
  month 0.5; intervals further apart: no merge (unless the articles are
  near-duplicates, when an undated event may merge too).
- **place**: the same 1.0, one unknown 0.5, different 0.0 (kept and shown as
  a conflict, not a veto).
- **text**: Jaccard similarity of the evidence sentences' content words.
- **duplicate**: 1.0 when the two articles are near-duplicates.

value = 0.30 actors + 0.15 type + 0.20 date + 0.10 place + 0.15 text + 0.30 duplicate,
and two events merge when it reaches ``THRESHOLD``, their actors part is at
least ``MIN_ACTORS`` (the same day and type do not make "Trump met Tamim" and
"Trump and Kim talked" one event) and they share an expanded participant.
An event that names only states ("Libya and Turkey agreed …") is a weak
identity: it is the same as another event only if their
articles are near-duplicates, or they give the same day and either the same
place or sentences sharing at least ``STATES_ONLY_TEXT`` of their words (else
one "the United States" would join every American event of the day, and a
day's slack would chain a week of "Libya and Turkey met" into one event).  The weights and threshold were chosen on the
multi-source sets in tests/data/multisource (see bench/merge_threshold.py,
which prints precision and recall of the pair decisions at each threshold).

Decisions depend on the two events only, never on what was merged before, so
the merged events are the connected components of the pair graph: the same
whatever the ingest order.  ``keys(profile)`` gives the (entity, first day,
last day) rows a store indexes on (entity, type, first day), so candidates
are read from a window of days around the event, for its type and the
compatible ones: the cost per event depends on how much news a day holds,
not on the size of the archive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.text.normalize import normalize

THRESHOLD = 0.55
TOLERANCE = 1  # days between two day-precise dates that may still be one event
STATES_ONLY_TEXT = 0.3
MIN_ACTORS = 0.3  # below this the participants disagree too much, whatever else matches
MAX_SPAN = 31  # the longest interval indexed (a month); year-only dates are not merged on date
WEIGHTS = {"actors": 0.30, "type": 0.15, "date": 0.20, "place": 0.10, "text": 0.15, "duplicate": 0.30}
COMPATIBLE = {frozenset(p) for p in (("AGREE", "COOPERATE"), ("COOPERATE", "AID"), ("ASSAULT", "COERCE"),
                                     ("ACCUSE", "REJECT"))}
_WORD = re.compile(r"[^\W\d_]{3,}")
_EPOCH = date(1970, 1, 1)


@dataclass(slots=True)
class Profile:
    event_id: str
    article_id: str
    type: str
    lo: int | None  # first day (days since 1970-01-01) the date allows; None: undated or year-only
    hi: int | None
    place: str | None
    ids: list[str]
    expanded: list[str]
    words: list[str] = field(default_factory=list)
    # the same as sets, built once: a profile is scored against many candidates
    id_set: frozenset[str] = field(init=False, repr=False)
    expanded_set: frozenset[str] = field(init=False, repr=False)
    word_set: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.id_set, self.expanded_set, self.word_set = frozenset(self.ids), frozenset(self.expanded), frozenset(
            self.words)

    def to_json(self) -> str:
        return json.dumps([self.type, self.lo, self.hi, self.place, self.ids, self.expanded, self.words],
                          ensure_ascii=False)

    @classmethod
    def from_json(cls, event_id: str, article_id: str, data: str) -> Profile:
        t, lo, hi, place, ids, expanded, words = json.loads(data)
        return cls(event_id, article_id, t, lo, hi, place, ids, expanded, words)


@dataclass(slots=True)
class Score:
    value: float
    parts: dict[str, float]

    def explain(self) -> str:
        return " + ".join(f"{WEIGHTS[k]:.2f}×{k} {v:.2f}" for k, v in self.parts.items()) + f" = {self.value:.2f}"


def day_interval(value: str | None) -> tuple[int, int] | tuple[None, None]:
    """The days a date allows: YYYY-MM-DD one day, YYYY-MM its month; year-only or none: (None, None)."""
    if not value:
        return None, None
    try:
        if len(value) >= 10:
            d = date.fromisoformat(value[:10])
            return (d - _EPOCH).days, (d - _EPOCH).days
        if len(value) == 7:
            first = date.fromisoformat(value + "-01")
            nxt = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
            return (first - _EPOCH).days, (nxt - _EPOCH).days - 1
    except ValueError:
        pass
    return None, None


def _related(p: dict[str, Any]) -> list[str]:
    out = [p["id"]]
    country = p.get("country")
    if country and p.get("kind") != "state":
        out.append(f"state:{country}")
    return out


def profile(event: dict[str, Any], article_id: str) -> Profile:
    """The merge profile of one event of the output record."""
    parts = event.get("actors", []) + event.get("recipients", [])
    ids = sorted({p["id"] for p in parts})
    expanded = sorted({k for p in parts for k in _related(p)})
    lo, hi = day_interval(event.get("date"))
    loc = event.get("location") or {}
    place = loc.get("id") or loc.get("name") or loc.get("name_ar")
    words = sorted(set(_WORD.findall(normalize(event.get("evidence", {}).get("text", "")))))
    return Profile(event["id"], article_id, event["type"], lo, hi, place, ids, expanded, words)


def keys(p: Profile) -> list[tuple[str, int, int, int]]:
    """Index rows (entity, states_only, first day, last day) under which the event is found; none if undated.

    ``states_only`` is 1 on the rows of an event that names only states.  See :func:`probes`.
    """
    if p.lo is None or p.hi is None or p.hi - p.lo > MAX_SPAN:
        return []
    weak = int(_states_only(p))
    return [(k, weak, p.lo, p.hi) for k in p.expanded]


def probes(p: Profile) -> list[tuple[str, tuple[int, ...]]]:
    """(entity, states_only values) to look up for candidates of ``p``.

    An event naming people or organisations meets other such events through a shared one of them, and
    states-only events through their states; a states-only event meets every event of its states.  Both
    sides of a pair find each other or neither does (the order of ingest cannot matter), and the hub states
    of a corpus (every Libyan official expands to Libya) never pull in every event of the day.
    """
    if _states_only(p):
        return [(k, (0, 1)) for k in p.expanded]
    return [(k, (1,) if k.startswith("state:") else (0, 1)) for k in p.expanded]


def compatible_types(t: str) -> list[str]:
    """``t`` and the types an event of type ``t`` may merge with."""
    return sorted({t} | {x for pair in COMPATIBLE if t in pair for x in pair})


def window(p: Profile) -> tuple[int, int] | None:
    """The range of first days a candidate's key may have: it must overlap [lo - TOLERANCE, hi + TOLERANCE]."""
    if p.lo is None or p.hi is None:
        return None
    return p.lo - MAX_SPAN - TOLERANCE, p.hi + TOLERANCE


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    both = len(a & b)
    return both / (len(a) + len(b) - both)


def _date_part(a: Profile, b: Profile) -> float | None:
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return None
    gap = max(a.lo, b.lo) - min(a.hi, b.hi)
    if gap > TOLERANCE:
        return 0.0 if gap > 0 else None
    if a.lo == a.hi and b.lo == b.hi:
        return 1.0 if gap <= 0 else 0.6
    return 0.5


def score(a: Profile, b: Profile, duplicate: bool = False) -> Score | None:
    """The pair's score, or None when something rules the merge out (type, dates far apart, no shared actor)."""
    if a.type == b.type:
        t = 1.0
    elif frozenset((a.type, b.type)) in COMPATIBLE:
        t = 0.5
    else:
        return None
    if a.expanded_set.isdisjoint(b.expanded_set):
        return None
    d = _date_part(a, b)
    if d == 0.0 or (d is None and not duplicate):
        return None
    actors = max(_jaccard(a.id_set, b.id_set), 0.7 * _jaccard(a.expanded_set, b.expanded_set))
    if actors < MIN_ACTORS and not duplicate:
        return None
    place = 0.5 if not a.place or not b.place else (1.0 if a.place == b.place else 0.0)
    text = _jaccard(a.word_set, b.word_set)
    if not duplicate and (_states_only(a) or _states_only(b)) and (
            d != 1.0 or (text < STATES_ONLY_TEXT and (not a.place or a.place != b.place))):
        return None  # weak identities: no day's slack, or a week of "Libya and Turkey met" becomes one chain
    parts = {"actors": actors, "type": t, "date": d or 0.0, "place": place, "text": text,
             "duplicate": 1.0 if duplicate else 0.0}
    value = sum(WEIGHTS[k] * v for k, v in parts.items())
    return Score(round(value, 4), parts)


def _states_only(p: Profile) -> bool:
    return all(i.startswith("state:") for i in p.ids)


def same_event(a: Profile, b: Profile, duplicate: bool = False) -> bool:
    s = score(a, b, duplicate)
    return s is not None and s.value >= THRESHOLD
