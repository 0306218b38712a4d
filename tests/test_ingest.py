"""Ingest: encodings detected from bytes, HTML through trafilatura, JSON Lines, bad files reported."""

import json

import pytest

from marsad.errors import MarsadError
from marsad.ingest import Problem, iter_documents, read_jsonl
from marsad.ingest.encoding import decode
from marsad.ingest.html import extract_page


def test_ingest_decodes_every_encoding_of_the_same_article(example_text):
    clean = example_text.replace("“", '"').replace("”", '"')
    for data in (clean.encode("utf-8"), b"\xef\xbb\xbf" + clean.encode("utf-8"), clean.encode("utf-16"),
                 clean.encode("utf-16-le"), clean.encode("utf-16-be"), clean.encode("cp1256")):
        assert decode(data).text == clean


def test_ingest_refuses_empty_and_binary():
    with pytest.raises(MarsadError) as e:
        decode(b"  \n")
    assert e.value.code == "E101"
    with pytest.raises(MarsadError) as e:
        decode(bytes(range(256)) * 20)
    assert e.value.code in ("E102", "E103")


def test_ingest_truncated_utf8_keeps_text_with_a_warning(example_text):
    data = example_text.encode("utf-8")[:-1]  # the last character is Arabic: 2 bytes
    if example_text.encode("utf-8")[-1] < 0x80:
        data = (example_text + "ب").encode("utf-8")[:-1]
    d = decode(data, "x.txt")
    assert d.text and d.warnings and "warning[W150]" in d.warnings[0]


def test_ingest_html_main_text_without_invented_dates(example_text):
    paras = "".join(f"<p>{p}</p>" for p in example_text.splitlines() if p.strip())
    page = (f"<html><head><title>عنوان</title></head><body><nav>الرئيسية</nav><article>{paras}</article>"
            "<footer>© 2023 جميع الحقوق محفوظة</footer></body></html>")
    p = extract_page(page)
    assert "باشاغا" in p.text and "الرئيسية" not in p.text
    assert p.published is None  # the footer year is not a publication date
    dated = page.replace("<head>", '<head><meta property="article:published_time" content="2020-08-06T10:00:00Z">')
    assert extract_page(dated).published == "2020-08-06"


def test_ingest_jsonl_bad_line_is_reported_and_file_goes_on(tmp_path, example_text):
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join([json.dumps({"text": example_text}), "{bad", json.dumps([1]),
                            json.dumps({"title": "no text"}), json.dumps({"html": "<p>" + example_text + "</p>"})]))
    out = list(read_jsonl(f))
    assert [type(x).__name__ for x in out] == ["Document", "Problem", "Problem", "Problem", "Document"]
    assert [x.error.code for x in out if isinstance(x, Problem)] == ["E110", "E112", "E111"]
    assert "a.jsonl: line 2: malformed JSON" in out[1].line()


def test_ingest_walks_folders_and_reports_missing_paths(tmp_path, broken_batch):
    items = list(iter_documents([broken_batch, tmp_path / "missing"]))
    problems = [x for x in items if isinstance(x, Problem)]
    assert {p.error.code for p in problems} >= {"E101", "E201", "E110"}
    assert sum(1 for x in items if not isinstance(x, Problem)) == 7
