"""marsad watch against a real HTTP server on 127.0.0.1: feeds, section pages, failures, politeness."""

from __future__ import annotations

import json
import sqlite3

import pytest
from conftest import Route

from marsad.errors import MarsadError
from marsad.watch import FetchOptions, WatchOptions, canonical_url, parse_interval, parse_listing, run_round

MEETING = ("التقى وزير الخارجية التركي هاكان فيدان اليوم الاثنين في أنقرة نظيره القطري، وبحث الجانبان "
           "تطورات الأوضاع في ليبيا وسبل تعزيز التعاون الأمني بين البلدين. وقال فيدان في مؤتمر صحفي إن "
           "البلدين يدعمان الحل السياسي في ليبيا ويرفضان أي تدخل عسكري خارجي. وأضاف أن الجانبين اتفقا على "
           "عقد اجتماع ثلاثي مع المسؤولين الليبيين في طرابلس خلال الشهر المقبل.")
VISIT = ("وصل رئيس المجلس الرئاسي الليبي محمد المنفي إلى القاهرة أمس في زيارة رسمية يلتقي خلالها الرئيس "
         "المصري عبد الفتاح السيسي. وذكرت الرئاسة المصرية أن المحادثات ستتناول الانتخابات الليبية وخروج "
         "القوات الأجنبية والمرتزقة من الأراضي الليبية، إضافة إلى ملفات التعاون الاقتصادي وإعادة الإعمار.")
AGREEMENT = ("وقعت وزارة الدفاع في حكومة الوحدة الوطنية الليبية مع الجانب التركي مذكرة تفاهم جديدة في مجال "
             "التدريب العسكري وبناء القدرات. وتنص المذكرة على إرسال مدربين ومستشارين أتراك إلى ليبيا وتدريب "
             "عناصر من الجيش الليبي في الأكاديميات العسكرية التركية خلال العامين المقبلين، وفق بيان الوزارة.")
ACCUSATION = ("اتهمت حكومة الوحدة الوطنية الليبية قوات خليفة حفتر بقصف مواقع مدنية جنوب طرابلس، وطالبت بعثة "
              "الأمم المتحدة للدعم في ليبيا بفتح تحقيق عاجل في الهجوم. وقال المتحدث باسم الحكومة إن القصف "
              "أسفر عن سقوط ضحايا بين المدنيين وتدمير منازل، داعيا المجتمع الدولي إلى تحمل مسؤولياته.")
SECRET = ("هذا نص مقال محظور على الزواحف في ملف روبوتس ولا يجوز جلبه أبدا. " * 5)


def page(body: str, title: str | None = "عنوان الخبر", date: str | None = "2024-06-10",
         charset: str | None = None) -> str:
    head = ""
    if charset:
        head += f'<meta charset="{charset}">'
    if title:
        head += f"<title>{title}</title>"
    if date:
        head += f'<meta property="article:published_time" content="{date}">'
    paras = "".join(f"<p>{s.strip()}.</p>" for s in body.split(".") if s.strip())
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head>{head}</head><body><nav><a href='/'>الرئيسية</a>"
            f"</nav><article><h1>{title or ''}</h1>{paras}</article><footer>جميع الحقوق محفوظة</footer>"
            "</body></html>")


def rss(site, items: list[tuple[str, str, str]]) -> bytes:
    xs = "".join(f"<item><title>{t}</title><link>{site.url(p)}</link><pubDate>{d}</pubDate></item>"
                 for p, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الاختبار</title>'
            f"<link>{site.url('/')}</link><description>اختبار</description>{xs}</channel></rss>").encode()


def atom(site, items: list[tuple[str, str, str]]) -> bytes:
    xs = "".join(f"<entry><title>{t}</title><link href='{site.url(p)}'/><id>{p}</id><updated>{d}</updated>"
                 "</entry>" for p, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>صحيفة الاختبار</title><id>urn:test</id><updated>2024-06-12T08:00:00Z</updated>{xs}</feed>"
            ).encode()


