"""The text layer: normalisation with offsets, sentences, tokens and clitics, phrase matching."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import Normalized, clitic_candidates, normalize, split_sentences, tokenize
from marsad.text.matcher import PhraseMatcher

ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ ،؛؟.\n")
                                          + ["\u064b", "\u064e", "\u0651", "\u0640", "ﻻ", "٣", "۵", "A", "b"]),
                 max_size=80)


def test_normalize_folds_letters_digits_marks():
    assert normalize("أَكّار إبراهيم آكار") == "اكار ابراهيم اكار"
    assert normalize("مُسْتَشْفَى القاهرة") == "مستشفي القاهره"
    assert normalize("عام ٢٠٢٠ و۲۰۲۱") == "عام 2020 و2021"
    assert normalize("ﻻ، ؛ ؟") == "لا, ; ?"
    assert normalize("تـــركيا") == "تركيا"


def test_normalize_keeps_hamza_on_carriers():
    assert normalize("مسؤول رئيس") == "مسؤول رئيس"


@settings(max_examples=300)
@given(ARABIC, st.data())
def test_normalize_offsets_roundtrip(raw, data):
    nv = Normalized(raw)
    n = len(nv.norm)
    s = data.draw(st.integers(0, n))
    e = data.draw(st.integers(s, n))
    rs, re_ = nv.span(s, e)
    assert 0 <= rs <= re_ <= len(raw)
    # the raw span normalises to the normalised span, unless it cuts an expanded ligature
    if "ﻻ" not in raw:
        assert normalize(raw[rs:re_]) == nv.norm[s:e]


def test_sentences_split_on_arabic_punctuation_and_lines():
    text = "قال الوزير إن الاجتماع مهم. وأضاف: هل نتفق؟ نعم؛ بالتأكيد\nعنوان فرعي\nبلغت النسبة 3.5 بالمئة."
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents == ["قال الوزير إن الاجتماع مهم.", "وأضاف: هل نتفق؟", "نعم؛", "بالتأكيد", "عنوان فرعي",
                     "بلغت النسبة 3.5 بالمئة."]


def test_tokens_keep_offsets_into_the_stored_text():
    text = "وقَّعت تركيا وليبيا اتفاقيةً بأنقرة."
    toks = tokenize(text)
    words = [text[s:e] for s, e in zip(toks.starts, toks.ends, strict=True)]
    assert words == ["وقَّعت", "تركيا", "وليبيا", "اتفاقيةً", "بأنقرة", "."]
    assert toks.norms[0] == "وقعت" and toks.norms[4] == "بانقره"


def test_tokens_clitic_candidates_include_the_stem():
    assert ("و", "ليبيا", "") in clitic_candidates("وليبيا")
    assert ("لل", "حكومه", "") in clitic_candidates("للحكومه")
    assert ("وال", "قطري", "") in clitic_candidates("والقطري")
    assert ("", "زيارت", "ه") in clitic_candidates("زيارته")
    assert clitic_candidates("من") == (("", "من", ""),)


@given(st.text(alphabet="أإآاىيةه َُِّـ«»،.abc 0123456789٣", max_size=80))
def test_text_sorted_offset_map_equals_one_by_one(raw):
    nv = Normalized(raw)
    offsets = list(range(len(nv.norm) + 2))
    assert nv.to_raw_sorted(offsets) == [nv.to_raw(n) for n in offsets]


def test_matcher_matches_whole_words_with_proclitics_only():
    m = PhraseMatcher({"قطر": "QAT", "صندوق النقد الدولي": "IMF"})
    text = "زار وفد بقطر القطرية مقر صندوق النقد الدولي وقطران"
    found = [(text[x.start:x.end], x.value, x.prefix) for x in m.find(Normalized(text))]
    assert found == [("قطر", "QAT", "ب"), ("صندوق النقد الدولي", "IMF", "")]


def test_matcher_reads_names_joined_by_underscores_or_dots():
    m = PhraseMatcher({"صندوق النقد الدولي": "IMF", "سي آي ايه": "CIA"})
    text = "#صندوق_النقد_الدولي و سي.آي.ايه."
    assert [x.value for x in m.find(Normalized(text))] == ["IMF", "CIA"]


@given(st.lists(st.sampled_from(["قطر", "مصر", "بقطر", "قطرية", "وزير", "_", ".", "،", "مصري"]), max_size=12),
       st.sampled_from(["", " ", "\n", "، "]))
@settings(max_examples=200, deadline=None)
def test_matcher_agrees_with_a_word_by_word_reading(words, sep):
    """Every hit is a whole word (less a proclitic) and every whole word of the phrase list is hit."""
    m = PhraseMatcher({"قطر": 1, "مصر": 2})
    text = sep.join(words) if sep else " ".join(words)
    hits = [(x.start, x.end) for x in m.find(Normalized(text))]
    expected = []
    for tok in re.finditer(r"[^\W_]+", text):
        w = tok.group()
        for pre in ("", "ب"):
            if w == pre + "قطر" or w == pre + "مصر":
                expected.append((tok.start() + len(pre), tok.end()))
                break
    assert hits == expected


def test_matcher_verbs_take_object_pronouns_only():
    """A verb's object "me" is ني: "شكري" is a name (or "my thanks"), "شكره" and "شكرني" are the verb."""
    m = PhraseMatcher({"شكر": "thank"}, suffixes=True, verbs=frozenset({"شكر"}))
    text = "قال سامح شكري إن الرئيس شكره ثم شكرني"
    assert [text[x.start:x.end] for x in m.find(Normalized(text))] == ["شكره", "شكرني"]
    nouns = PhraseMatcher({"زيارة": "visit"}, suffixes=True)
    assert [x.suffix for x in nouns.find(Normalized("زيارتي وزيارته"))] == ["ي", "ه"]


def test_matcher_reads_proclitics_back_from_the_text():
    """Proclitics are read before a hit, not stored with each key: و/ب/ل combinations, لل for ال, the article
    only where asked, and the future س only for verbs asked for."""
    m = PhraseMatcher({"المجلس الرئاسي": "PC", "اجتماع": "meeting"}, article=True, verb_prefixes=True)
    text = "وللمجلس الرئاسي ولاجتماع والاجتماع فبالاجتماع كالمجلس الرئاسي ساجتماع اجتماعه تلاجتماع"
    found = [(x.prefix, x.value) for x in m.find(Normalized(text))]
    assert found == [("ولل", "PC"), ("ول", "meeting"), ("وال", "meeting"), ("ك", "PC"), ("س", "meeting")]
    first = PhraseMatcher({"بحث": "talks", "حث": "urge"}).find(Normalized("بحث"))
    assert [(x.value, x.prefix) for x in first] == [("talks", "")]  # the whole word, inserted first, wins
