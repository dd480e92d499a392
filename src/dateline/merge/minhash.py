"""Near-duplicate detection: MinHash signatures over word shingles of an article's text.

A reprint of a wire story with a new headline and a trimmed paragraph shares most of its
5-word shingles with the original; two reporters writing up the same incident share few.
The estimated Jaccard similarity of two signatures separates the two cases, so reprints count
as one source chain. Hashes come from blake2b and fixed permutation constants, never from
Python's ``hash()``, so a signature is the same in every process and can be stored.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from dateline.record import normalize_text

PERMUTATIONS = 64
SHINGLE_WORDS = 5
_PRIME = (1 << 31) - 1  # Mersenne prime: (a * x + b) stays below 2**63 for a, x, b < 2**31
_WORD = re.compile(r"\w+", re.UNICODE)
EMPTY = _PRIME  # every position of the signature of a text with no words


def _constants() -> tuple[np.ndarray, np.ndarray]:
    seed = hashlib.sha256(b"dateline-minhash-v1").digest()
    a: list[int] = []
    b: list[int] = []
    counter = 0
    while len(a) < PERMUTATIONS:
        block = hashlib.sha256(seed + counter.to_bytes(4, "big")).digest()
        counter += 1
        for i in range(0, 32, 8):
            x = int.from_bytes(block[i : i + 4], "big") % _PRIME
            y = int.from_bytes(block[i + 4 : i + 8], "big") % _PRIME
            if x and len(a) < PERMUTATIONS:
                a.append(x)
                b.append(y)
    return np.array(a, dtype=np.uint64), np.array(b, dtype=np.uint64)


_A, _B = _constants()


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Lower-cased k-word shingles of the normalized text (the whole text when shorter than k words)."""
    words = _WORD.findall(normalize_text(text).lower())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def signature(text: str) -> tuple[int, ...]:
    """MinHash signature (64 values) of the text's 5-word shingles; empty text gives all-``2**31-1``."""
    grams = shingles(text)
    if not grams:
        return (_PRIME,) * PERMUTATIONS
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big") % _PRIME for g in grams),
        dtype=np.uint64,
        count=len(grams),
    )
    mixed = (_A[:, None] * hashes[None, :] + _B[:, None]) % np.uint64(_PRIME)
    return tuple(int(v) for v in mixed.min(axis=1))


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two texts: the share of positions where signatures agree.
    Signatures of different lengths or of empty texts give 0.0 (nothing to compare)."""
    if not a or len(a) != len(b):
        return 0.0
    if all(v == _PRIME for v in a) or all(v == _PRIME for v in b):
        return 0.0
    same = sum(1 for x, y in zip(a, b, strict=True) if x == y)
    return same / len(a)
