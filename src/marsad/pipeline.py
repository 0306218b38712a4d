"""The pipeline: stages in order over one Article, and the output record.

``Pipeline().run(article)`` runs the text layer, actor mentions and events;
``extract_document`` cleans a read document first; ``to_record`` turns an
article into the record of spec/output.md.  Resources (gazetteer, trigger
lexicon) load once per process; a Pipeline holds no per-article state, so a
runner can fork it or ship it to workers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from marsad.actors import find_mentions, load_gazetteer, load_kb
from marsad.crosssource.dedupe import signature
from marsad.events import extract_events, load_triggers
from marsad.events.lexicon import load_verb_patterns
from marsad.events.summary import summarize
from marsad.ingest import Document, to_article
from marsad.model import Article
from marsad.ner import load_tagger
from marsad.text import Normalized, split_sentences, tokenize


@dataclass(slots=True)
class Context:
    """Per-article working state shared by stages: the normalised view and its sentences."""

    nv: Normalized
    norm_sentences: list[tuple[int, int]]
    signature: bool = True  # a store wants the MinHash signature; a plain extract does not


def text_stage(article: Article, ctx: Context) -> None:
    article.sentences = [ctx.nv.span(s, e) for s, e in ctx.norm_sentences]
    article.tokens = tokenize(article.text, ctx.nv)


def actor_stage(article: Article, ctx: Context) -> None:
    article.mentions = find_mentions(article, ctx.nv, ctx.norm_sentences)


def event_stage(article: Article, ctx: Context) -> None:
    article.events = extract_events(article, ctx.nv, ctx.norm_sentences)


def signature_stage(article: Article, ctx: Context) -> None:
    if ctx.signature:
        article.signature = signature(ctx.nv.norm, normalized=True)


Stage = Callable[[Article, Context], None]
DEFAULT_STAGES: tuple[Stage, ...] = (text_stage, actor_stage, event_stage, signature_stage)


class Pipeline:
    def __init__(self, stages: tuple[Stage, ...] = DEFAULT_STAGES) -> None:
        self.stages = stages
        load_gazetteer()  # load shared resources once, before any fork
        load_kb()
        load_tagger()
        load_triggers()
        load_verb_patterns()
        self._warm_up()

    def _warm_up(self) -> None:
        """Run once over a bundled example: every resource a stage loads lazily (matchers, word lists,
        clusters, lexicons) is then loaded here, before a runner forks its workers, not once per worker
        on its first articles."""
        text = resources.files("marsad").joinpath("data/examples/001_7575cfb3aa66c36a.txt").read_text(
            encoding="utf-8")
        self.run(to_article(Document(source="warm-up", text=text), "2020-08-06"), signature=False)

    def run(self, article: Article, signature: bool = True) -> Article:
        nv = Normalized(article.text)
        ctx = Context(nv, split_sentences(nv.norm), signature)
        for stage in self.stages:
            stage(article, ctx)
        return article

    def extract_document(self, doc: Document, published: str | None = None) -> Article:
        return self.run(to_article(doc, published))


def to_record(article: Article) -> dict[str, Any]:
    """The output record (spec/output.md) of a processed article."""
    entities: dict[str, dict[str, Any]] = {}
    for m in article.mentions:
        if m.entity is not None and m.entity.id not in entities:
            e = m.entity
            span = m.context or (m.start, m.end)
            entities[e.id] = {"id": e.id, "name": e.name, "name_ar": e.name_ar, "kind": e.kind,
                              "country": e.country, "role": m.role if m.label == "PERS" else None,
                              "role_ar": m.role_ar if m.label == "PERS" else None,
                              "mention": article.text[span[0]:span[1]], "source": e.source,
                              "wikidata": e.wikidata}
    events = []
    for i, ev in enumerate(article.events, 1):
        rec = {
            "id": f"{article.id}-{i}",
            "type": ev.type, "mode": ev.mode, "contexts": ev.contexts, "cameo": ev.cameo,
            "actors": [p.to_dict() for p in ev.actors],
            "recipients": [p.to_dict() for p in ev.recipients],
            "location": ev.location.to_dict() if ev.location else None,
            "date": ev.date, "date_text": ev.date_text, "date_source": ev.date_source, "status": ev.status,
            "evidence": {"text": article.text[ev.evidence_start:ev.evidence_end],
                         "start": ev.evidence_start, "end": ev.evidence_end},
            "confidence": ev.confidence,
        }
        rec["summary_en"], rec["summary_ar"] = summarize(ev)
        events.append(rec)
    return {
        "article": {
            "id": article.id, "source": article.source, "text": article.text, "title": article.title,
            "outlet": article.outlet, "url": article.url, "published": article.published,
            "language": article.language, "section": article.section, "dateline": article.dateline,
            "furniture": [f.to_dict() for f in article.furniture],
        },
        "entities": list(entities.values()),
        "mentions": [{"start": m.start, "end": m.end, "label": m.label, "text": article.text[m.start:m.end],
                      "entity_id": m.entity.id if m.entity else None} for m in article.mentions],
        "events": events,
    }
