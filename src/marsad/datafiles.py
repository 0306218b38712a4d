"""Reading the shipped data files (data/**/*.tsv): one place for the comment and blank-line rules.

A data file is UTF-8, tab-separated, with ``#`` comment lines; ``rows``
gives the split lines of one, ``records`` the rows of one with a header line
as dicts.  Paths are relative to the package's ``data/`` folder, or a
folder-like object (a KB folder being checked).
"""

from __future__ import annotations

import csv
from importlib import resources
from importlib.abc import Traversable


def data_file(rel: str) -> Traversable:
    return resources.files("marsad").joinpath(f"data/{rel}")


def _text(path: str | Traversable) -> str:
    return (data_file(path) if isinstance(path, str) else path).read_text(encoding="utf-8")


def rows(path: str | Traversable) -> list[list[str]]:
    """The tab-split lines of a data file, without blank lines and ``#`` comments."""
    return [line.split("\t") for line in _text(path).splitlines() if line.strip() and not line.startswith("#")]


def records(path: str | Traversable) -> list[dict[str, str]]:
    """The lines of a data file with a header line, as dicts."""
    return list(csv.DictReader(_text(path).splitlines(), delimiter="\t"))
