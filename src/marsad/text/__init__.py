"""The Arabic text layer: normalisation with offsets, sentences, tokens and clitics."""

from marsad.text.normalize import Normalized, normalize
from marsad.text.sentences import split_sentences
from marsad.text.tokens import Tokens, clitic_candidates, tokenize

__all__ = ["Normalized", "normalize", "split_sentences", "Tokens", "tokenize", "clitic_candidates"]
