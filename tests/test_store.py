"""The SQLite store: round-trips, schema version, all-or-nothing batches, a killed ingest."""

import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import MarsadError
from marsad.store import SCHEMA_VERSION, SQLiteStore

name = st.text(alphabet=st.sampled_from(list("ابتثجحخدقطرز ") + list("abcxyz")), min_size=1, max_size=12)


def _record(aid, text, events):
    return {"article": {"id": aid, "source": aid + ".txt", "text": text, "furniture": []},
            "entities": [], "mentions": [], "events": events}


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(name, name, st.sampled_from(["CONSULT", "AGREE", "ACCUSE"]),
                          st.one_of(st.none(), st.sampled_from(["2020", "2020-08", "2020-08-06"])),
                          st.sampled_from([None, "text", "news", "published"])),
                min_size=1, max_size=5))
def test_store_roundtrip_events(tmp_path_factory, evs):
    db = tmp_path_factory.mktemp("s") / "m.db"
    text = " ".join(a + " " + b for a, b, _, _, _ in evs)
    events = []
    for i, (a, b, t, d, source) in enumerate(evs, 1):
        actor = {"id": f"person:{a}", "name": a, "name_ar": a, "kind": "person", "country": "LBY",
                 "role_ar": None, "mention": a}
        rec = {"id": f"x-{i}", "type": t, "mode": None, "contexts": ["military"], "cameo": None,
               "actors": [actor], "recipients": [{**actor, "id": f"state:{b}", "name": b, "kind": "state"}],
               "location": None, "date": d, "date_text": None, "date_source": source, "status": "occurred",
               "evidence": {"text": text[:5], "start": 0, "end": len(text[:5])}, "confidence": 0.5,
               "summary_en": "s", "summary_ar": "s"}
        events.append(rec)
    with SQLiteStore(db) as s:
        s.add_batch([_record("x", text, events)])
        got = {e["id"]: e for e in s.events()}
    for e in events:
        g = got[e["id"]]
        assert (g["type"], g["date"], g["date_source"], g["evidence"], g["contexts"]) == (
            e["type"], e["date"], e["date_source"], e["evidence"], e["contexts"])
        assert [p["id"] for p in g["actors"]] == [p["id"] for p in e["actors"]]
        assert [p["name"] for p in g["recipients"]] == [p["name"] for p in e["recipients"]]


def test_store_batch_is_all_or_nothing(tmp_path):
    db = tmp_path / "m.db"
    good = _record("a", "نص", [])
    bad = _record("b", "نص", [{"id": "b-1"}])  # missing fields: fails inside the batch
    with SQLiteStore(db) as s:
        with pytest.raises(KeyError):
            s.add_batch([good, bad])
        assert s.stats()["articles"] == 0
        s.add_batch([good])
        assert s.stats()["articles"] == 1


def _sql(db, stmt):
    """Run one statement on a SQLite file outside marsad; returns the first row."""
    con = sqlite3.connect(db)
    try:
        row = con.execute(stmt).fetchone()
        con.commit()
        return row
    finally:
        con.close()


def test_store_schema_version_and_foreign_files(tmp_path):
    db = tmp_path / "m.db"
    SQLiteStore(db).close()
    assert _sql(db, "SELECT value FROM meta WHERE key='schema_version'")[0] == str(SCHEMA_VERSION)
    _sql(db, "UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(MarsadError) as e:
        SQLiteStore(db)
    assert e.value.code == "E302"
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE x (a)")
    with pytest.raises(MarsadError) as e:
        SQLiteStore(other)
    assert e.value.code == "E303"


def test_store_migrates_a_version_1_file_keeping_its_rows(tmp_path):
    from marsad.store.sqlite import MIGRATIONS, _statements

    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    for stmt in _statements(MIGRATIONS[1]):
        db.execute(stmt)
    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    db.execute("INSERT INTO entities VALUES ('state:TUR', 'state', 'Turkey', 'تركيا', 'TUR')")
    db.commit()
    db.close()
    store = SQLiteStore(path)
    assert store.schema_version() == SCHEMA_VERSION
    row = store.db.execute("SELECT name, source, wikidata FROM entities WHERE id = 'state:TUR'").fetchone()
    assert row == ("Turkey", None, None)


def test_store_read_commands_upgrade_an_older_file(tmp_path, cli):
    from marsad.store.sqlite import MIGRATIONS, _statements

    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    for stmt in _statements(MIGRATIONS[1]):
        db.execute(stmt)
    db.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    db.commit()
    db.close()
    r = cli("stats", "--db", path)  # a reading command on a file an older marsad wrote
    assert r.exit_code == 0 and json.loads(r.stdout)["articles"] == 0
    assert SQLiteStore(path, readonly=True).schema_version() == SCHEMA_VERSION
