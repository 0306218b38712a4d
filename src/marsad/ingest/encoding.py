"""Decode bytes of unknown encoding into text, checked against Arabic letter statistics.

Order: a byte-order mark decides (UTF-8, UTF-16, UTF-32); then UTF-16 without a
BOM is recognised by its zero bytes; then strict UTF-8 (a file truncated in the
middle of its last character is accepted, with a warning); otherwise
charset-normalizer proposes candidates and each, plus Windows-1256, is scored
on how much of the decoded text is plausible letters, digits, spaces and
punctuation.  Binary data (zero bytes that are not UTF-16, or mostly control
characters) and text that no encoding makes readable are refused.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from marsad.errors import W_TRUNCATED, MarsadError, warning_line

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ARABIC = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3]")
_PLAUSIBLE = re.compile(
    r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFFa-zA-Z0-9\s.,;:!?'\"()\[\]\-–—«»“”‘’/%&@#*+=…_<>{}|$€£]"
)
_CONTROL = re.compile(r"[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFD]")
# Latin letters with diacritics are what a wrong single-byte code page produces from Arabic bytes
_MOJIBAKE = re.compile(r"[\u00C0-\u00FF]")
MIN_PLAUSIBLE = 0.85
CANDIDATES = ("cp1256", "iso-8859-6", "cp720", "mac-arabic")


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str]


def arabic_share(text: str) -> float:
    """Share of Arabic letters among the non-space characters of ``text``."""
    sample = text[:20000]
    n = sum(1 for c in sample if not c.isspace())
    return len(_ARABIC.findall(sample)) / n if n else 0.0


def plausibility(text: str) -> float:
    """How much of ``text`` looks like real text: 1.0 is all letters, digits, spaces, punctuation."""
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = len(_CONTROL.findall(sample)) * 4 + len(_MOJIBAKE.findall(sample))
    good = len(_PLAUSIBLE.findall(sample))
    return max(0.0, (good - bad) / len(sample))


def decode(data: bytes, where: str = "") -> Decoded:
    if not data.strip(b" \t\r\n\x00"):
        raise MarsadError("E101", where)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom):], enc, where)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data, utf16, where)
    if b"\x00" in data[:65536]:
        raise MarsadError("E102", where)
    try:
        return _checked(data, "utf-8", where)
    except UnicodeDecodeError as exc:
        cut = _truncated_utf8(data, exc)
        if cut:
            text = data[: len(data) - cut].decode("utf-8")
            if plausibility(text) >= MIN_PLAUSIBLE:
                return Decoded(text, "utf-8", [warning_line(W_TRUNCATED, where, n=cut)])
    except MarsadError:
        pass
    return _best_single_byte(data, where)


def _checked(data: bytes, enc: str, where: str) -> Decoded:
    text = data.decode(enc)  # strict: UnicodeDecodeError propagates for the UTF-8 probe
    if plausibility(text) < MIN_PLAUSIBLE:
        raise MarsadError("E102" if _CONTROL.search(text[:2000]) else "E103", where)
    return Decoded(text, enc, [])


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Arabic in UTF-16 has 0x06 high bytes, ASCII has 0x00 ones: one half of the bytes is nearly constant
    for enc, hi in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in hi if b in (0x00, 0x06)) / len(hi)
        if share > 0.9 and hi.count(0) > len(hi) * 0.05:
            try:
                text = data[: len(data) - len(data) % 2].decode(enc)
            except UnicodeDecodeError:
                continue
            if plausibility(text) >= MIN_PLAUSIBLE:
                return enc
    return None


def _truncated_utf8(data: bytes, exc: UnicodeDecodeError) -> int:
    """Bytes of an incomplete last character, if that is the only UTF-8 error; else 0."""
    tail = len(data) - exc.start
    if exc.reason == "unexpected end of data" and 0 < tail < 4:
        return tail
    return 0


def _best_single_byte(data: bytes, where: str) -> Decoded:
    from charset_normalizer import from_bytes

    candidates: list[str] = []
    try:
        for match in from_bytes(data[:200_000], cp_isolation=None, explain=False):
            if match.encoding not in candidates:
                candidates.append(match.encoding)
    except Exception:  # noqa: BLE001 - a detector failure only means fewer candidates
        pass
    candidates += [c for c in CANDIDATES if c not in candidates]
    best: tuple[float, str, str] | None = None
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = plausibility(text) + 0.5 * arabic_share(text)
        if best is None or score > best[0]:
            best = (score, enc, text)
    if best is None or plausibility(best[2]) < MIN_PLAUSIBLE:
        if best is not None and _CONTROL.search(best[2][:4000]):
            raise MarsadError("E102", where)
        raise MarsadError("E103", where)
    return Decoded(best[2], codecs.lookup(best[1]).name, [])