@pytest.fixture()
def newsroom(site, tmp_path):
    """RSS, Atom, a section page, two broken feeds and Arabic pages in UTF-8 and Windows-1256."""
    r = site.routes
    r["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    r["/feeds/rss.xml"] = Route(rss(site, [
        ("/news/2024/06/meeting.html?utm_source=rss&utm_medium=feed", "فيدان يلتقي نظيره القطري",
         "Mon, 10 Jun 2024 09:00:00 GMT"),
        ("/news/2024/06/visit-1256.html", "المنفي في القاهرة", "Tue, 11 Jun 2024 09:00:00 GMT"),
        ("/private/2024/06/secret.html", "محظور", "Tue, 11 Jun 2024 10:00:00 GMT"),
        ("/news/2024/06/slow.html", "صفحة بطيئة", "Tue, 11 Jun 2024 11:00:00 GMT"),
    ]), content_type="application/rss+xml", etag='"rss-v1"')
    r["/feeds/atom.xml"] = Route(atom(site, [
        ("/news/2024/06/agreement.html", "ليبيا وتركيا توقعان مذكرة تفاهم للتدريب العسكري", "2024-06-12T07:30:00Z"),
        ("/news/2024/06/cookies.html", "سياسة الخصوصية", "2024-06-12T07:00:00Z"),
        ("/news/2024/06/meeting.html#top", "فيدان يلتقي نظيره القطري", "2024-06-10T09:00:00Z"),
    ]), content_type="application/atom+xml", last_modified="Wed, 12 Jun 2024 08:00:00 GMT")
    section = ("<!DOCTYPE html><html><head><title>سياسة</title></head><body><nav>"
               "<a href='/category/economy'>اقتصاد</a> <a href='/about'>من نحن</a> <a href='/tag/libya'>ليبيا</a>"
               "</nav><ul><li><a href='/news/2024/06/accusation.html'>حكومة الوحدة تتهم قوات حفتر بقصف مواقع"
               " مدنية</a></li><li><a href='/news/2024/06/meeting.html'>فيدان يلتقي نظيره القطري في أنقرة</a></li>"
               "<li><a href='http://example.org/news/2024/06/elsewhere.html'>خبر على موقع آخر تماما</a></li>"
               "</ul></body></html>")
    r["/sections/politics.html"] = Route(section.encode(), etag='"sec-v1"')
    r["/feeds/broken.xml"] = Route(b"oops", status=500, content_type="text/plain")
    r["/feeds/not-xml.xml"] = Route(b"this is not a feed at all, just words", content_type="text/plain")
    r["/news/2024/06/meeting.html"] = Route(page(MEETING, "فيدان يلتقي نظيره القطري").encode())
    r["/news/2024/06/visit-1256.html"] = Route(page(VISIT, "المنفي في القاهرة", "2024-06-11").encode("cp1256"),
                                               content_type="text/html; charset=windows-1256")
    r["/news/2024/06/agreement.html"] = Route(page(AGREEMENT, title=None, date=None).encode())
    r["/news/2024/06/accusation.html"] = Route(
        page(ACCUSATION, "حكومة الوحدة تتهم قوات حفتر", "2024-06-09", charset="windows-1256").encode("cp1256"),
        content_type="text/html")
    r["/news/2024/06/cookies.html"] = Route(page("نستخدم ملفات تعريف الارتباط", "سياسة الخصوصية").encode())
    r["/news/2024/06/slow.html"] = Route(page(MEETING).encode(), delay=3)
    r["/private/2024/06/secret.html"] = Route(page(SECRET).encode())
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# test feeds\n" + "\n".join(site.url(p) for p in (
        "/feeds/rss.xml", "/feeds/atom.xml", "/sections/politics.html", "/feeds/broken.xml",
        "/feeds/not-xml.xml")) + "\nhttp://127.0.0.1:9/dead/feed.xml  # nothing listens there\n",
        encoding="utf-8")
    return feeds


def _watch(cli, feeds, db):
    return cli("watch", "--feeds", feeds, "--db", db, "--once", "--delay", "0", "--per-host", "4",
               "--timeout", "0.5", "--retries", "1")


