"""Events: one short sentence of our own per construction — who acts, who receives, status, place and date."""

from __future__ import annotations

import pytest


def _events(record, text, published="2020-08-06"):
    return [e for e in record(text, published)["events"]]


def _first(evs, key, value):
    """The first event whose ``key`` (type, mode) is ``value``."""
    return next(e for e in evs if e[key] == value)


def _who(ev):
    return [p["name"] for p in ev["actors"]], [p["name"] for p in ev["recipients"]]


def test_events_vso_verb_subject_object(record):
    ev = _events(record, "التقى وزير الخارجية التركي هاكان فيدان نظيره القطري في الدوحة أمس.", "2024-03-06")[0]
    assert ev["type"] == "CONSULT" and _who(ev) == (["Hakan Fidan"], ["Mohammed bin Abdulrahman Al Thani"])
    assert ev["date"] == "2024-03-05" and ev["date_text"] == "أمس" and ev["location"]["name"] == "Doha"


def test_events_dual_names_both_parties(record):
    ev = _events(record, "التقى وزيرا الدفاع القطري والتركي في أنقرة اليوم.")[0]
    assert set(sum(_who(ev), [])) == {"Hulusi Akar", "Khalid bin Mohammed Al Attiyah"}


def test_events_with_separates_actor_and_recipient(record):
    ev = _events(record, "بحث وزير الدفاع التركي خلوصي أكار مع نظيره القطري خالد العطية التعاون العسكري.")[0]
    assert _who(ev) == (["Hulusi Akar"], ["Khalid bin Mohammed Al Attiyah"])


def test_events_between_lists_both_parties(record):
    ev = _events(record, "عقد اجتماع بين وزير الدفاع التركي خلوصي أكار ووزير الداخلية الليبي فتحي باشاغا في أنقرة.")[0]
    assert set(sum(_who(ev), [])) == {"Hulusi Akar", "Fathi Bashagha"} and ev["location"]["name"] == "Ankara"


def test_events_host_receives_the_visitor(record):
    ev = _events(record, "استقبل الرئيس التركي رجب طيب أردوغان رئيس المجلس الرئاسي الليبي محمد المنفي في إسطنبول.",
                 "2021-04-12")[0]
    assert _who(ev) == (["Mohamed al-Menfi"], ["Recep Tayyip Erdoğan"])  # PLOVER: the visitor acts


def test_events_visit_to_a_state(record):
    ev = _events(record, "بدأ رئيس الحكومة الليبية عبد الحميد الدبيبة زيارة إلى تركيا يلتقي خلالها الرئيس أردوغان.",
                 "2021-04-12")[0]
    assert ev["type"] == "CONSULT" and _who(ev)[0] == ["Abdul Hamid Dbeibah"] and "Turkey" in _who(ev)[1]


def test_events_sent_to_a_state_receives(record):
    evs = _events(record, "نفت تركيا أن تكون أرسلت قوات إلى ليبيا.")
    mob = [e for e in evs if e["type"] == "MOBILIZE"]
    assert mob and _who(mob[0]) == (["Turkey"], ["Libya"]) and mob[0]["status"] == "denied"
    assert any(e["type"] == "REJECT" and _who(e)[0] == ["Turkey"] for e in evs)


@pytest.mark.parametrize(("text", "status"), [
    ("من المقرر أن يزور وزير الدفاع التركي خلوصي أكار طرابلس الأسبوع المقبل.", "planned"),
    ("جرى الاتفاق بين تركيا وليبيا على إرسال مستشارين عسكريين أتراك إلى ليبيا.", "planned"),
    ("كان إبرام اتفاقية بحرية جديدة بين ليبيا وتركيا مطروحا.", "proposed"),
    ("لم يلتق وزير الدفاع التركي خلوصي أكار بالمشير خليفة حفتر.", "denied"),
    ("رجح مراقبون أن تكون الزيارة مقدمة لاتفاق عسكري بين تركيا وشرق ليبيا.", "reported_claim"),
    ("ولم يلتق وزير الدفاع التركي خلوصي أكار بالمشير خليفة حفتر.", "denied"),  # و joined to the cue
    ("وتعتزم تركيا إرسال مزيد من المستشارين العسكريين إلى ليبيا.", "planned"),
    ("ولا تزال تركيا ترسل قوات إلى ليبيا.", "occurred"),  # "still": no negation
])
def test_events_status_from_modality(record, text, status):
    evs = _events(record, text)
    main = [e for e in evs if e["type"] != "AGREE"] or evs
    assert main and main[0]["status"] == status, [(e["type"], e["status"]) for e in evs]


@pytest.mark.parametrize(("text", "place"), [
    ("التقى وزير الدفاع التركي خلوصي أكار بوزير الداخلية الليبي فتحي باشاغا بأنقرة.", "Ankara"),
    ("التقى وزير الدفاع التركي خلوصي أكار وزير الداخلية الليبي فتحي باشاغا في العاصمة الليبية طرابلس.", "Tripoli"),
    ("وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس حيث التقى رئيس المجلس الرئاسي فائز السراج.", "Tripoli"),
    ("التقى الرئيس المصري عبد الفتاح السيسي المشير خليفة حفتر في العلمين.", "El Alamein"),  # curated places
    ("هاجمت قوات الدعم السريع مدينة الفاشر.", "El Fasher"),
    # the capital of the state a demonym names, nearer than the place the talks were about
    ("اتفق وزير الداخلية التونسي خالد النوري ونظيره الليبي عماد الطرابلسي، خلال اجتماع عقداه في العاصمة "
     "التونسية، على إعادة فتح معبر رأس جدير.", "Tunis"),
    ("التقى وزير الدفاع التركي خلوصي أكار وزير الداخلية الليبي فتحي باشاغا بالعاصمة التركية.", "Ankara"),
])
def test_events_place_forms(record, text, place):
    evs = _events(record, text)
    assert evs and (evs[0]["location"] or {}).get("name") == place, [(e["type"], e["location"]) for e in evs]


# --- verb + object patterns seeded from UniversalPetrarch (data/sources/triggers_up.tsv) -----------------
@pytest.mark.parametrize(("text", "etype"), [
    ("فتحت القوات التركية النار على مواقع قرب طرابلس أمس.", "ASSAULT"),  # VSO: the subject sits between
    ("توصلت ليبيا وتركيا إلى اتفاق بشأن الحدود البحرية.", "AGREE"),
    ("نشرت روسيا قوات إضافية في ليبيا.", "MOBILIZE"),
    ("سحبت تركيا قواتها من ليبيا.", "RETREAT"),
    ("طلبت ليبيا مساعدة من تركيا لتدريب خفر السواحل.", "REQUEST"),
])
def test_events_verb_object_patterns(record, text, etype):
    assert [e["type"] for e in _events(record, text)] == [etype]


@pytest.mark.parametrize("text", [
    "نشرت قوات الجيش الليبي صورا من المعارك.",  # the forces are the subject here, not what was deployed
    "فتحت تركيا سفارتها في طرابلس، وقالت إن النار اندلعت في مستودع.",  # the object lies beyond the clause
    "نشرت روسيا تقريرا عن ليبيا.",  # the bare verb triggers nothing
])
def test_events_verb_object_patterns_need_their_object(record, text):
    assert [e["type"] for e in _events(record, text) if e["type"] in ("MOBILIZE", "ASSAULT")] == []


@pytest.mark.parametrize("text", [
    "ووصل أكثر من 650 ألف مهاجر إلى إيطاليا منذ عام 2014.",  # the subject is not an actor
    "وبحسب المنظمة الدولية للهجرة فقد وصل إلى إسبانيا 22 ألف شخص.",  # the source of a report is not a party
    "استقبل مطار دبي في الإمارات سبعة ملايين مسافر في أبريل.",  # an airport hosts nobody
    "قال المتحدث باسم وزارة الخارجية التونسية إن الوضع مستقر.",  # وزارة is not و + زاره (visited him)
    "نشر زعيم حزب الشعب الجمهوري على موقع التواصل الاجتماعي رسما عن الرئيس التركي.",  # the article never takes a suffix
    "كان المتهم يدعي أنه طالب لجوء في بريطانيا.",  # يدعي is not يدع + ي; a subject never follows في
    "حكم القاضي على طالب لجوء عراقي بالسجن.",  # a verb never follows a preposition: طالب is a seeker here
    "ووصل 16 ألف مهاجر هذا العام عبر إيطاليا.",  # nor is a subject behind عبر
])
def test_events_no_event_without_a_party_next_to_the_trigger(record, text):
    assert _events(record, text) == []


def test_events_sign_needs_something_signed(record):
    clash = _events(record, "وقعت اشتباكات عنيفة بين قوات ليبية وتركية في طرابلس.")  # clashes, not a signing
    assert [(e["type"], e["mode"]) for e in clash] == [("ASSAULT", "clash")]
    assert _events(record, "وقع نادي لاتسيو الإيطالي ضحية لعملية خداع.") == []
    ev = _events(record, "وقعت تركيا وقطر اتفاقية للتعاون العسكري في الدوحة.")[0]
    assert ev["type"] == "AGREE" and "Turkey" in sum(_who(ev), [])
    ev = _events(record, "أما الاتفاقية فقد وقعها وزير الخارجية التركي مولود تشاووش أوغلو مع نظيره الليبي.",
                 "2020-05-01")[0]  # the thing signed before a verb that carries its pronoun
    assert ev["type"] == "AGREE" and _who(ev)[0] == ["Mevlüt Çavuşoğlu"]


def test_events_idiom_hides_trigger(record):
    assert all(e["type"] != "CONSULT" for e in _events(record, "قالت الشرطة السويدية إن ما يصل إلى مئة سيارة أحرقت."))


def test_events_condition_is_not_a_report(record):
    evs = _events(record, "قال روحاني إن إيران ستندم إذا انسحبت الولايات المتحدة من الاتفاق.", "2018-05-01")
    assert all(e["type"] != "RETREAT" for e in evs)


@pytest.mark.parametrize("text", [
    "التقى منتخب مصر نظيره التونسي في مباراة ودية في القاهرة.",
    "يتعاون الفنان المصري أحمد السقا مع تونس في فيلم جديد.",
])
def test_events_none_in_sports_or_entertainment(record, text):
    assert _events(record, text) == []


def test_events_dateline_is_not_a_party(record):
    text = "دبي، الإمارات العربية المتحدة (CNN)-- هاجمت قوات حفتر مقر حكومة الوفاق في طرابلس."
    assert all("United Arab Emirates" not in sum(_who(e), []) for e in _events(record, text, "2019-04-10"))


def test_events_description_is_not_a_report(record):
    assert _events(record, "تسيطر الحكومة التي تدعمها الأمم المتحدة على طرابلس.") == []


def test_events_a_person_attacks_in_words(record):
    ev = _events(record, "شن وزير الخارجية الأمريكي مايك بومبيو هجوما على إيران.", "2018-06-01")[0]
    assert ev["type"] == "ACCUSE" and _who(ev) == (["Mike Pompeo"], ["Iran"])


def test_events_a_noun_behind_a_conjunction_is_not_a_verb(record):
    text = "أقامت كنيسة في صعيد مصر قداسا وصلاة على أرواح مسيحيين مصريين قتلوا في ليبيا."
    assert all(e["type"] != "CONSULT" for e in _events(record, text))  # و + صلاة, not وصلا + ه


def test_events_parties_of_another_clause_do_not_receive(record):
    text = ("وصل قائد الجيش الوطني الليبي المشير خليفة حفتر إلى القاهرة، وذلك بعد أسابيع من حملة إعلامية "
            "قادتها جماعة الإخوان المسلمين.")
    evs = _events(record, text, "2018-04-26")
    assert evs and all("Muslim Brotherhood" not in sum(_who(e), []) for e in evs)
    assert _who(evs[0]) == (["Khalifa Haftar"], ["Egypt"])


def test_events_coming_home_is_no_visit(record):
    assert _events(record, "وصل قائد الجيش الوطني الليبي المشير خليفة حفتر إلى بنغازي قادما من الخارج.",
                   "2018-04-26") == []


def test_events_sending_needs_something_sent(record):
    assert all(e["type"] != "AID" for e in _events(record, "أرسل الرئيس التركي رسالة تهنئة إلى نظيره الليبي."))
    assert all(e["type"] != "AGREE" for e in _events(record, "قال السيد صادق الخطيب إن ليبيا بلد كبير."))


def test_events_visit_or_aid_to_a_place_is_received_by_its_state(record):
    ev = _events(record, "وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس اليوم في زيارة رسمية.")[0]
    assert ev["type"] == "CONSULT" and _who(ev) == (["Hulusi Akar"], ["Libya"]) and ev["location"]["name"] == "Tripoli"
    text = "قال المتحدث باسم الجيش الوطني الليبي أحمد المسماري إن تركيا أرسلت طائرات مسيرة إلى طرابلس."
    aid = [e for e in _events(record, text) if e["type"] == "AID"]  # a concrete sending, also in what is said
    assert aid and _who(aid[0]) == (["Turkey"], ["Libya"])


def test_events_a_date_belongs_to_the_nearest_event_before_it(record):
    text = ("وصل وزير الدفاع التركي يشار غولر اليوم إلى طرابلس. وبحث غولر مع رئيس حكومة الوحدة الوطنية عبد الحميد "
            "الدبيبة آليات تنفيذ مذكرة التفاهم الموقعة بين الجانبين في نوفمبر 2019.")
    evs = _events(record, text, "2024-12-16")
    meeting = [e for e in evs if "Abdul Hamid Dbeibah" in sum(_who(e), [])]
    assert meeting and meeting[0]["date"] == "2024-12-16"  # the memorandum's date is not the meeting's


def test_events_capital_stands_for_its_state(record):
    ev = _events(record, "واتهم المتحدث باسم الجيش الوطني الليبي أحمد المسماري أنقرة بإرسال مرتزقة.", "2020-01-10")[0]
    assert ev["type"] == "ACCUSE" and _who(ev) == (["Ahmed al-Mismari"], ["Turkey"])
    ev = _events(record, "زار رئيس الأركان الليبي محمد الحداد أنقرة في يوليو الماضي.", "2024-12-16")[0]
    assert _who(ev) == (["Mohammed al-Haddad"], ["Turkey"]) and ev["location"]["name"] == "Ankara"  # visited


def test_events_the_two_sides_are_the_last_event_s_parties(record):
    text = ("التقى وزير الخارجية التركي هاكان فيدان نظيره المصري بدر عبد العاطي في القاهرة. "
            "واتفق الجانبان على تشكيل لجنة مشتركة للتعاون الاقتصادي.")
    agree = [e for e in _events(record, text, "2024-09-01") if e["type"] == "AGREE"]
    assert agree and set(sum(_who(agree[0]), [])) == {"Hakan Fidan", "Badr Abdelatty"}


def test_events_declared_support_and_phone_call(record):
    ev = _events(record, "أعلنت قطر دعمها الكامل لحكومة الوحدة الوطنية.", "2022-03-01")[0]
    assert ev["type"] == "SUPPORT" and _who(ev) == (["Qatar"], ["Government of National Unity"])
    ev = _events(record, "وأجرى أمير قطر اتصالا هاتفيا مع الرئيس التركي بحث خلاله الأوضاع في ليبيا.", "2022-03-01")[0]
    assert ev["type"] == "CONSULT" and ev["mode"] == "phone"
    assert _who(ev)[0] == ["Tamim bin Hamad Al Thani"] and "Recep Tayyip Erdoğan" in _who(ev)[1]


def test_events_what_is_condemned_is_no_event_of_the_condemner(record):
    evs = _events(record, "أدان مجلس الأمن الدولي الهجوم على مطار معيتيقة الدولي في طرابلس.", "2020-05-10")
    assert [e["type"] for e in evs] == ["ACCUSE"]


def test_events_summaries_read_as_a_line(record):
    ev = _events(record, "التقى وزير الدفاع التركي خلوصي أكار بوزير الداخلية الليبي فتحي باشاغا بأنقرة اليوم.",
                 "2020-08-06")[0]
    assert ev["summary_en"] == ("Hulusi Akar (Turkey, Minister of National Defence) met Fathi Bashagha "
                                "(Libya, Minister of Interior) in Ankara on 2020-08-06")
    assert ev["summary_ar"].startswith("التقى خلوصي أكار (وزير الدفاع التركي) فتحي باشاغا")
    ev = _events(record, "وقعت تركيا وقطر اتفاقية للتعاون العسكري في الدوحة.", "2020-08-06")[0]
    assert ev["summary_ar"].startswith("اتفقت تركيا مع قطر")  # the verb agrees with a state: feminine


def test_events_a_demonym_describing_a_place_is_no_party(record):
    text = "شهدت العاصمة التركية أنقرة اليوم لقاء بين وزير الداخلية الليبي فتحي باشاغا ونظيره المالطي."
    ev = _events(record, text, "2020-08-06")[0]
    assert "Turkey" not in sum(_who(ev), []) and ev["location"]["name"] == "Ankara"
    text = ("شهدت العلاقات التركية الليبية تحولات لافتة، مع زيارة نائب قائد الجيش الوطني الليبي صدام حفتر "
            "إلى أنقرة.")  # nor a demonym describing a relation, the second one included
    ev = _events(record, text, "2025-01-20")[0]
    assert _who(ev) == (["Saddam Haftar"], ["Turkey"]) and ev["location"]["name"] == "Ankara"


def test_events_no_speech_act_in_sports_reporting(record):
    text = "وقال وزير الرياضة السعودي تركي آل الشيخ إنه يجب على المنتخب أن يهزم روسيا في المباراة الافتتاحية."
    assert _events(record, text, "2018-06-10") == []


def test_events_possessed_meeting_is_held_by_the_subject(record):
    """"خلال لقائه X": the meeting's pronoun stands for the subject before it; X is met.  The hamza of لقاء takes
    its seat before the suffix (لقائه), which the trigger forms must allow."""
    ev = _events(record, "أكد وزير الداخلية الليبي عماد الطرابلسي خلال لقائه وزير الداخلية التركي في طرابلس "
                         "أهمية التعاون الأمني.", "2024-05-01")[0]
    assert ev["type"] == "CONSULT" and _who(ev) == (["Imad Trabelsi"], ["Ali Yerlikaya"])
    assert ev["location"]["name"] == "Tripoli"


def test_events_accusation_content_names_no_recipient(record):
    """"اتهم X تركيا بإرسال مرتزقة سوريين إلى ليبيا": Turkey is accused; Syria and Libya are in the accusation."""
    evs = _events(record, "اتهم المتحدث باسم الجيش الوطني الليبي أحمد المسماري تركيا بإرسال مرتزقة سوريين إلى ليبيا.")
    assert [(ev["type"], _who(ev)) for ev in evs] == [("ACCUSE", (["Ahmed al-Mismari"], ["Turkey"]))]


