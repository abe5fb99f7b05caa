"""Fit the statement confidence model on the annotated development set and print its calibration.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python scripts/fit_quote_confidence.py          # report only
    uv run python scripts/fit_quote_confidence.py --write   # also replace src/civicdiscourse/quotes/confidence.json
    uv run python scripts/fit_quote_confidence.py --check   # exit 1 if the shipped model is not the one refitted now

A statement is *right* when the evaluation counts it as a hit: its quote overlaps an annotated statement
whose speaker it names. Calibration is measured out of sample: five folds grouped by document
(:class:`sklearn.model_selection.GroupKFold`), each document scored by a model fitted without it,
against the shipped model scored in sample and a constant at the base rate. Run it again after a change
to the extractor's rules: the facts a statement is found with, and how often each is right, move with
them.
"""

from __future__ import annotations

import argparse
import sys

import numpy as np
from sklearn.metrics import brier_score_loss, roc_auc_score

from civicdiscourse.corpus import is_municipal
from civicdiscourse.evaluate import load_gold
from civicdiscourse.quotes.confidence import MODEL_PATH, ConfidenceModel, judge, reliability, shipped_model
from civicdiscourse.stance.evaluation import expected_calibration_error

FOLDS = 5
THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.9)


def _scores(right, scores) -> str:
    right, scores = np.asarray(right), np.asarray(scores)
    auc = roc_auc_score(right, scores) if 0 < right.sum() < len(right) else float("nan")
    return (f"ECE {expected_calibration_error(right, scores):.3f}  Brier {brier_score_loss(right, scores):.3f}  "
            f"AUC {auc:.3f}  mean {scores.mean():.3f} vs right {right.mean():.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="annotation files (default: all in corpus/annotations/statements)")
    parser.add_argument("--C", type=float, default=0.3, help="inverse L2 strength (default 0.3)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help=f"write the refitted model to {MODEL_PATH.name}")
    action.add_argument("--check", action="store_true", help="fail if the shipped model differs from the refit")
    args = parser.parse_args(argv)

    gold = load_gold(args.files or None)
    judged = judge(gold, progress=True)
    right, shipped = judged.right, judged.shipped
    municipal = np.array([is_municipal(gold.texts[d]) for d in judged.documents])
    held_out = judged.held_out(folds=FOLDS, C=args.C)
    refit = ConfidenceModel.fit(judged.facts, right, C=args.C)

    print(f"# {len(right)} candidate statements in {len(set(judged.documents))} documents, "
          f"{right.mean():.3f} of them right")
    print(f"constant base rate      {_scores(right, np.full(len(right), right.mean()))}")
    print(f"shipped (in sample)     {_scores(right, shipped)}")
    print(f"refit, {FOLDS}-fold held out  {_scores(right, held_out)}")
    print(f"  municipal documents   {_scores(right[municipal], held_out[municipal])}")
    print("\n# reliability of the held-out scores")
    for row in reliability(right, held_out).itertuples():
        print(f"  {row.low:.1f}–{row.high:.1f}  n={row.statements:5d}  mean score {row.mean_confidence:.3f}  "
              f"share right {row.share_right:.3f}")
    print("\n# min_confidence: what a threshold keeps (held-out scores)")
    for threshold in THRESHOLDS:
        kept = held_out >= threshold
        print(f"  ≥ {threshold:.1f}  keeps {kept.mean():.3f} of the statements, {right[kept].sum() / right.sum():.3f} "
              f"of the right ones; {right[kept].mean():.3f} of those kept are right")

    if args.write:
        MODEL_PATH.write_text(refit.to_json(), encoding="utf-8")
        print(f"\nwrote {MODEL_PATH}")
    elif args.check and refit != shipped_model():
        print(f"\n{MODEL_PATH} is not the model these annotations and rules give: rerun with --write",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
