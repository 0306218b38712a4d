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


def _types(text, published="2024-03-05"):
    return [(e["type"], e["evidence"]["text"]) for e in _record(text, published=published)["events"]]


def test_pipeline_event_told_again_is_not_a_new_event():
    text = ("التقى وزير الخارجية التركي هاكان فيدان في أنقرة اليوم نظيره القطري محمد بن عبد الرحمن آل ثاني. "
            "وتأتي هذه الزيارة في إطار جولة إقليمية يقوم بها الوزير القطري إلى تركيا ومصر. "
            "وتناول الاجتماع العلاقات بين تركيا وقطر.")
    assert [t for t, _ in _types(text)] == ["CONSULT"]


def test_pipeline_verbal_noun_in_reported_speech_is_not_an_event():
    text = ("قال وزير الداخلية الليبي إن دعم الأمن في ليبيا يعني دعم أمن المنطقة كلها. "
            "وأكد وزير الخارجية التركي هاكان فيدان أن التعاون مع قطر يخدم المنطقة.")
    assert _types(text) == []
    said = _types("وقال فيدان إن تركيا وقطر اتفقتا على إرسال مساعدات إلى ليبيا.")
    assert "AGREE" in [t for t, _ in said]  # a verb in what is said still reports an event


def test_pipeline_heading_is_not_an_event():
    text = ("تعاون أمني ليبي مالطي\n"
            "وقع وزير الداخلية الليبي مع نظيره المالطي اليوم في طرابلس مذكرة تفاهم للتعاون الأمني.")
    assert [ev for t, ev in _types(text) if ev.startswith("تعاون أمني")] == []


def test_pipeline_support_as_a_noun_is_not_aid():
    text = "وأعرب وزير الدفاع التركي عن تقديره للدعم القطري للحكومة الليبية في طرابلس."
    assert "AID" not in [t for t, _ in _types(text)]
    assert "AID" in [t for t, _ in _types("أرسلت تركيا مستشارين عسكريين إلى ليبيا لتدريب القوات الليبية.")]


def test_pipeline_headline_fragment_yields_to_the_full_account():
    text = ("صدام حفتر زار أنقرة\n"
            "التقى صدام حفتر في أنقرة اليوم وزير الدفاع التركي يشار غولر ورئيس الأركان سلجوق بيرقدار أوغلو.")
    consult = [t for t, _ in _types(text, "2025-04-01") if t == "CONSULT"]
    assert len(consult) == 1


def _events(text, published="2020-08-06"):
    return _record(text, published=published)["events"]


def _names(ps):
    return [p["name"] for p in ps]


def test_pipeline_reported_speech_speaker_accuses():
    evs = _events("قال وزير الدفاع التركي خلوصي أكار إنه يجب قطع الدعم عمن وصفه بالانقلابي خليفة حفتر.")
    accuse = [e for e in evs if e["type"] == "ACCUSE"]
    assert len(accuse) == 1 and _names(accuse[0]["actors"]) == ["Hulusi Akar"]
    assert "Khalifa Haftar" in _names(accuse[0]["recipients"])


def test_pipeline_reported_speech_speaker_goes_on():
    evs = _events("قال وزير الداخلية الليبي فتحي باشاغا إن الوضع في طرابلس صعب. "
                  "وأضاف أن اعتداءات خليفة حفتر تزعزع الأمن في المنطقة.")
    accuse = [e for e in evs if e["type"] == "ACCUSE"]
    assert [(_names(e["actors"]), _names(e["recipients"])[:1]) for e in accuse] == [
        (["Fathi Bashagha"], ["Khalifa Haftar"])]


def test_pipeline_reported_speech_demand():
    evs = _events("أكد رئيس المجلس الرئاسي الليبي فائز السراج ضرورة انسحاب قوات خليفة حفتر من محيط طرابلس.",
                  "2019-06-01")
    assert any(e["type"] == "REQUEST" and _names(e["actors"]) == ["Fayez al-Sarraj"] for e in evs) or \
        any(e["type"] == "REQUEST" for e in evs)


def test_pipeline_each_of_makes_one_meeting_with_each():
    evs = _events("وسبق الاجتماع لقاءان ثنائيان لوزير الدفاع التركي خلوصي أكار مع كل من فتحي باشاغا "
                  "وبيرون كاميلاري في أنقرة.")
    consult = [(_names(e["actors"]), _names(e["recipients"])) for e in evs if e["type"] == "CONSULT"]
    assert (["Hulusi Akar"], ["Fathi Bashagha"]) in consult and (["Hulusi Akar"], ["Byron Camilleri"]) in consult


def test_pipeline_during_the_meeting_refers_back():
    evs = _events("التقى وزير الدفاع التركي خلوصي أكار وزير الداخلية الليبي فتحي باشاغا في أنقرة اليوم. "
                  "وقال أكار خلال اجتماع مع باشاغا إن تركيا تدعم الحكومة الشرعية. "
                  "وأكد باشاغا أن الاجتماع ناقش الأوضاع في طرابلس.")
    assert [e["type"] for e in evs].count("CONSULT") == 1


def test_pipeline_dated_agreement_in_reported_speech_is_kept():
    evs = _events("وأشار أكار إلى أن تركيا وحكومة الوفاق تربطهما اتفاقية تعاون عسكري موقعة في ديسمبر 2019.")
    assert any(e["type"] in ("AGREE", "COOPERATE") and e["date"] == "2019-12" for e in evs)


def test_pipeline_surname_spelled_two_ways_is_one_person():
    rec = _record("التقى وزير الدفاع التركي خلوصي أكار نظيره القطري في أنقرة. وقال آكار إن اللقاء كان مثمرا.",
                  published="2020-08-06")
    linked = [m for m in rec["mentions"] if m["text"] == "آكار"]
    assert linked and linked[0]["entity_id"] == "person:hulusi-akar"


def test_pipeline_events_of_the_news_take_its_date_and_place():
    evs = _events("التقى وزير الدفاع التركي خلوصي أكار اليوم في أنقرة وزير الداخلية الليبي فتحي باشاغا ونظيره المالطي "
                  "بيرون كاميلاري. وسبق الاجتماع لقاء ثنائي لأكار مع كاميلاري عقب استقباله بمراسم عسكرية.",
                  "2020-08-06")
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert len(consult) == 2
    assert all(e["date"] == "2020-08-06" and e["location"]["name"] == "Ankara" for e in consult)
    other = _events("التقى وزير الدفاع التركي خلوصي أكار اليوم في أنقرة وزير الداخلية الليبي فتحي باشاغا. "
                    "وكان الرئيس الروسي فلاديمير بوتين قد استقبل المشير خليفة حفتر.", "2020-08-06")
    assert [e["date"] for e in other if e["type"] == "CONSULT"][1:] == [None]  # other people: not this news
