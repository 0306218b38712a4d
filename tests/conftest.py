"""Shared fixtures: the example articles, a broken-inputs batch made on the fly, the CLI runner."""

from __future__ import annotations

import json
import os
import random
import shutil
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli import main

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The three example articles shipped in the package."""
    with resources.as_file(resources.files("marsad").joinpath("data/examples")) as p:
        return Path(p)


@pytest.fixture(scope="session")
def example_text(examples_dir: Path) -> str:
    return (examples_dir / "001_7575cfb3aa66c36a.txt").read_text(encoding="utf-8")


@pytest.fixture()
def cli():
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return run


@pytest.fixture()
def broken_batch(tmp_path: Path, example_text: str) -> Path:
    """A good article, the same in Windows-1256 and UTF-16, and six kinds of bad or odd input."""
    d = tmp_path / "batch"
    d.mkdir()
    plain = example_text.replace("“", '"').replace("”", '"')  # Windows-1256 has no curly quotes
    (d / "good.txt").write_text(plain, encoding="utf-8")
    (d / "cp1256.txt").write_bytes(plain.encode("cp1256"))
    (d / "utf16.txt").write_bytes(plain.encode("utf-16"))
    data = example_text.encode("utf-8")
    cut = next(i for i in range(len(data) // 2, len(data)) if data[i] >= 0xC0)  # inside a 2-byte character
    (d / "truncated.txt").write_bytes(data[: cut + 1])
    (d / "empty.txt").write_bytes(b"")
    rng = random.Random(7)
    (d / "random.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    paras = "".join(f"<p>{p}</p>" for p in example_text.splitlines() if p.strip())
    filler = "<div class='c'><p>" + "نص إضافي طويل في الصفحة " * 40 + "</p></div>"
    big = f"<html><head><title>صفحة كبيرة</title></head><body><article>{paras}{filler * 3000}</article></body></html>"
    (d / "big.html").write_text(big, encoding="utf-8")
    assert (d / "big.html").stat().st_size > 5_000_000
    deep = "<html><body>" + "<div>" * 2000 + paras + "</div>" * 2000 + "</body></html>"
    (d / "deep.html").write_text(deep, encoding="utf-8")
    lines = [json.dumps({"id": "j1", "text": example_text, "published": "2020-08-06"}, ensure_ascii=False),
             '{"id": "j2", "text": "broken', ""]
    (d / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def shared_examples() -> Path:
    p = SHARED / "examples"
    if not p.is_dir():
        pytest.skip("../shared/examples is not beside the project")
    return p


def copy_examples(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.glob("*.txt"):
        shutil.copy(f, dst / f.name)
    return dst


@pytest.fixture(scope="session")
def record():
    """Run the whole pipeline on a text and return its output record."""
    from marsad.ingest import Document
    from marsad.pipeline import Pipeline, to_record

    pipe = Pipeline()

    def run(text: str, published: str | None = None, source: str = "a.txt") -> dict:
        return to_record(pipe.extract_document(Document(source=source, text=text), published))

    return run


def people(rec: dict) -> dict[str, dict]:
    """Persons of a record by Latin name."""
    return {e["name"]: e for e in rec["entities"] if e["kind"] == "person"}
