"""Cross-validated stance metrics: keyword floor vs lexicon baseline vs supervised model.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python scripts/evaluate_stance.py [--folds 5] [--seed 0] \
        [--parts A,B,C,D,E,F] [--json OUT.json]

Every method is scored on the same folds in the same run (stratified by the
target's label, grouped by document). Prints, per target: SemEval-2016 score
(mean F1 of favor and against), macro-F1 over the three labels, per-label
precision/recall, expected calibration error of the score, and the confusion
matrix; then which method wins on the mean SemEval score over both targets.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
import warnings

import numpy as np

from civicdiscourse import stance
from civicdiscourse.stance.evaluation import cross_validate

METHODS = ("keyword", "lexicon", "supervised")


def _print_report(name: str, result: dict) -> None:
    rep = result["report"]
    folds = np.array(result["fold_semeval"])
    pl = rep["per_label"]
    print(f"  {name:10} SemEval {rep['semeval']:.3f} (folds {folds.mean():.3f} ± {folds.std():.3f})  "
          f"macro-F1 {rep['macro_f1']:.3f}  ECE {rep['ece']:.3f}  "
          + "  ".join(f"{c}: P {pl[c]['precision']:.2f} R {pl[c]['recall']:.2f} F1 {pl[c]['f1']:.2f}"
                      for c in ("favor", "against")))


def _print_confusions(results: dict) -> None:
    labels = stance.LABELS
    header = "    gold \\ pred  " + " | ".join(f"{m:^24}" for m in METHODS)
    print(header)
    print("                 " + " | ".join(" ".join(f"{c[:7]:>7}" for c in labels) + "   " for _ in METHODS))
    for i, gold in enumerate(labels):
        cells = [" ".join(f"{v:7d}" for v in results[m]["report"]["confusion"][i]) + "   " for m in METHODS]
        print(f"    {gold:12} " + " | ".join(cells))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--parts", help="only these annotation parts, comma-separated letters (e.g. A,B,C,D,E,F); "
                                         "default every statements/part-*.jsonl")
    parser.add_argument("--json", help="also write the full results (metrics and out-of-fold predictions) here")
    args = parser.parse_args()

    paths = stance.annotation_files()
    if args.parts:
        wanted = {f"part-{p.strip()}.jsonl" for p in args.parts.split(",") if p.strip()}
        missing = wanted - {p.name for p in paths}
        if missing:
            parser.error(f"no such annotation part: {', '.join(sorted(missing))}")
        paths = [p for p in paths if p.name in wanted]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        statements = stance.load_annotations(paths)
    files = collections.Counter(s["file"] for s in statements)
    docs = len({s["doc_id"] for s in statements})
    print(f"annotated statements: {len(statements)} from {docs} documents "
          f"({', '.join(f'{f}: {n}' for f, n in sorted(files.items()))}); skipped lines/documents: {len(caught)}")
    for target in stance.TARGETS:
        counts = collections.Counter(s[target] for s in statements)
        print(f"  {target}: " + ", ".join(f"{c} {counts.get(c, 0)}" for c in stance.LABELS))
    summary: dict[str, dict[str, float]] = {m: {} for m in METHODS}
    everything = {}
    for target in stance.TARGETS:
        estimators = {m: stance.make_estimator(m, target, random_state=args.seed) for m in METHODS}
        started = time.perf_counter()
        results = cross_validate(statements, estimators, target=target, n_splits=args.folds, random_state=args.seed)
        elapsed = time.perf_counter() - started
        print(f"\n== {target} ({results['n_splits']}-fold, grouped by document, seed {args.seed}; {elapsed:.1f} s)")
        for m in METHODS:
            _print_report(m, results[m])
            summary[m][target] = results[m]["report"]["semeval"]
        _print_confusions(results)
        everything[target] = {m: {k: v for k, v in results[m].items()} for m in METHODS} | {"folds": results["folds"]}
    print("\n== summary (SemEval score, out-of-fold)")
    for m in METHODS:
        mean = np.mean(list(summary[m].values()))
        print(f"  {m:10} " + "  ".join(f"{t} {summary[m][t]:.3f}" for t in stance.TARGETS) + f"  mean {mean:.3f}")
    best = max(("lexicon", "supervised"), key=lambda m: np.mean(list(summary[m].values())))
    print(f"  better of lexicon/supervised: {best} (shipped default: {stance.DEFAULT_METHOD})")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"n_statements": len(statements), "summary": summary, "results": everything}, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
