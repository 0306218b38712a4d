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

_PERMS: tuple[np.ndarray, np.ndarray] | None = None


def shingles(text: str) -> list[bytes]:
    words = _WORD.findall(normalize(text))
    if len(words) < MIN_WORDS:
        return []
    return [" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)]


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` as bytes (NUM_PERM little-endian uint64), or None if too short."""
    from datasketch import MinHash

    sh = shingles(text)
    if not sh:
        return None
    global _PERMS
    if _PERMS is None:
        _PERMS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_PERMS, scheme=SCHEME, hashfunc=zlib.crc32)
    m.update_batch(sh)
    return m.hashvalues.astype("<u8").tobytes()


def band_keys(sig: bytes) -> list[tuple[int, int]]:
    """(band, key) pairs: each band's ROWS values hashed to a signed 64-bit integer (SQLite's INTEGER)."""
    step = ROWS * 8
    return [(b, int.from_bytes(hashlib.blake2b(sig[b * step:(b + 1) * step], digest_size=8).digest(),
                               "little", signed=True)) for b in range(BANDS)]


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    x, y = np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")
    return float(np.count_nonzero(x == y)) / NUM_PERM
