"""Throughput of statement extraction on every municipal article of the news sources (one core).

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python benchmarks/bench_quotes.py [--repeat 3]

Prints documents/second of ``civicdiscourse.quotes.extract_statements`` and,
measured in the same run on the same documents, of the naive
«cue + colon → rest of line» regex baseline. Target (GUIDE.md §6): ≥ 200 docs/s.
One-time set-up (lexicon loading, regex compilation) is reported separately.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time

from civicdiscourse import corpus
from civicdiscourse.quotes import extract_statements
from civicdiscourse.quotes.baseline import naive_statements


def _rate(function, documents, repeat: int) -> tuple[float, float, float, int]:
    """Documents/s over ``repeat`` passes: best and median by CPU time of this process, best by wall clock.

    CPU time is the one-core figure even when other work shares the machine; the median shows how
    much a shared (virtual) machine moves it from pass to pass.
    """
    cpu_times, wall_times = [], []
    found = 0
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        found = sum(len(function(doc.text, doc_id=doc.id)) for doc in documents)
        cpu_times.append(time.process_time() - cpu)
        wall_times.append(time.perf_counter() - wall)
    n = len(documents)
    return n / min(cpu_times), n / statistics.median(cpu_times), n / min(wall_times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of N timed passes")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    documents = []
    for name in corpus.NEWS_SOURCES:
        documents.extend(corpus.load(name, progress=False).dedupe().municipal())
    chars = sum(len(d.text) for d in documents)
    start = time.perf_counter()
    extract_statements(documents[0].text)  # lexicons, regexes
    setup = time.perf_counter() - start
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores "
          f"(pinned to 1), Python {platform.python_version()}")
    print(f"corpus: municipal articles of {', '.join(corpus.NEWS_SOURCES)} after dedupe: "
          f"{len(documents)} documents, {chars / len(documents):.0f} characters on average")
    print(f"one-time set-up: {setup:.2f} s")
    rate, median, wall_rate, found = _rate(extract_statements, documents, args.repeat)
    base_rate, base_median, base_wall, base_found = _rate(naive_statements, documents, args.repeat)
    print(f"load average now: {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "")
    print(f"{'system':<18}{'docs/s (CPU)':>14}{'median (CPU)':>14}{'docs/s (wall)':>15}{'statements':>12}")
    print(f"{'quotes':<18}{rate:>14.0f}{median:>14.0f}{wall_rate:>15.0f}{found:>12}")
    print(f"{'naive baseline':<18}{base_rate:>14.0f}{base_median:>14.0f}{base_wall:>15.0f}{base_found:>12}")
    print(f"target >= 200 docs/s (CPU time, one core): {'met' if rate >= 200 else 'NOT met'}; "
          f"quotes runs at {rate / base_rate:.4f}x the baseline's speed")


if __name__ == "__main__":
    main()