def _rows(db, sql):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_watch_once_ingests_allowed_articles_and_records_failures(cli, site, newsroom, tmp_path):
    db = tmp_path / "w.db"
    r = _watch(cli, newsroom, db)
    assert r.exit_code == 0, r.stderr
    urls = dict(_rows(db, "SELECT url, status FROM urls"))
    news = site.url("/news/2024/06/")
    assert urls == {news + "meeting.html": "ingested", news + "visit-1256.html": "ingested",
                    news + "agreement.html": "ingested", news + "accusation.html": "ingested",
                    news + "cookies.html": "not_article", news + "slow.html": "retry",
                    site.url("/private/2024/06/secret.html"): "blocked"}
    assert json.loads(cli("stats", "--db", db).stdout)["articles"] == 4
    assert not any(p.startswith("/private/") for p in site.paths()), "robots.txt was not respected"
    assert site.paths().count("/news/2024/06/meeting.html?utm_source=rss&utm_medium=feed") \
        + site.paths().count("/news/2024/06/meeting.html") == 1, "one article fetched twice"
    arts = {u: (t, p, txt) for u, t, p, txt in _rows(db, "SELECT url, title, published, text FROM articles")}
    # Windows-1256 pages, declared in the header or only in a meta tag, are read right
    assert "المنفي" in arts[news + "visit-1256.html"][2] and "حفتر" in arts[news + "accusation.html"][2]
    # the page has no title or date: the feed's own fill them
    title, published, _ = arts[news + "agreement.html"]
    assert title == "ليبيا وتركيا توقعان مذكرة تفاهم للتدريب العسكري" and published.startswith("2024-06-12")
    feeds = {f["url"]: f for f in map(json.loads, cli("feeds", "--db", db, "--json").stdout.splitlines())}
    assert feeds[site.url("/feeds/broken.xml")]["last_error"] == "HTTP 500"
    assert feeds[site.url("/feeds/not-xml.xml")]["last_error"].startswith("not a feed")
    assert "unreachable" in feeds["http://127.0.0.1:9/dead/feed.xml"]["last_error"]
    assert feeds[site.url("/feeds/rss.xml")]["articles"] == 2 and feeds[site.url("/feeds/rss.xml")]["kind"] == "rss"
    assert feeds[site.url("/feeds/atom.xml")]["kind"] == "atom"
    assert feeds[site.url("/sections/politics.html")]["kind"] == "html"
    assert feeds[site.url("/feeds/rss.xml")]["last_success"] and not feeds[site.url("/feeds/rss.xml")]["last_error"]
    reasons = dict(_rows(db, "SELECT url, reason FROM urls WHERE status != 'ingested'"))
    assert "timed out" in reasons[news + "slow.html"] and "robots" in reasons[site.url("/private/2024/06/secret.html")]
    text = cli("feeds", "--db", db, "--failures").stdout
    assert "HTTP 500" in text and "not_article" in text and "slow.html" in text
    assert "E610" in r.stderr and "E611" in r.stderr and "E612" in r.stderr


def test_watch_second_round_fetches_nothing_new(cli, site, newsroom, tmp_path):
    db = tmp_path / "w.db"
    assert _watch(cli, newsroom, db).exit_code == 0
    before = json.loads(cli("stats", "--db", db).stdout)
    first = len(site.hits)
    assert _watch(cli, newsroom, db).exit_code == 0
    again = site.hits[first:]
    assert not [h.path for h in again if h.path.startswith("/news/")], "an article page was fetched again"
    conditional = {h.path: h for h in again if h.path in ("/feeds/rss.xml", "/feeds/atom.xml",
                                                            "/sections/politics.html")}
    assert conditional["/feeds/rss.xml"].headers["if-none-match"] == '"rss-v1"'
    assert conditional["/feeds/atom.xml"].headers["if-modified-since"] == "Wed, 12 Jun 2024 08:00:00 GMT"
    assert {h.status for h in conditional.values()} == {304}
    assert json.loads(cli("stats", "--db", db).stdout) == before


def test_watch_retries_a_failed_page_when_due(site, newsroom, tmp_path):
    db = str(tmp_path / "w.db")
    opts = WatchOptions(fetch=FetchOptions(delay=0, per_host=4, timeout=0.5, retries=0), retry_wait=0.01)
    feeds = [site.url("/feeds/rss.xml")]
    run_round(db, feeds, opts, report=lambda line: None)
    site.routes["/news/2024/06/slow.html"].delay = 0  # the site recovers
    import time

    time.sleep(1.1)  # next_try has a one-second grain
    res = run_round(db, feeds, opts, report=lambda line: None)
    assert res.not_modified == 1 and res.ingested == 1  # found through the store, not the (unchanged) feed
    assert dict(_rows(db, "SELECT url, status FROM urls"))[site.url("/news/2024/06/slow.html")] == "ingested"


def test_watch_loop_runs_rounds_on_schedule(site, newsroom, tmp_path):
    from marsad.watch import watch

    slept: list[float] = []
    opts = WatchOptions(fetch=FetchOptions(delay=0, per_host=4, timeout=0.5, retries=0))
    results = watch(str(tmp_path / "w.db"), [site.url("/feeds/atom.xml")], 60, opts, report=lambda line: None,
                    rounds=2, sleep=slept.append)
    assert [r.ingested for r in results] == [2, 0] and [r.not_modified for r in results] == [0, 1]
    assert len(slept) == 1 and 55 < slept[0] <= 60


