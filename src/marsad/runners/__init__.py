"""Runners: where the pipeline runs over batches of documents — this process, a process pool, or Dask.

The work is one pure function, ``process_batch(docs, published, signature)``:
documents in, records (or the error each raised) out, in the same order.
A runner only decides where the batches run; records are the same whatever
the runner (tested).  ``make_runner(engine, workers, scheduler)`` builds one;
each has ``map(batches)`` yielding each batch's results in input order, and
is a context manager that releases its workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from marsad.errors import MarsadError
from marsad.ingest import Document

ENGINES = ("local", "dask")
Batch = list[Document]
Result = dict[str, Any] | MarsadError


class Runner(Protocol):
    workers: int

    def map(self, batches: Iterable[Batch], published: str | None, signature: bool) -> Iterator[list[Result]]: ...

    def __enter__(self) -> Runner: ...

    def __exit__(self, *exc: object) -> None: ...


def warm() -> None:
    """Load the pipeline's models in this process (a worker), once."""
    from marsad.jobs import _pipeline

    _pipeline()


def process_batch(docs: Batch, published: str | None = None, signature: bool = True) -> list[Result]:
    """The pipeline over a batch: each document's record (jobs.process) or its error, in order."""
    from marsad.jobs import process

    return [process(d, published, signature) for d in docs]


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