def test_events_what_a_demand_asks_for_is_no_event(record):
    """"دعا المجلس الأطراف إلى الالتزام بوقف إطلاق النار": a demand, not a ceasefire agreed."""
    evs = _events(record, "دعا مجلس الأمن الدولي الأطراف الليبية إلى الالتزام بوقف إطلاق النار.")
    assert [ev["type"] for ev in evs] == ["REQUEST"]


def test_events_capital_standing_for_its_state_is_no_place(record):
    evs = _events(record, "نفت وزارة الخارجية التركية ما تناقلته وسائل إعلام عن نية أنقرة سحب قواتها من ليبيا.")
    assert evs[0]["type"] == "REJECT" and evs[0]["location"] is None
    ev = _events(record, "وعقدت اجتماعات أنقرة بين وزير الدفاع التركي خلوصي أكار ونظيره القطري خالد العطية.")[0]
    assert ev["type"] == "CONSULT" and ev["location"]["name"] == "Ankara"


def test_events_a_states_warship_acts_as_its_navy(record):
    """A warship docking in a port is a visit by that state's navy (the KB's, else one made for the state)."""
    ev = _events(record, "رست سفينة حربية قطرية في ميناء طرابلس.")[0]
    assert ev["type"] == "CONSULT" and ev["mode"] == "visit"
    assert [(p["kind"], p["country"]) for p in ev["actors"]] == [("organization", "QAT")]
    assert [p["name"] for p in ev["recipients"]] == ["Libya"]
    ev = _events(record, "وصلت الفرقاطة التركية إلى ميناء مصراتة.")[0]
    assert [p["id"] for p in ev["actors"]] == ["org:tur_navy"]


def test_events_praise_goes_to_the_doer_of_what_is_praised(record):
    ev = _events(record, "وأشاد رئيس المجلس الرئاسي محمد المنفي بالدعم الذي تقدمه تركيا لليبيا.", "2021-06-01")[0]
    assert ev["type"] == "SUPPORT" and _who(ev) == (["Mohamed al-Menfi"], ["Turkey"])
    ev = _events(record, "ورحب الدبيبة بالجهود الكبيرة التي تبذلها قطر لدعم الاستقرار.", "2021-06-01")[0]
    assert ev["type"] == "SUPPORT" and _who(ev) == (["Abdul Hamid Dbeibah"], ["Qatar"])



def test_events_a_states_delegation_acts_as_the_state(record):
    ev = _events(record, "وزار وفد عسكري تركي رفيع المستوى العاصمة الليبية طرابلس الأحد.")[0]
    assert ev["type"] == "CONSULT" and _who(ev) == (["Turkey"], ["Libya"]) and ev["location"]["name"] == "Tripoli"


def test_events_an_ambassadors_post_is_no_party(record):
    """"السفير التركي لدى الدوحة": Doha is where the ambassador serves, not Qatar as a second side."""
    ev = _events(record, "وبحث وزير الدفاع القطري خالد العطية مع السفير التركي لدى الدوحة سبل تطوير العلاقات.")[0]
    assert _who(ev) == (["Khalid bin Mohammed Al Attiyah"], ["Turkey"])


def test_events_a_verb_going_on_without_its_subject_keeps_the_subject(record):
    """"وصل أكار إلى طرابلس حيث التقى السراج": Akar, left out after حيث, met Sarraj."""
    evs = _events(record, "وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس حيث التقى رئيس المجلس الرئاسي فائز السراج.")
    assert [(ev["mode"], _who(ev)) for ev in evs] == [("visit", (["Hulusi Akar"], ["Libya"])),
                                                     ("meeting", (["Hulusi Akar"], ["Fayez al-Sarraj"]))]


@pytest.mark.parametrize(("text", "kind", "who"), [
    ("شنت طائرات تابعة للجيش الوطني الليبي غارات على مواقع في مصراتة.", "ASSAULT", (["Libyan National Army"], [])),
    ("ونددت الحكومة الليبية بالتدخل العسكري الأجنبي.", "ACCUSE", (["Libya"], [])),
    ("وسلمت تركيا ليبيا دفعة جديدة من المدرعات.", "AID", (["Turkey"], ["Libya"])),
    ("وأرسلت تركيا مستشارين عسكريين سوريين إلى ليبيا.", "AID", (["Turkey"], ["Libya"])),  # Syria names the sent
])
def test_events_more_of_the_lexicon(record, text, kind, who):
    evs = _events(record, text, "2020-06-01")
    assert [(ev["type"], _who(ev)) for ev in evs] == [(kind, who)]


def test_events_handing_over_needs_what_is_handed(record):
    assert not _events(record, "وسلم المتهم نفسه إلى الشرطة التركية.", "2020-06-01")


@pytest.mark.parametrize("text", [
    "أعلنت وزارة الدفاع التركية أن وزير الدفاع يشار غولر التقى نظيره القطري في أنقرة.",
    "وزير الدفاع يشار غولر يلتقي نظيره القطري في أنقرة",
    "وكان وزير الدفاع يشار غولر قد التقى نظيره القطري في أنقرة.",  # كان: the subject before the verb
])
def test_events_subject_first_after_that_or_at_the_start(record, text):
    """SVO after أن/إن or at the start of a sentence: the first party acts, the one after the verb receives."""
    ev = [e for e in _events(record, text, "2024-03-01") if e["type"] == "CONSULT"][0]
    assert _who(ev) == (["Yaşar Güler"], ["Khalid bin Mohammed Al Attiyah"])


def test_events_a_received_call_is_made_by_the_caller(record):
    ev = _events(record, "وتلقى رئيس الوزراء القطري اتصالا هاتفيا من وزير الخارجية التركي بحث خلاله التطورات في "
                         "الملف الليبي.", "2024-03-01")[0]
    assert ev["type"] == "CONSULT" and ev["mode"] == "phone"
    assert _who(ev) == (["Hakan Fidan"], ["Mohammed bin Abdulrahman Al Thani"])  # and Libya is only the topic


def test_events_who_leads_a_delegation_acts_with_it(record):
    ev = _events(record, "ووصل وفد ليبي برئاسة وزير الداخلية فتحي باشاغا إلى الدوحة.", "2020-08-20")[0]
    assert _who(ev) == (["Libya", "Fathi Bashagha"], ["Qatar"]) and ev["location"]["name"] == "Doha"


def test_events_a_construct_names_the_event_before_it(record):
    """"وقعت قطر وليبيا اتفاقية تعاون عسكري": one agreement, not also a cooperation."""
    evs = _events(record, "ووقعت قطر وليبيا اتفاقية تعاون عسكري تشمل تدريب عناصر الجيش الليبي.", "2020-08-20")
    assert [ev["type"] for ev in evs] == ["AGREE"]
    evs = _events(record, "وقد سبق هذه الزيارة لقاء وزير الدفاع التركي خلوصي أكار مع رئيس المجلس الرئاسي فائز "
                          "السراج في طرابلس.", "2020-08-20")
    assert [ev["type"] for ev in evs] == ["CONSULT"]  # two phrases: the meeting is told


def test_events_a_visit_expected_is_planned_and_a_place_is_no_name(record):
    ev = _events(record, "ومن المنتظر أن يزور وزير الخارجية المالطي طرابلس الشهر المقبل لبحث ملف الهجرة.",
                 "2020-08-20")[0]
    assert ev["status"] == "planned" and ev["date"] == "2020-09"
    assert _who(ev) == (["Evarist Bartolo"], ["Libya"])



def test_events_a_verb_ends_the_name_after_a_title(record):
    """"بأن الرئيس أردوغان استقبل حفتر": استقبل is no part of a name, and the host receives the visitor."""
    ev = _events(record, "وأفادت وكالة الأناضول بأن الرئيس أردوغان استقبل المشير خليفة حفتر في المجمع الرئاسي "
                         "بأنقرة.", "2022-06-14")[0]
    assert ev["mode"] == "host" and _who(ev) == (["Khalifa Haftar"], ["Recep Tayyip Erdoğan"])


def test_events_his_country_is_the_speakers_state(record):
    """"قال جاويش أوغلو إن بلاده لن تسحب قواتها": Turkey (his country, with him who says so) withdraws, denied."""
    ev = _events(record, "قال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده لن تسحب قواتها من ليبيا.",
                 "2022-06-14")[0]
    assert ev["type"] == "RETREAT" and ev["status"] == "denied" and _who(ev)[0] == ["Mevlüt Çavuşoğlu", "Turkey"]


def test_events_heading_to_a_place_is_a_visit(record):
    ev = _events(record, "وتوجه وزير الخارجية المالطي إلى طرابلس على رأس وفد رفيع.", "2020-08-06")[0]
    assert ev["mode"] == "visit" and _who(ev) == (["Evarist Bartolo"], ["Libya"])


@pytest.mark.parametrize("text", [
    "وزار وزير الدفاع التركي خلوصي أكار طرابلس والتقى رئيس المجلس الرئاسي فائز السراج.",
    "وقام وزير الدفاع التركي خلوصي أكار بزيارة إلى العاصمة الليبية طرابلس، التقى خلالها رئيس المجلس الرئاسي "
    "فائز السراج.",
])
def test_events_another_events_verb_ends_a_clauses_parties(record, text):
    """The visit's parties stop at the next event's verb; that verb goes on with the visitor as its subject."""
    evs = _events(record, text, "2020-08-06")
    assert [(ev["mode"], _who(ev)) for ev in evs] == [("visit", (["Hulusi Akar"], ["Libya"])),
                                                     ("meeting", (["Hulusi Akar"], ["Fayez al-Sarraj"]))]


def test_events_capitals_joined_by_and_stand_for_their_states(record):
    ev = _events(record, "ووقعت موسكو والقاهرة في عام 2015 اتفاقا لبناء محطة نووية.", "2018-03-01")[0]
    assert ev["type"] == "AGREE" and _who(ev) == (["Russia"], ["Egypt"]) and ev["location"] is None


def test_events_planned_clause_and_upcoming_weekday(record):
    """"ومن المقرر أن يجري X السبت ... محادثات": planned however far the trigger is, on the coming Saturday."""
    ev = _events(record, "ومن المقرر أن يجري وزير الخارجية الأمريكي مايك بومبيو السبت في الرياض محادثات مع نظيره "
                         "السعودي.", "2018-10-15")[0]
    assert ev["status"] == "planned" and ev["date"] == "2018-10-20"


def test_events_dated_after_the_news_is_planned(record):
    ev = _events(record, "ويزور رئيس الوزراء المالطي أنقرة غدا في زيارة تستغرق يومين.", "2022-06-14")[0]
    assert ev["status"] == "planned" and ev["date"] == "2022-06-15"


def test_events_who_attends_a_signing_is_no_party_and_a_host_capital_stays_the_place(record):
    ev = _events(record, "وقعت ليبيا وتركيا، الخميس، مذكرة تفاهم للتعاون العسكري، بحضور رئيس المجلس الرئاسي فائز "
                         "السراج.", "2020-08-06")[0]
    assert ev["type"] == "AGREE" and _who(ev) == (["Libya"], ["Turkey"])
    ev = _events(record, "واستقبلت الدوحة أمس رئيس المجلس الأعلى للدولة خالد المشري.", "2020-08-06")[0]
    assert _who(ev) == (["Khalid al-Mishri"], ["Qatar"]) and ev["location"]["name"] == "Doha"


def test_events_talks_by_phone_are_a_call(record):
    ev = _events(record, "وبحث وزير الدفاع التركي خلوصي أكار هاتفيا مع نظيره القطري خالد العطية الوضع في ليبيا.",
                 "2020-08-06")[0]
    assert ev["type"] == "CONSULT" and ev["mode"] == "phone"
    assert _who(ev)[1][0] == "Khalid bin Mohammed Al Attiyah"


def test_events_the_state_an_ambassador_serves_in_is_no_party(record):
    ev = _events(record, "ناقش وزير الداخلية الليبي عماد الطرابلسي مع السفير المالطي لدى ليبيا التعاون الأمني.",
                 "2024-01-10")[0]
    assert _who(ev) == (["Imad Trabelsi"], ["Malta"])


def test_events_military_aircraft_act_as_their_state_and_a_direction_makes_a_place(record):
    ev = _events(record, "هاجمت طائرات مسيرة تركية مواقع لقوات حفتر جنوب طرابلس.")[0]
    assert ev["type"] == "ASSAULT" and _who(ev) == (["Turkey"], ["Libyan National Army"])
    assert ev["location"]["name"] == "Tripoli"


def test_events_a_place_right_after_a_warship_is_its_name(record):
    ev = _events(record, "رست الفرقاطة التركية غازي عنتاب في ميناء طرابلس.")[0]
    assert ev["type"] == "CONSULT" and ev["mode"] == "visit" and ev["location"]["name"] == "Tripoli"
    assert _who(ev)[0] == ["Turkish Naval Forces"]


def test_events_who_receives_gets_from_who_gives(record):
    ev = _events(record, "وتسلم خفر السواحل الليبي زورقين من إيطاليا.")[0]
    assert ev["type"] == "AID" and _who(ev) == (["Italy"], ["Libyan Coast Guard"])
    hands = _events(record, "قالت إن تركيا تسلم أسلحة إلى حكومة الوفاق.")[0]
    assert _who(hands) == (["Turkey"], ["Government of National Accord"])


def test_events_support_of_his_country_is_declared_by_the_speaker(record):
    ev = _events(record, "وجدد أردوغان دعم بلاده لحكومة الوفاق.")[0]
    assert ev["type"] == "SUPPORT" and _who(ev) == (["Recep Tayyip Erdoğan"], ["Government of National Accord"])
    assert not _events(record, "وأكد الوزير دعم بلاده الكامل للمجلس الرئاسي.")  # who supports is unknown


def test_events_an_agreement_cited_as_ground_is_no_new_event(record):
    evs = _events(record, "أرسلت تركيا مستشارين عسكريين ومعدات إلى ليبيا بموجب الاتفاقية.")
    assert [e["type"] for e in evs] == ["AID"]


def test_events_places_of_the_curated_gazetteer_carry_coordinates(record):
    ev = _events(record, "انسحبت قوات الوفاق من مدينة سرت.")[0]
    assert ev["type"] == "RETREAT" and ev["location"]["name"] == "Sirte"
    assert abs(ev["location"]["lat"] - 31.2) < 0.1 and abs(ev["location"]["lon"] - 16.6) < 0.1
    visit = _events(record, "وصل وزير الدفاع التركي إلى قاعدة الوطية.")[0]
    assert visit["location"]["name"] == "Al-Watiya Air Base" and visit["location"]["country"] == "LBY"
    assert not any(e["location"] for e in _events(record, "بحث العديد من الوزراء الأتراك مع أكار الأزمة."))


def test_events_a_body_between_a_title_and_its_name_is_part_of_the_title(record):
    ev = _events(record, "واستقبلت مالطا، الخميس، وزير الداخلية في حكومة الوفاق فتحي باشاغا.")[0]
    assert _who(ev) == (["Fathi Bashagha"], ["Malta"])


def test_events_what_a_call_asks_for_is_no_event(record):
    evs = _events(record, "ورفضت حكومة الوفاق دعوة مصر لوقف إطلاق النار.")
    assert [e["type"] for e in evs] == ["REJECT"] and _who(evs[0]) == (["Government of National Accord"], ["Egypt"])


def test_events_sent_people_counted_in_the_singular_and_denied_ones_name_no_party(record):
    ev = _events(record, "وقال المسماري إن تركيا أرسلت أكثر من ألفي مرتزق سوري إلى طرابلس.")[0]
    assert ev["type"] == "AID" and _who(ev) == (["Turkey"], ["Libya"])
    denied = _events(record, "ونفت أنقرة إرسال مرتزقة سوريين إلى ليبيا.")[0]
    assert denied["type"] == "REJECT" and _who(denied) == (["Turkey"], ["Libya"])


def test_events_what_news_tells_is_a_claim_and_denied_news_is_denied(record):
    denied = _events(record, "ونفى المتحدث باسم الحكومة التركية صحة الأنباء عن إرسال جنود أتراك إلى بنغازي.")
    assert {e["type"]: e["status"] for e in denied}["MOBILIZE"] == "denied"
    claim = _events(record, "وتحدثت تقارير عن إرسال تركيا مرتزقة إلى ليبيا.")[0]
    assert claim["type"] == "AID" and claim["status"] == "reported_claim"
    agency = _events(record, "ونقلت وكالة الأنباء الليبية أن الدبيبة التقى أردوغان في أنقرة.", "2021-04-12")[0]
    assert agency["status"] == "occurred"


def test_events_an_ambassadors_name_after_where_he_serves(record):
    ev = _events(record, "التقى الدبيبة السفير التركي لدى ليبيا كنعان يلماز.", "2021-05-05")[0]
    acts, recs = _who(ev)
    assert acts == ["Abdul Hamid Dbeibah"] and len(recs) == 1 and recs[0] not in ("Turkey", "Libya")


def test_events_whom_an_agreements_terms_name_is_no_party(record):
    ev = _events(record, "ووقعت تركيا مذكرة تفاهم مع ليبيا بشأن ترسيم الحدود البحرية مع اليونان.")[0]
    assert ev["type"] == "AGREE" and _who(ev) == (["Turkey"], ["Libya"])


def test_events_two_years_in_one_expression_are_two_events(record):
    evs = _events(record, "وزار صدام حفتر أنقرة عامي 2022 و2023.", "2025-03-01")
    assert sorted(e["date"] for e in evs if e["type"] == "CONSULT") == ["2022", "2023"]


def test_events_a_capital_that_witnessed_an_event_is_its_place(record):
    ev = _events(record, "وشهدت أنقرة، أمس الاثنين، اجتماعا ثلاثيا ضم وزراء دفاع تركيا وقطر وليبيا.", "2020-08-18")[0]
    assert ev["location"]["name"] == "Ankara" and ev["date"] == "2020-08-17"


def test_events_training_troops_is_military_aid(record):
    ev = _events(record, "ودربت تركيا عناصر من الجيش الليبي في معسكرات بطرابلس.")[0]
    assert ev["type"] == "AID" and ev["mode"] == "training" and _who(ev)[0] == ["Turkey"]


def test_events_who_comes_with_a_visitor_visits_and_the_two_then_act_together(record):
    text = ("وصل وزير الدفاع التركي خلوصي أكار ونظيره القطري خالد العطية، اليوم الاثنين، إلى العاصمة الليبية طرابلس."
            "\nوبحسب مصادر ليبية، التقى الوزيران رئيس المجلس الرئاسي فائز السراج.")
    visit, meeting = _events(record, text, "2020-08-17")[:2]
    both = ["Hulusi Akar", "Khalid bin Mohammed Al Attiyah"]
    assert _who(visit) == (both, ["Libya"]) and visit["location"]["name"] == "Tripoli"
    assert _who(meeting) == (both, ["Fayez al-Sarraj"])  # the sources' country is no party


def test_events_a_titles_last_word_before_a_known_name_is_no_part_of_it(record):
    ev = _events(record, "واتهم المتحدث باسم قوات حفتر أحمد المسماري تركيا وقطر بدعم الإرهاب.")[0]
    assert _who(ev) == (["Ahmed al-Mismari"], ["Turkey", "Qatar"])


