"""The one data model every stage reads and extends.

An :class:`Article` carries the cleaned text and, as stages run, its
sentences, tokens, actor mentions and events.  Every span is a pair of
character offsets into ``Article.text``; normalised views exist only for
matching (see :mod:`marsad.text.normalize`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STATUSES = ("occurred", "planned", "proposed", "denied", "reported_claim")
KINDS = ("person", "state", "organization", "armed_group")


@dataclass(slots=True)
class Furniture:
    """A piece of page furniture removed from the raw text (kept for display)."""

    kind: str  # share | related | read_also | comments | comment_form | back_to_top | caption | source_line ...
    text: str
    start: int  # offsets into Article.raw_text
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Entity:
    """A canonical actor: a state, organisation, armed group or person."""

    id: str
    kind: str
    name: str
    name_ar: str
    country: str | None = None
    aliases_ar: tuple[str, ...] = ()
    roles: tuple[dict[str, Any], ...] = ()  # {"role", "role_ar", "org", "start", "end"}
    source: str = ""
    wikidata: str | None = None


@dataclass(slots=True)
class Place:
    name: str
    name_ar: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "name_ar": self.name_ar, "country": self.country,
                "lat": self.lat, "lon": self.lon}


@dataclass(slots=True)
class Mention:
    """A span of text linked to an entity (or a place, with ``place`` set)."""

    start: int
    end: int
    label: str  # PERS | LOC | ORG | GPE
    entity: Entity | None = None
    place: Place | None = None
    role: str | None = None
    role_ar: str | None = None
    score: float = 1.0
    context: tuple[int, int] | None = None  # the whole phrase (title + name) when wider than the name


@dataclass(slots=True)
class Participant:
    entity: Entity
    mention: str
    role: str | None = None
    role_ar: str | None = None

    def to_dict(self) -> dict[str, Any]:
        e = self.entity
        return {"id": e.id, "name": e.name, "name_ar": e.name_ar, "kind": e.kind, "country": e.country,
                "role": self.role, "role_ar": self.role_ar, "mention": self.mention}


@dataclass(slots=True)
class Event:
    type: str
    evidence_start: int
    evidence_end: int
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    cameo: str | None = None
    actors: list[Participant] = field(default_factory=list)
    recipients: list[Participant] = field(default_factory=list)
    location: Place | None = None
    date: str | None = None
    date_text: str | None = None
    # where the date comes from: "text" (an expression of the sentence), "news" (the article's news or the
    # event it was part of), "published" (the news itself, undated: its publication date)
    date_source: str | None = None
    status: str = "occurred"
    confidence: float = 0.5
    trigger: tuple[int, int] | None = None


@dataclass(slots=True)
class Article:
    """An article as it moves through the pipeline."""

    id: str
    source: str
    text: str
    raw_text: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime
    section: str | None = None
    dateline: str | None = None
    language: str = "ar"
    furniture: list[Furniture] = field(default_factory=list)
    # filled by the text layer and later stages
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: Any = None  # marsad.text.tokens.Tokens
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signature: bytes | None = None  # MinHash of the text, for near-duplicate detection in the store

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]
