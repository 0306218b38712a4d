"""Stores: SQLite (embedded default); PostgreSQL arrives with the scale issue."""

from __future__ import annotations

from marsad.errors import MarsadError
from marsad.store.sqlite import SCHEMA_VERSION, SQLiteStore

__all__ = ["SCHEMA_VERSION", "SQLiteStore", "open_store"]


def open_store(db: str, readonly: bool = False) -> SQLiteStore:
    """Open the store a DB argument names: a SQLite file path (a postgresql:// URL is not yet supported)."""
    if "://" in db:
        raise MarsadError("E304", db=db)
    return SQLiteStore(db, readonly=readonly)
