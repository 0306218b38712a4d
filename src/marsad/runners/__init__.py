"""Runners: where the pipeline runs over batches of documents — this process, a process pool, or Dask.

The work is one pure function, ``process_batch(docs, published, signature)``:
documents in, records (or the error each raised) out, in the same order.
A runner only decides where the batches run; records are the same whatever
the runner (tested).  ``make_runner(engine, workers, scheduler)`` builds one;
each has ``map(batches)`` yielding each batch's results in input order, and
is a context manager that releases its workers.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from marsad.errors import MarsadError
from marsad.ingest import Document

ENGINES = ("local", "dask")
Batch = list[Document]
Result = Any  # a record (dict), an Encoded record, or the MarsadError a document raised


class Runner(Protocol):
    workers: int

    def map(self, batches: Iterable[Batch], published: str | None, signature: bool,
            encode: bool = False) -> Iterator[list[Result]]: ...

    def __enter__(self) -> Runner: ...

    def __exit__(self, *exc: object) -> None: ...


def warm() -> None:
    """Load the pipeline's models in this process (a worker), once."""
    from marsad.jobs import _pipeline

    _pipeline()


@dataclass(slots=True)
class Encoded:
    """A record the worker already wrote as its JSON line (a plain extract): the parent only writes it."""

    line: str
    events: int
    warnings: list[str]


def process_batch(docs: Batch, published: str | None = None, signature: bool = True,
                  encode: bool = False) -> list[Result]:
    """The pipeline over a batch: each document's record (jobs.process) or its error, in order; with
    ``encode``, each record as an Encoded JSON line (the serialising is done where the work is)."""
    from marsad.jobs import process

    out = [process(d, published, signature) for d in docs]
    if encode:
        out = [_encoded(r) if isinstance(r, dict) else r for r in out]
    return out


def _encoded(rec: dict[str, Any]) -> Encoded:
    warnings = rec.pop("warnings", [])
    return Encoded(json.dumps(rec, ensure_ascii=False), len(rec["events"]), warnings)


def make_runner(engine: str = "local", workers: int = 1, scheduler: str | None = None) -> Runner:
    if engine == "dask":
        from marsad.runners.dask import DaskRunner

        return DaskRunner(workers, scheduler)
    if engine != "local":
        raise MarsadError("E502", engine=engine)
    if scheduler:
        raise MarsadError("E503")
    from marsad.runners.local import LocalRunner

    return LocalRunner(workers)