def test_events_a_second_thing_agreed_on_is_planned_too(record):
    ev = _events(record, "واتفق الأطراف على إنشاء مركز تنسيق عسكري في مدينة مصراتة، وإرسال مستشارين عسكريين قطريين "
                         "لتدريب قوات حكومة الوفاق.")[0]
    assert ev["type"] == "AID" and ev["status"] == "planned"


def test_events_a_meeting_during_a_visit_meets_across_the_adjunct_and_takes_the_visits_place(record):
    evs = _events(record, "وكان صدام حفتر قد زار أنقرة في أبريل الماضي، والتقى خلال الزيارة الرئيس رجب طيب أردوغان.",
                  "2025-08-17")
    meeting = _first(evs, "mode", "meeting")
    assert _who(meeting) == (["Saddam Haftar"], ["Recep Tayyip Erdoğan"]) and meeting["location"]["name"] == "Ankara"


def test_events_the_pronoun_of_a_host_verb_after_a_visit_is_the_visitor(record):
    evs = _events(record, "وصل وزير الدفاع التركي يشار غولر، الأحد، إلى مدينة بنغازي، حيث استقبله صدام حفتر.",
                  "2025-08-17")
    host = _first(evs, "mode", "host")
    assert _who(host) == (["Yaşar Güler"], ["Saddam Haftar"])


@pytest.mark.parametrize("text", [
    "وقال أردوغان إن تركيا قد تصل لحد قطع العلاقات الدبلوماسية مع إسرائيل.",  # an idiom, no visit
    "فرار الآلاف من جنوب غربي سوريا تحسبا لهجوم القوات الحكومية.",  # feared, not happened
    "وصعد نتنياهو الضغط على الولايات المتحدة للانسحاب من الاتفاق النووي.",  # what pressure asks for
    "ووجهت أصابع الاتهام ضمنيا إلى روسيا بالوقوف خلف هذه العملية.",  # the target, nobody accuses
    "رئيس فنزويلا ينجو من هجوم جوي.",  # who survives is the target
], ids=["idiom", "feared", "pressed-for", "target-only", "survived"])
def test_events_no_event_where_none_is_told(record, text):
    assert not _events(record, text, "2018-06-04")


def test_events_an_arrival_is_a_visit_only_of_a_party_at_a_place(record):
    ev = _events(record, "وصول السفينة الحربية التركية «تي جي جي كينالي آدا» إلى ميناء بنغازي.", "2025-04-20")[0]
    assert ev["type"] == "CONSULT" and ev["mode"] == "visit" and ev["location"]["name"] == "Benghazi"
    assert _who(ev) == (["Turkish Naval Forces"], ["Libya"])
    for text in ("ودعت المنظمة إلى تسهيل الوصول إلى المدنيين في سوريا.",
                 "وأعلن التحالف وصول قوات سعودية إلى جزيرة سقطرى.",
                 "وتراعي الولايات المتحدة وصول المساعدات الإنسانية إلى إيران."):
        assert not [e for e in _events(record, text) if e["type"] == "CONSULT"], text


@pytest.mark.parametrize(("text", "kind", "mode", "who"), [
    ("ونشرت تركيا منظومة دفاع جوي في قاعدة الوطية غرب طرابلس.", "MOBILIZE", "deploy", (["Turkey"], ["Libya"])),
    ("وقامت تركيا بتزويد حكومة الوفاق بطائرات مسيرة من طراز بيرقدار.", "AID", "supply",
     (["Turkey"], ["Government of National Accord"])),
    ("وزودت الإمارات قوات حفتر بمنظومات دفاع جوي روسية الصنع.", "AID", "supply",
     (["United Arab Emirates"], ["Libyan National Army"])),  # where it was made is no party
    ("وأجرت قطر وتركيا مناورات مشتركة قبالة سواحل طرابلس.", "COOPERATE", "exercise", (["Qatar"], ["Turkey"])),
    ("وقررت الحكومة المالطية تعليق مشاركتها في العملية البحرية الأوروبية.", "RETREAT", "suspend", (["Malta"], [])),
], ids=["deploy", "supply-noun", "supply-verb", "exercise", "suspend"])
def test_events_deploying_supplying_exercising_suspending(record, text, kind, mode, who):
    ev = _events(record, text, "2020-06-01")[0]
    assert (ev["type"], ev["mode"], _who(ev)) == (kind, mode, who)


def test_events_between_after_a_noun_names_its_parties_and_joined_subjects_act_together(record):
    # what he describes as void is told by his description: its parties are whom it is against
    ev = _events(record, "ووصف عقيلة صالح الاتفاقية الأمنية بين تركيا وحكومة الوفاق بأنها باطلة.", "2020-06-01")[0]
    assert ev["type"] == "ACCUSE" and _who(ev) == (["Aguila Saleh"], ["Turkey", "Government of National Accord"])
    ev = _events(record, "وأدانت مصر والإمارات التدخل التركي.", "2020-06-01")[0]
    assert _who(ev) == (["Egypt", "United Arab Emirates"], ["Turkey"])


def test_events_blaming_is_an_accusation_and_a_campaign_is_no_verb(record):
    ev = _events(record, "وحملت لندن والولايات المتحدة الدولة الروسية مسؤولية الهجوم.", "2018-06-04")[0]
    assert ev["type"] == "ACCUSE" and ev["mode"] == "blame"
    assert _who(ev) == (["United Kingdom", "United States"], ["Russia"])
    ev = _events(record, "وألقت بريطانيا باللوم على روسيا في الهجوم.", "2018-06-04")[0]
    assert ev["type"] == "ACCUSE" and _who(ev) == (["United Kingdom"], ["Russia"])
    ev = _events(record, "وبدأت قوات النظام السوري حملة قصف عنيف على الغوطة الشرقية.", "2018-06-04")[0]
    assert ev["type"] == "ASSAULT"  # حملة (a campaign) ends no clause


def test_events_an_agreement_sought_is_no_agreement(record):
    assert not _events(record, "وحدد بومبيو 12 شرطا للتوصل إلى اتفاق جديد مع إيران.", "2018-05-22")


def test_events_the_pronoun_after_that_is_the_verbs_subject(record):
    ev = _events(record, "وأعلن مكتب رئيس الوزراء المالطي روبرت أبيلا أنه التقى السراج في طرابلس.")[0]
    assert _who(ev) == (["Robert Abela"], ["Fayez al-Sarraj"])
    ev = _events(record, "وأكدت الحكومة المالطية أنها لن ترسل سفنا عسكرية إلى المياه الليبية.")[0]
    assert ev["type"] == "AID" and ev["status"] == "denied" and _who(ev)[0] == ["Malta"]


def test_events_a_meeting_during_it_goes_on_and_a_coming_week_is_planned(record):
    evs = _events(record, "وقام وزير الخارجية المالطي بزيارة مفاجئة إلى طرابلس التقى خلالها نظيره الليبي.")
    assert [e["mode"] for e in evs] == ["visit", "meeting"] and _who(evs[1])[0] == ["Evarist Bartolo"]
    ev = _events(record, "ويزور وفد عسكري قطري رفيع طرابلس الأسبوع المقبل.")[0]
    assert ev["status"] == "planned"


def test_events_views_exchanged_in_a_call_and_the_topics_place_is_no_party(record):
    ev = _events(record, "وتبادل الرئيس التركي وأمير قطر وجهات النظر حول الأوضاع في ليبيا خلال اتصال هاتفي.")[0]
    assert ev["mode"] == "phone" and _who(ev) == (["Recep Tayyip Erdoğan"], ["Tamim bin Hamad Al Thani"])
    ev = _events(record, "وطالبت الأمم المتحدة جميع الأطراف بالامتناع عن إرسال أسلحة إلى ليبيا.")
    assert [e["type"] for e in ev] == ["REQUEST"]  # what is refrained from is no event


def test_events_the_three_parties_are_the_latest_events_parties(record):
    text = ("عقد وزراء دفاع تركيا وقطر وليبيا اجتماعا ثلاثيا في أنقرة.\n"
            "واتفق الأطراف الثلاثة على إنشاء مركز تنسيق عسكري مشترك.")
    evs = _events(record, text)
    assert [e["type"] for e in evs] == ["CONSULT", "AGREE"]  # مركز تنسيق names a body, no event
    # the three ministers of the plural title, one per state named
    assert set(sum(_who(evs[1]), [])) == {"Hulusi Akar", "Khalid bin Mohammed Al Attiyah", "Fayez al-Sarraj"}


def test_events_the_three_ministers_are_the_latest_three_people_and_praise_is_for_something(record):
    text = ("وشارك في الاجتماع وزير الداخلية التركي سليمان صويلو، ونظيره الليبي فتحي باشاغا، ووزير الداخلية المالطي "
            "بايرون كاميليري.\nمن جانبه، شكر باشاغا تركيا على دعمها المتواصل لحكومة الوفاق، داعيا الاتحاد الأوروبي "
            "إلى تحمل مسؤولياته.\nووقع الوزراء الثلاثة في ختام الاجتماع بيانا مشتركا.")
    evs = _events(record, text, "2020-08-19")
    praise = _first(evs, "type", "SUPPORT")
    assert _who(praise) == (["Fathi Bashagha"], ["Turkey"])  # what Turkey is thanked for, and whom he calls on
    signed = _first(evs, "type", "AGREE")
    assert set(sum(_who(signed), [])) == {"Süleyman Soylu", "Fathi Bashagha", "Byron Camilleri"}


def test_events_financial_is_not_mali(record):
    text = "وتعهد نائب رئيس البلدية بتقديم دعم مالي. وقالت حكومة مالي إن الوضع المالي صعب."
    rec = record(text, "2020-08-19")
    assert [m["start"] for m in rec["mentions"] if m["entity_id"] == "state:MLI"] == [text.index("مالي إن")]


def test_events_a_bodys_own_adjective_is_no_party_and_denied_accusations_are_no_accusation(record):
    evs = _events(record, "نفت جماعة حزب الله اللبنانية، الجمعة، الاتهامات التي وجهها التحالف العربي.", "2018-06-04")
    assert [(e["type"], _who(e)) for e in evs] == [("REJECT", (["Hezbollah"], []))]


def test_events_background_ratification_dates_and_family_names(record):
    day = "2021-06-01"
    assert not _events(record, "وجاءت الزيارة بعد أيام من توقيع أنقرة وطرابلس اتفاقية لتدريب خفر السواحل.", day)
    ev = _events(record, "وكان البرلمان التركي قد صادق في يناير 2020 على مذكرة تسمح بإرسال قوات إلى ليبيا.", day)
    # one party ratifies; the troops' destination acts in nothing
    assert [(e["type"], e["mode"], _who(e)[0], e["date"]) for e in ev] == [
        ("AGREE", "ratify", ["Parliament of Turkey"], "2020-01")]
    ev = _events(record, "ووقعت وزارة الداخلية الليبية مع نظيرتها المالطية، الخميس، مذكرة تفاهم.", "2021-06-01")[0]
    assert ev["date"] == "2021-05-27"  # وزارة is no trigger that could own the date
    ev = _events(record, "وأفادت الوكالة بأن أمير قطر الشيخ تميم بن حمد آل ثاني استقبل في الدوحة عبد الحميد الدبيبة.",
                 "2021-06-01")[0]
    assert _who(ev) == (["Abdul Hamid Dbeibah"], ["Tamim bin Hamad Al Thani"])


@pytest.mark.parametrize("text", [
    'وقال معاون وزير الخارجية السورية أيمن سوسان لفرانس برس "وصلت لجنة تقصي الحقائق يوم أمس إلى دمشق".',  # AFP
    "ذكر مسؤول إن 17 تركيا وصلوا إلى شاطئ جزيرة يونانية.",  # seventeen Turks, not Turkey
], ids=["news-agency", "counted-people"])
def test_events_news_media_and_counted_people_are_no_parties(record, text):
    assert not _events(record, text, "2018-06-01")


def test_events_a_meeting_called_off_is_denied(record):
    ev = _events(record, "ترامب يلغي قمته مع كيم جونغ أون بسبب عدائية كوريا الشمالية.", "2018-06-01")[0]
    assert ev["type"] == "CONSULT" and ev["status"] == "denied"


def test_events_a_question_reports_nothing(record):
    assert not _events(record, "وهل ستدعم فرنسا خيارات الرئيس التركي في معركته مع الولايات المتحدة؟", "2018-08-15")


def test_events_summaries_say_visited_and_spoke_by_phone(record):
    ev = _events(record, "وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس.")[0]
    assert ev["summary_en"].startswith("Hulusi Akar (Turkey, Minister of National Defence) visited Libya in Tripoli")
    assert ev["summary_ar"].startswith("زار خلوصي أكار")
    ev = _events(record, "أجرى أردوغان اتصالا هاتفيا مع أمير قطر.")[0]
    assert " spoke by phone with Tamim bin Hamad Al Thani" in ev["summary_en"]
    assert "اتصالا هاتفيا مع" in ev["summary_ar"]


def test_events_the_three_parties_may_be_three_states_and_a_state_named_later_stands_there(record):
    text = ("التقى وزيرا الدفاع التركي والقطري رئيس المجلس الرئاسي فائز السراج ووزير الداخلية فتحي باشاغا في طرابلس.\n"
            "واتفق الأطراف الثلاثة على إنشاء مركز تنسيق في مصراتة، وإرسال مستشارين عسكريين قطريين لتدريب قوات "
            "حكومة الوفاق.")
    evs = _events(record, text, "2020-08-17")
    agreed = _first(evs, "type", "AGREE")
    assert {"Turkey", "Libya"} <= set(sum(_who(agreed), []))  # four people, three states: the states agree
    aid = _first(evs, "type", "AID")
    assert aid["status"] == "planned" and _who(aid) == (["Qatar"], ["Government of National Accord"])


def test_events_a_participle_asks_whom_it_names(record):
    text = "انتقد رئيس مجلس النواب عقيلة صالح توقيع المذكرة، مطالبا الأمم المتحدة بعدم الاعتراف بها."
    ev = _first(_events(record, text, "2022-10-04"), "type", "REQUEST")
    assert _who(ev) == (["Aguila Saleh"], ["United Nations"])
    text = "وأكد وزير الخارجية المصري أهمية سلامة المدنيين، داعيا تركيا إلى الانسحاب من ليبيا."
    evs = _events(record, text, "2021-05-05")
    assert [(e["type"], *_who(e)) for e in evs] == [("REQUEST", ["Sameh Shoukry"], ["Turkey"])]  # no withdrawal


def test_events_a_call_named_before_the_talks_makes_them_a_call(record):
    text = "وفي اتصال هاتفي مع رئيس المجلس الرئاسي فايز السراج، بحث الرئيس التركي رجب طيب أردوغان آخر المستجدات."
    ev = _events(record, text, "2020-05-19")[0]
    assert ev["mode"] == "phone" and _who(ev) == (["Recep Tayyip Erdoğan"], ["Fayez al-Sarraj"])


def test_events_a_capital_after_fi_with_a_conjunction_is_a_place(record):
    text = "وفي القاهرة، أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا بنظيره اليوناني."
    ev = _events(record, text, "2022-10-04")[0]
    assert _who(ev)[0] == ["Sameh Shoukry"] and ev["location"]["name"] == "Cairo"


def test_events_a_state_named_again_takes_part_where_it_is_named_again(record):
    text = ("وقعت حكومة الوحدة الوطنية الليبية وتركيا، أمس، في طرابلس مذكرة تفاهم للتعاون في مجال المحروقات، خلال "
            "زيارة وفد تركي رفيع يقوده وزير الخارجية مولود تشاووش أوغلو.")
    visit = _first(_events(record, text, "2022-10-04"), "mode", "visit")
    assert _who(visit) == (["Turkey", "Mevlüt Çavuşoğlu"], ["Libya"])
    assert visit["location"]["name"] == "Tripoli"


def test_events_a_light_verbs_subject_acts_in_its_noun(record):
    text = "وشنت إسرائيل في الأشهر الأخيرة سلسلة غارات في سوريا استهدفت مواقع إيرانية."
    assert _who(_events(record, text, "2018-05-01")[0])[0] == ["Israel"]
    text = "رفض المندوب الروسي لدى الأمم المتحدة إعلان البيت الأبيض فرض عقوبات على روسيا."
    assert not [e for e in _events(record, text, "2018-05-01") if e["type"] == "SANCTION"]  # Russia is the target


def test_events_a_visit_told_again_is_one_visit(record):
    text = ("وصل وفد تركي رفيع يقوده وزير الخارجية مولود تشاووش أوغلو إلى طرابلس أمس.\n"
            "وتعد هذه ثاني زيارة لتشاووش أوغلو إلى ليبيا خلال العام الجاري.")
    assert len([e for e in _events(record, text, "2022-10-04") if e["mode"] == "visit"]) == 1


def test_events_the_city_lists_wrong_labels_are_no_places(record):
    text = "التقى وزير الخارجية الكندي نظيره السعودي في كندا، ودعا إلى عقد قمة بوجه عام."
    assert not any(e["location"] for e in _events(record, text, "2018-08-06"))  # Kanata, Buca
    ev = _events(record, "وصل وزير الدفاع التركي إلى الموصل.", "2018-08-06")[0]
    assert ev["location"]["name"] == "Mosul" and ev["location"]["country"] == "IRQ"


def test_events_an_attack_told_as_a_time_happened_by_the_subject(record):
    text = ("أعلنت قوات حكومة الوفاق الوطني، الاثنين، سيطرتها الكاملة على قاعدة الوطية الجوية غرب طرابلس، بعد هجوم "
            "واسع على قوات حفتر.")
    ev = _first(_events(record, text, "2020-05-19"), "type", "ASSAULT")
    assert _who(ev) == (["Government of National Accord"], ["Libyan National Army"])
    assert ev["location"]["name"] == "Al-Watiya Air Base"  # not the city the direction is told from


def test_events_the_place_of_what_is_said_is_not_where_it_is_said(record):
    text = "اتهم المتحدث باسم قوات حفتر أحمد المسماري تركيا بنقل أسلحة عبر مطار معيتيقة."
    ev = _events(record, text, "2020-05-19")[0]
    assert ev["type"] == "ACCUSE" and ev["location"] is None


def test_events_a_promise_to_give_boats_is_planned_aid_by_the_pronouns_state(record):
    ev = _events(record, "وأعلنت مالطا أنها ستقدم زورقي دورية لخفر السواحل الليبي.", "2023-01-16")[0]
    assert ev["type"] == "AID" and ev["status"] == "planned"
    assert _who(ev) == (["Malta"], ["Libyan Coast Guard"])


def test_events_searching_for_someone_is_no_talks_and_talks_by_the_phone_are_a_call(record):
    assert not _events(record, "وتقول تركيا إنها ستبحث عن جمال خاشقجي داخل القنصلية السعودية.", "2018-10-10")
    ev = _events(record, "وبحث أردوغان عن طريق الهاتف مع بوتين الأوضاع في سوريا.", "2018-10-10")[0]
    assert ev["mode"] == "phone"


