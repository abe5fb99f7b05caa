"""Near-identical article bodies: the same report re-posted under another title or with a changed line.

Exact de-duplication compares normalised title + text, so a feed item re-published
with a new headline, or an article whose byline changed, survives it. Here two
bodies are near-identical when the Jaccard similarity of their sets of word
5-grams (:data:`SHINGLE`, on folded text) is at least a threshold (0.9 by default).

Finding pairs is cheap: each body keeps a *bottom-k sketch*, the :data:`SKETCH`
smallest shingle hashes; bodies that similar almost surely share one of them, so
only bodies sharing a sketch hash are compared in full. Bodies with fewer than
:data:`MIN_SHINGLES` shingles (a line or two) are never merged: short items with
the same wording are often different news. Hashes are CRC-32, so results are
the same in every process.
"""

from __future__ import annotations

import zlib

from ..text import fold

SHINGLE = 5
MIN_SHINGLES = 30
SKETCH = 16
NEAR_THRESHOLD = 0.9


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word :data:`SHINGLE`-grams of the folded ``text``."""
    words = fold(text).split()
    return frozenset(zlib.crc32(" ".join(words[i:i + SHINGLE]).encode("utf-8", "surrogatepass"))
                     for i in range(len(words) - SHINGLE + 1))


def body_sketch(text: str) -> tuple[int, tuple[int, ...]]:
    """``(number of shingles, the SKETCH smallest shingle hashes)`` of a body."""
    found = shingles(text)
    return len(found), tuple(sorted(found)[:SKETCH])


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def near_duplicates(texts: list[str], sketches: list[tuple[int, tuple[int, ...]]], *,
                    threshold: float = NEAR_THRESHOLD) -> dict[int, int]:
    """Map the index of every body that nearly repeats an earlier one to that earlier body's index.

    ``sketches`` are :func:`body_sketch` of ``texts`` (passed in so callers can cache them).
    The first of a group is kept; a later body is compared only with bodies kept so far.
    """
    buckets: dict[int, list[int]] = {}
    full: dict[int, frozenset[int]] = {}

    def shingles_of(k: int) -> frozenset[int]:
        if k not in full:
            full[k] = shingles(texts[k])
        return full[k]

    repeats: dict[int, int] = {}
    for k, (count, sketch) in enumerate(sketches):
        if count < MIN_SHINGLES:
            continue
        candidates = sorted({j for h in sketch for j in buckets.get(h, ())})
        match = next((j for j in candidates if jaccard(shingles_of(j), shingles_of(k)) >= threshold), None)
        if match is not None:
            repeats[k] = match
            continue
        for h in sketch:
            buckets.setdefault(h, []).append(k)
    return repeats
