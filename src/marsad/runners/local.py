"""The local runner: this process (one worker) or a pool of forked processes over the cores.

The pipeline's models load once in the parent before the pool forks, so the
workers share them copy-on-write and start at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import partial
from multiprocessing import get_context
from typing import Any

from marsad.runners import Batch, Result, process_batch, warm


class LocalRunner:
    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._pool: Any = None

    def __enter__(self) -> LocalRunner:
        if self.workers > 1:
            warm()  # before the fork: every worker inherits the loaded models
            ctx = get_context("fork" if os.name == "posix" else "spawn")
            self._pool = ctx.Pool(self.workers, initializer=warm)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def map(self, batches: Iterable[Batch], published: str | None = None, signature: bool = True,
            encode: bool = False) -> Iterator[list[Result]]:
        work = partial(process_batch, published=published, signature=signature, encode=encode)
        if self._pool is None:
            yield from map(work, batches)
        else:
            yield from self._pool.imap(work, batches)
