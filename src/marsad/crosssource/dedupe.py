"""Near-duplicate articles: MinHash signatures over word shingles, banded for an index lookup.

An article's signature is a datasketch MinHash (64 permutations, fixed seed)
of its normalised word 3-grams (hashed with CRC-32: one C call per
shingle, four times faster than datasketch's default SHA-1 here).  The 64 values are cut into 16 bands of 4;
each band hashes to one integer key, and the store keeps (band, key) ->
article in a primary-key index, so finding candidates is 16 index probes
whatever the store's size.  Two articles whose bands collide are compared on
their full signatures; an estimated Jaccard similarity of at least
``DUPLICATE_JACCARD`` makes them duplicates (agency copy re-published, a
lightly edited version), while rewritten reports of the same event stay far
below it and are left to event merging.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

from marsad.text.normalize import normalize

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SEED = 20201
SCHEME = "affine32"  # datasketch 2 hashing; named so that stored signatures stay comparable
SHINGLE = 3
MIN_WORDS = 12  # shorter texts are too short to call duplicates
DUPLICATE_JACCARD = 0.5
_WORD = re.compile(r"[^\W\d_]+|\d+")

_HASHER = None  # one MinHash, cleared for each text: building one costs more than hashing a short article


def shingles(text: str, normalized: bool = False) -> list[bytes]:
    words = _WORD.findall(text if normalized else normalize(text))
    if len(words) < MIN_WORDS:
        return []
    return [" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)]


def signature(text: str, normalized: bool = False) -> bytes | None:
    """The MinHash signature of ``text`` (``normalized``: already through normalize()) as bytes
    (NUM_PERM little-endian uint64), or None if the text is too short."""
    sh = shingles(text, normalized)
    if not sh:
        return None
    hasher = load_hasher()
    hasher.clear()
    hasher.update_batch(sh)
    return hasher.hashvalues.astype("<u8").tobytes()


def load_hasher():  # noqa: ANN201 - a datasketch MinHash
    """The MinHash hasher, made once per process.  Importing datasketch takes about a second (it pulls in
    scipy), so only jobs that store signatures load it, before their workers fork."""
    global _HASHER
    if _HASHER is None:
        from datasketch import MinHash

        _HASHER = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=zlib.crc32)
    return _HASHER


def band_keys(sig: bytes) -> list[tuple[int, int]]:
    """(band, key) pairs: each band's ROWS values hashed to a signed 64-bit integer (SQLite's INTEGER)."""
    step = ROWS * 8
    return [(b, int.from_bytes(hashlib.blake2b(sig[b * step:(b + 1) * step], digest_size=8).digest(),
                               "little", signed=True)) for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    x, y = np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")
    return float(np.count_nonzero(x == y)) / NUM_PERM
