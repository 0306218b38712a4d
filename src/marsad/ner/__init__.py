"""Named-entity tagging: a CRF over Arabic word features, trained on ANERcorp."""

from marsad.ner.tagger import Tagger, TrainOptions, cross_validate, load_tagger, read_conll, score, train

__all__ = ["Tagger", "TrainOptions", "cross_validate", "load_tagger", "read_conll", "score", "train"]
