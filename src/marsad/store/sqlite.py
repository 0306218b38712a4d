"""The embedded SQLite store: one file, WAL mode, one writer transaction per batch.

The queries are ``base.SQLStore``'s; this holds the file's schema history
(MIGRATIONS, from version 1), the connection settings, and full-text search
with FTS5 (contentless tables keyed by the rows' rowid).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.store.base import ARTICLE_COLUMNS, EVENT_COLUMNS, SCHEMA_VERSION, SQLStore, _statements
from marsad.text.search import index_form

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "SQLiteStore", "_statements"]

MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, outlet TEXT, url TEXT, published TEXT,
        section TEXT, dateline TEXT, language TEXT, text TEXT NOT NULL, raw_text TEXT,
        furniture TEXT NOT NULL DEFAULT '[]', n_events INTEGER NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE article_sources (
        article_id TEXT NOT NULL REFERENCES articles(id), source TEXT NOT NULL,
        PRIMARY KEY (article_id, source)
    );
    CREATE TABLE entities (
        id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT, name_ar TEXT, country TEXT
    );
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        label TEXT NOT NULL, entity_id TEXT REFERENCES entities(id), text TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end", label)
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        type TEXT NOT NULL, mode TEXT, cameo TEXT, contexts TEXT NOT NULL DEFAULT '[]', location TEXT,
        date TEXT, date_text TEXT, status TEXT NOT NULL, evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, confidence REAL,
        summary_en TEXT, summary_ar TEXT
    );
    CREATE TABLE event_participants (
        event_id TEXT NOT NULL REFERENCES events(id), role TEXT NOT NULL, position INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id), mention TEXT, role_ar TEXT,
        PRIMARY KEY (event_id, role, position)
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE INDEX participants_entity ON event_participants(entity_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    """,
    2: """
    ALTER TABLE entities ADD COLUMN source TEXT;
    ALTER TABLE entities ADD COLUMN wikidata TEXT;
    ALTER TABLE event_participants ADD COLUMN role_en TEXT;
    """,
    3: """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY, kind TEXT, title TEXT, etag TEXT, last_modified TEXT,
        last_fetch TEXT, last_success TEXT, last_status TEXT, last_error TEXT, last_error_at TEXT,
        articles INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE urls (
        url TEXT PRIMARY KEY, feed_url TEXT, title TEXT, published TEXT, status TEXT NOT NULL,
        article_id TEXT, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0, first_seen TEXT NOT NULL,
        last_try TEXT, next_try TEXT
    );
    CREATE INDEX urls_feed ON urls(feed_url, status);
    CREATE INDEX urls_due ON urls(status, next_try);
    """,
    4: """
    ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
    CREATE TABLE article_minhash (article_id TEXT PRIMARY KEY, sig BLOB NOT NULL);
    CREATE TABLE article_bands (
        band INTEGER NOT NULL, key INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, key, article_id)
    ) WITHOUT ROWID;
    ALTER TABLE events ADD COLUMN merged_id TEXT;
    UPDATE events SET merged_id = id;
    CREATE INDEX events_merged ON events(merged_id);
    CREATE TABLE event_profiles (
        event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, profile TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX event_profiles_article ON event_profiles(article_id);
    CREATE TABLE merge_keys (
        entity_id TEXT NOT NULL, type TEXT NOT NULL, states_only INTEGER NOT NULL, lo INTEGER NOT NULL,
        hi INTEGER NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (entity_id, type, states_only, lo, event_id)
    ) WITHOUT ROWID;
    """,
    5: """
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 2');
    CREATE VIRTUAL TABLE events_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2');
    CREATE INDEX events_roots ON events(date) WHERE id = merged_id;
    CREATE INDEX events_roots_type ON events(type, date) WHERE id = merged_id;
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX events_date ON events(date);
    """,
    6: """
    ALTER TABLE events ADD COLUMN date_source TEXT;
    """,
}


def _backfill_search(db: sqlite3.Connection) -> None:
    """Version 5: index the articles and events already stored."""
    for rowid, title, text in db.execute("SELECT rowid, title, text FROM articles").fetchall():
        db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                   (rowid, index_form(title or ""), index_form(text)))
    for rowid, text in db.execute("SELECT rowid, evidence_text FROM events").fetchall():
        db.execute("INSERT INTO events_fts (rowid, body) VALUES (?, ?)", (rowid, index_form(text)))


MIGRATION_HOOKS = {5: _backfill_search}


class SQLiteStore(SQLStore):
    dialect = "sqlite"
    MIGRATIONS = MIGRATIONS
    MIGRATION_HOOKS = MIGRATION_HOOKS
    NOINDEX = "+"

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        super().__init__(str(path))
        try:
            if readonly:
                self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=10000")
            # index probes (merge keys, MinHash bands) stay in memory as the file grows past SQLite's 2 MB default
            self.db.execute("PRAGMA cache_size=-131072")
            self.db.execute("PRAGMA mmap_size=1073741824")
            self._migrate(readonly)
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise MarsadError("E303", db=self.path) from None
            raise MarsadError("E301", db=self.path, reason=str(exc)) from None

    def _begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def _tables(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    def _insert_article(self, row: tuple[Any, ...], title: str, text: str) -> bool:
        cur = self.db.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES"
                              f" ({','.join('?' * len(ARTICLE_COLUMNS))}) ON CONFLICT DO NOTHING", row)
        if cur.rowcount == 0:
            return False
        self.db.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)", (cur.lastrowid, title, text))
        return True

    def _insert_events(self, rows: list[tuple[Any, ...]], texts: list[str]) -> None:
        for row, text in zip(rows, texts, strict=True):
            cur = self.db.execute(f"INSERT INTO events (ordinal, merged_id, {', '.join(EVENT_COLUMNS)})"
                                  f" VALUES ({','.join('?' * (2 + len(EVENT_COLUMNS)))})", row)
            self.db.execute("INSERT INTO events_fts (rowid, body) VALUES (?, ?)", (cur.lastrowid, text))

    def _search_ids(self, table: str, match: str, limit: int) -> list[str]:
        fts = f"{table}_fts"
        n = self.db.execute(f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ? LIMIT ?)",
                            (match, self.RANK_LIMIT + 1)).fetchone()[0]
        order = "rank" if n <= self.RANK_LIMIT else "rowid DESC"
        rowids = [r[0] for r in self.db.execute(
            f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY {order} LIMIT ?", (match, int(limit)))]
        ids = dict(self.db.execute(f"SELECT rowid, id FROM {table} WHERE rowid IN ({','.join('?' * len(rowids))})",
                                   rowids).fetchall()) if rowids else {}
        return [ids[r] for r in rowids if r in ids]