def test_watch_lost_round_is_redone_without_duplicates(site, newsroom, tmp_path):
    """A round cut short keeps the feed's old validators, so the next round sees every entry again."""
    db = str(tmp_path / "w.db")
    opts = WatchOptions(fetch=FetchOptions(delay=0, per_host=4, timeout=0.5, retries=0))
    feeds = [site.url("/feeds/rss.xml")]
    run_round(db, feeds, opts, report=lambda line: None)
    with sqlite3.connect(db) as con:  # as if the process died before step 3 and after one article
        con.execute("UPDATE feeds SET etag = NULL")
        con.execute("DELETE FROM urls WHERE url LIKE '%visit-1256%'")
    res = run_round(db, feeds, opts, report=lambda line: None)
    assert res.not_modified == 0 and res.ingested == 1 and res.new_articles == 0
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 2


def _rate_site(site, n: int, delay: float) -> list[str]:
    items = "".join(f"<item><title>خبر {i}</title><link>{site.url(f'/r/2024/item-{i}.html')}</link></item>"
                    for i in range(n))
    site.routes["/r/feed.xml"] = Route(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                                       f"{items}</channel></rss>".encode(), content_type="application/rss+xml")
    for i in range(n):
        site.routes[f"/r/2024/item-{i}.html"] = Route(page(MEETING + f" رقم {i}.").encode(), delay=delay)
    return [site.url("/r/feed.xml")]


def test_watch_per_host_rate_limit(site, tmp_path):
    feeds = _rate_site(site, 5, delay=0.0)
    opts = WatchOptions(fetch=FetchOptions(delay=0.3, per_host=4, timeout=5, retries=0))
    run_round(str(tmp_path / "w.db"), feeds, opts, report=lambda line: None)
    starts = sorted(h.start for h in site.hits)
    assert len(starts) == 7  # robots.txt, the feed, five pages
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.25, gaps  # 0.3 s apart as sent; a little less may be seen under load


@pytest.mark.parametrize("cap", [1, 3])
def test_watch_per_host_concurrency_cap(site, tmp_path, cap):
    feeds = _rate_site(site, 6, delay=0.3)
    opts = WatchOptions(fetch=FetchOptions(delay=0, per_host=cap, timeout=5, retries=0))
    res = run_round(str(tmp_path / "w.db"), feeds, opts, report=lambda line: None)
    assert res.ingested == 6
    assert site.max_active == cap  # reached, never exceeded


def test_watch_redirects_and_size_cap(site, tmp_path):
    feeds = _rate_site(site, 3, delay=0)
    site.routes["/r/2024/item-0.html"] = Route(status=301, location="/r/2024/moved/item-0-new.html")
    site.routes["/r/2024/moved/item-0-new.html"] = Route(page(VISIT).encode())
    site.routes["/r/2024/item-1.html"] = Route(status=302, location="/r/2024/item-1.html")  # a loop
    site.routes["/r/2024/item-2.html"] = Route(page(ACCUSATION * 40).encode())
    opts = WatchOptions(fetch=FetchOptions(delay=0, retries=0, max_bytes=20_000, max_redirects=3), max_attempts=1)
    db = str(tmp_path / "w.db")
    res = run_round(db, feeds, opts, report=lambda line: None)
    assert res.ingested == 1 and res.failed == 2
    assert _rows(db, "SELECT url FROM articles") == [(site.url("/r/2024/moved/item-0-new.html"),)]
    reasons = dict(_rows(db, "SELECT url, reason FROM urls WHERE status = 'failed'"))
    assert "redirects" in reasons[site.url("/r/2024/item-1.html")]
    assert "too large" in reasons[site.url("/r/2024/item-2.html")]


def test_watch_bad_feed_list_and_interval(cli, tmp_path):
    bad = tmp_path / "feeds.txt"
    bad.write_text("# nothing here\nnot a url\nftp://x.org/feed\n", encoding="utf-8")
    r = cli("watch", "--feeds", bad, "--db", tmp_path / "w.db", "--once")
    assert r.exit_code == 1 and "E602" in r.stderr and "E603" in r.stderr and "Traceback" not in r.stderr
    r = cli("watch", "--feeds", tmp_path / "missing.txt", "--db", tmp_path / "w.db", "--once")
    assert r.exit_code == 1 and "E601" in r.stderr
    r = cli("watch", "--feeds", bad, "--db", tmp_path / "w.db", "--every", "soon")
    assert r.exit_code == 2 and "bad interval" in r.stderr
    assert parse_interval("15m") == 900 and parse_interval("2h") == 7200 and parse_interval("30") == 30
    with pytest.raises(MarsadError):
        parse_interval("0m")