def test_events_support_declared_after_a_welcome_names_whom_it_backs(record):
    text = "ورحب وزير الخارجية التركي مولود تشاووش أوغلو بالتطورات، مؤكدا أن بلاده ستواصل دعم الحكومة الشرعية في ليبيا."
    evs = _events(record, text, "2020-05-19")
    assert [(e["type"], *_who(e)) for e in evs] == [
        ("SUPPORT", ["Mevlüt Çavuşoğlu"], ["Government of National Accord"])]
    evs = _events(record, text, "2023-05-19")  # the legitimate government of that day
    assert _who(evs[0])[1] == ["Government of National Unity"]


def test_events_the_two_sides_are_not_an_accuser_and_the_accused(record):
    text = ("اتهم المتحدث باسم قوات حفتر أحمد المسماري تركيا بإرسال مرتزقة.\n"
            "من جهتها، دعت البعثة الأممية في ليبيا الطرفين إلى وقف فوري لإطلاق النار.")
    ev = _first(_events(record, text, "2020-05-19"), "type", "REQUEST")
    assert "Turkey" not in _who(ev)[1]


def test_events_a_speech_act_about_an_event_told_before_reaches_its_parties(record):
    text = ("وقعت حكومة الوحدة الوطنية الليبية وتركيا، أمس، في طرابلس مذكرة تفاهم في مجال المحروقات.\n"
            "من جهته، انتقد رئيس مجلس النواب عقيلة صالح توقيع المذكرة.\n"
            "في المقابل، رحبت وزارة الخارجية التركية بالخطوة.")
    evs = _events(record, text, "2022-10-04")
    assert set(_who(_first(evs, "type", "ACCUSE"))[1]) == {"Government of National Unity", "Turkey"}
    # the ministry speaks for Turkey: of the deal's parties, only the other side is whom it backs
    assert _who(_first(evs, "type", "SUPPORT")) == (["Ministry of Foreign Affairs of Turkey"],
                                                   ["Government of National Unity"])


def test_events_a_dateline_without_an_agency_is_no_party_and_a_time_between_commas_keeps_the_object(record):
    text = "أنقرة - صادق البرلمان التركي، أمس الخميس، على مذكرة تفويض تسمح للحكومة بإرسال قوات إلى ليبيا."
    ev = _first(_events(record, text, "2020-01-03"), "type", "AGREE")
    assert ev["mode"] == "ratify" and _who(ev)[0] == ["Parliament of Turkey"] and ev["date"] == "2020-01-02"


def test_events_both_ministers_received_visit_and_a_companion_comes_along(record):
    text = ("وصل وزير الدفاع التركي خلوصي أكار ونظيره القطري خالد العطية إلى طرابلس.\n"
            "واستقبل رئيس المجلس الرئاسي فائز السراج الوزيرين في مقر المجلس.")
    host = _first(_events(record, text, "2020-08-17"), "mode", "host")
    assert _who(host) == (["Hulusi Akar", "Khalid bin Mohammed Al Attiyah"], ["Fayez al-Sarraj"])
    ev = _events(record, "وكان أكار قد زار طرابلس في 3 يوليو الماضي برفقة رئيس الأركان التركي يشار غولر.",
                 "2020-08-17")[0]
    assert _who(ev) == (["Hulusi Akar", "Yaşar Güler"], ["Libya"]) and ev["date"] == "2020-07-03"


def test_events_the_three_parties_keep_their_place_when_a_state_is_named_again_later(record):
    text = ("واستقبل رئيس المجلس الرئاسي فائز السراج، اليوم، وزيري الدفاع التركي والقطري في طرابلس، بحضور وزير "
            "الداخلية فتحي باشاغا.\n"
            "واتفقت الأطراف الثلاثة على إنشاء مركز تنسيق في مدينة مصراتة، وإرسال مستشارين قطريين إلى ليبيا.")
    evs = _events(record, text, "2020-08-17")
    agreed = _first(evs, "type", "AGREE")
    assert set(_who(agreed)[0]) == {"Turkey", "Qatar", "Libya"}
    # the news's day and place (where they met), not Misrata, which is in the terms
    assert agreed["date"] == "2020-08-17" and agreed["location"]["name"] == "Tripoli"
    assert _who(_first(evs, "type", "AID")) == (["Qatar"], ["Libya"])


def test_events_a_visit_during_which_something_dated_happened_shares_its_date(record):
    text = ("وقعت ليبيا وتركيا، أمس الاثنين، في طرابلس مذكرة تفاهم في مجال المحروقات، خلال زيارة وفد تركي "
            "يقوده وزير الخارجية مولود تشاووش أوغلو.")
    assert _first(_events(record, text, "2022-10-04"), "mode", "visit")["date"] == "2022-10-03"


def test_events_an_attack_waged_by_forces_named_after_it(record):
    ev = _events(record, "وتأتي المصادقة في ظل هجوم تشنه قوات خليفة حفتر على طرابلس.", "2020-01-03")[0]
    assert ev["type"] == "ASSAULT" and _who(ev)[0] == ["Libyan National Army"]  # the commander's forces: his army


def test_events_danat_condemns_and_a_title_stops_at_a_verb(record):
    text = "ودانت مصر بشدة موافقة البرلمان التركي على المذكرة، وقالت وزارة الخارجية المصرية إنها خطوة خطيرة."
    ev = _events(record, text, "2020-01-03")[0]
    assert _who(ev) == (["Egypt"], ["Parliament of Turkey"])
    text = "وصل وزير الدفاع السعودي إلى الخرطوم والتقى بالرئيس عمر البشير."
    meeting = _first(_events(record, text, "2018-04-26"), "mode", "meeting")
    assert _who(meeting)[1] == ["Omar al-Bashir"]


def test_events_a_spokesman_is_titled_with_alnatiq(record):
    text = "اتهم الناطق باسم قوات حفتر أحمد المسماري قطر وتركيا بالتدخل في الشؤون الليبية."
    assert _who(_events(record, text, "2020-08-17")[0]) == (["Ahmed al-Mismari"], ["Qatar", "Turkey"])


def test_events_support_in_kind_said_is_aid_and_a_second_accusation_names_the_accused(record):
    text = ("وقع وزير الداخلية المالطي بايرون كاميليري اتفاقية مع ليبيا.\n"
            "وقال كاميليري إن بلاده ستدعم ليبيا بزوارق ومعدات للمراقبة البحرية.")
    aid = _first(_events(record, text, "2021-12-14"), "type", "AID")
    assert aid["status"] == "planned" and _who(aid) == (["Byron Camilleri", "Malta"], ["Libya"])
    text = "انتقدت منظمة العفو الدولية الاتفاقية، واتهمت مالطا بالتواطؤ في إعادة المهاجرين إلى ليبيا."
    assert _who(_events(record, text, "2021-12-14")[0]) == (["Amnesty International"], ["Malta"])


def test_events_a_meeting_reported_with_a_relative_clause_and_what_it_came_to(record):
    text = ("كشفت مصادر ليبية، اليوم الثلاثاء، أن الاجتماع الثلاثي الذي عقد في طرابلس أمس بين وزير الدفاع التركي "
            "خلوصي أكار ورئيس المجلس الرئاسي فائز السراج، أسفر عن اتفاق مبدئي على إنشاء قاعدة بحرية تركية.")
    evs = _events(record, text, "2020-08-18")
    meeting = _first(evs, "type", "CONSULT")
    assert set(sum(_who(meeting), [])) == {"Hulusi Akar", "Fayez al-Sarraj"} and meeting["date"] == "2020-08-17"
    agreed = _first(evs, "type", "AGREE")
    assert "Turkish Naval Forces" not in _who(agreed)[1]  # the base is in the terms


def test_events_a_dated_agreement_in_a_topic_is_an_event_of_its_own(record):
    text = ("بحث وزير الداخلية المالطي بايرون كاميليري هاتفيا مع نظيره الليبي فتحي باشاغا سبل تفعيل مذكرة التفاهم "
            "الموقعة بين البلدين في مايو 2020.")
    agreed = _first(_events(record, text, "2021-01-22"), "type", "AGREE")
    assert agreed["date"] == "2020-05"


def test_events_an_inspection_and_what_condemns_it(record):
    text = ("أعلنت عملية إيريني الأوروبية أنها فتشت سفينة تجارية تركية قبالة سواحل بنغازي، وهو ما نددت به أنقرة "
            "ووصفته بأنه عمل قرصنة.")
    evs = _events(record, text, "2021-01-22")
    assert _who(_first(evs, "type", "COERCE")) == (["Operation Irini (EU)"], ["Turkey"])
    assert _who(_first(evs, "type", "ACCUSE")) == (["Turkey"], ["Operation Irini (EU)"])


def test_events_the_subject_after_kana_acts_and_an_unknown_one_leaves_nobody(record):
    text = ("وقعت تركيا وحكومة الوفاق مذكرتي تفاهم في نوفمبر 2019.\n"
            "وكان البرلمان الليبي المنعقد في طبرق قد رفض المذكرتين.")
    ev = _first(_events(record, text, "2020-08-18"), "type", "REJECT")
    assert _who(ev)[0] == ["House of Representatives of Libya"]
    assert not _events(record, "وكانت منظمة آلارم فون قد اتهمت السلطات المالطية بالتنسيق مع خفر السواحل الليبي.",
                       "2021-01-22")
    assert not _events(record, "ذكرت مصادر إعلامية أن قوات التحالف فتشت سفينة تركية محملة بالقمح.", "2018-05-01")


def test_events_an_agreement_between_the_two_countries_and_the_two_ministers_after_it(record):
    text = ("في سياق متصل، بحث وزير الداخلية المالطي بايرون كاميليري هاتفيا مع نظيره الليبي فتحي باشاغا سبل تفعيل "
            "مذكرة التفاهم الموقعة بين البلدين في مايو 2020.\n"
            "واتفق الوزيران على عقد اجتماع للجنة المشتركة في طرابلس الشهر المقبل.")
    evs = [e for e in _events(record, text, "2021-01-22") if e["type"] == "AGREE"]
    assert [(e["date"], sorted(sum(_who(e), []))) for e in evs] == [
        ("2020-05", ["Libya", "Malta"]), ("2021-01-22", ["Byron Camilleri", "Fathi Bashagha"])]
    assert [e["date_source"] for e in evs] == ["text", "news"]  # the call, the news, is dated by its publication


def test_events_talks_held_by_the_subjects_of_a_light_verb_on_their_own_dates(record):
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي، اليوم، رئيس المجلس الرئاسي الليبي محمد المنفي في القاهرة.\n"
            "وكانت القاهرة وأنقرة قد أجرتا جولتين من المحادثات الاستكشافية في سبتمبر 2021.")
    talks = [e for e in _events(record, text, "2022-05-09") if e["date"] == "2021-09"]
    assert [sorted(sum(_who(e), [])) for e in talks] == [["Egypt", "Turkey"]]


def test_events_support_declared_at_a_meeting_and_a_demand_before_an_accusing_word(record):
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي رئيس المجلس الرئاسي الليبي محمد المنفي في القاهرة.\n"
            "وأكد السيسي خلال اللقاء دعم مصر الكامل للمجلس الرئاسي، مشددا على ضرورة خروج المرتزقة من ليبيا.")
    evs = _events(record, text, "2022-05-09")
    support = _first(evs, "type", "SUPPORT")
    assert "Presidential Council of Libya" in _who(support)[1]
    assert not [e for e in evs if e["type"] == "ACCUSE"]  # a demand, whose words name mercenaries


def test_events_an_agreement_signed_after_the_meeting_is_where_they_met(record):
    text = ("استقبل وزير الدفاع التركي يشار غولر، الثلاثاء، رئيس الأركان العامة الليبي محمد الحداد في أنقرة.\n"
            "ووقع الجانبان عقب اللقاء اتفاقية للتعاون في مجال التدريب العسكري.")
    agreed = _first(_events(record, text, "2025-06-03"), "type", "AGREE")
    assert agreed["location"]["name"] == "Ankara" and agreed["date"] == "2025-06-03"


def test_events_a_state_protesting_accuses(record):
    ev = _events(record, "احتجت اليونان رسميا على الاتفاقية البحرية بين تركيا وليبيا.", "2019-12-01")[0]
    assert ev["type"] == "ACCUSE" and _who(ev)[0] == ["Greece"]


def test_events_a_visit_on_two_days_is_two_visits(record):
    text = "وكان وزير الدفاع التركي خلوصي أكار قد زار طرابلس برفقة قادة الجيش التركي يومي 26 و27 نوفمبر الماضي."
    assert sorted(e["date"] for e in _events(record, text, "2020-12-23")) == ["2020-11-26", "2020-11-27"]


def test_events_a_rejection_expressed_and_a_mandate_approved(record):
    ev = _events(record, "وأعربت اليونان عن رفضها للقرار التركي، واعتبرته تهديدا لاستقرار المنطقة.", "2020-12-23")[0]
    assert ev["type"] == "REJECT" and _who(ev) == (["Greece"], ["Turkey"])
    text = "وافق البرلمان التركي على مذكرة رئاسية بتمديد مهمة القوات التركية في ليبيا لمدة 18 شهرا."
    ev = _events(record, text, "2020-12-23")[0]
    assert ev["type"] == "AGREE" and ev["mode"] == "ratify" and _who(ev)[0] == ["Parliament of Turkey"]


def test_events_a_states_name_inside_a_persons_name_is_no_party(record):
    text = "بحثت رئيسة الوزراء الإيطالية جورجيا ميلوني مع رئيس حكومة الوحدة الوطنية الليبية عبد الحميد الدبيبة."
    ev = _events(record, text, "2023-07-12")[0]
    assert "Georgia" not in sum(_who(ev), []) and "Giorgia Meloni" in _who(ev)[0]


def test_events_backing_a_stand_is_support_and_backing_with_arms_is_aid(record):
    assert _events(record, "كما أصدرت فرنسا بيانا يدعم موقف المحكمة.", "2018-05-01")[0]["type"] == "SUPPORT"
    assert _events(record, "وتدعم تركيا حكومة الوفاق بالسلاح.", "2020-05-01")[0]["type"] == "AID"


def test_events_what_unnamed_sources_reveal_is_a_reported_claim(record):
    text = ("كشفت مصادر ليبية مطلعة، اليوم الثلاثاء، أن الاجتماع الذي عقد في طرابلس أمس بين وزير الدفاع التركي خلوصي "
            "أكار ورئيس المجلس الرئاسي فائز السراج، أسفر عن اتفاق مبدئي على إنشاء قاعدة بحرية.")
    assert {e["status"] for e in _events(record, text, "2020-08-18")} == {"reported_claim"}
    text = "وقالت الوزيرة في تصريح لوكالة الأنباء الكويتية إن الكويت وقعت اتفاقية مع تركيا."
    assert {e["status"] for e in _events(record, text, "2018-08-18")} == {"occurred"}  # an agency is no news


def test_events_a_participle_accuses_whom_it_names(record):
    text = "وطالبت الدوحة بإطلاق سراح المعتقل فورا، محملة السعودية المسؤولية عن أمنه."
    ev = _first(_events(record, text, "2018-05-01"), "type", "ACCUSE")
    assert _who(ev) == (["Qatar"], ["Saudi Arabia"])


def test_events_a_dateline_capital_is_where_and_a_dual_verb_goes_on_with_both(record):
    text = "طرابلس - بحث وزير الدفاع التركي خلوصي أكار، الأحد، مع رئيس المجلس الرئاسي فائز السراج التعاون البحري."
    assert _events(record, text, "2020-08-17")[0]["location"]["name"] == "Tripoli"
    text = ("وكان وزير الدولة لشؤون الدفاع القطري خالد العطية قد التقى في أنقرة الشهر الماضي نظيره التركي خلوصي أكار، "
            "واتفقا على تنسيق المواقف بشأن الملف الليبي.")
    agreed = _first(_events(record, text, "2021-02-10"), "type", "AGREE")
    assert set(sum(_who(agreed), [])) == {"Khalid bin Mohammed Al Attiyah", "Hulusi Akar"}
    assert agreed["date"] == "2021-01"


def test_events_support_stated_by_a_participle_is_the_subjects_and_a_request_refused_names_who_asked(record):
    text = ("دعت وزارة الخارجية القطرية الأطراف الليبية إلى حوار شامل برعاية الأمم المتحدة، مؤكدة دعمها لجهود "
            "المبعوث الأممي.")
    assert _who(_first(_events(record, text, "2021-02-10"), "type", "SUPPORT"))[0] == [
        "Ministry of Foreign Affairs of Qatar"]
    text = "طالب الاتحاد الأوروبي تركيا بسحب قواتها من ليبيا، فيما رفضت أنقرة الطلب الأوروبي."
    assert _who(_first(_events(record, text, "2021-02-10"), "type", "REJECT")) == (["Turkey"], ["European Union"])


def test_events_honorifics_stand_between_a_verb_and_its_subject(record):
    text = ("استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في قصر البحر صباح اليوم، "
            "دولة السيد عبد الحميد الدبيبة رئيس حكومة الوحدة الوطنية بدولة ليبيا الشقيقة.")
    ev = _first(_events(record, text, "2021-05-20"), "type", "CONSULT")
    assert _who(ev) == (["Abdul Hamid Dbeibah"], ["Tamim bin Hamad Al Thani"]) and ev["date"] == "2021-05-20"


def test_events_one_meeting_told_as_talks_and_as_a_reception_is_one(record):
    text = ("بحث وزير الدفاع التركي يشار غولر، الأربعاء، مع رئيس أركان الجيش الليبي الفريق أول محمد الحداد، سبل "
            "تعزيز التعاون العسكري. وذكرت وزارة الدفاع التركية أن غولر استقبل الحداد في مقر الوزارة بأنقرة.")
    evs = [e for e in _events(record, text, "2024-02-22") if e["type"] == "CONSULT"]
    assert len(evs) == 1 and evs[0]["location"]["name"] == "Ankara" and evs[0]["date"] == "2024-02-21"


def test_events_what_began_a_span_happened_on_its_own_date(record):
    text = ("وتقدم تركيا الدعم التدريبي للقوات الليبية منذ توقيع مذكرة التفاهم للتعاون الأمني والعسكري بين أنقرة "
            "وحكومة الوفاق الوطني في نوفمبر/ تشرين الثاني 2019.")
    ev = _first(_events(record, text, "2024-02-22"), "type", "AGREE")
    assert _who(ev) == (["Turkey"], ["Government of National Accord"]) and ev["date"] == "2019-11"


def test_events_who_tells_about_an_event_is_no_party_to_it(record):
    text = "أعلن المتحدث باسم البرلمان الإيراني بهروز نعمتي، الثلاثاء، تفاصيل جديدة بشأن هجوم الأحواز."
    assert _events(record, text, "2018-10-02") == []


