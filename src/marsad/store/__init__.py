"""Stores: SQLite (embedded, the default) and PostgreSQL (``postgresql://`` URLs), one interface."""

from __future__ import annotations

from marsad.errors import MarsadError
from marsad.store.base import SCHEMA_VERSION, SQLStore
from marsad.store.sqlite import SQLiteStore

__all__ = ["SCHEMA_VERSION", "SQLStore", "SQLiteStore", "open_store"]

PG_SCHEMES = ("postgresql://", "postgres://")


def open_store(db: str, readonly: bool = False) -> SQLStore:
    """Open the store a DB argument names: a SQLite file path or a ``postgresql://`` URL.

    A read-only open of a database made by an older marsad first brings its schema up to date (when it
    can be written), so reading commands work across upgrades; an empty PostgreSQL database gets the
    schema the same way (an empty SQLite file is created by writing commands only)."""
    pg = db.startswith(PG_SCHEMES)
    if pg:
        from marsad.store.postgres import PostgresStore, _safe

        def make(ro: bool) -> SQLStore:
            return PostgresStore(db, readonly=ro)
        shown = _safe(db)
    elif "://" in db:
        raise MarsadError("E304", db=db)
    else:
        def make(ro: bool) -> SQLStore:
            return SQLiteStore(db, readonly=ro)
        shown = db
    try:
        return make(readonly)
    except MarsadError as exc:
        if not (readonly and (exc.code == "E306" or (pg and exc.code == "E303"))):
            raise
    try:
        make(False).close()
    except MarsadError as exc:
        if exc.code in ("E301", "E303"):
            raise
        raise MarsadError("E306", db=shown, found="an older", expected=SCHEMA_VERSION) from None
    return make(True)
