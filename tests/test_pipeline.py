"""The pipeline end to end: records that follow spec/output.md, with evidence offsets."""

import json

from marsad.ingest import Document
from marsad.pipeline import Pipeline, to_record

REQUIRED_ARTICLE = ("id", "source", "text")
REQUIRED_EVENT = ("id", "type", "actors", "evidence")
TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
         "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "RETREAT", "CONCEDE"}


def _record(text, source="a.txt", published=None):
    return to_record(Pipeline().extract_document(Document(source=source, text=text), published))


def check_record(rec):
    art = rec["article"]
    for k in REQUIRED_ARTICLE:
        assert art[k]
    for ev in rec["events"]:
        for k in REQUIRED_EVENT:
            assert k in ev
        assert ev["type"] in TYPES
        assert ev["status"] in ("occurred", "planned", "proposed", "denied", "reported_claim")
        assert ev["actors"], ev
        ev_ = ev["evidence"]
        assert art["text"][ev_["start"]:ev_["end"]] == ev_["text"]
        for p in ev["actors"] + ev["recipients"]:
            assert p["name"] and p["name_ar"] and p["kind"] in ("person", "state", "organization", "armed_group")
            if p["kind"] == "state":
                assert len(p["country"]) == 3
        if ev["date"]:
            assert len(ev["date"]) in (4, 7, 10)


def test_pipeline_examples_follow_the_record_spec(examples_dir):
    for f in sorted(examples_dir.glob("*.txt")):
        rec = _record(f.read_text(encoding="utf-8"), f.name)
        check_record(rec)
        assert rec["events"]
        json.dumps(rec, ensure_ascii=False)


def test_pipeline_finds_people_states_place_and_relative_date():
    text = ("استقبل وزير الخارجية التركي مولود جاويش أوغلو اليوم في أنقرة نظيره القطري محمد بن عبد الرحمن.\n"
            "وأكد الوزيران أهمية التعاون.")
    rec = _record(text, published="2021-03-02")
    ev = rec["events"][0]
    assert ev["type"] == "CONSULT" and ev["date"] == "2021-03-02" and ev["date_text"] == "اليوم"
    assert ev["location"]["name"] == "Ankara" and ev["location"]["country"] == "TUR"
    people = {p["name"]: p["country"] for p in ev["actors"] + ev["recipients"]}
    assert people["Mevlüt Çavuşoğlu"] == "TUR"
    assert people["Mohammed bin Abdulrahman Al Thani"] == "QAT"


def test_pipeline_status_from_negation_and_proposal():
    rec = _record("نفت مصر أنها هاجمت ليبيا.\nكان توقيع اتفاقية بين تركيا وليبيا مطروحا.")
    statuses = {ev["type"]: ev["status"] for ev in rec["events"]}
    assert statuses["ASSAULT"] == "denied"
    assert statuses["AGREE"] == "proposed"


def test_pipeline_same_family_name_is_not_merged():
    text = ("التقى نائب قائد الجيش الوطني صدام حفتر رئيس الأركان التركي.\n"
            "وقال القائد العام المشير خليفة حفتر إن حفتر سيزور أنقرة.")
    rec = _record(text)
    ids = {e["name_ar"]: e["id"] for e in rec["entities"] if e["kind"] == "person"}
    assert ids["صدام حفتر"] != ids["خليفة حفتر"]
    bare = [m for m in rec["mentions"] if m["text"] == "حفتر"]
    assert all(m["entity_id"] is None for m in bare) or not bare


def test_pipeline_topic_of_a_meeting_is_not_an_event_of_its_own():
    rec = _record("بحث وزير الدفاع التركي خلوصي أكار مع نظيره القطري خالد العطية سبل تعزيز التعاون العسكري.",
                  published="2020-08-06")
    assert [ev["type"] for ev in rec["events"]] == ["CONSULT"]
    rec = _record("وقعت تركيا وليبيا اتفاقية للتعاون العسكري.", published="2020-08-06")
    assert "AGREE" in {ev["type"] for ev in rec["events"]}
