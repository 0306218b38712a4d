"""The store, whatever the database: the SQL that SQLite and PostgreSQL share.

Articles (cleaned text, raw text, removed furniture), the sources each was
read from, entities, mentions, events and event participants; for
``marsad watch``, the feeds polled (conditional-GET validators, last success
and error) and every article URL seen, with its outcome.  Writing a
batch is all-or-nothing, so an interrupted ingest leaves whole articles or
none; an article already stored (same id) only gains a source row, so
re-ingesting changes no count.  The schema carries a version; each dialect's
migrations bring an older database up to date.

``SQLStore`` holds every query; a dialect (``sqlite.SQLiteStore``,
``postgres.PostgresStore``) gives the connection, the migrations, the
transaction start, full-text indexing and search.  Queries are written with
``?`` parameters and the SQL both databases speak (``ON CONFLICT``,
``VALUES`` lists, no ``INSERT OR``); the PostgreSQL connection translates
the parameter style.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import Any

from marsad.crosssource import dedupe, merge, views
from marsad.errors import MarsadError
from marsad.text.search import fts_query, index_form

ARTICLE_COLUMNS = ("id", "source", "title", "outlet", "url", "published", "section", "dateline", "language", "text",
                   "raw_text", "furniture", "n_events")
EVENT_COLUMNS = ("id", "article_id", "type", "mode", "cameo", "contexts", "location", "date", "date_text", "status",
                 "evidence_text", "evidence_start", "evidence_end", "confidence", "summary_en", "summary_ar",
                 "date_source")


SCHEMA_VERSION = 6

Migration = Callable[[Any], None]


class SQLStore:
    """The store's queries over a DB-API connection ``self.db`` (``?`` parameters, autocommit)."""

    dialect = "sql"
    MIGRATIONS: dict[int, str] = {}
    MIGRATION_HOOKS: dict[int, Migration] = {}  # Python steps run after a version's SQL, in its transaction
    NOINDEX = ""  # a prefix that keeps a column out of index choice (SQLite's unary +); see _merged_ids
    DESC_LAST = "DESC"  # descending order with NULLs last
    LIKE = "LIKE"  # case-insensitive pattern match

    def __init__(self, where: str) -> None:
        self.path = where
        self._profile_cache: dict[str, merge.Profile] = {}

    # --- the dialect's part ---------------------------------------------------------------------
    def _begin(self) -> None:
        """Start a write transaction (the one writer at a time)."""
        raise NotImplementedError

    def _tables(self) -> set[str]:
        """The names of the tables in the database."""
        raise NotImplementedError

    def _insert_article(self, row: tuple[Any, ...], title: str, text: str) -> bool:
        """Insert an article row (ARTICLE_COLUMNS) unless its id is stored, and index it; True if new."""
        raise NotImplementedError

    def _insert_events(self, rows: list[tuple[Any, ...]], texts: list[str]) -> None:
        """Insert event rows (ordinal, merged_id, EVENT_COLUMNS) and index their evidence ``texts``."""
        raise NotImplementedError

    def _search_ids(self, table: str, match: str, limit: int) -> list[str]:
        """Ids of ``articles`` or ``events`` matching ``match`` (marsad.text.search.fts_query), best first."""
        raise NotImplementedError

    def _many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            self.db.executemany(sql, rows)

    # --- schema -------------------------------------------------------------------------------
    def schema_version(self, tables: Iterable[str] | None = None) -> int:
        if "meta" not in (self._tables() if tables is None else tables):
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self, readonly: bool) -> None:
        tables = set(self._tables())  # one look: another process creating the schema meanwhile is seen whole
        found = self.schema_version(tables)
        if found > SCHEMA_VERSION:
            raise MarsadError("E302", db=self.path, found=found, expected=SCHEMA_VERSION)
        if found == SCHEMA_VERSION:
            return
        if found == 0 and tables:
            raise MarsadError("E303", db=self.path)
        if readonly:  # an older marsad's database (or an empty one): open_store upgrades it first
            raise MarsadError("E306" if found else "E303", db=self.path, found=found, expected=SCHEMA_VERSION)
        # a dialect's history may start later than version 1 (PostgreSQL's starts at 5)
        for version in range(max(found + 1, min(self.MIGRATIONS)), SCHEMA_VERSION + 1):
            self._begin()
            try:
                if self.schema_version() >= version:  # another process upgraded it meanwhile
                    self.db.execute("COMMIT")
                    continue
                for stmt in _statements(self.MIGRATIONS.get(version, "")):
                    self.db.execute(stmt)
                if version in self.MIGRATION_HOOKS:
                    self.MIGRATION_HOOKS[version](self.db)
                self.db.execute("INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE"
                                " SET value = excluded.value", (str(version),))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    # --- writing ------------------------------------------------------------------------------
    def known(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT id FROM articles WHERE id IN ({','.join('?' * len(chunk))})"
            out.update(r[0] for r in self.db.execute(q, chunk))
        return out

    def add_batch(self, records: list[dict[str, Any]]) -> int:
        """Store records (spec/output.md, plus raw_text/mentions); all or nothing. Returns new articles."""
        new = 0
        self._begin()
        try:
            for rec in records:
                new += self._add(rec)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return new

    def _add(self, rec: dict[str, Any]) -> int:
        a = rec["article"]
        row = (a["id"], a["source"], a.get("title"), a.get("outlet"), a.get("url"), a.get("published"),
               a.get("section"), a.get("dateline"), a.get("language"), a["text"], a.get("raw_text"),
               json.dumps(a.get("furniture", []), ensure_ascii=False), len(rec["events"]))
        is_new = self._insert_article(row, index_form(a.get("title") or ""), index_form(a["text"]))
        self.db.execute("INSERT INTO article_sources VALUES (?, ?) ON CONFLICT DO NOTHING", (a["id"], a["source"]))
        if not is_new:
            return 0  # already stored: its events and mentions are too
        ents = {e["id"]: e for e in rec.get("entities", [])}
        for ev in rec["events"]:
            for p in ev["actors"] + ev["recipients"]:
                ents.setdefault(p["id"], p)
        self._many("INSERT INTO entities (id, kind, name, name_ar, country, source, wikidata)"
                   " VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                   [(e["id"], e["kind"], e.get("name"), e.get("name_ar"), e.get("country"),
                     e.get("source"), e.get("wikidata")) for e in sorted(ents.values(), key=lambda e: e["id"])])
        self._many('INSERT INTO mentions VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING',
                   [(a["id"], m["start"], m["end"], m["label"], m.get("entity_id"), m["text"])
                    for m in rec.get("mentions", [])])
        events = rec["events"]
        self._insert_events(
            [(i, ev["id"], ev["id"], a["id"], ev["type"], ev.get("mode"), ev.get("cameo"),
              json.dumps(ev.get("contexts") or [], ensure_ascii=False),
              json.dumps(ev["location"], ensure_ascii=False) if ev.get("location") else None,
              ev.get("date"), ev.get("date_text"), ev["status"], ev["evidence"]["text"],
              ev["evidence"]["start"], ev["evidence"]["end"], ev.get("confidence"),
              ev.get("summary_en"), ev.get("summary_ar"), ev.get("date_source")) for i, ev in enumerate(events, 1)],
            [index_form(ev["evidence"]["text"]) for ev in events])
        self._many("INSERT INTO event_participants (event_id, role, position, entity_id, mention, role_ar, role_en)"
                   " VALUES (?,?,?,?,?,?,?)",
                   [(ev["id"], role, k, p["id"], p.get("mention"), p.get("role_ar"), p.get("role"))
                    for ev in events for role in ("actor", "recipient") for k, p in enumerate(ev[role + "s"])])
        duplicates = self._dedupe(a["id"], rec.get("signature"))
        self._merge(a["id"], rec["events"], duplicates)
        return 1

    # --- across sources: near-duplicate articles, merged events ------------------------------------
    def _dedupe(self, article_id: str, sig: bytes | None) -> set[str]:
        """Store the article's MinHash; link it to its original; return every stored near-duplicate."""
        if not sig:
            return set()
        bands = dedupe.band_keys(sig)
        found = [r for r in self.db.execute(
            "SELECT m.article_id, m.sig FROM article_minhash m WHERE m.article_id IN (SELECT b.article_id FROM"
            f" (VALUES {','.join(['(?, ?)'] * len(bands))}) v JOIN article_bands b"
            " ON b.band = v.column1 AND b.key = v.column2)",
            [x for bk in bands for x in bk])]
        dups = {other: sim for other, other_sig in found
                if (sim := dedupe.similarity(sig, other_sig)) >= dedupe.DUPLICATE_JACCARD}
        self.db.execute("INSERT INTO article_minhash VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE"
                        " SET sig = excluded.sig", (article_id, sig))
        self._many("INSERT INTO article_bands VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   [(b, k, article_id) for b, k in bands])
        if dups:
            best = max(dups, key=lambda k: (dups[k], k))
            root = self.db.execute("SELECT coalesce(duplicate_of, id) FROM articles WHERE id = ?", (best,)).fetchone()
            self.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (root[0], article_id))
        return set(dups)

    def _merge(self, article_id: str, events: list[dict[str, Any]], duplicates: set[str]) -> None:
        """Profile each new event, find the stored events it may be, and join their merged events."""
        profs = [merge.profile(ev, article_id) for ev in events]
        self._many("INSERT INTO event_profiles VALUES (?, ?, ?)",
                   [(p.event_id, article_id, p.to_json()) for p in profs])
        self._many("INSERT INTO merge_keys VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                   [(k, p.type, int(w), lo, hi, p.event_id) for p in profs for k, w, lo, hi in merge.keys(p)])
        for prof in profs:  # the article's own events are never candidates, so all can be stored first
            for other in self._candidates(prof, duplicates):
                if merge.same_event(prof, other, duplicate=other.article_id in duplicates):
                    self._union(prof.event_id, other.event_id)

    def _candidates(self, prof: merge.Profile, duplicates: set[str]) -> list[merge.Profile]:
        # a UNION of index probes (an OR of IN-subqueries would scan event_profiles in PostgreSQL)
        parts, args = [], []
        win = merge.window(prof)
        if win is not None and prof.expanded:
            # one range probe of the (entity_id, type, states_only, lo) primary key per combination: a window of
            # days, whatever the store's size
            combos = [(k, t, w) for k, ws in merge.probes(prof) for t in merge.compatible_types(prof.type) for w in ws]
            parts.append(f"SELECT DISTINCT k.event_id FROM (VALUES {','.join(['(?, ?, ?)'] * len(combos))}) v"
                         " JOIN merge_keys k ON k.entity_id = v.column1 AND k.type = v.column2"
                         " AND k.states_only = v.column3 AND k.lo BETWEEN ? AND ? AND k.hi >= ?")
            args += [x for c in combos for x in c] + [win[0], win[1], prof.lo - merge.TOLERANCE]
        if duplicates:
            parts.append(f"SELECT event_id FROM event_profiles WHERE article_id IN ({','.join('?' * len(duplicates))})")
            args += sorted(duplicates)
        if not parts:
            return []
        ids = sorted({r[0] for r in self.db.execute(" UNION ".join(parts), args)})
        return [p for p in self._profiles(ids) if p.article_id != prof.article_id]

    def _profiles(self, ids: list[str]) -> list[merge.Profile]:
        """Profiles of these events, parsed once per connection (they never change)."""
        missing = [eid for eid in ids if eid not in self._profile_cache]
        if len(self._profile_cache) + len(missing) > 20_000:  # a few days of news; bounded memory
            self._profile_cache.clear()
            missing = list(ids)
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for eid, art, data in self.db.execute("SELECT event_id, article_id, profile FROM event_profiles WHERE "
                                                  f"event_id IN ({','.join('?' * len(chunk))})", chunk):
                self._profile_cache[eid] = merge.Profile.from_json(eid, art, data)
        return [self._profile_cache[eid] for eid in ids if eid in self._profile_cache]

    def _union(self, a: str, b: str) -> None:
        ma, mb = (self.db.execute("SELECT merged_id FROM events WHERE id = ?", (x,)).fetchone()[0] for x in (a, b))
        if ma != mb:
            keep, drop = sorted((ma, mb))  # the smallest event id names the merged event: order does not matter
            self.db.execute("UPDATE events SET merged_id = ? WHERE merged_id = ?", (keep, drop))

    # --- reading ------------------------------------------------------------------------------
    def stats(self, detail: bool = False) -> dict[str, int]:
        """The counts of cli.md's ``stats``; with ``detail``, also duplicates, feeds and URLs."""
        q = self.db.execute
        out = {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "merged_events": q("SELECT count(DISTINCT merged_id) FROM events").fetchone()[0],
        }
        if detail:
            out["duplicate_articles"] = q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
            out["corroborated_events"] = q("SELECT count(*) FROM (SELECT merged_id FROM events GROUP BY merged_id"
                                           " HAVING count(DISTINCT article_id) > 1) AS c").fetchone()[0]
            out["feeds"] = q("SELECT count(*) FROM feeds").fetchone()[0]
            out["urls"] = q("SELECT count(*) FROM urls").fetchone()[0]
        return out

    def events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
               until: str | None = None, limit: int | None = None,
               merged_ids: list[str] | None = None, offset: int = 0) -> list[dict[str, Any]]:
        where, args = _event_filter(actor, type, since, until, self.LIKE)
        if merged_ids is not None:
            if not merged_ids:
                return []
            where.append(f"e.merged_id IN ({','.join('?' * len(merged_ids))})")
            args += merged_ids
        sql = (f"SELECT e.merged_id, {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY e.date IS NULL, e.date, e.article_id, e.ordinal"
               + (f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""))
        rows = [dict(zip(("merged_id", *EVENT_COLUMNS), r, strict=True)) for r in self.db.execute(sql, args)]
        return [self._event_record(r) for r in rows]

    def merged_events(self, actor: str | None = None, type: str | None = None, since: str | None = None,
                      until: str | None = None) -> list[dict[str, Any]]:
        """Cross-source merged events that have a member matching the filters, each with all its sources."""
        where, args = _event_filter(actor, type, since, until, self.LIKE)
        ids = [r[0] for r in self.db.execute(
            "SELECT DISTINCT e.merged_id FROM events e" + (" WHERE " + " AND ".join(where) if where else ""), args)]
        groups: dict[str, list[dict[str, Any]]] = {}
        for i in range(0, len(ids), 500):
            for ev in self.events(merged_ids=ids[i:i + 500]):
                groups.setdefault(ev["merged_id"], []).append(ev)
        meta = self.article_meta({ev["article_id"] for evs in groups.values() for ev in evs})
        out = [views.merged_record(mid, evs, meta) for mid, evs in groups.items()]
        return sorted(out, key=lambda m: (m["date"] is None, m["date"] or "", m["id"]))

    def article_meta(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = sorted(ids)
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            for r in self.db.execute("SELECT id, source, title, outlet, url, published, duplicate_of FROM articles"
                                     f" WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[r[0]] = dict(zip(("id", "source", "title", "outlet", "url", "published", "duplicate_of"), r,
                                     strict=True))
        return out

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        cur = self.db.execute("SELECT id, kind, name, name_ar, country, source, wikidata FROM entities WHERE id = ?",
                              (entity_id,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def entities(self) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT id, kind, name, name_ar, country, source, wikidata FROM entities ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def entity_roles(self, entity_id: str, limit: int | None = None) -> list[dict[str, Any]]:
        """The roles an entity is reported in, with each event's date (or its article's publication date)."""
        return [{"role": r[0], "role_ar": r[1], "date": r[2]} for r in self.db.execute(
            "SELECT p.role_en, p.role_ar, coalesce(e.date, a.published) FROM event_participants p"
            " JOIN events e ON e.id = p.event_id JOIN articles a ON a.id = e.article_id"
            " WHERE p.entity_id = ? AND p.role_en IS NOT NULL" + (f" LIMIT {int(limit)}" if limit else ""),
            (entity_id,))]

    def _event_record(self, r: dict[str, Any]) -> dict[str, Any]:
        parts = self.db.execute(
            "SELECT p.role, p.mention, p.role_ar, p.role_en, n.id, n.name, n.name_ar, n.kind, n.country"
            " FROM event_participants p JOIN entities n ON n.id = p.entity_id WHERE p.event_id = ?"
            " ORDER BY p.role, p.position", (r["id"],)).fetchall()
        rec = {
            "id": r["id"], "article_id": r["article_id"], "type": r["type"], "mode": r["mode"],
            "contexts": json.loads(r["contexts"]), "cameo": r["cameo"], "actors": [], "recipients": [],
            "location": json.loads(r["location"]) if r["location"] else None, "date": r["date"],
            "date_text": r["date_text"], "date_source": r["date_source"], "status": r["status"],
            "evidence": {"text": r["evidence_text"], "start": r["evidence_start"], "end": r["evidence_end"]},
            "confidence": r["confidence"], "summary_en": r["summary_en"], "summary_ar": r["summary_ar"],
            "merged_id": r["merged_id"],
        }
        for role, mention, role_ar, role_en, eid, name, name_ar, kind, country in parts:
            rec[role + "s"].append({"id": eid, "name": name, "name_ar": name_ar, "kind": kind, "country": country,
                                    "role": role_en, "role_ar": role_ar, "mention": mention})
        return rec

    # --- pages: bounded reads for the web page and the API --------------------------------------------
    def _merged_from_ids(self, ids: list[str]) -> list[dict[str, Any]]:
        groups: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
        for ev in self.events(merged_ids=ids):
            groups[ev["merged_id"]].append(ev)
        meta = self.article_meta({ev["article_id"] for evs in groups.values() for ev in evs})
        return [views.merged_record(mid, evs, meta) for mid, evs in groups.items() if evs]

    def entity_ids(self, actor: str) -> list[str]:
        """Entities an actor filter names: an id, an ISO3 country (its state and its people), or a name part."""
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM entities WHERE id = ? OR country = ? OR name {self.LIKE} ? OR name_ar {self.LIKE} ?"
            " LIMIT 5000",
            (actor, actor.upper(), f"%{actor}%", f"%{actor}%"))]

    def timeline(self, actor: str | None = None, type: str | None = None, since: str | None = None,
                 until: str | None = None, limit: int = 50, offset: int = 0,
                 country: str | None = None) -> list[dict[str, Any]]:
        """A page of merged events, newest first, filtered; read through indexes, whatever the store's size.

        ``country`` (ISO3) keeps merged events with a participant of that country (its state, its people and
        bodies); with ``actor`` too, both must take part."""
        ids = self._merged_ids(actor or (country.upper() if country else None), type, since, until,
                               limit if not (actor and country) else max(limit * 20, 1000), offset if not
                               (actor and country) else 0)
        if actor and country:
            marks = ",".join("?" * len(ids))
            keep = {r[0] for r in self.db.execute(
                f"SELECT DISTINCT e.merged_id FROM events e JOIN event_participants p ON p.event_id = e.id"
                f" JOIN entities n ON n.id = p.entity_id WHERE e.merged_id IN ({marks}) AND n.country = ?",
                [*ids, country.upper()])} if ids else set()
            ids = [i for i in ids if i in keep][offset:offset + limit]
        return self._merged_from_ids(ids)

    HUB = 2000  # an actor in more events than this is paged from the newest merged events down, not grouped

    def _merged_ids(self, actor: str | None, type: str | None, since: str | None, until: str | None,
                    limit: int, offset: int) -> list[str]:
        where, args = _event_filter(None, type, since, until, self.LIKE)
        if actor:
            ents = self.entity_ids(actor)
            if not ents:
                return []
            marks = ",".join("?" * len(ents))
            n = self.db.execute(f"SELECT count(*) FROM event_participants WHERE entity_id IN ({marks})",
                                ents).fetchone()[0]
            if n <= self.HUB:  # few events: group them
                sql = (f"SELECT e.merged_id, max(e.date) AS d FROM event_participants p JOIN events e"
                       f" ON e.id = p.event_id WHERE p.entity_id IN ({marks})" + "".join(" AND " + w for w in where)
                       + f" GROUP BY e.merged_id ORDER BY d {self.DESC_LAST}, e.merged_id LIMIT ? OFFSET ?")
                return [r[0] for r in self.db.execute(sql, [*ents, *args, int(limit), int(offset)])]
            # a hub (a state in most events): walk the merged events newest first, keep those it is in
            # SQLite's "+p.entity_id": read the few members of each merged event, not every event of the hub
            where.append(f"EXISTS (SELECT 1 FROM events m JOIN event_participants p ON p.event_id = m.id"
                         f" WHERE m.merged_id = e.merged_id AND {self.NOINDEX}p.entity_id IN ({marks}))")
            args += ents
        sql = ("SELECT e.merged_id FROM events e WHERE e.id = e.merged_id" + "".join(" AND " + w for w in where)
               + f" ORDER BY e.date {self.DESC_LAST} LIMIT ? OFFSET ?")
        return [r[0] for r in self.db.execute(sql, [*args, int(limit), int(offset)])]

    def merged_event(self, merged_id: str) -> dict[str, Any] | None:
        out = self._merged_from_ids([merged_id])
        return out[0] if out else None

    def search(self, q: str, limit: int = 20) -> dict[str, Any]:
        """Articles and events whose normalised text has every word of ``q`` (see marsad.text.search).

        ``match`` is the FTS5 form of the query; each dialect reads its own search from it."""
        match = fts_query(q)
        if match is None:
            return {"query": q, "articles": [], "events": []}
        ids = self._search_ids("articles", match, limit)
        found = {r[0]: r for r in self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.published, a.text FROM articles a"
            f" WHERE a.id IN ({','.join('?' * len(ids))})", ids)} if ids else {}
        arts = [dict(zip(("id", "title", "outlet", "published", "text"), found[i], strict=True))
                for i in ids if i in found]
        words = [w.strip('"*') for w in match.split()]
        for a in arts:
            a["snippet"] = _snippet(a.pop("text"), words)
        ids = self._search_ids("events", match, limit)
        evs = []
        if ids:
            cols = ", ".join("e." + c for c in EVENT_COLUMNS)
            rows = {r[1]: r for r in self.db.execute(f"SELECT e.merged_id, {cols} FROM events e WHERE e.id IN "
                                                     f"({','.join('?' * len(ids))})", ids)}
            evs = [self._event_record(dict(zip(("merged_id", *EVENT_COLUMNS), rows[i], strict=True)))
                   for i in ids if i in rows]
        return {"query": q, "articles": arts, "events": evs}

    RANK_LIMIT = 20_000  # more matches than this: newest first instead of ranking them all (bounded time)

    def article(self, article_id: str) -> dict[str, Any] | None:
        cur = self.db.execute("SELECT id, source, title, outlet, url, published, section, dateline, text, furniture,"
                              " duplicate_of FROM articles WHERE id = ?", (article_id,))
        row = cur.fetchone()
        if row is None:
            return None
        art = dict(zip([d[0] for d in cur.description], row, strict=True))
        art["furniture"] = json.loads(art["furniture"])
        cols = ", ".join("e." + c for c in EVENT_COLUMNS)
        rows = self.db.execute(f"SELECT e.merged_id, {cols} FROM events e WHERE e.article_id = ? ORDER BY e.ordinal",
                               (article_id,))
        art["events"] = [self._event_record(dict(zip(("merged_id", *EVENT_COLUMNS), r, strict=True))) for r in rows]
        art["sources"] = [r[0] for r in self.db.execute("SELECT source FROM article_sources WHERE article_id = ?",
                                                         (article_id,))]
        return art

    def actors(self, limit: int = 200, offset: int = 0) -> list[dict[str, Any]]:
        """Actors by the number of events they take part in."""
        cur = self.db.execute(
            "SELECT n.id, n.kind, n.name, n.name_ar, n.country, c.n AS events FROM (SELECT entity_id, count(*) AS n"
            " FROM event_participants GROUP BY entity_id ORDER BY n DESC LIMIT ? OFFSET ?) c"
            " JOIN entities n ON n.id = c.entity_id ORDER BY c.n DESC, n.id", (int(limit), int(offset)))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    RECENT = 500  # merged events an actor's relations are drawn from (the newest)
    LATEST = 2000  # with no filter, relations are drawn from the newest merged events, about this many

    def relation_rows(self, actor: str | None = None, since: str | None = None, until: str | None = None,
                      type: str | None = None, limit: int = 300) -> list[dict[str, Any]]:
        """Actor pairs that share merged events: count, first and last date, by type; the strongest first.

        Bounded work on any store: an actor's relations come from its RECENT newest merged events; with no
        filter at all, from the days that hold the newest LATEST merged events (all of a small store)."""
        if not (actor or since or until):
            row = self.db.execute("SELECT date FROM events WHERE id = merged_id AND date IS NOT NULL"
                                  f" ORDER BY date {self.DESC_LAST} LIMIT 1 OFFSET ?", (self.LATEST,)).fetchone()
            since = row[0] if row else None
        where, args = _event_filter(None, type, since, until, self.LIKE)
        if actor:
            ids = self._merged_ids(actor, type, since, until, self.RECENT, 0)
            if not ids:
                return []
            where.append(f"e.merged_id IN ({','.join('?' * len(ids))})")
            args += ids
        # rows first (through the date and merged-id indexes), pairs in Python: SQLite's plan for the
        # self-join scans every participant of the store
        members: dict[tuple[str, str], tuple[set[str], list[str]]] = {}
        for m, t, d, ent in self.db.execute(
                "SELECT e.merged_id, e.type, e.date, ep.entity_id FROM events e JOIN event_participants ep"
                " ON ep.event_id = e.id" + (" WHERE " + " AND ".join(where) if where else ""), args):
            ents, dates = members.setdefault((m, t), (set(), []))
            ents.add(ent)
            if d:
                dates.append(d)
        pairs: dict[tuple[str, str, str], list[Any]] = {}
        for (_, t), (ents, dates) in members.items():
            for a, b in combinations(sorted(ents), 2):
                agg = pairs.setdefault((a, b, t), [0, None, None])
                agg[0] += 1
                if dates:
                    agg[1] = min(filter(None, (agg[1], min(dates))))
                    agg[2] = max(filter(None, (agg[2], max(dates))))
        top = sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0]))[:int(limit)]
        rows = [(a, b, t, n, first, last) for (a, b, t), (n, first, last) in top]
        names = {r[0]: (r[1], r[2], r[3], r[4]) for r in self.db.execute(
            f"SELECT id, name, name_ar, kind, country FROM entities WHERE id IN "
            f"({','.join('?' * len({x for r in rows for x in r[:2]}))})", sorted({x for r in rows for x in r[:2]}))} \
            if rows else {}
        out = []
        for a, b, t, n, first, last in rows:
            na, nb = names.get(a, (a, None, None, None)), names.get(b, (b, None, None, None))
            out.append({"source": a, "source_name": na[0], "source_name_ar": na[1], "source_kind": na[2],
                        "source_country": na[3], "target": b, "target_name": nb[0], "target_name_ar": nb[1],
                        "target_kind": nb[2], "target_country": nb[3], "type": t, "count": n, "first": first,
                        "last": last})
        return out

    # --- watch state: feeds and article URLs ----------------------------------------------------
    def feed(self, url: str) -> dict[str, Any] | None:
        cur = self.db.execute("SELECT * FROM feeds WHERE url = ?", (url,))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None

    def update_feed(self, url: str, values: dict[str, Any], add_articles: int = 0, add_errors: int = 0) -> None:
        """Insert or update a feed's row with ``values`` (columns of ``feeds``) and bump its counters."""
        cols = list(values)
        sets = "".join(f", {c} = excluded.{c}" for c in cols)
        self.db.execute(
            f"INSERT INTO feeds (url, articles, errors{''.join(', ' + c for c in cols)})"
            f" VALUES (?, ?, ?{', ?' * len(cols)})"
            f" ON CONFLICT(url) DO UPDATE SET articles = feeds.articles + excluded.articles,"
            f" errors = feeds.errors + excluded.errors{sets}",
            (url, add_articles, add_errors, *values.values()))

    def feeds(self) -> list[dict[str, Any]]:
        """Every feed with its state and the number of its URLs that failed or were skipped."""
        cur = self.db.execute(
            "SELECT f.*, (SELECT count(*) FROM urls u WHERE u.feed_url = f.url AND u.status != 'ingested')"
            " AS failed_urls FROM feeds f ORDER BY f.url")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def url_states(self, urls: Iterable[str]) -> dict[str, dict[str, Any]]:
        ids = list(urls)
        out: dict[str, dict[str, Any]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            cur = self.db.execute(f"SELECT * FROM urls WHERE url IN ({','.join('?' * len(chunk))})", chunk)
            names = [d[0] for d in cur.description]
            for r in cur:
                out[r[0]] = dict(zip(names, r, strict=True))
        return out

    def mark_url(self, url: str, feed_url: str, status: str, now: str, *, title: str | None = None,
                 published: str | None = None, article_id: str | None = None, reason: str | None = None,
                 next_try: str | None = None) -> None:
        """Record one attempt at an article URL (with its feed entry's title and date) and its outcome."""
        self.db.execute(
            "INSERT INTO urls (url, feed_url, title, published, status, article_id, reason, attempts, first_seen,"
            " last_try, next_try) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
            " status = excluded.status, article_id = excluded.article_id, reason = excluded.reason,"
            " attempts = urls.attempts + 1, last_try = excluded.last_try, next_try = excluded.next_try",
            (url, feed_url, title, published, status, article_id, reason, now, now, next_try))

    def due_urls(self, now: str) -> list[dict[str, Any]]:
        """URLs whose last attempt failed for a passing reason and whose retry time has come."""
        cur = self.db.execute("SELECT * FROM urls WHERE status = 'retry' AND next_try <= ? ORDER BY url", (now,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def url_failures(self) -> list[dict[str, Any]]:
        cur = self.db.execute("SELECT * FROM urls WHERE status != 'ingested' ORDER BY feed_url, url")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _snippet(text: str, words: list[str], width: int = 90) -> str:
    """A stretch of ``text`` around the first query word found (matched on the normalised form)."""
    from marsad.text.normalize import Normalized

    nv = Normalized(text)
    hits = [nv.norm.find(w) for w in words if w and nv.norm.find(w) >= 0]
    if not hits:
        return text[: 2 * width].strip()
    at = nv.to_raw(min(hits))
    start, end = max(0, at - width), min(len(text), at + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def _event_filter(actor: str | None, type: str | None, since: str | None,
                  until: str | None, like: str = "LIKE") -> tuple[list[str], list[Any]]:
    """WHERE clauses (over events as ``e``) and their arguments for the common event filters.

    ``like`` is the dialect's case-insensitive LIKE (SQLite's LIKE is; PostgreSQL's is ILIKE)."""
    where: list[str] = []
    args: list[Any] = []
    if type:
        where.append("e.type = ?")
        args.append(type.upper())
    if since:
        where.append("e.date >= ?")
        args.append(since)
    if until:
        where.append("substr(e.date, 1, length(CAST(? AS TEXT))) <= ?")
        args += [until, until]
    if actor:
        where.append("e.id IN (SELECT p.event_id FROM event_participants p JOIN entities n ON n.id = p.entity_id"
                     f" WHERE n.name {like} ? OR n.name_ar {like} ? OR n.id = ? OR n.country = ?)")
        args += [f"%{actor}%", f"%{actor}%", actor, actor.upper()]
    return where, args


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