def test_events_a_dateline_line_places_the_news_and_the_emir_is_the_head_of_state_named(record):
    text = ("الدوحة - قنا\n\nاستقبل الشيخ تميم بن حمد آل ثاني أمير البلاد، بمكتبه صباح اليوم، عبد الحميد الدبيبة رئيس "
            "حكومة الوحدة الوطنية.\n\nوأكد سمو الأمير دعم دولة قطر لحكومة الوحدة الوطنية.")
    evs = _events(record, text, "2021-05-20")
    assert _first(evs, "type", "CONSULT")["location"]["name"] == "Doha"
    assert _who(_first(evs, "type", "SUPPORT")) == (["Tamim bin Hamad Al Thani"], ["Government of National Unity"])



def test_events_a_bodys_kind_word_alone_is_the_body_last_named(record):
    text = ("انتقدت منظمة العفو الدولية الاتفاق مع ليبيا. وطالبت المنظمة الحكومة المالطية بنشر نص المذكرة.")
    assert _who(_first(_events(record, text, "2020-05-29"), "type", "REQUEST")) == (["Amnesty International"],
                                                                                    ["Malta"])


def test_events_an_unknown_titled_subject_leaves_nobody_to_act(record):
    text = "واتهم القائد العسكري تركيا بتسهيل دخول الأسلحة إلى المنطقة."
    assert not any(e["actors"] for e in _events(record, text, "2018-05-01") if e["type"] == "ACCUSE")


def test_events_a_verb_after_a_comma_leaves_out_the_speakers_name(record):
    text = ("ولم تعلن أي جهة مسؤوليتها عن الهجوم، غير أن المتحدث باسم قوات حفتر أحمد المسماري قال إن طائرات مجهولة "
            "قصفت القاعدة، وتوعد بمزيد من الضربات ضد ما وصفه بالوجود التركي.")
    evs = _events(record, text, "2020-07-06")
    assert [(e["type"], *_who(e)) for e in evs] == [("THREATEN", ["Ahmed al-Mismari"], ["Turkey"])]
    text = "أعلنت وزارة الدفاع الروسية، الخميس، أن إسرائيل استخدمت 28 طائرة، وأطلقت 70 صاروخا على مواقع في سوريا."
    assert _who(_first(_events(record, text, "2018-05-10"), "type", "ASSAULT"))[0] == ["Israel"]


def test_events_brandishing_force_threatens(record):
    text = "وكان الرئيس المصري عبد الفتاح السيسي قد لوح الشهر الماضي بتدخل عسكري مباشر في ليبيا."
    ev = _first(_events(record, text, "2020-07-06"), "type", "THREATEN")
    assert _who(ev)[0] == ["Abdel Fattah el-Sisi"] and ev["date"] == "2020-06"


def test_events_a_visit_some_days_before_the_news_happened_and_received_its_place(record):
    text = ("وتأتي الغارات بعد يومين من زيارة أجراها وزير الدفاع التركي خلوصي أكار إلى طرابلس، تفقد خلالها القوات "
            "التركية في القاعدة.")
    ev = _first(_events(record, text, "2020-07-06"), "type", "CONSULT")
    assert _who(ev) == (["Hulusi Akar"], ["Libya"]) and ev["location"]["name"] == "Tripoli"
    text = "وهددت واشنطن طهران بعقوبات بعد الانسحاب الأميركي من الاتفاق النووي مع إيران."
    assert not [e for e in _events(record, text, "2018-10-01") if e["type"] == "AGREE"]


def test_events_a_visit_its_speaker_made_and_the_meeting_during_it(record):
    text = ("أعلن رئيس الوزراء المالطي روبرت أبيلا، اليوم الجمعة، أن بلاده وقعت مذكرة تفاهم مع ليبيا. وقال أبيلا إن "
            "المذكرة جاءت ثمرة للزيارة التي أجراها إلى طرابلس الأربعاء الماضي، والتقى خلالها رئيس المجلس الرئاسي "
            "فائز السراج.")
    evs = [e for e in _events(record, text, "2020-05-29") if e["type"] == "CONSULT"]
    assert [(*_who(e), e["date"]) for e in evs] == [(["Robert Abela"], ["Libya"], "2020-05-27"),
                                                   (["Robert Abela"], ["Fayez al-Sarraj"], "2020-05-27")]
    text = "دعا مجلس الأمن الدولي، الجمعة، إلى إجراء تحقيق في الهجوم الذي شهدته مدينة صعدة اليمنية، الخميس."
    assert not [e for e in _events(record, text, "2018-08-10") if e["type"] == "ASSAULT"]


def test_events_training_offered_is_planned_aid(record):
    text = "وأوضح رئيس الوزراء المالطي روبرت أبيلا أن مالطا ستقدم تدريبا لعناصر خفر السواحل الليبي."
    ev = _first(_events(record, text, "2020-05-29"), "type", "AID")
    # who says his state will do it acts with it (the convention of "أعلن قالن أن بلاده ...")
    assert _who(ev) == (["Robert Abela", "Malta"], ["Libyan Coast Guard"]) and ev["status"] == "planned"


def test_events_the_undated_news_is_dated_by_its_publication_and_says_so(record):
    text = ("أعلن رئيس الوزراء المالطي روبرت أبيلا أن بلاده وقعت مع حكومة الوفاق الوطني الليبية مذكرة تفاهم لمكافحة "
            "الهجرة.\n\nوكانت تركيا قد أرسلت قوات إلى ليبيا.")
    evs = _events(record, text, "2020-05-29")
    assert [(e["type"], e["date"], e["date_source"]) for e in evs] == [("AGREE", "2020-05-29", "published"),
                                                                      ("MOBILIZE", None, None)]


def test_events_a_participle_threatens_whom_the_sentence_is_about_at_its_acts_time(record):
    text = ("وكان الرئيس المصري عبد الفتاح السيسي قد حذر الشهر الماضي من أن تقدم قوات الوفاق نحو سرت يمثل خطا أحمر، "
            "ملوحا بتدخل عسكري مباشر.")
    ev = _first(_events(record, text, "2020-07-06"), "type", "THREATEN")
    assert _who(ev) == (["Abdel Fattah el-Sisi"], ["Government of National Accord"]) and ev["date"] == "2020-06"


def test_events_asked_of_a_capital_and_the_forces_of_a_commander(record):
    text = ("وكانت حكومة الوفاق قد طلبت رسميا من أنقرة دعما عسكريا لصد هجوم قوات خليفة حفتر على العاصمة طرابلس.")
    evs = _events(record, text, "2019-12-27")
    assert _who(_first(evs, "type", "REQUEST")) == (["Government of National Accord"], ["Turkey"])
    assert _who(_first(evs, "type", "ASSAULT"))[0] == ["Libyan National Army"]


def test_events_control_taken_is_an_assault_on_whom_the_sentence_names_later(record):
    text = ("أعلنت قوات حكومة الوفاق الوطني، الاثنين، سيطرتها الكاملة على قاعدة الوطية الجوية، بعد هجوم واسع على قوات "
            "حفتر.\nودعت البعثة الأممية الطرفين إلى وقف فوري لإطلاق النار.")
    evs = _events(record, text, "2020-05-19")
    assert [(e["mode"], *_who(e)) for e in evs if e["type"] == "ASSAULT"] == [
        ("occupy", ["Government of National Accord"], ["Libyan National Army"])]
    assert set(_who(_first(evs, "type", "REQUEST"))[1]) == {"Government of National Accord", "Libyan National Army"}
    text = "وكثف الجيش الوطني الليبي حملته للسيطرة على مدينة درنة."
    assert not [e for e in _events(record, text, "2018-05-10") if e["type"] == "ASSAULT"]


def test_events_any_such_event_is_none_and_its_doer_is_whom_a_rejection_names(record):
    text = "وكان مجلس النواب الليبي قد رفض في وقت سابق أي اتفاقات توقعها حكومة الدبيبة مع دول أجنبية."
    evs = _events(record, text, "2022-10-03")
    assert [(e["type"], *_who(e)) for e in evs] == [("REJECT", ["House of Representatives of Libya"],
                                                     ["Government of National Unity"])]


def test_events_meetings_held_separately_and_agreements_signed_at_a_meeting(record):
    text = "والتقت ميركل على هامش المؤتمر كلا من رئيس المجلس الرئاسي فائز السراج والمشير خليفة حفتر بشكل منفصل."
    evs = [e for e in _events(record, text, "2020-01-20") if e["type"] == "CONSULT"]
    assert [_who(e) for e in evs] == [(["Angela Merkel"], ["Fayez al-Sarraj"]), (["Angela Merkel"], ["Khalifa Haftar"])]
    text = ("وترأس الرئيس التركي رجب طيب أردوغان ورئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة اجتماع مجلس التعاون، "
            "الذي شهد توقيع خمس اتفاقيات في مجالات الطاقة والإعلام.")
    text = text.replace("مجلس التعاون،", "مجلس التعاون الاستراتيجي،")  # not the Gulf's council
    ev = _first(_events(record, text, "2021-04-12"), "type", "AGREE")
    assert set(sum(_who(ev), [])) == {"Recep Tayyip Erdoğan", "Abdul Hamid Dbeibah"}


def test_events_a_states_companies_are_not_the_state(record):
    text = "من جهته، دعا رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة الشركات التركية إلى العودة للعمل."
    assert not any("Turkey" in sum(_who(e), []) for e in _events(record, text, "2021-04-12"))


def test_events_criticism_directed_is_an_accusation(record):
    text = "وتزامنت الزيارة مع انتقادات وجهتها فرنسا لاستمرار الوجود العسكري التركي في ليبيا."
    ev = _first(_events(record, text, "2021-04-12"), "type", "ACCUSE")
    assert _who(ev)[0] == ["France"] and "Turkey" in _who(ev)[1]


def test_events_an_earlier_undated_event_takes_no_date_of_the_news(record):
    text = ("وقعت تركيا وحكومة الوحدة الوطنية الليبية، اليوم الاثنين، مذكرة تفاهم في مجال النفط والغاز.\n"
            "وكان مجلس النواب الليبي قد رفض في وقت سابق اتفاقات حكومة الوحدة الوطنية مع تركيا.")
    evs = _events(record, text, "2022-10-03")
    assert [(e["type"], e["date"]) for e in evs] == [("AGREE", "2022-10-03"), ("REJECT", None)]


def test_events_who_was_there_to_receive_a_visitor_and_what_the_visit_saw_signed(record):
    text = ("طرابلس - وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني، اليوم السبت، إلى طرابلس في زيارة رسمية.\n"
            "وكان في استقبالها رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في مطار معيتيقة الدولي.\n"
            "وشهدت الزيارة توقيع اتفاق بين شركة إيني الإيطالية والمؤسسة الوطنية للنفط.")
    evs = _events(record, text, "2023-01-28")
    host = _first(evs, "mode", "host")
    assert _who(host) == (["Giorgia Meloni"], ["Abdul Hamid Dbeibah"]) and host["date"] == "2023-01-28"
    signed = _first(evs, "type", "AGREE")
    assert set(sum(_who(signed), [])) >= {"Eni", "National Oil Corporation"} and signed["date"] == "2023-01-28"


def test_events_appreciation_is_praise(record):
    text = "من جهته، ثمن رئيس المجلس الرئاسي محمد المنفي الدور المصري في دعم الاستقرار في ليبيا."
    assert _who(_first(_events(record, text, "2025-02-20"), "type", "SUPPORT")) == (["Mohamed al-Menfi"], ["Egypt"])


def test_events_a_speakers_participle_asks_a_states_leaders_and_ends_what_he_says(record):
    text = ("حذر المبعوث الأممي إلى ليبيا عبد الله باتيلي، أمس الاثنين، أعضاء مجلس الأمن من أن استمرار الانقسام "
            "يهدد وحدة البلاد، داعيا القادة الليبيين إلى التوافق على القوانين الانتخابية.")
    evs = _events(record, text, "2023-04-18")
    assert [(e["type"], *_who(e), e["date"]) for e in evs] == [
        ("REQUEST", ["Abdoulaye Bathily"], ["Libya"], "2023-04-17")]  # no accusation of the leaders asked


def test_events_speech_is_dated_by_when_it_was_said(record):
    text = "قال المبعوث الأممي عبد الله باتيلي، أمس الاثنين، إن تركيا ترسل المرتزقة."
    ev = _first(_events(record, text, "2023-04-18"), "type", "ACCUSE")
    assert _who(ev) == (["Abdoulaye Bathily"], ["Turkey"]) and ev["date"] == "2023-04-17"
    assert ev["date_source"] == "text"


def test_events_a_place_in_what_is_said_is_not_accused(record):
    text = "قال المبعوث الأممي عبد الله باتيلي إن تركيا ارتكبت انتهاكات في ليبيا."
    assert _who(_first(_events(record, text, "2023-04-18"), "type", "ACCUSE"))[1] == ["Turkey"]


def test_events_a_joint_body_agrees_alone_and_fighters_leaving_accuse_nobody(record):
    text = ("وقال باتيلي إن اللجنة العسكرية المشتركة (5+5) اتفقت خلال اجتماعها في القاهرة على آلية لتنسيق "
            "انسحاب المرتزقة.")
    evs = _events(record, text, "2023-04-18")
    assert _who(_first(evs, "type", "AGREE")) == (["Libyan Joint Military Commission (5+5)"], [])
    assert not [e for e in evs if e["type"] == "ACCUSE"]


def test_events_but_he_goes_on_with_the_subject_before(record):
    text = ("رحب مندوب روسيا لدى الأمم المتحدة فاسيلي نيبينزيا بجهود اللجنة العسكرية المشتركة، لكنه اتهم دولا "
            "غربية بعرقلة العملية السياسية.")
    evs = _events(record, text, "2023-04-18")
    support, accuse = _first(evs, "type", "SUPPORT"), _first(evs, "type", "ACCUSE")
    assert _who(support)[1] == ["Libyan Joint Military Commission (5+5)"]
    assert _who(accuse)[0] == _who(support)[0] and support["actors"][0]["country"] == "RUS"


def test_events_a_sanction_imposed_past_a_time_between_commas(record):
    text = "فرضت وزارة الخزانة الأمريكية، الأسبوع الماضي، عقوبات على قائد ميليشيا الكانيات محمد الكاني."
    ev = _first(_events(record, text, "2023-04-18"), "type", "SANCTION")
    assert _who(ev)[0] == ["United States"] and ev["recipients"][0]["name_ar"] == "محمد الكاني"
    assert ev["date"] == "2023-04"


def test_events_agreed_during_a_meeting_is_dated_by_it(record):
    text = ("اتفق وزير الداخلية التونسي خالد النوري ونظيره الليبي عماد الطرابلسي، خلال اجتماع عقداه الأحد في "
            "تونس، على إعادة فتح معبر رأس جدير ابتداء من اليوم الاثنين.")
    ev = _first(_events(record, text, "2024-07-01"), "type", "AGREE")
    assert ev["date"] == "2024-06-30" and ev["date_source"] == "news"


def test_events_an_envoy_expelled_is_a_sanction_on_his_state(record):
    text = ("أعلن وزير الخارجية اليوناني نيكوس ديندياس، أمس الجمعة، طرد السفير الليبي لدى أثينا، احتجاجا على "
            "توقيع حكومة الوفاق الوطني مذكرة تفاهم مع تركيا.")
    evs = _events(record, text, "2019-12-07")
    ev = _first(evs, "type", "SANCTION")
    assert _who(ev) == (["Nikos Dendias"], ["Libya"]) and ev["date"] == "2019-12-06"
    # "احتجاجا على": the reason for the expulsion, neither a demonstration nor news of its own
    assert [e["type"] for e in evs] == ["SANCTION"]


def test_events_clashes_between_sides_past_an_adjective_and_whose_a_side_is(record):
    text = ("شهدت طرابلس، ليل الاثنين، اشتباكات عنيفة بالأسلحة الثقيلة بين اللواء 444 قتال التابع لوزارة الدفاع "
            "في حكومة الوحدة الوطنية وعناصر جهاز دعم الاستقرار.")
    ev = _first(_events(record, text, "2025-05-14"), "type", "ASSAULT")
    assert _who(ev) == (["444th Brigade"], ["Stability Support Apparatus"]) and ev["date"] == "2025-05-12"


def test_events_clashes_between_sides_past_where_they_broke_out(record):
    text = "اندلعت اشتباكات في منطقة أبو سليم بطرابلس بين قوات الردع وجهاز دعم الاستقرار."
    ev = _first(_events(record, text, "2025-05-14"), "type", "ASSAULT")
    assert _who(ev) == (["Rada Special Deterrence Force"], ["Stability Support Apparatus"])
    assert ev["location"]["country"] == "LBY"


def test_events_recalling_an_envoy_and_closing_airspace_are_sanctions_on_where_he_served(record):
    text = ("قررت الجزائر، الاثنين، استدعاء سفيرها لدى مالي للتشاور. وأعلنت مالي والنيجر وبوركينا فاسو استدعاء "
            "سفرائها من الجزائر. كما قررت الجزائر إغلاق مجالها الجوي أمام الطيران القادم من مالي.")
    evs = [e for e in _events(record, text, "2025-04-08") if e["type"] == "SANCTION"]
    assert [(_who(e), e["mode"]) for e in evs] == [
        ((["Algeria"], ["Mali"]), "recall"), ((["Mali", "Niger", "Burkina Faso"], ["Algeria"]), "recall"),
        ((["Algeria"], ["Mali"]), "close")]
    assert evs[0]["date"] == "2025-04-07"
    # a foreign envoy summoned is no recall; "يسقط" is also "falls", so only the past shoots down
    assert not _events(record, "استدعت الخارجية السفير الفرنسي.", "2025-04-08")
    assert not _events(record, "تسقط مقاتلة إسرائيلية للمرة الأولى.", "2025-04-08")


def test_events_a_downed_aircraft_s_state_is_hit(record):
    ev = _first(_events(record, "وكانت الدفاعات السورية قد أسقطت مقاتلة إسرائيلية فوق الجولان.", "2018-02-11"),
                "type", "ASSAULT")
    assert _who(ev) == (["Syria"], ["Israel"]) and ev["mode"] == "down"


def test_events_each_side_accusing_the_other_is_two_events_and_a_feminine_verb_takes_no_masculine_subject(record):
    text = ("اتهم الجيش السوداني، الأحد، قوات الدعم السريع بقصف مستشفى في الفاشر. في المقابل، نفت قوات الدعم السريع "
            "مسؤوليتها عن القصف، واتهمت الجيش باستخدام المستشفى ثكنة عسكرية.")
    accusations = [_who(e) for e in _events(record, text, "2024-06-10") if e["type"] == "ACCUSE"]
    assert accusations == [(["Sudanese Armed Forces"], ["Rapid Support Forces"]),
                           (["Rapid Support Forces"], ["Sudanese Armed Forces"])]


