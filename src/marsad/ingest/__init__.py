"""Reading articles from files, folders and JSON Lines.

``iter_documents(paths)`` walks the inputs and yields, in a stable order, a
:class:`Document` for every article found and a :class:`Problem` for every
bad file or line (never raising for a user's bad input), so a batch goes on.
``to_article(doc)`` cleans a document into a :class:`~marsad.model.Article`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.clean import clean_text
from marsad.dates import parse_published
from marsad.errors import MarsadError
from marsad.ingest.encoding import decode
from marsad.ingest.html import extract_page
from marsad.model import Article
from marsad.text.normalize import normalize

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_FILE_BYTES = 50_000_000


@dataclass(slots=True)
class Document:
    """An article as read, before cleaning."""

    source: str
    text: str
    is_html: bool = False
    id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Problem:
    error: MarsadError

    def line(self) -> str:
        return self.error.line()


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[Path | Problem]:
    """Files named or found (recursively, sorted) under the given paths."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    if f.suffix.lower() in SUFFIXES and not name.startswith("."):
                        yield f
        elif path.is_file():
            yield path
        else:
            yield Problem(MarsadError("E201", str(path)))


def iter_documents(paths: Iterable[str | os.PathLike]) -> Iterator[Document | Problem]:
    for item in expand_paths(paths):
        if isinstance(item, Problem):
            yield item
            continue
        try:
            yield from read_file(item)
        except MarsadError as exc:
            yield Problem(exc)


def read_file(path: Path) -> Iterator[Document | Problem]:
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise MarsadError("E104", where, suffix=suffix or "(none)")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and suffix != ".jsonl":
            raise MarsadError("E107", where, size=size, limit=MAX_FILE_BYTES)
        if suffix == ".jsonl":
            yield from read_jsonl(path)
            return
        data = path.read_bytes()
    except OSError as exc:
        raise MarsadError("E105", where, reason=exc.strerror or str(exc)) from None
    decoded = decode(data, where)
    if suffix in (".html", ".htm"):
        page = extract_page(decoded.text, where)
        yield Document(source=path.name, text=page.text, is_html=True, title=page.title,
                       published=page.published, outlet=page.outlet, url=page.url, warnings=decoded.warnings)
    else:
        yield Document(source=path.name, text=decoded.text, warnings=decoded.warnings)


_STR_FIELDS = ("id", "source", "title", "published", "outlet", "url")


def read_jsonl(path: Path) -> Iterator[Document | Problem]:
    """One article per line; a bad line is a Problem and the file goes on."""
    with path.open("rb") as fh:
        for no, raw in enumerate(fh, 1):
            where = f"{path}:{no}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
                yield Problem(MarsadError("E110", str(path), line=no, reason=reason))
                continue
            if not isinstance(rec, dict):
                yield Problem(MarsadError("E112", str(path), line=no))
                continue
            try:
                yield record_document(rec, path, no, where)
            except MarsadError as exc:
                yield Problem(exc)


def record_document(rec: dict, path: Path, no: int, where: str) -> Document:
    if "published" not in rec and isinstance(rec.get("date"), str):
        rec = {**rec, "published": rec["date"]}  # feeds and corpora often call it "date"
    for key in _STR_FIELDS:
        if rec.get(key) is not None and not isinstance(rec[key], str | int):
            raise MarsadError("E113", str(path), line=no, field=key, reason="expected a string")
    text, html = rec.get("text"), rec.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise MarsadError("E111", str(path), line=no)
    source = str(rec.get("source") or f"{path.name}:{no}")
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in _STR_FIELDS}
    if isinstance(text, str) and text.strip():
        return Document(source=source, text=text, id=meta["id"], title=meta["title"],
                        published=meta["published"], outlet=meta["outlet"], url=meta["url"])
    page = extract_page(html, where, url=meta["url"])
    return Document(source=source, text=page.text, is_html=True, id=meta["id"],
                    title=meta["title"] or page.title, published=meta["published"] or page.published,
                    outlet=meta["outlet"] or page.outlet, url=meta["url"] or page.url)


def article_id(text: str) -> str:
    """A stable id: sha1 of the normalised body with whitespace collapsed."""
    return hashlib.sha1(" ".join(normalize(text).split()).encode("utf-8")).hexdigest()[:16]


def document_id(doc: Document) -> str | None:
    """The id to_article gives ``doc`` (its own, or a hash of its cleaned text), without building the
    article; None when the cleaned text is empty (to_article then raises E120)."""
    if doc.id:
        return doc.id
    cleaned = clean_text(doc.text, title=doc.title).text
    return article_id(cleaned) if cleaned.strip() else None


def to_article(doc: Document, published: str | None = None) -> Article:
    """Clean a document into an Article; ``published`` (CLI --published) fills a missing date."""
    cleaned = clean_text(doc.text, title=doc.title)
    if not cleaned.text.strip():
        raise MarsadError("E120", doc.source)
    pub = parse_published(doc.published) or parse_published(cleaned.published) or parse_published(published)
    return Article(
        id=doc.id or article_id(cleaned.text),
        source=doc.source,
        text=cleaned.text,
        raw_text=doc.text,
        title=cleaned.title,
        outlet=doc.outlet or cleaned.outlet,
        url=doc.url,
        published=pub.isoformat() if pub else None,
        section=cleaned.section,
        dateline=cleaned.dateline,
        furniture=cleaned.furniture,
        warnings=list(doc.warnings),
    )
