"""The Dask runner: batches of documents as futures on a dask.distributed cluster.

A LocalCluster of ``workers`` single-threaded processes by default, or an
existing cluster (``scheduler="tcp://host:port"``; $MARSAD_DASK_TIMEOUT, 15s by
default, bounds the wait to connect).  Each worker loads the
models once (``Client.run`` warms every worker before the first batch; the
pipeline is a per-process singleton).  Batches are grouped into tasks of
about TASK_DOCS documents; at most ``2 × workers + 1`` tasks are in flight, so
memory stays bounded on any input size, and results come back in input order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.errors import MarsadError
from marsad.runners import Batch, Result, process_batch, warm

TASK_DOCS = 64


class DaskRunner:
    def __init__(self, workers: int = 1, scheduler: str | None = None) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise MarsadError("E504") from None
        self.workers = workers
        self.scheduler = scheduler
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> DaskRunner:
        import logging

        from distributed import Client, LocalCluster

        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            if self.scheduler:
                self._client = Client(self.scheduler, timeout=os.environ.get("MARSAD_DASK_TIMEOUT", "15s"))
                self.workers = max(1, len(self._client.scheduler_info(n_workers=-1)["workers"]))
            else:
                self._cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                             dashboard_address=None, silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as exc:
            self.__exit__()
            raise MarsadError("E505", scheduler=self.scheduler or "LocalCluster", reason=str(exc)) from None
        self._client.run(warm)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def map(self, batches: Iterable[Batch], published: str | None = None, signature: bool = True,
            encode: bool = False) -> Iterator[list[Result]]:
        # a task carries TASK_DOCS documents: the scheduler's cost per task is paid once per many articles
        pending: deque[tuple[Any, list[int]]] = deque()
        group: list[Batch] = []

        def submit() -> None:
            docs = [d for b in group for d in b]
            future = self._client.submit(process_batch, docs, published, signature, encode, pure=False)
            pending.append((future, [len(b) for b in group]))
            group.clear()

        def collect() -> Iterator[list[Result]]:
            future, sizes = pending.popleft()
            results = future.result()
            at = 0
            for n in sizes:  # hand back the caller's batches as they came
                yield results[at:at + n]
                at += n

        for batch in batches:
            group.append(batch)
            if sum(map(len, group)) >= TASK_DOCS:
                submit()
                if len(pending) > 2 * self.workers:
                    yield from collect()
        if group:
            submit()
        while pending:
            yield from collect()
