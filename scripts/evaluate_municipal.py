"""Precision and recall of the municipal rule on our hand-labelled samples.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python scripts/evaluate_municipal.py [LABELS.csv ...]

Labels (doc_id, label yes/no, reason): by default corpus/annotations/municipal-labels.csv (the
sample the rule was tuned on) and municipal-labels-fresh.csv (a fresh sample labelled after).
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from civicdiscourse import corpus

LABELS = Path(__file__).resolve().parents[1] / "corpus" / "annotations" / "municipal-labels.csv"
FRESH = LABELS.with_name("municipal-labels-fresh.csv")


def evaluate(labels_path: Path = LABELS) -> dict[str, dict[str, float]]:
    rows = list(csv.DictReader(labels_path.open(encoding="utf-8")))
    sources = {name: corpus.load(name, progress=False) for name in {r["doc_id"].split(":")[0] for r in rows}}
    results = {}
    for strict in (True, False):
        counts = Counter()
        for row in rows:
            doc = sources[row["doc_id"].split(":")[0]][row["doc_id"]]
            predicted = corpus.is_municipal(f"{doc.title}\n{doc.text}", strict=strict)
            counts[(predicted, row["label"] == "yes")] += 1
        tp, fp, fn = counts[(True, True)], counts[(True, False)], counts[(False, True)]
        results["strict" if strict else "loose"] = {
            "labelled": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": counts[(False, False)],
            "precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
        }
    return results


if __name__ == "__main__":
    import sys

    for path in [Path(p) for p in sys.argv[1:]] or [LABELS, FRESH]:
        print(f"# {path.name}")
        for rule, r in evaluate(path).items():
            print(f"{rule:6} precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
                  f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']}, tn {r['tn']}; {r['labelled']} labelled documents)")
