"""Corpus loading benchmark (GUIDE.md §6).

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python benchmarks/bench_corpus.py

Measures, in one run on this machine:

1. cold load + normalise of all news sources (empty data home: verify sha256,
   parse, normalise every text with ``civicdiscourse.text.normalize``);
2. reload of each source from the parsed cache;
3. peak RSS after step 1;
4. the baseline: a naive loop that normalises every document with hazm's
   ``Normalizer`` (created once), over the same parsed documents.

Targets: cold ≥ 3× faster than the baseline, cached reload < 1 s, RSS ≤ 1 GB.
"""

from __future__ import annotations

import os
import platform
import resource
import tempfile
import time

from civicdiscourse import corpus
from civicdiscourse.text import normalize


def main() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"mirror: {os.environ.get('CIVICDISCOURSE_MIRROR') or '(none: canonical URLs)'}")
    with tempfile.TemporaryDirectory() as home:
        start = time.perf_counter()
        loaded = {name: corpus.load(name, data_home=home, progress=False) for name in corpus.NEWS_SOURCES}
        characters = sum(len(normalize(doc.text)) for docs in loaded.values() for doc in docs)
        cold = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        documents = sum(len(docs) for docs in loaded.values())
        print(f"\ncold load + normalise, {len(loaded)} news sources: {documents:,} documents, "
              f"{characters / 1e6:.1f} M characters in {cold:.2f} s; peak RSS {peak_mb:.0f} MB (target ≤ 1024)")

        print("\ncached reload (target < 1 s each):")
        for name in corpus.NEWS_SOURCES:
            start = time.perf_counter()
            reloaded = corpus.load(name, data_home=home, progress=False)
            print(f"  {name:15} {len(reloaded):6,} documents  {time.perf_counter() - start:.3f} s")

    from hazm import Normalizer

    hazm_normalizer = Normalizer()
    start = time.perf_counter()
    for docs in loaded.values():
        for doc in docs:
            hazm_normalizer.normalize(doc.text)
    baseline = time.perf_counter() - start
    print(f"\nbaseline, hazm Normalizer per document (parsing not even counted): {baseline:.2f} s")
    print(f"speed-up of the cold path over the baseline: {baseline / cold:.1f}× (target ≥ 3×)")


if __name__ == "__main__":
    main()