def test_events_places_joined_in_a_topic_are_no_party_nor_place(record):
    text = ("استقبل وزير الدفاع التركي يشار غولر نظيره القطري في أنقرة. وبحث الوزيران خلال اللقاء سبل تطوير "
            "التعاون العسكري، إضافة إلى الأوضاع في سوريا وغزة.")
    evs = _events(record, text, "2024-11-15")
    assert [e["location"]["name"] for e in evs] == ["Ankara"]
    assert not [p for e in evs for p in e["actors"] + e["recipients"] if p["country"] in ("PSE", "SYR")]


def test_events_a_ceasefire_one_side_declares(record):
    ev = _first(_events(record, "أعلنت حكومة الوحدة الوطنية وقفا لإطلاق النار في طرابلس.", "2025-05-14"),
                "type", "AGREE")
    assert ev["mode"] == "ceasefire" and _who(ev) == (["Government of National Unity"], [])


def test_events_the_two_who_met_sign_with_their_subject_left_out_past_a_topic(record):
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في القاهرة. وعقد الرئيسان جلسة "
            "مباحثات تناولت الحرب في غزة والأوضاع في ليبيا والسودان، ووقعا إعلانا مشتركا.")
    evs = _events(record, text, "2024-02-14")
    sign = _first(evs, "type", "AGREE")
    assert set(_who(sign)[0] + _who(sign)[1]) == {"Abdel Fattah el-Sisi", "Recep Tayyip Erdoğan"}
    # the war in Gaza is what they talked about: no place of the meeting, nobody met there
    assert not [e for e in evs if (e["location"] or {}).get("name") == "Gaza"]


def test_events_agreeing_on_a_necessity_is_no_demand(record):
    text = "وقال أردوغان إن أنقرة والقاهرة تتفقان على ضرورة إجراء انتخابات في ليبيا."
    assert not [e for e in _events(record, text, "2024-02-14") if e["type"] == "REQUEST"]


def test_events_an_event_committed_to_or_offered_is_planned_or_proposed(record):
    agreed = _first(_events(record, "أعلن فيدان أن تركيا وافقت على تزويد مصر بطائرات مسيرة.", "2024-02-14"),
                    "type", "AID")
    assert _who(agreed) == (["Hakan Fidan", "Turkey"], ["Egypt"]) and agreed["status"] == "planned"
    pledged = _first(_events(record, "وتعهد حفتر، بحسب بيان صادر عن مكتبه، بالتعاون مع السلطات الإيطالية.",
                             "2023-05-05"), "type", "COOPERATE")
    assert _who(pledged) == (["Khalifa Haftar"], ["Italy"]) and pledged["status"] == "planned"
    text = ("زار وزير الداخلية الإيطالي ماتيو بيانتيدوسي بنغازي في فبراير الماضي والتقى حفتر، وعرض عليه تقديم "
            "زوارق ومعدات للمراقبة البحرية.")
    offered = _first(_events(record, text, "2023-05-05"), "type", "AID")
    assert _who(offered) == (["Matteo Piantedosi"], ["Khalifa Haftar"]) and offered["status"] == "proposed"
    assert offered["date"] == "2023-02"


def test_events_a_reception_told_as_the_time_of_a_praise(record):
    text = ("التقى وزير الداخلية التونسي خالد النوري نظيره الليبي عماد الطرابلسي في تونس. وأشاد الرئيس التونسي "
            "قيس سعيد، لدى استقباله الطرابلسي بقصر قرطاج، بروح الأخوة بين البلدين.")
    evs = _events(record, text, "2024-07-01")
    hosted = [e for e in evs if e["type"] == "CONSULT" and _who(e) == (["Imad Trabelsi"], ["Kais Saied"])]
    assert hosted and _first(evs, "type", "SUPPORT")["actors"][0]["name"] == "Kais Saied"
    # "استقبال اللاجئين": a reception with no host's pronoun is none
    assert not _events(record, "قررت كندا استقبال 50 شخصا من السوريين.", "2018-07-25")


def test_events_a_body_named_with_a_topic_word_is_no_topic(record):
    text = "وجاءت الاتهامات بعد أن شنت قوات الدعم السريع هجوما واسعا على مدينة الفاشر."
    ev = _first(_events(record, text, "2024-05-12"), "type", "ASSAULT")
    assert _who(ev)[0] == ["Rapid Support Forces"]


def test_events_signed_during_the_visit_told_before_and_a_host_with_his_deputy(record):
    text = ("التقى رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، الأربعاء، في طرابلس، كبير مستشاري الرئيس الأمريكي "
            "للشؤون الأفريقية مسعد بولس. ووقعت المؤسسة الوطنية للنفط خلال الزيارة مذكرة تفاهم مع شركة \"هيل "
            "إنترناشيونال\" الأمريكية. وانتقل بولس في اليوم نفسه إلى بنغازي، حيث استقبله القائد العام للجيش "
            "الوطني الليبي المشير خليفة حفتر، بحضور نائبه صدام حفتر، داعيا الأطراف الليبية إلى إجراء "
            "الانتخابات.")
    evs = _events(record, text, "2025-07-24")
    sign = _first(evs, "type", "AGREE")
    assert sign["date"] == "2025-07-23" and sign["location"]["name"] == "Tripoli"
    host = _first(evs, "mode", "host")
    assert [p["name_ar"] for p in host["actors"]] == ["مسعد بولس"]
    assert _who(host)[1] == ["Khalifa Haftar", "Saddam Haftar"] and host["date"] == "2025-07-23"


def test_events_a_participle_asks_a_party_named_before_in_its_sentence(record):
    text = ("وأكد السيسي أن مصر تدعم توحيد المؤسسات العسكرية الليبية، داعيا الأطراف الليبية إلى إجراء "
            "الانتخابات.")
    ev = _first(_events(record, text, "2025-07-24"), "type", "REQUEST")
    assert _who(ev) == (["Abdel Fattah el-Sisi"], ["Libya"])


def test_events_a_stand_declared_in_support(record):
    text = "وأكد السيسي موقف مصر الداعم لوحدة ليبيا واستقرارها."
    assert _who(_first(_events(record, text, "2025-08-19"), "type", "SUPPORT")) == (["Abdel Fattah el-Sisi"],
                                                                                     ["Libya"])
    # the backed state after ل does not back anyone
    assert not _events(record, "قررت دول الخليج معاقبة الغرب على موقفه الداعم لإسرائيل.", "2018-05-01")


def test_events_a_meeting_told_again_with_who_takes_part(record):
    text = ("استقبل وزير الخارجية الجزائري رمطان لعمامرة نظيرته الليبية نجلاء المنقوش. ودعا الاجتماع الوزاري "
            "لدول الجوار، الذي انطلقت أعماله الاثنين بمشاركة مصر وتونس والسودان، إلى انسحاب المرتزقة.")
    evs = [e for e in _events(record, text, "2021-08-31") if e["type"] == "CONSULT"]
    taking_part = next(e for e in evs if _who(e)[0] == ["Egypt", "Tunisia", "Sudan"])
    assert taking_part["date"] == "2021-08-30" and taking_part["location"] is None


def test_events_summoning_another_states_envoy_is_a_protest_to_that_state(record):
    ev = _events(record, "استدعت وزارة الخارجية العراقية، الثلاثاء، القائم بالأعمال التركي في بغداد.", "2024-07-03")[0]
    assert (ev["type"], ev["mode"]) == ("ACCUSE", "summon") and _who(ev) == (["Ministry of Foreign Affairs of Iraq"],
                                                                             ["Turkey"])
    # the envoy's state is summoned, it does not summon; one's own envoy is recalled (a sanction)
    ev = _events(record, "واستدعت روسيا سفير لندن لديها.", "2018-03-14")
    assert not [e for e in ev if e["actors"] and e["actors"][0]["name"] == "United Kingdom"]
    ev = _events(record, "قررت الجزائر استدعاء سفيرها لدى مالي للتشاور.", "2025-04-08")[0]
    assert ev["type"] == "SANCTION" and _who(ev) == (["Algeria"], ["Mali"])


def test_events_its_forces_in_what_is_announced_act_for_who_announces(record):
    ev = _events(record, "أعلنت وزارة الدفاع التركية أن مقاتلاتها دمرت 15 هدفا لحزب العمال الكردستاني شمالي "
                         "العراق.", "2024-07-03")[0]
    assert ev["type"] == "ASSAULT" and ev["actors"][0]["country"] == "TUR"
    # a place's state is where, not whom the strike hit; the target's owner after the object is hit
    assert [p["name"] for p in ev["recipients"]] == ["PKK"]


def test_events_a_party_after_the_object_the_verb_needs_is_hit_not_hitting(record):
    evs = _events(record, "واستهدفت طائرات إسرائيلية مواقع لحركة حماس في قطاع غزة.", "2018-07-20")
    assert [_who(e) for e in evs if e["type"] == "ASSAULT"] == [(["Israel"], ["Hamas"])]


def test_events_a_unit_of_the_army_is_the_subject_of_a_feminine_verb(record):
    evs = _events(record, "أعلن الجيش السوداني تقدمه. وقصفت مدفعية الجيش مواقع للدعم السريع في جنوب الخرطوم، بينما "
                          "هاجمت قوات الدعم السريع مقر سلاح المدرعات.", "2023-06-01")
    attacks = [_who(e) for e in evs if e["type"] == "ASSAULT"]
    # the other side's own attack after بينما is an event of its own
    assert attacks == [(["Sudanese Armed Forces"], ["Rapid Support Forces"]), (["Rapid Support Forces"], [])]


def test_events_subjects_joined_before_a_verb_act_together(record):
    ev = _events(record, "أعلنت السعودية والولايات المتحدة، الاثنين، أن الجيش السوداني وقوات الدعم السريع وافقا على "
                         "تمديد اتفاق وقف إطلاق النار.", "2023-06-01")[0]
    assert ev["type"] == "AGREE" and set(_who(ev)[0]) == {"Sudanese Armed Forces", "Rapid Support Forces"}
    # undated in what is said: by the day it was told
    assert ev["date"] == "2023-05-29"


def test_events_where_it_was_said_is_not_where_aid_went(record):
    ev = _events(record, "وفي نيويورك، أعلن الأمين العام للأمم المتحدة أن المنظمة الدولية قدمت مساعدات غذائية لأكثر من "
                         "مليون شخص في دارفور.", "2023-06-01")[0]
    assert ev["type"] == "AID" and ev["location"]["name"] == "Darfur" and ev["location"]["country"] == "SDN"



def test_events_a_state_named_as_its_capital_in_the_dateline_is_where(record):
    evs = _events(record, "الجزائر - استقبل الرئيس الجزائري عبد المجيد تبون، الأحد، رئيس المجلس الرئاسي الليبي محمد "
                          "المنفي الذي يقوم بزيارة عمل إلى الجزائر تستغرق يومين.", "2025-01-20")
    meeting = _first(evs, "mode", "host")
    # where the news was filed is no party; the visitor is the actor and the host receives
    assert _who(meeting) == (["Mohamed al-Menfi"], ["Abdelmadjid Tebboune"])
    assert meeting["location"]["name"] == "Algiers" and meeting["date"] == "2025-01-19"
    # "الذي يقوم بزيارة": a visit of the one named right before, besides the meeting
    visit = _first(evs, "mode", "visit")
    assert _who(visit) == (["Mohamed al-Menfi"], ["Algeria"])


def test_events_the_two_sides_are_the_people_who_met_not_the_visits_state(record):
    evs = _events(record, "استقبل الرئيس الجزائري عبد المجيد تبون رئيس المجلس الرئاسي الليبي محمد المنفي الذي يقوم "
                          "بزيارة إلى الجزائر. واتفق الجانبان على إعادة فتح المعبر الحدودي.", "2025-01-20")
    agree = _first(evs, "type", "AGREE")
    assert set(_who(agree)[0]) == {"Abdelmadjid Tebboune", "Mohamed al-Menfi"}


def test_events_talks_held_after_a_visit_go_on_from_it(record):
    evs = _events(record, "وكان وزير الخارجية الجزائري أحمد عطاف قد زار طرابلس في سبتمبر الماضي، حيث أجرى مباحثات مع "
                          "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة.", "2025-01-20")
    talks = _first(evs, "mode", "meeting")
    assert _who(talks) == (["Ahmed Attaf"], ["Abdul Hamid Dbeibah"]) and talks["date"] == "2024-09"


def test_events_his_countrys_stand_is_his_and_his_countrys(record):
    ev = _first(_events(record, "وجدد الرئيس الجزائري عبد المجيد تبون رفض بلاده لأي تدخل أجنبي في الشأن الليبي.",
                        "2025-01-20"), "type", "REJECT")
    assert _who(ev) == (["Abdelmadjid Tebboune", "Algeria"], [])


def test_events_the_agent_after_min_qibal_acts(record):
    evs = _events(record, "وتم تفتيش سفينة شحن تركية متجهة إلى ليبيا من قبل فرقاطة ألمانية أمس.", "2020-11-24")
    search = _first(evs, "type", "COERCE")
    assert search["actors"][0]["country"] == "DEU" and "Turkey" in _who(search)[1]


def test_events_a_capitals_other_spelling_stands_for_its_state_but_not_in_a_title(record):
    ev = _first(_events(record, "وانتقدت أبو ظبي قرار الدوحة.", "2020-01-01"), "type", "ACCUSE")
    assert _who(ev) == (["United Arab Emirates"], ["Qatar"])
    ev = _first(_events(record, "سيجتمع الرئيس الروسي فلاديمير بوتين مع ولي عهد أبوظبي، الشيخ محمد بن زايد، غدا.",
                        "2018-05-31"), "type", "CONSULT")
    assert _who(ev) == (["Vladimir Putin"], ["Mohamed bin Zayed Al Nahyan"]) and ev["location"] is None


def test_events_an_embassy_that_speaks_speaks_for_its_state(record):
    evs = _events(record, "وأدانت السفارة الأمريكية في طرابلس أعمال العنف. وتظاهر العشرات أمام السفارة التركية.",
                  "2022-08-29")
    assert [_who(e)[0] for e in evs if e["type"] == "ACCUSE"] == [["United States"]]
    assert not [e for e in evs if "Turkey" in sum(_who(e), [])]


def test_events_welcoming_a_relation_welcomes_its_sides(record):
    ev = _first(_events(record, "ورحبت حكومة الوحدة الوطنية الليبية بالتقارب المصري التركي.", "2023-07-05"),
                "type", "SUPPORT")
    assert _who(ev)[1] == ["Egypt", "Turkey"]


def test_events_restoring_relations_is_cooperation(record):
    ev = _first(_events(record, "أعلنت مصر وتركيا، الثلاثاء، رفع مستوى العلاقات الدبلوماسية بينهما إلى مستوى "
                                "السفراء.", "2023-07-05"), "type", "COOPERATE")
    assert set(sum(_who(ev), [])) == {"Egypt", "Turkey"} and ev["date"] == "2023-07-04"


def test_events_his_country_will_go_on_is_the_speakers_country(record):
    ev = _first(_events(record, "أكد الرئيس التركي رجب طيب أردوغان، خلال مؤتمر صحفي مشترك مع رئيس المجلس الرئاسي فايز "
                                "السراج، أن بلاده ستواصل دعم حكومة الوفاق.", "2020-06-05"), "type", "SUPPORT")
    # whose country it is: the speaker's, not the last person named; what he says it will go on doing, planned
    assert _who(ev) == (["Recep Tayyip Erdoğan", "Turkey"], ["Government of National Accord"])
    assert ev["status"] == "planned"


def test_events_regaining_control_is_taking_ground(record):
    ev = _first(_events(record, "وفي 14 أبريل، استعاد النظام السوري السيطرة على الغوطة الشرقية.", "2018-06-01"),
                "type", "ASSAULT")
    assert ev["mode"] == "occupy" and _who(ev)[0] == ["Syria"]


def test_events_a_denial_and_a_participle_accusing_after_anothers_accusation(record):
    evs = _events(record, "واتهم الدبيبة باشاغا بمحاولة دخول طرابلس بالقوة، فيما نفى مكتب باشاغا ذلك، محملا حكومة "
                          "الدبيبة المسؤولية عن الاشتباكات.", "2022-08-29")
    accusations = [_who(e) for e in evs if e["type"] == "ACCUSE"]
    assert (["Abdul Hamid Dbeibah"], ["Fathi Bashagha"]) in accusations
    assert (["Fathi Bashagha"], ["Government of National Unity"]) in accusations


def test_events_a_trigger_inside_a_name_owns_no_date(record):
    ev = _first(_events(record, "وأعلنت قوات جهاز دعم الاستقرار، الأحد، سيطرتها على مقرات تابعة لقوات موالية "
                                "لباشاغا في منطقة جنزور.", "2022-08-29"), "type", "ASSAULT")
    assert ev["date"] == "2022-08-28"


def test_events_going_on_providing_support_is_planned_aid(record):
    evs = _events(record, "وأضاف البيان أن تركيا ستواصل تقديم الدعم التدريبي للقوات المسلحة الليبية.", "2024-05-15")
    ev = _first(evs, "type", "AID")
    assert _who(ev) == (["Turkey"], ["Libya"]) and ev["status"] == "planned"
    ev = _first(_events(record, "ستواصل قطر تقديم الدعم للحكومة الليبية.", "2024-05-15"), "type", "AID")
    assert ev["status"] == "planned"  # the subject between "ستواصل" and what it goes on doing


def test_events_an_agreements_terms_are_planned(record):
    ev = _first(_events(record, "وتنص المذكرة على أن تقدم مالطا دورات تدريبية لعناصر خفر السواحل الليبي.",
                        "2023-07-14"), "type", "AID")
    assert _who(ev) == (["Malta"], ["Libyan Coast Guard"]) and ev["status"] == "planned"


def test_events_handing_over_names_whom_it_is_handed_to(record):
    evs = _events(record, "أكد وزير الداخلية المالطي بايرون كاميليري أن بلاده تعتزم تسليم قوارب دورية جديدة "
                          "للسلطات الليبية. وأعلنت روسيا تسليم سوريا المنظومة الدفاعية. محمد بن سلمان: تزويد إيران "
                          "الحوثيين بالصواريخ عدوان.", "2023-07-14")
    aid = [(_who(e), e["status"]) for e in evs if e["type"] == "AID"]
    assert ((["Byron Camilleri", "Malta"], ["Libya"]), "planned") in aid
    assert ((["Russia"], ["Syria"]), "occurred") in aid  # the state right after "تسليم" is given it
    assert any(w[0] == ["Iran"] and w[1] and w[1][0].startswith("Houthis") for w, _s in aid)  # (a second after it)


def test_events_a_call_on_nobody_named_is_still_a_call(record):
    evs = _events(record, "وقال وزير الداخلية الليبي عماد الطرابلسي إن ليبيا لن تكون حارسا لحدود أوروبا، مطالبا "
                          "الدول الأوروبية بزيادة دعمها.", "2023-07-14")
    assert [_who(e) for e in evs if e["type"] == "REQUEST"] == [(["Imad Trabelsi"], [])]


