"""NER: IOB2 spans and scores, the shipped model, train-ner and tag --conll from the command line."""

from __future__ import annotations

from marsad.ner import load_tagger, score
from marsad.ner.tagger import spans


def test_ner_spans_follow_iob2_and_conlleval_for_stray_inside_tags():
    tags = ["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG", "I-MISC"]
    assert spans(tags) == {(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG"), (7, 8, "MISC")}


def test_ner_score_counts_exact_spans_only():
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"]]
    pred = [["B-PERS", "O", "O", "B-LOC"]]  # the person span is cut short: a miss and a false alarm
    s = score(gold, pred)
    assert s["ALL"]["precision"] == 0.5 and s["ALL"]["recall"] == 0.5
    assert s["LOC"]["f1"] == 1.0 and s["PERS"]["f1"] == 0.0


def test_ner_shipped_model_tags_people_and_places():
    toks = ["وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", "إن", "فرنسا", "تدعم", "الحل"]
    found = {(" ".join(toks[a:b]), kind) for a, b, kind in spans(load_tagger().tag(toks))}
    assert ("جاك شيراك", "PERS") in found
    assert ("باريس", "LOC") in found


def _conll(path, sents):
    path.write_text("".join("".join(f"{t} {g}\n" for t, g in s) + "\n" for s in sents), encoding="utf-8")


def test_ner_train_then_tag_conll_keeps_lines(tmp_path, cli):
    names = [("سامي", "حسن"), ("ليلى", "ناصر"), ("عمر", "خالد"), ("هدى", "سعيد")]
    cities = ["بيروت", "عمان", "تونس", "الرباط"]
    sents = []
    for i in range(40):
        first, last = names[i % 4]
        sents.append([("قال", "O"), (first, "B-PERS"), (last, "I-PERS"), ("في", "O"), (cities[i % 4], "B-LOC"),
                      ("إن", "O"), ("الوضع", "O"), ("مستقر", "O")])
    train = tmp_path / "train.txt"
    _conll(train, sents)
    model = tmp_path / "m.crfsuite"
    res = cli("train-ner", train, "-o", model, "--iterations", "40")
    assert res.exit_code == 0, res.output
    tokens_in = tmp_path / "in.txt"
    tokens_in.write_text("قال\nسامي\nحسن\nفي\nبيروت\n\nالوضع\nمستقر\n", encoding="utf-8")
    out = tmp_path / "out.txt"
    res = cli("tag", "--conll", tokens_in, "-o", out, "--model", model)
    assert res.exit_code == 0, res.output
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[:6] == ["قال\tO", "سامي\tB-PERS", "حسن\tI-PERS", "في\tO", "بيروت\tB-LOC", ""]
    assert [x.split("\t")[0] for x in lines[6:8]] == ["الوضع", "مستقر"]


def test_ner_bad_inputs_give_one_line_errors(tmp_path, cli):
    res = cli("tag", "--conll", tmp_path / "missing.txt", "-o", tmp_path / "o.txt")
    assert res.exit_code == 1 and "error[E201]" in res.output and "Traceback" not in res.output
    bad = tmp_path / "bad.txt"
    bad.write_text("كلمة B-PERS\nكلمة_بلا_وسم\n", encoding="utf-8")
    res = cli("train-ner", bad, "-o", tmp_path / "m.crfsuite")
    assert res.exit_code == 1 and "error[E121]" in res.output and "bad.txt:2" in res.output
    res = cli("tag", "--conll", bad, "-o", tmp_path / "o.txt", "--model", bad)
    assert res.exit_code == 1 and "error[E122]" in res.output


def test_ner_propagate_names_across_nearby_sentences():
    from marsad.ner.tagger import propagate

    sents = [["قال", "جاك", "شيراك", "في", "باريس"], ["وأكد", "شيراك", "أن", "باريس", "مستعدة"],
             ["وقال", "جاك", "شيراك", "مجددا"]]
    tags = [["O", "B-PERS", "I-PERS", "O", "B-LOC"], ["O", "O", "O", "O", "O"], ["O", "O", "O", "O"]]
    out = propagate(sents, tags, window=5)
    assert out[1] == ["O", "B-PERS", "O", "O", "O"]  # the surname alone; places are not propagated
    assert out[2] == ["O", "B-PERS", "I-PERS", "O"]  # the whole name, longest first
    assert propagate(sents, tags, window=0)[1] == tags[1]  # outside the window nothing changes
