"""Sentence splitting on Arabic and Latin end punctuation and on line structure.

It works on raw or normalised text alike.  A sentence ends at . ! ? ؟ ؛ ; (with any closing quotes or brackets after
them) or at a line break.  A full stop between digits (3.5) or after a
single Latin capital (U.N.) does not end a sentence.  Sentences are returned
as ``(start, end)`` offsets into the text, stripped of surrounding spaces.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(
    r"(?:\.(?!\d)|[!?;؟؛…])+[\"'”»)\]]*(?=\s|$)|\n+"
)
_ABBREV = re.compile(r"(?:^|\s)[A-Z]\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        if m.group()[0] == "." and _ABBREV.search(text, max(0, m.start() - 3), m.end()):
            continue
        _add(text, start, end, spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
