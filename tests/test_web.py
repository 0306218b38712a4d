"""The web page and the HTTP API: every page over the examples, hostile text escaped, writes refused, and a
real headless Chromium (Debian's) driven by Playwright through search -> article -> network."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.web.app import create_app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE_TITLE = "<script>alert('x')</script>"
HOSTILE_BODY = ("<img src=x onerror=alert(1)> التقى وزير الخارجية التركي هاكان فيدان اليوم في أنقرة نظيره القطري "
                "وبحث الجانبان العلاقات الثنائية والأوضاع في ليبيا وسبل تعزيز التعاون بين البلدين.")


@pytest.fixture(scope="module")
def web_db(tmp_path_factory, examples_dir) -> Path:
    from click.testing import CliRunner

    from marsad.cli import main

    d = tmp_path_factory.mktemp("web")
    hostile = d / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": "hostile", "title": HOSTILE_TITLE, "text": HOSTILE_BODY,
                                   "published": "2024-03-05", "outlet": "<b>outlet</b>"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    db = d / "m.db"
    r = CliRunner().invoke(main, ["ingest", str(examples_dir), str(hostile), "--db", str(db)])
    assert r.exit_code == 0, r.output
    return db


@pytest.fixture()
def client(web_db) -> TestClient:
    return TestClient(create_app(str(web_db), token="s3cret"))


def test_web_every_page_shows_the_examples(client):
    timeline = client.get("/timeline")
    assert timeline.status_code == 200 and "Hulusi Akar" in timeline.text and "أكار" in timeline.text
    assert 'dir="rtl"' in timeline.text and "/static/marsad.css" in timeline.text
    assert "CONSULT" in client.get("/timeline?type=CONSULT&actor=TUR").text
    search = client.get("/", params={"q": "انقره"})  # أنقرة, بأنقرة: hamza, ta marbuta and clitics do not matter
    assert search.status_code == 200 and search.text.count('class="hit"') >= 2
    assert "Hulusi Akar" in client.get("/actors/person:hulusi-akar").text
    assert 'id="graph"' in client.get("/network").text
    register = client.get("/api/agreements").json()
    assert register and all(r["parties"] and r["sources"] for r in register)
    assert register[0]["parties"][0]["name_ar"] in client.get("/agreements").text
    art_id = client.get("/api/search", params={"q": "أكار"}).json()["articles"][0]["id"]
    page = client.get(f"/articles/{art_id}")
    assert page.status_code == 200 and '<mark id="ev-1"' in page.text and "<details" in page.text


def test_web_hostile_text_is_shown_as_text(client):
    pages = ["/articles/hostile", "/timeline", "/?q=فيدان", "/agreements", "/actors/person:hakan-fidan"]
    for url in pages:
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html, url
    art = client.get("/articles/hostile").text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in art and "&lt;img src=x onerror=alert(1)&gt;" in art
    assert "&lt;b&gt;outlet&lt;/b&gt;" in art
    csp = client.get("/").headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'" and "script-src-attr" not in csp
    assert "<script>" not in client.get("/").text.replace('<script src="', "")  # no inline scripts anywhere


def test_web_writes_need_the_token(client, web_db):
    before = client.get("/api/merged-events", params={"limit": 500}).json()
    article = {"id": "via-api", "text": HOSTILE_BODY.replace("<img src=x onerror=alert(1)> ", ""),
               "published": "2024-03-06"}
    assert client.post("/api/articles", json=[article]).status_code == 401
    assert client.post("/api/articles", json=[article], headers={"Authorization": "Bearer nope"}).status_code == 403
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)("/api/events").status_code == 405
    assert client.post("/timeline").status_code == 405
    assert TestClient(create_app(str(web_db))).post("/api/articles", json=[article],
                                                    headers={"Authorization": "Bearer s3cret"}).status_code == 403
    assert client.get("/api/merged-events", params={"limit": 500}).json() == before  # nothing was written
    ok = client.post("/api/articles", json=[article, {"nope": 1}], headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["new_articles"] == 1 and "E111" in ok.json()["errors"][0]
    assert client.get("/api/articles/via-api").json()["events"]


def test_web_api_filters_paging_and_openapi(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/merged-events", "/api/actors", "/api/articles/{article_id}", "/api/relations",
            "/api/agreements", "/api/search"} <= set(spec["paths"])
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert len(first) == 2 and not {e["id"] for e in first} & {e["id"] for e in second}
    assert all(e["type"] == "AGREE" for e in client.get("/api/events", params={"type": "AGREE"}).json())
    merged = client.get("/api/merged-events", params={"actor": "TUR", "limit": 5}).json()
    assert merged and all("sources" in m for m in merged)
    malta = client.get("/api/merged-events", params={"country": "MLT"}).json()
    assert malta and all(any(p["country"] == "MLT" for p in m["actors"] + m["recipients"]) for m in malta)
    both = client.get("/api/merged-events", params={"country": "MLT", "actor": "person:hulusi-akar"}).json()
    assert both and len(both) < len(malta) and all(
        {"MLT", "person:hulusi-akar"} <= {p["country"] for p in m["actors"] + m["recipients"]}
        | {p["id"] for p in m["actors"] + m["recipients"]} for m in both)
    assert "MLT" in client.get("/timeline", params={"country": "MLT"}).text
    rel = client.get("/api/relations", params={"actor": "TUR"}).json()
    assert rel and all("TUR" in (r["source"] + r["target"]) or r["count"] for r in rel)
    assert client.get("/api/actors", params={"limit": 3}).json()[0]["events"] >= 1
    assert client.get("/api/articles/nope").status_code == 404 and client.get("/articles/nope").status_code == 404
    for q in ['"', "AND OR NOT", "*", "((", "near(", "ا" * 300]:  # nothing a user types is a 500
        assert client.get("/", params={"q": q}).status_code == 200
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def live_server(web_db):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(str(web_db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_web_in_chromium_search_article_network(live_server, tmp_path):
    from playwright.sync_api import sync_playwright

    shots = Path(os.environ.get("MARSAD_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(live_server + "/")
        page.fill("input[name=q]", "أنقرة")
        page.click("button[type=submit]")
        page.wait_for_selector(".hit a.title")
        assert page.locator(".hit").count() >= 2
        page.screenshot(path=str(shots / "search.png"), full_page=True)
        page.locator(".hit a.title").first.click()
        page.wait_for_selector("mark.evidence")
        mark = page.locator("mark.evidence").first
        assert mark.is_visible() and mark.inner_text().strip()
        colour = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent")  # the stylesheet loaded and marks the evidence
        page.locator("aside.events li a").first.click()
        assert page.evaluate("location.hash") == "#ev-1"
        page.screenshot(path=str(shots / "article.png"), full_page=True)
        page.goto(live_server + "/network")
        page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
        assert int(page.get_attribute("#graph", "data-nodes")) >= 5
        assert page.locator("#graph canvas").count() >= 1
        page.screenshot(path=str(shots / "network.png"))
        page.goto(live_server + "/timeline")
        page.screenshot(path=str(shots / "timeline.png"))
        page.goto(live_server + "/agreements")
        page.screenshot(path=str(shots / "agreements.png"))
        page.goto(live_server + "/actors/person:hulusi-akar")
        page.wait_for_selector("#graph[data-ready='1']", timeout=15000)
        page.screenshot(path=str(shots / "actor.png"), full_page=True)
        browser.close()
    assert not errors, errors  # no CSP refusal, no missing asset, no script error
    assert (shots / "network.png").stat().st_size > 10_000