def test_events_repelling_an_attack_and_capturing_its_men(record):
    evs = _events(record, "أعلنت قوات حكومة الوفاق أنها صدت هجوما لقوات حفتر على محور عين زارة جنوبي طرابلس، "
                          "وأسرت عددا من عناصرها.", "2020-05-16")
    got = {e["type"]: _who(e) for e in evs}
    assert got["ASSAULT"] == (["Government of National Accord"], ["Libyan National Army"])
    # "عناصرها": the men of the side named before, not of who captures them
    assert got["COERCE"] == (["Government of National Accord"], ["Libyan National Army"])
    assert _first(evs, "type", "ASSAULT")["location"]["name"] == "Ain Zara"


def test_events_an_upcoming_visit_in_what_is_said_is_planned(record):
    evs = _events(record, "وذكرت القيادة العامة في بيان أن اللقاء تناول سبل التعاون، إضافة إلى ترتيبات زيارة "
                          "مرتقبة للمشير خليفة حفتر إلى موسكو.", "2023-09-19")
    ev = _first(evs, "type", "CONSULT")
    assert _who(ev) == (["Khalifa Haftar"], ["Russia"]) and ev["status"] == "planned"
    assert ev["location"]["name"] == "Moscow"


def test_events_a_verb_of_asking_going_on_keeps_its_subject(record):
    evs = _events(record, "وانتقد رئيس المجلس الأعلى للدولة خالد المشري الزيارة، وطالب المجلس الرئاسي باتخاذ موقف "
                          "واضح منها.", "2023-09-19")
    assert _who(_first(evs, "type", "REQUEST")) == (["Khalid al-Mishri"], ["Presidential Council of Libya"])


def test_events_his_own_state_named_in_what_he_says_acts_with_him(record):
    ev = _first(_events(record, "وأكد وزير الداخلية الإيطالي ماتيو بيانتيدوسي أن روما ستواصل التعاون مع السلطات "
                                "الليبية.", "2023-07-01"), "type", "COOPERATE")
    assert _who(ev) == (["Matteo Piantedosi", "Italy"], ["Libya"]) and ev["status"] == "planned"


def test_events_an_accusing_word_accuses_whom_it_names(record):
    evs = _events(record, "اتهم المتحدث باسم الجيش الوطني الليبي أحمد المسماري، اليوم السبت، تركيا بنقل مرتزقة "
                          "إلى طرابلس. وأضاف المسماري أن \"العدوان التركي\" لن يثني الجيش عن مواصلة عملياته.",
                  "2020-05-16")
    # one accusation told twice, of Turkey; the army it will not deter is not accused
    assert [_who(e) for e in evs if e["type"] == "ACCUSE"] == [(["Ahmed al-Mismari"], ["Turkey"])]


def test_events_drones_belonging_to_a_side_strike_for_it(record):
    ev = _first(_events(record, "طرابلس - قصفت طائرات مسيرة تابعة لحكومة الوحدة الوطنية، فجر الأحد، مواقع لعصابات "
                                "التهريب في مدينة الزاوية غرب طرابلس.", "2023-05-28"), "type", "ASSAULT")
    assert _who(ev)[0] == ["Government of National Unity"] and ev["date"] == "2023-05-28"
    assert ev["location"]["name"] == "Zawiya"  # the dateline's city is where it was filed, not where it hit
    evs = _events(record, "وقصفت مواقع تابعة لحزب الله قرب دمشق.", "2018-05-10")
    assert not [e for e in evs if "Hezbollah" in _who(e)[0]]  # what is hit belongs to it: it does not strike


def test_events_a_relative_clause_acts_for_the_one_it_follows(record):
    evs = _events(record, "كما التقى وزير الدفاع القطري خالد العطية رئيس المجلس الرئاسي محمد المنفي، الذي دعا قطر "
                          "إلى المساهمة في برامج نزع السلاح.", "2021-11-22")
    assert _who(_first(evs, "type", "REQUEST")) == (["Mohamed al-Menfi"], ["Qatar"])
    evs = _events(record, "تحولت جلسة مجلس الأمن التي دعت روسيا لانعقادها إلى مواجهة.", "2018-04-13")
    # "التي" is the session's: Russia called for it, the Council did not call on Russia
    assert [_who(e) for e in evs if e["type"] == "REQUEST"] == [(["Russia"], [])]


def test_events_when_goes_on_with_the_subject_and_its_time(record):
    evs = _events(record, "وكان وزير الدفاع القطري خالد العطية قد زار طرابلس في ديسمبر 2020، حين وقع مع وزير الدفاع "
                          "بحكومة الوفاق صلاح الدين النمروش مذكرة تفاهم أمنية.", "2021-11-22")
    ev = _first(evs, "type", "AGREE")
    assert set(sum(_who(ev), [])) == {"Khalid bin Mohammed Al Attiyah", "Salah al-Din al-Namroush"}
    assert ev["date"] == "2020-12"


def test_events_training_names_its_trainees_and_terms_are_planned(record):
    ev = _first(_events(record, "ووقع الطرفان اتفاقية، تتولى بموجبها الدوحة تدريب دفعات من الضباط الليبيين في "
                                "الكليات العسكرية القطرية.", "2021-11-22"), "type", "AID")
    assert _who(ev) == (["Qatar"], ["Libya"]) and ev["status"] == "planned" and ev["mode"] == "training"
    evs = _events(record, "وتنص الاتفاقية على تبادل المعلومات وتدريب عناصر خفر السواحل الليبي.", "2021-11-16")
    assert not [e for e in evs if e["type"] == "AID"]  # the coast guard is trained; who trains is not told
    ev = _first(_events(record, "أعلنت مصر انطلاق فعاليات التدريب العسكري المشترك مع السعودية.", "2018-10-10"),
                "type", "COOPERATE")
    assert ev["mode"] == "exercise"


def test_events_readiness_to_go_on_supporting_is_declared_support(record):
    evs = _events(record, "استقبل رئيس الحكومة عبد الحميد الدبيبة وزير الدفاع القطري خالد العطية في طرابلس. وأكد "
                          "العطية خلال اللقاء استعداد بلاده لمواصلة دعم جهود توحيد المؤسسة العسكرية في ليبيا.",
                  "2021-11-22")
    ev = _first(evs, "type", "SUPPORT")
    assert _who(ev)[0][0] == "Khalid bin Mohammed Al Attiyah" and ev["status"] == "planned"


def test_events_a_warship_named_again_is_its_navy(record):
    evs = _events(record, "رست الفرقاطة التركية كمال رئيس صباح اليوم الخميس في ميناء طرابلس. وقالت السفارة إن طاقم "
                          "الفرقاطة سينفذ تمرينا مشتركا مع القوات البحرية الليبية. وأدان مجلس النواب الليبي وصول "
                          "الفرقاطة.", "2025-02-13")
    drill = _first(evs, "type", "COOPERATE")
    assert [p["country"] for p in drill["actors"] + drill["recipients"]] == ["TUR", "LBY"]
    assert drill["status"] == "planned"  # "سينفذ": a light verb in the future
    assert [p["country"] for p in _first(evs, "type", "ACCUSE")["recipients"]] == ["TUR"]


def test_events_a_meeting_the_two_sides_agree_to_hold_is_planned(record):
    evs = _events(record, "بحث رئيس الوزراء المالطي روبرت أبيلا مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، في "
                          "اتصال هاتفي مساء الثلاثاء، ملف الهجرة. واتفق الجانبان على عقد اجتماع للجنة المشتركة بين "
                          "البلدين في فاليتا الشهر المقبل.", "2024-05-08")
    ev = next(e for e in evs if e["type"] == "CONSULT" and e["status"] == "planned")
    assert set(sum(_who(ev), [])) == {"Robert Abela", "Abdul Hamid Dbeibah"}
    assert ev["date"] == "2024-06" and ev["location"]["name"] == "Valletta"


def test_events_what_a_verb_of_calling_asks_for_is_no_event(record):
    evs = _events(record, "بحث رئيس الوزراء المالطي روبرت أبيلا مع رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة ملف "
                          "الهجرة. وأشاد أبيلا بخفر السواحل الليبي، فيما دعا الدبيبة الاتحاد الأوروبي إلى تقديم دعم "
                          "فني أكبر لليبيا.", "2024-05-08")
    assert [e["type"] for e in evs] == ["CONSULT", "SUPPORT", "REQUEST"]


def test_events_expressing_appreciation_praises_the_doer(record):
    evs = _events(record, "وأعرب رئيس الوزراء المالطي روبرت أبيلا عن تقدير بلاده للجهود التي يبذلها خفر السواحل "
                          "الليبي. وعبر المشايخ عن امتنانهم للتحالف بقيادة المملكة العربية السعودية.", "2024-05-08")
    praise = [_who(e) for e in evs if e["type"] == "SUPPORT"]
    # who is thanked comes after the thanks: Saudi Arabia thanks no one
    assert praise == [(["Robert Abela"], ["Libyan Coast Guard"])]


def test_events_a_threat_with_no_one_named_is_still_a_threat(record):
    evs = _events(record, "أعلن المتحدث باسم الجيش الوطني الليبي أحمد المسماري رفض المبادرة، متوعدا بمواصلة العمليات "
                          "العسكرية حتى تحرير طرابلس.", "2020-01-09")
    assert [(e["type"], _who(e)) for e in evs if e["type"] == "THREATEN"] == [
        ("THREATEN", (["Ahmed al-Mismari"], []))]


def test_events_a_call_going_on_after_a_welcome_is_the_welcomers(record):
    ev = _first(_events(record, "من جهته، رحب رئيس مجلس النواب عقيلة صالح بموقف القاهرة، ودعا الجيش المصري إلى التدخل "
                                "إذا اقتضت الضرورة.", "2020-06-21"), "type", "REQUEST")
    assert _who(ev)[0] == ["Aguila Saleh"] and [p["country"] for p in ev["recipients"]] == ["EGY"]


def test_events_signing_the_minutes_of_a_meeting_is_signing(record):
    evs = _events(record, "ووقع وزيرا الداخلية الليبي عماد الطرابلسي والتونسي كمال الفقي محضر اجتماع يتضمن إجراءات "
                          "لتسهيل العبور.", "2024-06-24")
    assert _first(evs, "type", "AGREE")["mode"] == "sign"


def test_events_arresting_as_a_noun_names_who_is_arrested(record):
    ev = _first(_events(record, "أعلنت قوة الردع الخاصة، السبت، القبض على ثلاثة عناصر من خلية تابعة لتنظيم داعش في "
                                "مدينة مصراتة.", "2022-05-08"), "type", "COERCE")
    assert _who(ev) == (["Rada Special Deterrence Force"], ["Islamic State"]) and ev["date"] == "2022-05-07"


@pytest.mark.parametrize("text", [
    "تسعى الشرطة التونسية لإلقاء القبض على المتهمين بتهريب الأسلحة.",  # sought, not done
    "وكانت مصر قد ساعدتها في إلقاء القبض على زعيم تنظيم داعش في ليبيا.",  # who is arrested does not arrest
])
def test_events_no_arrest_sought_or_by_the_arrested(record, text):
    assert not [e for e in _events(record, text, "2021-02-01") if e["type"] == "COERCE"
                and "Islamic State" in _who(e)[0]] and all(
        e["type"] != "COERCE" for e in _events(record, text, "2021-02-01") if "تسعى" in text)


def test_events_an_exercise_hosted_and_joined(record):
    ev = _first(_events(record, "وأعلن وزير الدفاع الإيطالي غويدو كروزيتو أن بلاده ستستضيف في الربيع المقبل مناورات "
                                "جوية مشتركة بمشاركة وحدات من القوات الجوية التونسية.", "2023-11-20"),
                "type", "COOPERATE")
    assert ev["status"] == "planned" and ev["date"] == "2024"
    assert {p["country"] for p in ev["actors"] + ev["recipients"]} == {"ITA", "TUN"}


def test_events_a_list_of_places_in_a_topic_is_no_place(record):
    ev = _first(_events(record, "التقى وزير الخارجية التركي هاكان فيدان نظيره المصري بدر عبد العاطي، وبحثا التطورات في "
                                "السودان وليبيا وسوريا.", "2024-10-03"), "type", "CONSULT")
    assert ev["location"] is None or ev["location"]["country"] not in ("SYR", "LBY", "SDN")


def test_events_whom_a_supply_goes_to_comes_right_after_it(record):
    ev = _first(_events(record, "وأبدى وزير الداخلية الإيطالي ماتيو بيانتيدوسي استعداد بلاده لتزويد خفر السواحل في "
                                "غرب ليبيا بقوارب سريعة.", "2023-02-01"), "type", "AID")
    assert [p["name"] for p in ev["recipients"]] == ["Libyan Coast Guard"]


def test_events_breaking_off_relations_is_a_sanction_not_in_a_hashtag(record):
    evs = _events(record, "قررت تونس، الاثنين، قطع علاقاتها الدبلوماسية مع إيران.", "2022-03-08")
    assert [(e["type"], e["mode"], _who(e)) for e in evs] == [("SANCTION", "break", (["Tunisia"], ["Iran"]))]
    assert not _events(record, "تتواصل التعليقات على وسم #قطع_العلاقات_مع_إيران في تونس.", "2022-03-08")


def test_events_his_own_country_is_no_other_side(record):
    ev = _first(_events(record, "أعلن وزير الخارجية الجزائري رمطان لعمامرة قطع العلاقات الدبلوماسية مع المغرب، متهما "
                                "الرباط بالقيام بأعمال عدائية ضد بلاده.", "2021-08-25"), "type", "SANCTION")
    assert _who(ev) == (["Ramtane Lamamra"], ["Morocco"])


def test_events_a_speaker_goes_on_after_expressing_regret(record):
    evs = _events(record, "أعلنت مالي طرد السفير الجزائري. وفي أول رد فعل، أعربت وزارة الخارجية الجزائرية عن أسفها "
                          "للقرار، ووصفته بأنه غير مبرر، ورفضت المبررات التي قدمتها باماكو.", "2024-01-10")
    ev = _first(evs, "type", "REJECT")
    assert [p["country"] for p in ev["actors"]] == ["DZA"] and [p["country"] for p in ev["recipients"]] == ["MLI"]


def test_events_those_who_met_agree_and_regularly_is_no_league(record):
    evs = _events(record, "عقد وزراء خارجية مصر والأردن والعراق اجتماعا في عمان أمس. واتفق المجتمعون على تبادل "
                          "المعلومات بشكل دوري.", "2023-05-02")
    ev = _first(evs, "type", "AGREE")
    assert {p["country"] for p in ev["actors"] + ev["recipients"]} == {"EGY", "JOR", "IRQ"}


def test_events_standing_by_a_side_is_support(record):
    ev = _first(_events(record, "وأكد الرئيس التونسي قيس سعيد وقوف بلاده إلى جانب ليبيا.", "2021-03-18"),
                "type", "SUPPORT")
    assert [p["country"] for p in ev["recipients"]] == ["LBY"] and ev["actors"][0]["country"] == "TUN"


def test_events_what_one_is_accused_of_or_answers_is_no_event_of_his(record):
    evs = _events(record, "واتهم المتحدث باسم الجيش الوطني الليبي أحمد المسماري تركيا بالوقوف وراء الغارات على قاعدة "
                          "الجفرة. وتوعد وزير الدفاع التركي بالرد على الهجوم.", "2020-07-06")
    assert [e["type"] for e in evs] == ["ACCUSE", "THREATEN"]
    assert _who(evs[0]) == (["Ahmed al-Mismari"], ["Turkey"])


def test_events_releasing_people_is_a_concession_to_their_state(record):
    ev = _first(_events(record, "أفرجت السلطات في غرب ليبيا، الأحد، عن 12 صيادا مصريا.", "2022-09-05"),
                "type", "CONCEDE")
    assert _who(ev) == (["Libya"], ["Egypt"]) and ev["mode"] == "release" and ev["date"] == "2022-09-04"
    # asked for, not done
    assert all(e["type"] != "CONCEDE" for e in _events(record, "وطالبت القاهرة بالإفراج عن الصيادين.", "2022-09-05"))


def test_events_cancelling_an_agreement_is_a_rejection(record):
    ev = _first(_events(record, "وأعلن رئيس الوزراء الإسرائيلي بنيامين نتانياهو إلغاء الاتفاقية مع الأمم المتحدة.",
                        "2018-04-03"), "type", "REJECT")
    assert ev["mode"] == "cancel" and [p["name"] for p in ev["recipients"]] == ["United Nations"]


def test_events_two_warships_are_their_navy(record):
    ev = _first(_events(record, "رست سفينتان حربيتان تركيتان، الأحد، في ميناء مصراتة.", "2021-05-10"),
                "type", "CONSULT")
    assert ev["actors"][0]["country"] == "TUR" and ev["actors"][0]["kind"] == "organization"


def test_events_they_did_not_meet_is_a_denied_meeting(record):
    ev = _first(_events(record, "وحضر المؤتمر رئيس المجلس الرئاسي فايز السراج والمشير خليفة حفتر، غير أنهما لم يلتقيا "
                                "وجها لوجه.", "2020-01-20"), "type", "CONSULT")
    assert ev["status"] == "denied" and set(_who(ev)[0]) == {"Fayez al-Sarraj", "Khalifa Haftar"}


def test_events_an_accusative_demonym_is_an_object(record):
    ev = _first(_events(record, "وقالت النيابة إن السلطات الفرنسية تحتجز لاجئا عراقيا منذ أسبوع.", "2018-06-08"),
                "type", "COERCE")
    assert _who(ev) == (["France"], ["Iraq"])


def test_events_expressed_rejection_past_a_long_name(record):
    ev = _first(_events(record, "وأعربت جامعة الدول العربية عن رفضها لأي اتفاق يمس وحدة الأراضي الصومالية.",
                        "2024-01-03"), "type", "REJECT")
    assert _who(ev)[0] == ["Arab League"]


def test_events_a_participle_of_praise_names_whom_it_praises(record):
    ev = _first(_events(record, "وأكد الدبيبة حرص حكومته على توحيد المؤسسة العسكرية، مثمنا الدعم التركي لليبيا.",
                        "2023-05-18"), "type", "SUPPORT")
    assert _who(ev) == (["Abdul Hamid Dbeibah"], ["Turkey"])


def test_events_a_unit_belonging_to_the_announcer_acts_with_it(record):
    ev = _first(_events(record, "أعلنت عملية إيريني، الجمعة، أن فرقاطة إيطالية تابعة لها اعترضت سفينة شحن متجهة إلى "
                                "ليبيا.", "2022-10-08"), "type", "COERCE")
    assert [p["country"] for p in ev["actors"]] == [None, "ITA"] and ev["actors"][0]["name"] == "Operation Irini (EU)"


