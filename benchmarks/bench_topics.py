"""Topic quality and speed on IR-News (deduplicated), against a naive baseline measured in the same run.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python benchmarks/bench_topics.py [-k 12] [--seed 0]

Prints, for one k:

* the naive baseline — scikit-learn defaults, ``CountVectorizer()`` + ``LatentDirichletAllocation``
  (same k and seed) — mean NPMI of its top-10 terms by document co-occurrence in its own tokenisation;
* the project's NMF and LDA: mean NPMI, c_v, UMass (top 10, document co-occurrence over the project's
  tokenisation), topic diversity, seed stability (mean matched Jaccard over ``--stability-seeds`` runs),
  runtime cold (token cache empty) and warm (tokens read from the cache on disk), wall and CPU seconds;
* peak RSS of this process (and of the tokenising workers), and every topic's top terms;
* the same numbers on the municipal subset (IR-News + Fars News, strict rule) unless ``--skip-municipal``.

Targets (GUIDE.md §6, issue 3): mean NPMI ≥ 0.40 on IR-News at k = 12; ≤ 30 s cold / ≤ 10 s warm for
one k on 2 cores; ≤ 2 GB RSS. Loading and deduplicating the corpus is timed separately (corpus module).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import time
from contextlib import contextmanager

import sklearn
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.feature_extraction.text import CountVectorizer

from civicdiscourse import corpus, topics
from civicdiscourse.topics.coherence import coherence_table


@contextmanager
def timer(results: dict, key: str):
    wall, cpu, children = time.perf_counter(), time.process_time(), os.times()
    yield
    after = os.times()
    results[key] = (time.perf_counter() - wall,
                    time.process_time() - cpu
                    + (after.children_user - children.children_user) + (after.children_system - children.children_system))


def peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, workers


def naive_baseline(texts: list[str], k: int, seed: int, top_n: int) -> dict:
    times: dict = {}
    with timer(times, "run"):
        counts = CountVectorizer().fit(texts)
        X = counts.transform(texts)
        lda = LatentDirichletAllocation(n_components=k, random_state=seed).fit(X)
        top = [list(row.argsort()[::-1][:top_n]) for row in lda.components_]
        scores = coherence_table(X, top)
    names = counts.get_feature_names_out()
    return {"npmi": float(scores["npmi"].mean()), "c_v": float(scores["c_v"].mean()),
            "umass": float(scores["umass"].mean()), "diversity": topics.topic_diversity(top),
            "time": times["run"], "terms": [[names[i] for i in t] for t in top]}


def project_run(docs, *, method: str, k: int, seed: int, top_n: int, n_seeds: int, min_df: int) -> dict:
    """Cold run (no token cache for this corpus), warm run (cache on disk), then seed stability."""
    times: dict = {}
    params = dict(method=method, random_state=seed, min_df=min_df, n_jobs=2)
    topics.cache_path([topics.document_text(d) for d in docs]).unlink(missing_ok=True)
    topics.clear_memory_cache()
    with timer(times, "cold"):
        topics.TopicModel(k, **params).fit(docs)
    topics.clear_memory_cache()  # warm = read tokens from disk, as a new process would
    with timer(times, "warm"):
        model = topics.TopicModel(k, **params).fit(docs)
        report = topics.evaluate(model, docs, top_n=top_n)
    with timer(times, "stability"):
        seeds = [seed + i for i in range(n_seeds)]
        stability = topics.topic_stability(model, docs, seeds=seeds, top_n=top_n, fitted={seed: model})
    return {"report": report, "times": times, "stability": stability.mean_jaccard, "model": model}


def show(label: str, docs, texts, args, *, with_baseline: bool, min_df: int) -> None:
    print(f"\n=== {label}: {len(docs)} documents, k={args.k}, seed={args.seed}, top {args.top_n} ===")
    rows = []
    if with_baseline:
        base = naive_baseline(texts, args.k, args.seed, args.top_n)
        rows.append(("naive CountVectorizer()+LDA", base["npmi"], base["c_v"], base["umass"], base["diversity"],
                     None, None, base["time"], None))
    runs = {}
    for method in ("nmf", "lda"):
        run = project_run(docs, method=method, k=args.k, seed=args.seed, top_n=args.top_n,
                          n_seeds=args.stability_seeds, min_df=min_df)
        runs[method] = run
        m = run["report"].metrics
        rows.append((f"project {method.upper()}", m["npmi"], m["c_v"], m["umass"], m["diversity"],
                     run["stability"], run["times"]["cold"], run["times"]["warm"], run["times"]["stability"]))
    print(f"{'model':30} {'NPMI':>7} {'c_v':>6} {'UMass':>7} {'divers':>6} {'stab':>5}  "
          f"{'cold wall/cpu s':>16} {'warm wall/cpu s':>16} {'stability s':>12}")
    for name, npmi, cv, umass, div, stab, cold, warm, stab_time in rows:
        fmt = lambda t: "" if t is None else f"{t[0]:7.1f}/{t[1]:<7.1f}"  # noqa: E731
        print(f"{name:30} {npmi:7.3f} {cv:6.3f} {umass:7.3f} {div:6.3f} "
              f"{'' if stab is None else f'{stab:5.3f}':>5}  {fmt(cold):>16} {fmt(warm):>16} {fmt(stab_time):>12}")
    if with_baseline:
        print("naive baseline topics (top 5):")
        for i, terms in enumerate(base["terms"]):
            print(f"  {i:2} {' · '.join(terms[:5])}")
    for method, run in runs.items():
        print(f"\nproject {method.upper()} topics:")
        print(run["report"].to_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-k", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--top-n", type=int, default=10)
    parser.add_argument("--stability-seeds", type=int, default=3)
    parser.add_argument("--min-df", type=int, default=10)
    parser.add_argument("--municipal-min-df", type=int, default=3)
    parser.add_argument("--skip-municipal", action="store_true")
    args = parser.parse_args(argv)

    load1, load5, _ = os.getloadavg()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load average {load1:.1f}/{load5:.1f} at start; "
          f"Python {platform.python_version()}, scikit-learn {sklearn.__version__}")
    print("times: wall / CPU seconds (CPU includes tokenising workers); cold = empty token cache, "
          "warm = tokens read from the cache on disk; both include fitting and coherence scoring")

    times: dict = {}
    with timer(times, "load"):
        news = corpus.load("ir-news", progress=False).dedupe()
    print(f"corpus: IR-News deduplicated, {len(news)} documents (load + dedupe {times['load'][0]:.1f} s wall)")
    texts = [topics.document_text(d) for d in news]
    show("IR-News", news, texts, args, with_baseline=True, min_df=args.min_df)

    if not args.skip_municipal:
        with timer(times, "municipal"):
            municipal = news.municipal() + corpus.load("fars-news", progress=False).dedupe().municipal()
        print(f"\nmunicipal subset: {len(municipal)} documents (selection {times['municipal'][0]:.1f} s wall)")
        show("IR-News + Fars News, municipal", municipal, [topics.document_text(d) for d in municipal], args,
             with_baseline=True, min_df=args.municipal_min_df)

    own, workers = peak_rss_mb()
    print(f"\npeak RSS: {own:.0f} MB (this process), {workers:.0f} MB (largest worker)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
