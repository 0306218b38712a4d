"""Page furniture removal and title/section/outlet detection."""

from marsad.clean import clean_text

FURNITURE = ["Total", "مشاركة", "مقالات ذات صلة", "اترك تعليقاً", "الحقول الإلزامية", "زر الذهاب إلى الأعلى",
             "اقرأ أيضا", "التعليقات", "المصدر:"]


def test_clean_examples_leave_no_furniture(examples_dir):
    for f in examples_dir.glob("*.txt"):
        c = clean_text(f.read_text(encoding="utf-8"))
        for phrase in FURNITURE:
            assert phrase not in c.text, (f.name, phrase)
        assert c.title and c.title not in c.text
        assert len(c.text) > 2000


def test_clean_detects_section_outlet_and_keeps_removed_parts(examples_dir):
    c = clean_text((examples_dir / "002_9883ae8a9b6379a3.txt").read_text(encoding="utf-8"))
    assert c.section == "ليبيا" and c.title.startswith("تركيا تعزز")
    assert {f.kind for f in c.furniture} == {"comment_form"}  # the comment form runs to the end of the page
    assert "زر الذهاب إلى الأعلى" in [f.text for f in c.furniture]
    c = clean_text((examples_dir / "001_7575cfb3aa66c36a.txt").read_text(encoding="utf-8"))
    assert c.outlet == "الجزيرة"


def test_clean_removes_read_also_comments_related_and_captions():
    body = ("أعلن وزير الخارجية المصري في مؤتمر صحفي عقده في القاهرة اليوم أن بلاده ستواصل جهودها "
            "من أجل التوصل إلى حل سياسي شامل للأزمة في المنطقة.")
    raw = "\n".join([
        "القاهرة تدعو إلى حل سياسي للأزمة",
        "القاهرة تدعو إلى حل سياسي للأزمة - صورة أرشيفية",
        body,
        "اقرأ أيضا: وزير الخارجية يلتقي نظيره الأردني",
        body.replace("المصري", "الأردني"),
        "شارك",
        "12",
        "الأكثر قراءة",
        "منتخب مصر يفوز في مباراة ودية",
        "ارتفاع أسعار الذهب",
        "التعليقات (2)",
        "محمد: مقال ممتاز وتحليل رائع جدا يستحق القراءة والنشر على نطاق واسع بين الناس.",
    ])
    c = clean_text(raw)
    assert c.title == "القاهرة تدعو إلى حل سياسي للأزمة"
    assert c.text == body + "\n" + body.replace("المصري", "الأردني")
    kinds = [f.kind for f in c.furniture]
    assert kinds == ["caption", "read_also", "share", "counter", "related", "related", "related", "comments",
                     "comments"]
    for f in c.furniture:
        assert raw[f.start:f.end] == f.text


def test_clean_keeps_a_related_header_that_comes_too_early():
    body = "نص طويل عن الاجتماع الثلاثي الذي عقد في أنقرة بين الوزراء لبحث التعاون الأمني والعسكري بين الدول."
    raw = "\n".join(["العنوان الرئيسي للمقال", "مقالات ذات صلة", body, body, body])
    c = clean_text(raw)
    assert c.text.count(body) == 3


def test_clean_one_paragraph_body_is_not_taken_for_its_title():
    body = ("عقد وزير الخارجية التركي هاكان فيدان اجتماعا مع رئيس الوزراء القطري في العاصمة القطرية الدوحة اليوم، "
            "وبحث الجانبان العلاقات الثنائية.")
    cleaned = clean_text(body, title="فيدان في الدوحة")
    assert cleaned.text.strip() == body


def test_clean_a_dateline_on_a_line_of_its_own_is_no_title():
    out = clean_text("أنقرة/ الأناضول\n\nبحث وزير الدفاع التركي يشار غولر، الأربعاء، مع رئيس الأركان الليبي.\n\n"
                     "وذكرت الوزارة في بيان أن الجانبين بحثا التدريب.")
    assert out.title is None and out.dateline == "أنقرة (الأناضول)" and out.text.startswith("أنقرة/ الأناضول")