def test_watch_canonical_url_strips_tracking():
    a = canonical_url("HTTP://News.Example.COM:80/a/2024/x.html?id=7&utm_source=rss&fbclid=abc#comments")
    assert a == "http://news.example.com/a/2024/x.html?id=7"
    assert canonical_url("https://n.example.com/a/b.html?b=2&a=1") == canonical_url(
        "https://n.example.com/a/b.html?a=1&b=2")


def test_watch_listing_kinds_and_refusals():
    with pytest.raises(Exception, match="not a feed"):
        parse_listing(b"<?xml version='1.0'?><rss><channel><item>", "http://127.0.0.1/f.xml",
                      "application/rss+xml")
    with pytest.raises(Exception, match="not a feed"):
        parse_listing(b'{"items": []}', "http://127.0.0.1/f.json", "application/json")
    html = ("<html><body><a href='/2024/06/long-article-title-here.html'>عنوان خبر طويل بما يكفي</a>"
            "<a href='/tag/x'>وسم من ثلاث كلمات</a><a href='/2024/06/short.html'>قصير</a></body></html>")
    listing = parse_listing(html.encode(), "http://127.0.0.1/section", "text/html")
    assert listing.kind == "html" and [e.url for e in listing.entries] == [
        "http://127.0.0.1/2024/06/long-article-title-here.html"]


def test_watch_killed_midround_loses_nothing(site, tmp_path):
    """SIGKILL a real `marsad watch --once` in the middle of a round; the next round completes it."""
    import os
    import signal
    import subprocess
    import sys
    import time

    feeds_file = tmp_path / "feeds.txt"
    feeds_file.write_text("\n".join(_rate_site(site, 3, delay=0)) + "\n", encoding="utf-8")
    site.routes["/r/feed.xml"].etag = '"v1"'
    site.routes["/r/2024/item-2.html"].delay = 30  # the round hangs here
    db = tmp_path / "w.db"
    cmd = [sys.executable, "-m", "marsad.cli", "watch", "--feeds", str(feeds_file), "--db", str(db), "--once",
           "--delay", "0", "--per-host", "1", "--timeout", "60"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if db.exists() and _rows(db, "SELECT count(*) FROM sqlite_master WHERE name='urls'")[0][0] \
                    and _rows(db, "SELECT count(*) FROM urls WHERE status = 'ingested'")[0][0] == 2:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the watch process never stored two articles")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 2
    assert _rows(db, "SELECT etag FROM feeds") == [(None,)]  # the unfinished round saved no validator
    site.routes["/r/2024/item-2.html"].delay = 0
    first = len(site.hits)
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    assert _rows(db, "SELECT count(*) FROM articles")[0][0] == 3
    assert _rows(db, "SELECT count(*), count(DISTINCT article_id) FROM urls WHERE status = 'ingested'") == [(3, 3)]
    refetched = [h.path for h in site.hits[first:] if h.path.startswith("/r/2024/")]
    assert refetched == ["/r/2024/item-2.html"]


def test_watch_gives_up_on_a_page_the_feed_no_longer_lists(site, newsroom, tmp_path):
    import time

    db = str(tmp_path / "w.db")
    opts = WatchOptions(fetch=FetchOptions(delay=0, per_host=4, timeout=0.5, retries=0), retry_wait=0.01,
                        max_attempts=2)
    feeds = [site.url("/feeds/rss.xml")]
    run_round(db, feeds, opts, report=lambda line: None)
    time.sleep(1.1)
    run_round(db, feeds, opts, report=lambda line: None)  # the feed answers 304: the retry comes from the store
    row = _rows(db, "SELECT status, attempts FROM urls WHERE url LIKE '%slow.html'")
    assert row == [("failed", 2)]


def test_watch_into_postgres_keeps_the_same_state(cli, site, newsroom, tmp_path, pg_url):
    from marsad.store import open_store

    lite = str(tmp_path / "w.db")
    for db in (lite, pg_url):
        r = _watch(cli, newsroom, db)
        assert r.exit_code == 0, r.stderr
    keep = ("url", "kind", "title", "articles", "errors", "last_status", "last_error", "failed_urls")

    def state(db):
        rows = cli("feeds", "--db", db, "--json").stdout.splitlines()
        feeds = [{k: f[k] for k in keep} for f in map(json.loads, rows)]
        with open_store(db, readonly=True) as s:
            urls = sorted((u["url"], u["status"], u["attempts"]) for u in s.url_failures())
        return feeds, urls, json.loads(cli("stats", "--db", db).stdout)

    a, b = state(lite), state(pg_url)
    assert a[2]["articles"] == 4 and len(a[0]) >= 5 and a[1]
    assert a == b
