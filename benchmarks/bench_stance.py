"""Stance throughput: statements/s of each method, beside the keyword floor in the same run.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python benchmarks/bench_stance.py [--limit 3000]

Statements are the annotated ones (``corpus/annotations``), repeated to
``--limit``; the classifiers are trained on them first (training time printed).
The GUIDE target is quotes + stance ≥ 200 documents/s on one core; at ~8
statements per municipal article, stance alone should stay well above
1,600 statements/s. CPU time (``process_time``) is reported, so other load
on the machine does not count.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
import warnings

from civicdiscourse import stance
from civicdiscourse.stance.matcher import _all_hits, _tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=3000)
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        statements = stance.load_annotations()
    # distinct texts so the per-statement token cache cannot help
    data = [{**s, "quote": f"{s['quote']} {i}"} for i, s in enumerate((statements * (args.limit // len(statements) + 1))[:args.limit])]
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{len(data)} statements (from {len(statements)} annotated ones), single process")
    for method in ("keyword", "lexicon", "supervised"):
        clf = stance.StanceClassifier(method=method)
        started = time.process_time()
        clf.fit(statements)
        trained = time.process_time() - started
        _tokens.cache_clear()
        _all_hits.cache_clear()
        started = time.process_time()
        n = sum(1 for _ in clf.annotate(iter(data)))
        spent = time.process_time() - started
        print(f"  {method:10} train {trained:6.2f} s CPU   annotate {n / spent:8.0f} statements/s CPU")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