def test_events_doubting_is_criticism_and_a_feminine_envoy_is_titled(record):
    evs = _events(record, "ورحبت المبعوثة الأممية ستيفاني ويليامز بالاتفاق، فيما شكك الرئيس التركي رجب طيب أردوغان في "
                          "صموده.", "2020-10-24")
    assert [(e["type"], _who(e)[0]) for e in evs] == [("SUPPORT", ["Stephanie Williams"]),
                                                      ("ACCUSE", ["Recep Tayyip Erdoğan"])]


def test_events_a_meeting_that_brought_them_together_and_a_hastened_condemnation(record):
    evs = _events(record, "وقع الرئيس التركي رجب طيب أردوغان ورئيس المجلس الرئاسي فايز السراج مذكرة تفاهم، وذلك خلال "
                          "لقاء جمعهما في إسطنبول. وسارعت اليونان إلى إدانة المذكرة، واعتبرها وزير خارجيتها نيكوس "
                          "دندياس باطلة.", "2019-11-28")
    meeting = _first(evs, "type", "CONSULT")
    assert set(_who(meeting)[0] + _who(meeting)[1]) == {"Recep Tayyip Erdoğan", "Fayez al-Sarraj"}
    condemned = _first(evs, "type", "ACCUSE")
    assert _who(condemned) == (["Greece"], ["Recep Tayyip Erdoğan", "Fayez al-Sarraj"])


def test_events_talks_between_two_ministries_delegations(record):
    evs = _events(record, "انطلقت في القاهرة، الأربعاء، جولة من المحادثات بين وفدين من وزارتي الخارجية المصرية "
                          "والتركية. واتفق الجانبان على مواصلة المشاورات.", "2021-05-06")
    assert [(e["type"], sorted(p["country"] for p in e["actors"] + e["recipients"])) for e in evs] == [
        ("CONSULT", ["EGY", "TUR"]), ("AGREE", ["EGY", "TUR"])]


def test_events_the_two_delegations_and_states_described_by_a_light_verb(record):
    evs = _events(record, "استضافت القاهرة، الاثنين، اجتماعا بين وفدي مجلس النواب الليبي والمجلس الأعلى للدولة. واتفق "
                          "الوفدان على تشكيل لجنة مشتركة.", "2022-04-19")
    agree = _first(evs, "type", "AGREE")
    assert {p["name"] for p in agree["actors"] + agree["recipients"]} == {"House of Representatives of Libya",
                                                                         "High Council of State"}
    evs = _events(record, "وشكر رئيس الحكومة المكلفة من مجلس النواب أسامة حماد الدول التي سارعت إلى تقديم المساعدة.",
                  "2023-09-14")
    assert [e["type"] for e in evs] == ["SUPPORT"]  # the states that hastened to help are described, no aid of his


def test_events_where_an_envoy_serves_is_no_party(record):
    ev = _events(record, "ورحب المبعوث الأمريكي الخاص إلى ليبيا ريتشارد نورلاند بالاتفاق.", "2022-10-28")[0]
    assert ev["type"] == "SUPPORT" and [p["country"] for p in ev["actors"] + ev["recipients"]] == ["USA"]


def test_events_the_two_of_an_event_told_in_the_same_sentence(record):
    evs = _events(record, "بحث وزير الداخلية التونسي كمال الفقي مع نظيره الليبي عماد الطرابلسي، في اتصال هاتفي، تعزيز "
                          "التنسيق الأمني، واتفق الجانبان على تسيير دوريات مشتركة.", "2023-10-28")
    agree = _first(evs, "type", "AGREE")
    assert sorted(p["country"] for p in agree["actors"] + agree["recipients"]) == ["LBY", "TUN"]
    # a meeting's two sides named again in its sentence are that meeting, not another
    evs = _events(record, "استقبل رئيس المجلس الرئاسي محمد المنفي، أمس، وزير الخارجية المالطي إيان بورغ في طرابلس، "
                          "وبحث الجانبان ملف الهجرة.", "2023-02-01")
    assert [e["type"] for e in evs] == ["CONSULT"]


def test_events_a_document_stands_for_who_issued_it(record):
    evs = _events(record, "تبنى مجلس الأمن الدولي، أمس الخميس، قرارا بشأن ليبيا. ودعا القرار الأطراف الليبية إلى "
                          "إجراء الانتخابات.", "2022-10-28")
    ev = _first(evs, "type", "REQUEST")
    assert _who(ev) == (["UN Security Council"], ["Libya"]) and ev["date"] == "2022-10-27"
    evs = _events(record, "أصدرت وزارة الخارجية المصرية بيانا أمس حول ليبيا. ودعا البيان تركيا إلى سحب قواتها.",
                  "2020-06-10")
    assert [p["country"] for p in _first(evs, "type", "REQUEST")["actors"]] == ["EGY"]
    assert [p["name"] for p in _first(evs, "type", "REQUEST")["recipients"]] == ["Turkey"]
    # a body the article does not link issued it: no one stands for "القرار"
    evs = _events(record, "واعتبر وزير الخارجية الأميركي مايك بومبيو أن قرار المحكمة هزيمة لإيران. وأوضح أن القرار "
                          "رفض طلبات إيران.", "2018-10-03")
    assert not any(e["type"] == "REJECT" and "Mike Pompeo" in _who(e)[0] for e in evs)


def test_events_an_officials_own_state_is_no_other_side(record):
    evs = _events(record, "وانتقد المندوب الروسي فاسيلي نيبينزيا تجاهل مجلس الأمن لمخاوف موسكو.", "2022-10-28")
    assert [p["name"] for p in _first(evs, "type", "ACCUSE")["recipients"]] == ["UN Security Council"]


def test_events_holding_a_deed_a_violation_accuses(record):
    evs = _events(record, "وقع وزير الخارجية المصري سامح شكري ونظيره اليوناني نيكوس دندياس اتفاقا بحريا. واعتبرت "
                          "حكومة الوفاق الوطني أن الاتفاق يمثل انتهاكا لحقوق ليبيا.", "2020-08-07")
    accuse = _first(evs, "type", "ACCUSE")
    assert _who(accuse) == (["Government of National Accord"], ["Sameh Shoukry", "Nikos Dendias"])
    assert not _events(record, "واعتبر الوزير أن الزيارة تمثل خطوة مهمة.", "2020-08-07")


def test_events_on_the_margin_of_a_signing_told_before(record):
    evs = _events(record, "وقعت شركة إيني الإيطالية والمؤسسة الوطنية للنفط الليبية، أمس السبت في طرابلس، اتفاقا للغاز. "
                          "وعقدت رئيسة الوزراء الإيطالية جورجيا ميلوني ورئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة "
                          "على هامش التوقيع جلسة مباحثات.", "2023-01-29")
    talks = _first(evs, "type", "CONSULT")
    assert talks["date"] == "2023-01-28" and talks["location"]["name"] == "Tripoli"


def test_events_a_recapture_is_from_who_held_it(record):
    evs = _events(record, "أعلن الجيش السوداني، أمس الثلاثاء، أن قواته استعادت السيطرة على مقر الإذاعة في مدينة أم "
                          "درمان، بعد نحو عام من سيطرة قوات الدعم السريع عليه.", "2024-03-13")
    assert _who(_first(evs, "type", "ASSAULT")) == (["Sudanese Armed Forces"], ["Rapid Support Forces"])


def test_events_a_light_verb_with_its_subject_in_what_is_said(record):
    evs = _events(record, "أعلنت الوزارة أن الشرطة التونسية ألقت القبض على ثلاثة أشخاص.", "2023-10-28")
    assert [(e["type"], _who(e)[0]) for e in evs] == [("COERCE", ["Police of Tunisia"])]
    evs = _events(record, "وأكد المرصد أن المقاتلات الروسية شنت غارات على إدلب.", "2018-06-24")
    assert [(e["type"], _who(e)[0]) for e in evs] == [("ASSAULT", ["Russia"])]


def test_events_a_party_after_a_preposition_and_a_comma_is_no_subject(record):
    evs = _events(record, "أعلنت الوزارة أن شاحنة عبرت الحدود مع ليبيا، واعتقلت ثلاثة أشخاص.", "2023-10-28")
    assert not any("Libya" in _who(e)[0] for e in evs)


def test_events_expressed_denunciation_and_a_topic_with_its_adjective(record):
    evs = _events(record, "وأعربت وزارة الخارجية الجزائرية في بيان عن \"استنكارها الشديد\" للقرار الفرنسي.",
                  "2024-07-31")
    assert [(e["type"], [p["country"] for p in e["actors"]], _who(e)[1]) for e in evs] == [
        ("ACCUSE", ["DZA"], ["France"])]
    ev = _events(record, "وبحث وزير الخارجية المالطي إيان بورغ مع نظيره الليبي الطاهر الباعور تطورات العملية "
                         "السياسية في ليبيا.", "2024-03-07")[0]
    assert _who(ev) == (["Ian Borg"], ["Taher al-Baour"])


def test_events_sending_members_of_the_armed_forces_approved_on_the_day(record):
    evs = _events(record, "وافق مجلس النواب المصري، أمس الاثنين، بالإجماع على إرسال عناصر من القوات المسلحة في مهام "
                          "قتالية خارج حدود الدولة.", "2020-07-21")
    ev = _first(evs, "type", "MOBILIZE")
    assert [p["country"] for p in ev["actors"]] == ["EGY"] and ev["date"] == "2020-07-20"
    # whose internal affairs are no other side of a condemnation
    evs = _events(record, "أدانت حكومة الوفاق الوطني الخطوة، واعتبرتها تدخلا في الشؤون الداخلية الليبية.", "2020-07-21")
    assert not any("Libya" in _who(e)[1] or e["recipients"] and e["recipients"][0]["country"] == "LBY" for e in evs)


def test_events_a_fine_on_it_falls_on_who_the_act_before_fell_on(record):
    evs = _events(record, "احتجزت السلطات الإيطالية، أمس السبت، سفينة الإنقاذ التابعة لمنظمة أطباء بلا حدود في ميناء "
                          "أنكونا، وفرضت عليها غرامة مالية.", "2023-02-19")
    fine = _first(evs, "type", "SANCTION")
    assert _who(fine) == (["Italy"], ["Doctors Without Borders"])
    assert _first(evs, "type", "COERCE")["location"]["name"] == "Ancona"


def test_events_receiving_a_call_is_no_throwing_and_a_reports_authors_accuse(record):
    ev = _events(record, "تلقى الرئيس الجزائري عبد المجيد تبون، أمس الأحد، اتصالا هاتفيا من نظيره التركي رجب طيب "
                         "أردوغان.", "2020-11-16")[0]
    assert ev["type"] == "CONSULT" and ev["date"] == "2020-11-15"
    ev = _first(_events(record, "وكشف تقرير لمنظمة العفو الدولية اتهم الحكومة السودانية بارتكاب انتهاكات.",
                        "2020-05-08"), "type", "ACCUSE")
    assert _who(ev) == (["Amnesty International"], ["Government of Sudan"])


def test_events_laws_a_house_passed_and_leaders_who_witness_a_signing(record):
    evs = _events(record, "أقر مجلس النواب الليبي، اليوم الثلاثاء في بنغازي، قانوني الانتخابات. ورفض المجلس الأعلى "
                          "للدولة القانونين.", "2023-10-03")
    assert _who(_first(evs, "type", "REJECT")) == (["High Council of State"], ["House of Representatives of Libya"])
    evs = _events(record, "التقى الرئيس التركي رجب طيب أردوغان أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة. وشهد "
                          "الزعيمان توقيع 15 اتفاقية.", "2021-12-06")
    assert set(sum(_who(_first(evs, "type", "AGREE")), [])) == {"Recep Tayyip Erdoğan", "Tamim bin Hamad Al Thani"}
    # a place that saw demonstrations does not demonstrate
    assert not _events(record, "خرج الآلاف في واحدة من أكبر المظاهرات التي شهدتها الهند.", "2018-05-08")


def test_events_a_round_of_dialogue_between_two_delegations_is_a_meeting(record):
    evs = _events(record, "انطلقت في مدينة بوزنيقة، اليوم الأحد، جولة جديدة من الحوار بين وفدي مجلس النواب والمجلس "
                          "الأعلى للدولة.", "2020-09-06")
    assert [(e["type"], e["location"]["name"]) for e in evs] == [("CONSULT", "Bouznika")]
    assert not _events(record, "قال ولي العهد السعودي الأمير محمد بن سلمان، في حوار مع صحيفة أمريكية، إن بلاده "
                               "مستعدة.", "2018-02-28")


def test_events_an_attack_no_one_is_named_for(record):
    ev = _events(record, "استهدفت طائرة مسيرة، فجر اليوم الأحد، رتلا عسكريا تابعا لقوات الدعم السريع قرب مدينة "
                         "الفاشر.", "2024-05-12")[0]
    assert (ev["type"], _who(ev)) == ("ASSAULT", ([], ["Rapid Support Forces"]))
    assert ev["summary_en"].startswith("Unnamed attackers")
    # the coalition's jets are named by whose they are: no attack of unnamed attackers
    assert not _events(record, "وقصفت مقاتلات التحالف العربي مواقع تابعة لقوات الدعم السريع.", "2018-05-27")


def test_events_an_ambassador_given_hours_to_leave_and_the_regret_it_draws(record):
    evs = _events(record, "أمهلت السلطات الانتقالية في مالي، اليوم الاثنين، السفير الفرنسي جويل ماير 72 ساعة لمغادرة "
                          "البلاد. وأعربت وزارة الخارجية الفرنسية عن أسفها للقرار.", "2022-01-31")
    expel = _first(evs, "type", "SANCTION")
    assert (expel["mode"], [p["country"] for p in expel["actors"]]) == ("expel", ["MLI"])
    regret = _first(evs, "type", "ACCUSE")
    assert regret["mode"] == "regret" and _who(regret)[1] == ["Mali"]  # the decision's maker, not France's envoy


def test_events_described_as_illegitimate_and_a_rejection_described(record):
    evs = _events(record, "وكان وزير الخارجية الفرنسي جان إيف لودريان قد وصف المجلس العسكري الحاكم في مالي بأنه غير "
                          "شرعي.", "2022-01-31")
    assert [(e["type"], _who(e)) for e in evs] == [("ACCUSE", (["Jean-Yves Le Drian"], ["Mali"]))]
    evs = _events(record, "أعلنت وزارة الخارجية التركية رفضها للاتفاق، ووصفته بأنه باطل.", "2020-08-07")
    assert [e["type"] for e in evs] == ["REJECT"]  # one stance, described


def test_events_a_dual_title_with_a_demonym_before_the_second_name(record):
    evs = _events(record, "بحث وزيرا الدفاع التركي خلوصي أكار والروسي سيرغي شويغو، في اتصال هاتفي اليوم الاثنين، "
                          "التطورات في ليبيا. واتفق الوزيران على مواصلة التنسيق.", "2020-06-15")
    call = _first(evs, "type", "CONSULT")
    assert set(sum(_who(call), [])) == {"Hulusi Akar", "Sergei Shoigu"}
    assert set(sum(_who(_first(evs, "type", "AGREE")), [])) == {"Hulusi Akar", "Sergei Shoigu"}


def test_events_met_on_the_margin_of_the_meeting_told_before(record):
    evs = _events(record, "استضافت القاهرة، اليوم الاثنين، اجتماعا لوزراء خارجية دول جوار ليبيا بمشاركة الجزائر "
                          "وتونس. وكان وزير الخارجية المصري سامح شكري قد التقى نظيرته الليبية نجلاء المنقوش على هامش "
                          "الاجتماع.", "2021-08-30")
    met = next(e for e in evs if "Sameh Shoukry" in _who(e)[0])
    assert met["date"] == "2021-08-30" and met["location"]["name"] == "Cairo"


def test_events_a_second_stance_answers_whom_the_first_did(record):
    evs = _events(record, "أعلن وزير الخارجية الجزائري رمطان لعمامرة، الثلاثاء، قطع العلاقات الدبلوماسية مع المغرب.\n"
                          "وفي أول رد فعل، أعربت وزارة الخارجية المغربية عن أسفها للقرار، ووصفته بأنه \"غير مبرر "
                          "تماما\"، ورفضت \"الذرائع الزائفة\" التي استند إليها.", "2021-08-25")
    assert [p["country"] for p in _first(evs, "type", "REJECT")["recipients"]] == ["DZA"]
    assert [e["type"] for e in evs if e["evidence"]["text"].startswith("وفي")] == ["ACCUSE", "REJECT"]


def test_events_the_account_denied_is_of_the_event_told(record):
    evs = _events(record, "أعلن الجيش الوطني الليبي، اليوم الاثنين، أنه أسقط طائرة مسيرة تركية قرب مدينة مصراتة. في "
                          "المقابل، نفت وزارة الدفاع التركية الرواية.", "2020-05-18")
    down = _first(evs, "type", "ASSAULT")
    assert (down["mode"], down["location"]["name"]) == ("down", "Misrata")
    assert _who(_first(evs, "type", "REJECT"))[1] == ["Libyan National Army"]


def test_events_who_states_a_bodys_stance_praises_in_his_own_name(record):
    evs = _events(record, "استقبل رئيس مجلس النواب الليبي عقيلة صالح السفير المصري لدى ليبيا تامر الحفني. وأكد صالح "
                          "رفض المجلس لأي تدخل أجنبي، مثمنا الدور المصري في دعم الاستقرار.", "2023-03-14")
    assert _who(_first(evs, "type", "SUPPORT")) == (["Aguila Saleh"], ["Egypt"])


def test_events_a_shipment_of_aid_arriving_is_its_senders_aid(record):
    evs = _events(record, "وصلت إلى مطار معيتيقة الدولي في طرابلس، اليوم الأحد، طائرة مساعدات طبية قطرية تحمل 30 طنا "
                          "من الأدوية.", "2020-04-12")
    assert [(e["type"], _who(e)) for e in evs] == [("AID", (["Qatar"], ["Libya"]))]
    # one's own shipment arriving home is no aid between states
    assert not _events(record, "وصلت إلى مطار معيتيقة في طرابلس طائرة مساعدات ليبية.", "2020-04-12")


def test_events_a_crowd_storming_a_building(record):
    ev = _events(record, "اقتحم مئات المحتجين، مساء أمس الجمعة، مقر مجلس النواب في مدينة طبرق.", "2022-07-02")[0]
    assert (ev["type"], ev["mode"], _who(ev)) == ("ASSAULT", "storm", ([], ["House of Representatives of Libya"]))
    assert _who(_events(record, "اقتحمت قوات الأمن التونسية مقر الحزب.", "2022-07-02")[0])[0] == ["Tunisia"]


def test_events_where_an_acting_envoy_is_posted_before_her_name(record):
    ev = _events(record, "بحث الرئيس التشادي محمد إدريس ديبي، اليوم الأربعاء في نجامينا، مع المبعوثة الأممية بالإنابة "
                         "إلى ليبيا ستيفاني خوري أمن الحدود.", "2024-06-19")[0]
    assert _who(ev)[1] == ["Stephanie Koury"]
