"""The library's jobs: extract to JSON Lines, ingest into a store, export.

The CLI and the web API call these.  Bad inputs never stop a job: each is
reported through ``report`` as one line and the job goes on.  A runner
(marsad.runners: this process, a process pool, or Dask) runs the pipeline
over batches of documents; records keep the input order whatever the runner.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from marsad.crosssource.dedupe import load_hasher
from marsad.errors import MarsadError
from marsad.ingest import Document, Problem, document_id, iter_documents, to_article
from marsad.pipeline import Pipeline, to_record
from marsad.runners import Encoded, make_runner
from marsad.store import open_store

Report = Callable[[str], None]
BATCH = 100


@dataclass(slots=True)
class Result:
    articles: int = 0
    errors: int = 0
    events: int = 0
    new_articles: int = 0
    skipped: int = 0  # already stored, not processed again


def _stderr(line: str) -> None:
    print(line, file=sys.stderr)


_PIPELINE: Pipeline | None = None


def _pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE


def process(doc: Document, published: str | None = None, signature: bool = True) -> dict[str, Any] | MarsadError:
    """One document to its record, or the error it raised.  ``signature``: the record is for a store, so it
    also carries ``raw_text`` and the MinHash signature (a worker sends neither back for a plain extract)."""
    try:
        article = _pipeline().run(to_article(doc, published), signature)
    except MarsadError as exc:
        return exc
    rec = to_record(article)
    if signature:
        rec["article"]["raw_text"] = article.raw_text
        rec["signature"] = article.signature  # for near-duplicate detection in the store, not for output
    rec["warnings"] = article.warnings
    return rec


def records(paths: Iterable[str], published: str | None = None, workers: int = 1,
            report: Report | None = None, progress: bool = False, signatures: bool = True,
            engine: str = "local", scheduler: str | None = None,
            known: str | None = None, skipped: list[int] | None = None, encode: bool = False,
            ) -> Iterator[Any]:
    """Records of every good article under ``paths``, in input order; problems go to ``report``.

    The runner (``engine``: local or dask) decides where the pipeline runs.  With ``known`` (a DB), documents
    whose id is already stored there are dropped before any work is done: a resumed ingest goes straight to
    where it stopped; ``skipped[0]`` counts them."""
    report = report or _stderr
    docs: Iterable[Document] = _reported(iter_documents(paths), report)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, unit="article", file=sys.stderr, mininterval=0.5)
    batches = _batches(docs, DOC_BATCH)
    if known is not None:
        batches = _unknown(batches, known, skipped if skipped is not None else [0])
    if signatures:
        load_hasher()  # before the runner forks its workers
    with make_runner(engine, workers, scheduler) as runner:
        for results in runner.map(batches, published, signatures, encode):
            yield from _emit(results, report)


DOC_BATCH = 16  # documents per unit of work sent to a worker


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _unknown(batches: Iterable[list[Document]], db: str, skipped: list[int]) -> Iterator[list[Document]]:
    # its own connection, opened by whichever thread consumes the batches (a process pool's feeder thread)
    with open_store(db, readonly=True) as store:
        for batch in batches:
            for d in batch:
                d.id = document_id(d)  # for a file without ids, a hash of the cleaned text: about 1 ms
            stored = store.known([d.id for d in batch if d.id])
            keep = [d for d in batch if not (d.id and d.id in stored)]
            skipped[0] += len(batch) - len(keep)
            if keep:
                yield keep


def _reported(items: Iterable[Document | Problem], report: Report) -> Iterator[Document]:
    for item in items:
        if isinstance(item, Problem):
            report(item.line())
        else:
            yield item


def _emit(results: Iterable[Any], report: Report) -> Iterator[Any]:
    for res in results:
        if isinstance(res, MarsadError):
            report(res.line())
            continue
        for w in res.warnings if isinstance(res, Encoded) else res.pop("warnings", []):
            report(w)
        yield res


def extract(paths: Iterable[str], out: IO[str], published: str | None = None, workers: int = 1,
            report: Report | None = None, progress: bool = False, engine: str = "local",
            scheduler: str | None = None) -> Result:
    """Write one JSON line per article (spec/output.md) to ``out``."""
    result = Result()
    counter = _Counting(report)
    for rec in records(paths, published, workers, counter, progress, signatures=False, engine=engine,
                       scheduler=scheduler, encode=True):
        out.write(rec.line + "\n")
        result.articles += 1
        result.events += rec.events
    result.errors = counter.errors
    return result


PART_ROWS = 1000  # articles per Parquet part file


ARTICLE_PARQUET_COLUMNS = ("id", "source", "title", "outlet", "url", "published", "language", "section", "dateline",
                           "text", "n_events", "entities")


def extract_parquet(paths: Iterable[str], out_dir: str, published: str | None = None, workers: int = 1,
                    report: Report | None = None, progress: bool = False, engine: str = "local",
                    scheduler: str | None = None) -> Result:
    """Write records as a partitioned Parquet dataset: ``out_dir/articles/part-NNNNN.parquet`` (one row an
    article, entities as JSON) and ``out_dir/events/part-NNNNN.parquet`` (one row an event, the columns of
    the CSV export), a part per PART_ROWS articles, so memory stays bounded on any input."""
    from pathlib import Path

    result = Result()
    counter = _Counting(report)
    root = Path(out_dir)
    try:
        for sub in ("articles", "events"):
            (root / sub).mkdir(parents=True, exist_ok=True)
            for old in (root / sub).glob("part-*.parquet"):
                old.unlink()
    except OSError as exc:
        raise MarsadError("E402", path=out_dir, reason=exc.strerror or str(exc)) from None
    arts: list[dict[str, Any]] = []
    evs: list[dict[str, Any]] = []
    part = 0

    def flush() -> None:
        nonlocal part, arts, evs
        _write_parquet(arts, ARTICLE_PARQUET_COLUMNS, str(root / "articles" / f"part-{part:05d}.parquet"))
        _write_parquet(evs, CSV_COLUMNS, str(root / "events" / f"part-{part:05d}.parquet"))
        part, arts, evs = part + 1, [], []

    for rec in records(paths, published, workers, counter, progress, signatures=False, engine=engine,
                       scheduler=scheduler):
        a = rec["article"]
        arts.append({**{c: a.get(c) for c in ARTICLE_PARQUET_COLUMNS}, "n_events": len(rec["events"]),
                     "entities": json.dumps(rec["entities"], ensure_ascii=False)})
        evs.extend(csv_row({**ev, "article_id": a["id"]}) for ev in rec["events"])
        result.articles += 1
        result.events += len(rec["events"])
        if len(arts) >= PART_ROWS:
            flush()
    if arts or not part:
        flush()
    result.errors = counter.errors
    return result


def ingest(paths: Iterable[str], db: str, published: str | None = None, workers: int = 1,
           report: Report | None = None, progress: bool = False, batch: int = BATCH, engine: str = "local",
           scheduler: str | None = None) -> Result:
    """Extract and store; each batch of ``batch`` articles is one transaction.

    Articles whose id is already stored are skipped before the pipeline runs, so an interrupted ingest
    run again resumes after its last committed batch (``Result.skipped``)."""
    result = Result()
    counter = _Counting(report)
    skipped = [0]
    with open_store(db) as store:
        pending: list[dict[str, Any]] = []
        for rec in records(paths, published, workers, counter, progress, engine=engine, scheduler=scheduler,
                           known=db, skipped=skipped):
            pending.append(rec)
            result.articles += 1
            result.events += len(rec["events"])
            if len(pending) >= batch:
                result.new_articles += store.add_batch(pending)
                pending = []
        if pending:
            result.new_articles += store.add_batch(pending)
    result.errors = counter.errors
    result.skipped = skipped[0]
    return result


def ingest_records(items: list[dict[str, Any]], db: str, report: Report | None = None) -> Result:
    """Extract and store articles given as objects (the JSON Lines input fields), e.g. from the HTTP API."""
    from pathlib import Path

    from marsad.ingest import record_document

    result = Result()
    counter = _Counting(report)
    recs = []
    for no, item in enumerate(items, 1):
        try:
            doc = record_document(item, Path("request"), no, f"request:{no}")
        except MarsadError as exc:
            counter(exc.line())
            continue
        for rec in _emit([process(doc)], counter):
            recs.append(rec)
            result.articles += 1
            result.events += len(rec["events"])
    if recs:
        with open_store(db) as store:
            result.new_articles = store.add_batch(recs)
    result.errors = counter.errors
    return result


class _Counting:
    def __init__(self, report: Report | None) -> None:
        self.report = report or _stderr
        self.errors = 0

    def __call__(self, line: str) -> None:
        if ": error[" in line:
            self.errors += 1
        self.report(line)


CSV_COLUMNS = ("id", "article_id", "type", "mode", "cameo", "status", "date", "date_text", "date_source", "actors",
               "actor_ids", "recipients", "recipient_ids", "location", "location_country", "contexts",
               "confidence", "evidence_start", "evidence_end", "evidence", "summary_en")


def csv_row(ev: dict[str, Any]) -> dict[str, Any]:
    loc = ev.get("location") or {}
    return {
        "id": ev["id"], "article_id": ev["article_id"], "type": ev["type"], "mode": ev["mode"],
        "cameo": ev["cameo"], "status": ev["status"], "date": ev["date"], "date_text": ev["date_text"],
        "date_source": ev.get("date_source"),
        "actors": "; ".join(p["name"] for p in ev["actors"]),
        "actor_ids": "; ".join(p["id"] for p in ev["actors"]),
        "recipients": "; ".join(p["name"] for p in ev["recipients"]),
        "recipient_ids": "; ".join(p["id"] for p in ev["recipients"]),
        "location": loc.get("name"), "location_country": loc.get("country"),
        "contexts": "; ".join(ev["contexts"]), "confidence": ev["confidence"],
        "evidence_start": ev["evidence"]["start"], "evidence_end": ev["evidence"]["end"],
        "evidence": ev["evidence"]["text"], "summary_en": ev["summary_en"],
    }


MERGED_COLUMNS = ("id", "type", "mode", "cameo", "status", "date", "actors", "actor_ids", "recipients",
                  "recipient_ids", "location", "location_country", "contexts", "corroboration", "sources", "outlets",
                  "earliest_report", "earliest_published", "conflicts", "events", "summary_en")


def merged_row(ev: dict[str, Any]) -> dict[str, Any]:
    loc = ev.get("location") or {}
    return {
        "id": ev["id"], "type": ev["type"], "mode": ev["mode"], "cameo": ev["cameo"], "status": ev["status"],
        "date": ev["date"], "actors": "; ".join(p["name"] for p in ev["actors"]),
        "actor_ids": "; ".join(p["id"] for p in ev["actors"]),
        "recipients": "; ".join(p["name"] for p in ev["recipients"]),
        "recipient_ids": "; ".join(p["id"] for p in ev["recipients"]),
        "location": loc.get("name"), "location_country": loc.get("country"), "contexts": "; ".join(ev["contexts"]),
        "corroboration": ev["corroboration"], "sources": "; ".join(ev["sources"]), "outlets": "; ".join(ev["outlets"]),
        "earliest_report": ev["earliest_report"]["article_id"],
        "earliest_published": ev["earliest_report"]["published"],
        "conflicts": json.dumps(ev["conflicts"], ensure_ascii=False) if ev["conflicts"] else None,
        "events": "; ".join(ev["events"]), "summary_en": ev["summary_en"],
    }


EXPORT_FORMATS = ("csv", "jsonl", "parquet", "graphml")


def export(db: str, fmt: str, path: str, merged: bool = False) -> int:
    """Export stored events (or merged events) to ``path``; returns the number written.

    graphml always exports the actor network: actors as nodes, relations (merged events between two
    actors) as edges with counts per type and first and last dates; the count returned is of edges.
    """
    if fmt not in EXPORT_FORMATS:
        raise MarsadError("E401", fmt=fmt)
    with open_store(db, readonly=True) as store:
        events = store.merged_events() if merged or fmt == "graphml" else store.events()
        entities = store.entities() if fmt == "graphml" else []
    try:
        if fmt == "graphml":
            return _write_graphml(events, entities, path)
        rows = [merged_row(ev) for ev in events] if merged else [csv_row(ev) for ev in events]
        if fmt == "parquet":
            _write_parquet(rows, MERGED_COLUMNS if merged else CSV_COLUMNS, path)
            return len(rows)
        with open(path, "w", encoding="utf-8", newline="") as fh:
            if fmt == "jsonl":
                for ev in events:
                    fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
            else:
                w = csv.DictWriter(fh, MERGED_COLUMNS if merged else CSV_COLUMNS)
                w.writeheader()
                w.writerows(rows)
    except OSError as exc:
        raise MarsadError("E402", path=path, reason=exc.strerror or str(exc)) from None
    return len(events)


_INT_COLUMNS = {"evidence_start", "evidence_end", "corroboration", "n_events"}
_FLOAT_COLUMNS = {"confidence"}


def _write_parquet(rows: list[dict[str, Any]], columns: tuple[str, ...], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def kind(c: str) -> pa.DataType:
        return pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS else pa.string()

    schema = pa.schema([(c, kind(c)) for c in columns])
    table = pa.Table.from_pylist(rows, schema=schema)
    try:
        pq.write_table(table, path, compression="zstd")
    except pa.ArrowException as exc:
        raise MarsadError("E402", path=path, reason=str(exc)) from None


def _write_graphml(merged: list[dict[str, Any]], entities: list[dict[str, Any]], path: str) -> int:
    import networkx as nx

    from marsad.crosssource.views import participants, relations

    graph = nx.Graph(name="marsad actor network")
    known = {e["id"]: e for e in entities}
    for ev in merged:
        for p in participants(ev):
            e = known.get(p["id"], p)
            graph.add_node(p["id"], label=e.get("name") or p["id"], name_ar=e.get("name_ar") or "",
                           kind=e.get("kind") or "", country=e.get("country") or "")
    for r in relations(merged):
        a, b = r["source"], r["target"]
        if not graph.has_edge(a, b):
            graph.add_edge(a, b, weight=0, sources=0, types="", first="", last="")
        d = graph.edges[a, b]
        d["weight"] += r["count"]
        d["sources"] += r["sources"]
        d[f"n_{r['type']}"] = r["count"]
        d["types"] = ";".join(sorted(filter(None, d["types"].split(";") + [r["type"]])))
        d["first"] = min(filter(None, (d["first"], r["first"] or "")), default="")
        d["last"] = max(filter(None, (d["last"], r["last"] or "")), default="")
    for _, _, d in graph.edges(data=True):  # GraphML wants every declared key on every edge, typed alike
        for t in {k for _, _, dd in graph.edges(data=True) for k in dd if k.startswith("n_")}:
            d.setdefault(t, 0)
    nx.write_graphml(graph, path, encoding="utf-8")
    return graph.number_of_edges()
