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
from sklearn.model_selection import GroupKFold
from tqdm import tqdm

from civicdiscourse.corpus import is_municipal
from civicdiscourse.evaluate import judged, load_gold
from civicdiscourse.quotes import QuoteExtractor
from civicdiscourse.quotes.confidence import MODEL_PATH, ConfidenceModel, shipped_model
from civicdiscourse.stance.evaluation import expected_calibration_error

FOLDS = 5
THRESHOLDS = (0.0, 0.5, 0.7, 0.8, 0.9)


def labelled_candidates(gold):
    """(facts, right, document id, shipped confidence, municipal?) for every candidate statement."""
    extractor = QuoteExtractor()
    found = {doc_id: extractor.candidates(gold.texts[doc_id], doc_id=doc_id)
             for doc_id in tqdm(sorted(gold.texts), desc="extracting", unit="doc")}
    verdicts = judged(gold, {doc_id: [s for s, _ in pairs] for doc_id, pairs in found.items()})
    municipal = {doc_id: is_municipal(text) for doc_id, text in gold.texts.items()}
    return [(found[doc_id][j][1], right, doc_id, found[doc_id][j][0].confidence, municipal[doc_id])
            for doc_id, j, right in verdicts]


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

    rows = labelled_candidates(load_gold(args.files or None))
    facts = [r[0] for r in rows]
    right = np.array([r[1] for r in rows])
    groups = [r[2] for r in rows]
    shipped = np.array([r[3] for r in rows])
    municipal = np.array([r[4] for r in rows])

    held_out = np.zeros(len(rows))
    for train, test in GroupKFold(FOLDS).split(facts, right, groups):
        model = ConfidenceModel.fit([facts[k] for k in train], right[train], C=args.C)
        held_out[test] = [model.predict(facts[k]) for k in test]
    refit = ConfidenceModel.fit(facts, right, C=args.C)

    print(f"# {len(rows)} candidate statements in {len(set(groups))} documents, {right.mean():.3f} of them right")
    print(f"constant base rate      {_scores(right, np.full(len(rows), right.mean()))}")
    print(f"shipped (in sample)     {_scores(right, shipped)}")
    print(f"refit, {FOLDS}-fold held out  {_scores(right, held_out)}")
    print(f"  municipal documents   {_scores(right[municipal], held_out[municipal])}")
    print("\n# reliability of the held-out scores")
    edges = np.linspace(0, 1, 11)
    for low, high in zip(edges[:-1], edges[1:]):
        inside = (held_out >= low) & ((held_out < high) | (high == 1.0))
        if inside.any():
            print(f"  {low:.1f}–{high:.1f}  n={inside.sum():5d}  mean score {held_out[inside].mean():.3f}  "
                  f"share right {right[inside].mean():.3f}")
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
