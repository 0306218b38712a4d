"""The CRF name tagger: train, tag, evaluate, and read and write CoNLL files.

The model is a linear-chain CRF (python-crfsuite) over the features of
:mod:`marsad.ner.features`, trained by ``marsad train-ner`` on ANERcorp's
train split (IOB2: PERS, LOC, ORG, MISC) and shipped as
``data/ner/anercorp.crfsuite``.  Scores are entity-level, exact span and type
(as conlleval and seqeval count them).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.errors import MarsadError
from marsad.ner.features import sentence_features
from marsad.text.normalize import normalize_word

MODEL_RESOURCE = "data/ner/anercorp.crfsuite"
LABELS = ("PERS", "LOC", "ORG", "MISC")


@dataclass(frozen=True, slots=True)
class TrainOptions:
    c1: float = 0.02
    c2: float = 0.005
    max_iterations: int = 200
    min_freq: int = 1


Sentence = list[tuple[str, str]]  # (token, tag)


def read_conll(path: str | Path, tagged: bool = True) -> list[Sentence]:
    """Sentences of a CoNLL file: one token per line, first column the token, last the tag."""
    sents: list[Sentence] = []
    cur: Sentence = []
    if Path(path).is_dir() or not Path(path).exists():
        raise MarsadError("E201", str(path))
    try:
        fh = open(path, encoding="utf-8-sig")  # noqa: SIM115 - closed below; open errors become E105
    except OSError as exc:
        raise MarsadError("E105", str(path), reason=exc.strerror or str(exc)) from None
    with fh:
        for n, line in enumerate(fh, 1):
            parts = line.split()
            if not parts:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            tok = parts[0].replace("\u200e", "")
            tag = parts[-1] if tagged and len(parts) > 1 else "O"
            if tagged and len(parts) < 2:
                raise MarsadError("E121", f"{path}:{n}", reason="a token without a tag")
            cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


PROPAGATION_WINDOW = 20  # sentences either side: about one news article
PROPAGATED = frozenset({"PERS", "ORG", "MISC"})  # places are tagged well locally; propagating them hurt


def propagate(sentences: list[list[str]], tags: list[list[str]], window: int = PROPAGATION_WINDOW) -> list[list[str]]:
    """Tag again, within a window of sentences, words the tagger marked as a name elsewhere in it.

    A CRF sees one sentence; a news article names "جاك شيراك" once and then
    "شيراك".  Names found nearby (and, for people, their last word alone) are
    looked up in runs of O tags, longest first, and take the type they had
    most often.  Single words of one or two letters or digits are left alone.
    """
    norm = [[normalize_word(w) for w in s] for s in sentences]
    found = [sorted(spans(t)) for t in tags]
    out = [list(t) for t in tags]
    for i, words in enumerate(norm):
        known: dict[tuple[str, ...], dict[str, int]] = {}
        for j in range(max(0, i - window), min(len(norm), i + window + 1)):
            for a, b, kind in found[j]:
                if kind not in PROPAGATED:
                    continue
                keys = [tuple(norm[j][a:b])] + ([(norm[j][b - 1],)] if kind == "PERS" and b - a >= 2 else [])
                for key in keys:
                    counts = known.setdefault(key, {})
                    counts[kind] = counts.get(kind, 0) + 1
        if not known:
            continue
        k = 0
        while k < len(words):
            for size in (3, 2, 1):
                key = tuple(words[k:k + size])
                if len(key) < size or key not in known or any(t != "O" for t in out[i][k:k + size]):
                    continue
                if size == 1 and (len(key[0]) < 3 or not key[0].isalpha()):
                    continue
                kind = max(known[key].items(), key=lambda kv: kv[1])[0]
                out[i][k:k + size] = [f"B-{kind}"] + [f"I-{kind}"] * (size - 1)
                k += size - 1
                break
            k += 1
    return out


def spans(tags: Iterable[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) of an IOB2 sequence; a stray I- starts an entity, as conlleval does."""
    out, start, kind = set(), None, None
    tags = list(tags)
    for i, t in enumerate([*tags, "O"]):
        bio, _, typ = t.partition("-")
        if start is not None and (bio != "I" or typ != kind):
            out.add((start, i, kind))
            start = None
        if bio == "B" or (bio == "I" and start is None):
            start, kind = i, typ
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Entity-level precision, recall and F1, overall and per type."""
    counts: dict[str, list[int]] = {t: [0, 0, 0] for t in (*LABELS, "ALL")}  # tp, n_pred, n_gold
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in ps:
            for k in (s[2], "ALL"):
                counts.setdefault(k, [0, 0, 0])[1] += 1
                counts[k][0] += s in gs
        for s in gs:
            for k in (s[2], "ALL"):
                counts.setdefault(k, [0, 0, 0])[2] += 1
    out = {}
    for k, (tp, npred, ngold) in counts.items():
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        out[k] = {"precision": round(p, 4), "recall": round(r, 4),
                  "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0, "support": ngold}
    return out


def train(sentences: list[Sentence], model_path: str | Path, options: TrainOptions = TrainOptions()) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sent in sentences:
        trainer.append(sentence_features([t for t, _ in sent]), [g for _, g in sent])
    trainer.set_params({"c1": options.c1, "c2": options.c2, "max_iterations": options.max_iterations,
                        "feature.minfreq": options.min_freq, "feature.possible_transitions": True})
    trainer.train(str(model_path))


class Tagger:
    """A loaded CRF model; ``tag(tokens)`` gives one IOB2 tag per token."""

    def __init__(self, model_path: str | Path) -> None:
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise MarsadError("E122", str(model_path), reason=str(exc)) from None

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(sentence_features(tokens))

    def tag_document(self, sentences: list[list[str]], window: int = PROPAGATION_WINDOW) -> list[list[str]]:
        """Tag consecutive sentences of one text, then make names consistent across them (:func:`propagate`)."""
        return propagate(sentences, [self.tag(t) for t in sentences], window)


@lru_cache(maxsize=1)
def load_tagger() -> Tagger:
    """The shipped model, loaded once per process."""
    res = resources.files("marsad").joinpath(MODEL_RESOURCE)
    with resources.as_file(res) as path:
        return Tagger(path)


def cross_validate(sentences: list[Sentence], folds: int = 5, options: TrainOptions = TrainOptions()) -> dict:
    """Contiguous k-fold cross-validation (the corpus is ordered, as its own test split is)."""
    size = len(sentences)
    gold_all, pred_all, per_fold = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            lo, hi = size * k // folds, size * (k + 1) // folds
            model = Path(tmp) / f"fold{k}.crfsuite"
            train(sentences[:lo] + sentences[hi:], model, options)
            tagger = Tagger(model)
            gold = [[g for _, g in s] for s in sentences[lo:hi]]
            pred = tagger.tag_document([[t for t, _ in s] for s in sentences[lo:hi]])
            per_fold.append(score(gold, pred)["ALL"]["f1"])
            gold_all += gold
            pred_all += pred
    result = score(gold_all, pred_all)
    result["folds"] = per_fold
    return result


def default_model_path() -> Path:
    """Where the shipped model lives in the installed package (written by ``marsad train-ner``)."""
    return Path(str(resources.files("marsad").joinpath(MODEL_RESOURCE)))


def tag_conll(in_path: str | Path, out_path: str | Path, tagger: Tagger | None = None) -> int:
    """Tag a CoNLL file (first column = token) and write ``token<TAB>tag`` on the same lines; returns tokens."""
    tagger = tagger or load_tagger()
    sents = read_conll(in_path, tagged=False)
    try:
        fh = open(out_path, "w", encoding="utf-8")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise MarsadError("E402", path=str(out_path), reason=exc.strerror or str(exc)) from None
    n = 0
    token_lists = [[t for t, _ in sent] for sent in sents]
    with fh:
        for toks, tags in zip(token_lists, tagger.tag_document(token_lists), strict=True):
            for tok, tag in zip(toks, tags, strict=True):
                fh.write(f"{tok}\t{tag}\n")
                n += 1
            fh.write("\n")
    return n
