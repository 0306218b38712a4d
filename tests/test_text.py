"""The text layer: normalisation with offsets, sentences, tokens and clitics."""

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.text import Normalized, clitic_candidates, normalize, split_sentences, tokenize

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
