"""The marsad command: extract, ingest, stats, events, export, demo and their errors."""

import csv
import json
import subprocess
import sys

from conftest import ROOT, copy_examples
from test_pipeline import check_record


def _jsonl(path):
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_cli_extract_examples_and_score(cli, tmp_path, shared_examples):
    out = tmp_path / "out.jsonl"
    r = cli("extract", shared_examples, "-o", out)
    assert r.exit_code == 0, r.output
    recs = _jsonl(out)
    assert len(recs) == 3
    for rec in recs:
        check_record(rec)
        for phrase in ("مشاركة", "مقالات ذات صلة", "اترك تعليقاً", "زر الذهاب إلى الأعلى"):
            assert phrase not in rec["article"]["text"]
    score = subprocess.run([sys.executable, str(shared_examples.parent / "tools/score_events.py"),
                            str(shared_examples), str(out), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads(score.stdout)
    assert summary["tp"] > 0


def test_cli_broken_batch_goes_on(cli, tmp_path, broken_batch):
    out = tmp_path / "out.jsonl"
    r = cli("extract", broken_batch, "-o", out)
    assert r.exit_code == 0
    recs = _jsonl(out)
    sources = sorted(rec["article"]["source"] for rec in recs)
    assert sources == ["big.html", "cp1256.txt", "deep.html", "feed.jsonl:1", "good.txt", "truncated.txt",
                       "utf16.txt"]
    by_source = {rec["article"]["source"]: rec["article"] for rec in recs}
    good = by_source["good.txt"]
    assert "باشاغا" in good["text"]
    for name in ("cp1256.txt", "utf16.txt"):  # decoded right: the same text, so the same id
        assert by_source[name]["text"] == good["text"] and by_source[name]["id"] == good["id"]
    assert "باشاغا" in by_source["big.html"]["text"] and "باشاغا" in by_source["deep.html"]["text"]
    errors = [x for x in r.stderr.splitlines() if "error[" in x]
    assert len(errors) == 3, r.stderr  # empty.txt, random.txt, feed.jsonl line 2
    assert any("empty.txt" in e for e in errors) and any("random.txt" in e for e in errors)
    assert any("feed.jsonl: line 2" in e for e in errors)
    assert any("truncated.txt" in x and "warning[" in x for x in r.stderr.splitlines())


def test_cli_exit_codes(cli, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = cli("extract", tmp_path / "empty.txt", "-o", tmp_path / "o.jsonl")
    assert r.exit_code == 1 and "error[E101]" in r.stderr
    r = cli("extract", tmp_path / "empty.txt")
    assert r.exit_code == 2
    r = cli("extract", tmp_path / "empty.txt", "-o", tmp_path / "o.jsonl", "--published", "yesterday")
    assert r.exit_code == 2 and "E202" not in r.stderr or "YYYY-MM-DD" in r.stderr
    r = cli("stats", "--db", tmp_path / "nope" / "x.db")
    assert r.exit_code == 1 and r.stderr.startswith("marsad: error[E301]") and "Traceback" not in r.stderr
    (tmp_path / "notdb.db").write_text("hello")
    r = cli("stats", "--db", tmp_path / "notdb.db")
    assert r.exit_code == 1 and "error[E30" in r.stderr


def test_cli_ingest_twice_changes_nothing(cli, tmp_path, examples_dir):
    db = tmp_path / "m.db"
    inputs = copy_examples(examples_dir, tmp_path / "in")
    assert cli("ingest", inputs, "--db", db).exit_code == 0
    first = json.loads(cli("stats", "--db", db).stdout)
    assert first["articles"] == 3 and first["events"] > 0 and first["entities"] > 0
    assert set(first) == {"articles", "events", "entities", "merged_events"}
    assert cli("ingest", inputs, "--db", db).exit_code == 0
    assert json.loads(cli("stats", "--db", db).stdout) == first


def test_cli_events_filters_and_export(cli, tmp_path, examples_dir):
    db = tmp_path / "m.db"
    cli("ingest", examples_dir, "--db", db, "--published", "2020-08-06")
    all_ev = [json.loads(x) for x in cli("events", "--db", db, "--json").stdout.splitlines()]
    consult = [json.loads(x) for x in cli("events", "--db", db, "--json", "--type", "CONSULT").stdout.splitlines()]
    assert 0 < len(consult) < len(all_ev) and all(e["type"] == "CONSULT" for e in consult)
    turkey = [json.loads(x) for x in cli("events", "--db", db, "--json", "--actor", "TUR").stdout.splitlines()]
    assert turkey and all(any(p["country"] == "TUR" for p in e["actors"] + e["recipients"]) for e in turkey)
    dated = [json.loads(x) for x in
             cli("events", "--db", db, "--json", "--since", "2020-01-01", "--until", "2020-12-31").stdout.splitlines()]
    assert dated and all("2020" <= e["date"] <= "2020-12-31" for e in dated)
    merged = [json.loads(x) for x in cli("events", "--db", db, "--json", "--merged").stdout.splitlines()]
    assert all(e["sources"] for e in merged)
    assert cli("export", "--db", db, "--format", "csv", "-o", tmp_path / "e.csv").exit_code == 0
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert len(rows) == len(all_ev) and rows[0]["evidence"]
    assert cli("export", "--db", db, "--format", "jsonl", "-o", tmp_path / "e.jsonl").exit_code == 0
    assert [e["id"] for e in _jsonl(tmp_path / "e.jsonl")] == [e["id"] for e in all_ev]
    assert cli("export", "--db", db, "--format", "xml", "-o", tmp_path / "e.xml").exit_code == 2


def test_cli_demo_runs_on_bundled_examples(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = cli("demo")
    assert r.exit_code == 0 and '"articles": 3' in r.stdout
    assert (tmp_path / "marsad-demo.db").exists() and len(_jsonl(tmp_path / "marsad-demo.jsonl")) == 3


def test_cli_console_script_is_installed():
    r = subprocess.run([sys.executable, "-m", "marsad.cli", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0 and "ingest" in r.stdout


def test_cli_extract_workers_give_the_same_records(cli, tmp_path, examples_dir):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert cli("extract", examples_dir, "-o", one).exit_code == 0
    assert cli("extract", examples_dir, "-o", two, "--workers", "2").exit_code == 0
    assert _jsonl(one) == _jsonl(two)


def test_cli_events_carry_people_roles_from_the_knowledge_base(tmp_path, cli, examples_dir):
    db = tmp_path / "m.db"
    assert cli("ingest", examples_dir, "--db", db).exit_code == 0
    res = cli("events", "--db", db, "--actor", "Hulusi Akar", "--json")
    assert res.exit_code == 0
    akar = [p for line in res.output.splitlines() for ev in [json.loads(line)]
            for p in ev["actors"] + ev["recipients"] if p["name"] == "Hulusi Akar"]
    assert akar and {p["role"] for p in akar} == {"Minister of National Defence"}
    assert {p["country"] for p in akar} == {"TUR"}
