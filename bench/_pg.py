"""A PostgreSQL database for a benchmark: $MARSAD_BENCH_PG (a server URL), or a throwaway loopback cluster
started with scripts/pg_throwaway.sh (fsync off, as in the tests) and removed afterwards."""

from __future__ import annotations

import os
import random
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts/pg_throwaway.sh"


@contextmanager
def pg_database() -> Iterator[str]:
    """The URL of a fresh database, dropped afterwards."""
    import psycopg

    server = os.environ.get("MARSAD_BENCH_PG")
    cluster = None
    if not server:
        parent = Path(tempfile.mkdtemp(prefix="marsad-bench-pg-"))
        parent.chmod(0o755)
        cluster = parent / "cluster"
        server = subprocess.run(["bash", str(SCRIPT), "start", str(cluster)], capture_output=True, text=True,
                                check=True).stdout.strip()
    name = f"bench_{random.randrange(1 << 30)}"
    try:
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f"CREATE DATABASE {name}")
        yield server.rsplit("/", 1)[0] + "/" + name
        with psycopg.connect(server, autocommit=True) as con:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    finally:
        if cluster is not None:
            subprocess.run(["bash", str(SCRIPT), "stop", str(cluster)], capture_output=True)
