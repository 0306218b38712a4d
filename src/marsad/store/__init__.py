"""Stores: SQLite (embedded default); PostgreSQL arrives with the scale issue."""

from __future__ import annotations

from marsad.errors import MarsadError
from marsad.store.sqlite import SCHEMA_VERSION, SQLiteStore

__all__ = ["SCHEMA_VERSION", "SQLiteStore", "open_store"]


def open_store(db: str, readonly: bool = False) -> SQLiteStore:
    """Open the store a DB argument names: a SQLite file path (a postgresql:// URL is not yet supported).

    A read-only open of a file made by an older marsad first brings its schema up to date (when the file
    can be written), so reading commands work across upgrades."""
    if "://" in db:
        raise MarsadError("E304", db=db)
    try:
        return SQLiteStore(db, readonly=readonly)
    except MarsadError as exc:
        if not (readonly and exc.code == "E306"):
            raise
    try:
        SQLiteStore(db).close()
    except MarsadError:
        raise MarsadError("E306", db=db, found="an older", expected=SCHEMA_VERSION) from None
    return SQLiteStore(db, readonly=True)
