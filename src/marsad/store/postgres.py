"""The PostgreSQL store (``--db postgresql://…``): the same queries and schema as SQLite, for teams.

The queries are ``base.SQLStore``'s; a thin connection turns their ``?``
parameters into psycopg's.  Differences from SQLite, all here:

- the schema starts at version 5 (the SQLite file's history 1–4 never
  existed here); later versions add a migration to both dialects;
- text keys use the "C" collation, so ids and ISO dates sort byte-wise as in
  SQLite, whatever the cluster's locale;
- full-text search is a ``tsvector`` column (the 'simple' configuration over
  ``index_form`` text, GIN-indexed) instead of FTS5 tables;
- several workers may ingest at once: each batch takes a transaction-level
  advisory lock, so merging (which reads what earlier batches stored) sees
  one writer at a time, as in SQLite; the expensive part, the pipeline,
  runs in the workers beforehand.  Unique keys and ``ON CONFLICT`` keep a
  re-sent article from being stored twice;
- ``executemany`` becomes one multi-row INSERT per 500 rows, and a batch is
  written in libpq's pipeline mode: statements whose answer is not read go
  out without waiting for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from marsad.errors import MarsadError
from marsad.store.base import ARTICLE_COLUMNS, EVENT_COLUMNS, SQLStore

_T = 'TEXT COLLATE "C"'
MIGRATIONS: dict[int, str] = {
    5: f"""
    CREATE TABLE IF NOT EXISTS meta (key {_T} PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        id {_T} PRIMARY KEY, source TEXT NOT NULL, title TEXT, outlet {_T}, url TEXT, published {_T},
        section TEXT, dateline TEXT, language TEXT, text TEXT NOT NULL, raw_text TEXT,
        furniture TEXT NOT NULL DEFAULT '[]', n_events INTEGER NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        duplicate_of {_T}, fts tsvector
    );
    CREATE TABLE article_sources (
        article_id {_T} NOT NULL REFERENCES articles(id), source {_T} NOT NULL,
        PRIMARY KEY (article_id, source)
    );
    CREATE TABLE entities (
        id {_T} PRIMARY KEY, kind TEXT NOT NULL, name {_T}, name_ar {_T}, country {_T}, source TEXT, wikidata TEXT
    );
    CREATE TABLE mentions (
        article_id {_T} NOT NULL REFERENCES articles(id), start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        label {_T} NOT NULL, entity_id {_T} REFERENCES entities(id), text TEXT NOT NULL,
        PRIMARY KEY (article_id, start, "end", label)
    );
    CREATE TABLE events (
        id {_T} PRIMARY KEY, article_id {_T} NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        type {_T} NOT NULL, mode TEXT, cameo TEXT, contexts TEXT NOT NULL DEFAULT '[]', location TEXT,
        date {_T}, date_text TEXT, status TEXT NOT NULL, evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, confidence DOUBLE PRECISION,
        summary_en TEXT, summary_ar TEXT, merged_id {_T}, fts tsvector
    );
    CREATE TABLE event_participants (
        event_id {_T} NOT NULL REFERENCES events(id), role {_T} NOT NULL, position INTEGER NOT NULL,
        entity_id {_T} NOT NULL REFERENCES entities(id), mention TEXT, role_ar TEXT, role_en TEXT,
        PRIMARY KEY (event_id, role, position)
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_type_date ON events(type, date);
    CREATE INDEX participants_entity ON event_participants(entity_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE feeds (
        url {_T} PRIMARY KEY, kind TEXT, title TEXT, etag TEXT, last_modified TEXT,
        last_fetch TEXT, last_success TEXT, last_status TEXT, last_error TEXT, last_error_at TEXT,
        articles INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE urls (
        url {_T} PRIMARY KEY, feed_url {_T}, title TEXT, published TEXT, status {_T} NOT NULL,
        article_id TEXT, reason TEXT, attempts INTEGER NOT NULL DEFAULT 0, first_seen TEXT NOT NULL,
        last_try TEXT, next_try {_T}
    );
    CREATE INDEX urls_feed ON urls(feed_url, status);
    CREATE INDEX urls_due ON urls(status, next_try);
    CREATE TABLE article_minhash (article_id {_T} PRIMARY KEY, sig BYTEA NOT NULL);
    CREATE TABLE article_bands (
        band INTEGER NOT NULL, key BIGINT NOT NULL, article_id {_T} NOT NULL, PRIMARY KEY (band, key, article_id)
    );
    CREATE INDEX events_merged ON events(merged_id);
    CREATE TABLE event_profiles (
        event_id {_T} PRIMARY KEY, article_id {_T} NOT NULL, profile TEXT NOT NULL
    );
    CREATE INDEX event_profiles_article ON event_profiles(article_id);
    CREATE TABLE merge_keys (
        entity_id {_T} NOT NULL, type {_T} NOT NULL, states_only INTEGER NOT NULL, lo INTEGER NOT NULL,
        hi INTEGER NOT NULL, event_id {_T} NOT NULL, PRIMARY KEY (entity_id, type, states_only, lo, event_id)
    );
    CREATE INDEX articles_fts ON articles USING gin (fts);
    CREATE INDEX events_fts ON events USING gin (fts);
    CREATE INDEX events_roots ON events(date DESC NULLS LAST) WHERE id = merged_id;
    CREATE INDEX events_roots_type ON events(type, date DESC NULLS LAST) WHERE id = merged_id;
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX events_date ON events(date);
    """,
    6: """
    ALTER TABLE events ADD COLUMN date_source TEXT;
    """,
}

WRITE_LOCK = 0x6D617273  # the advisory lock a writing batch holds ("mars")


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    """``?`` parameters to psycopg's ``%s`` (a literal % doubled first)."""
    return sql.replace("%", "%%").replace("?", "%s")


@lru_cache(maxsize=64)
def _split_values(sql: str) -> tuple[str, str, str]:
    """An ``INSERT … VALUES (?, …) …`` statement as (head, the row's placeholders, tail)."""
    m = re.search(r"VALUES\s*(\([?,\s]+\))", sql)
    if m is None:
        raise ValueError(f"not an INSERT … VALUES statement: {sql[:60]}")
    return sql[:m.start(1)], m.group(1), sql[m.end(1):]


class _Connection:
    """A psycopg connection with sqlite3's face: ``execute(sql, args)`` returns a cursor; ``executemany``."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, args: Any = ()) -> Any:
        if not args:
            return self.conn.execute(sql)
        return self.conn.execute(_pg_sql(sql), tuple(args))

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        # one multi-row INSERT per chunk: a round trip per chunk instead of per row
        head, values, tail = _split_values(sql)
        for i in range(0, len(rows), 500):
            chunk = rows[i:i + 500]
            self.conn.execute(_pg_sql(head + ", ".join([values] * len(chunk)) + tail),
                              [x for row in chunk for x in row])

    def close(self) -> None:
        self.conn.close()


def _tsquery(match: str) -> str:
    """The FTS5 query of marsad.text.search (``"w1"* "w2"``) as a tsquery (``w1:* & w2``)."""
    terms = []
    for m in re.finditer(r'"([^"]+)"(\*?)', match):
        terms.append(m.group(1).lower() + (":*" if m.group(2) else ""))
    return " & ".join(terms)


class PostgresStore(SQLStore):
    dialect = "postgresql"
    MIGRATIONS = MIGRATIONS
    DESC_LAST = "DESC NULLS LAST"
    LIKE = "ILIKE"

    def __init__(self, url: str, readonly: bool = False) -> None:
        super().__init__(url)
        try:
            import psycopg
        except ImportError:
            raise MarsadError("E307", db=_safe(url)) from None
        self.path = _safe(url)
        try:
            self.db = _Connection(psycopg.connect(url, autocommit=True, connect_timeout=10,
                                                  application_name="marsad"))
        except psycopg.Error as exc:
            raise MarsadError("E301", db=self.path, reason=_first_line(exc)) from None
        try:
            self._migrate(readonly)
            if readonly:
                self.db.execute("SET default_transaction_read_only = on")
            else:
                row = self.db.execute("SELECT reltuples FROM pg_class WHERE relname = 'articles'").fetchone()
                self._analyzed = max(0, int(row[0])) if row else 0
        except psycopg.Error as exc:
            self.db.close()
            raise MarsadError("E301", db=self.path, reason=_first_line(exc)) from None
        except BaseException:
            self.db.close()
            raise

    _analyzed = 0  # articles in the store when its statistics were last gathered
    _since = 0  # articles this connection stored since

    def add_batch(self, records: list[dict[str, Any]]) -> int:
        # pipeline mode: INSERTs go out without waiting for their answers; a read waits (libpq pipelining)
        with self.db.conn.pipeline():
            new = super().add_batch(records)
        self._since += new
        # the write path's queries are index probes, planned from the tables' statistics; a store growing
        # faster than autovacuum analyses it gets stale estimates and sequential scans: refresh them as the
        # store grows by half (a sample of 30k rows a table; amortised, well under 0.1 ms an article)
        if self._since >= max(250, self._analyzed // 2):
            self.db.execute("ANALYZE articles, article_minhash, article_bands, events, event_profiles, merge_keys")
            self._analyzed += self._since
            self._since = 0
        return new

    def _begin(self) -> None:
        self.db.execute("BEGIN")
        self.db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def _tables(self) -> set[str]:
        return {r[0] for r in self.db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}

    def _insert_article(self, row: tuple[Any, ...], title: str, text: str) -> bool:
        cur = self.db.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}, fts) VALUES ({','.join('?' * len(ARTICLE_COLUMNS))},"
            " to_tsvector('simple', ?)) ON CONFLICT DO NOTHING RETURNING 1", (*row, f"{title} {text}"))
        return cur.fetchone() is not None

    def _insert_events(self, rows: list[tuple[Any, ...]], texts: list[str]) -> None:
        if not rows:
            return
        one = f"({','.join('?' * (2 + len(EVENT_COLUMNS)))}, to_tsvector('simple', ?))"
        self.db.execute(f"INSERT INTO events (ordinal, merged_id, {', '.join(EVENT_COLUMNS)}, fts) VALUES "
                        + ", ".join([one] * len(rows)),
                        [x for row, text in zip(rows, texts, strict=True) for x in (*row, text)])

    def _search_ids(self, table: str, match: str, limit: int) -> list[str]:
        q = _tsquery(match)
        if not q:
            return []
        n = self.db.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE fts @@ to_tsquery('simple', ?)"
                            " LIMIT ?) AS m", (q, self.RANK_LIMIT + 1)).fetchone()[0]
        order = "ts_rank(fts, to_tsquery('simple', ?)) DESC, id" if n <= self.RANK_LIMIT else "id DESC"
        args = (q, q, int(limit)) if n <= self.RANK_LIMIT else (q, int(limit))
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM {table} WHERE fts @@ to_tsquery('simple', ?) ORDER BY {order} LIMIT ?", args)]


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
