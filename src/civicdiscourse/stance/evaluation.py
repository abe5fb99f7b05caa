"""Stance metrics and cross-validated comparison of methods on the same folds."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.base import clone
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedGroupKFold

from .data import statement_text
from .rules import LABELS, TARGETS


def semeval_f1(y_true, y_pred) -> float:
    """SemEval-2016 Task 6 score: mean of F1(favor) and F1(against)."""
    scores = f1_score(list(y_true), list(y_pred), labels=["favor", "against"], average=None, zero_division=0)
    return float(np.mean(scores))


def expected_calibration_error(correct, scores, *, bins: int = 10) -> float:
    """Mean |accuracy − confidence| over equal-width score bins, weighted by bin size."""
    correct = np.asarray(correct, dtype=float)
    scores = np.asarray(scores, dtype=float)
    if not len(scores):
        return float("nan")
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(scores, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.sum() * abs(correct[mask].mean() - scores[mask].mean())
    return float(total / len(scores))


def stance_report(y_true, y_pred, scores=None) -> dict:
    """SemEval score, macro-F1 over the three labels, per-label P/R/F1, confusion matrix (rows = gold)."""
    y_true, y_pred = list(y_true), list(y_pred)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=list(LABELS), zero_division=0)
    report = {
        "n": len(y_true),
        "semeval": semeval_f1(y_true, y_pred),
        "macro_f1": float(f1_score(y_true, y_pred, labels=list(LABELS), average="macro", zero_division=0)),
        "per_label": {c: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, c in enumerate(LABELS)},
        "confusion": confusion_matrix(y_true, y_pred, labels=list(LABELS)).tolist(),
    }
    if scores is not None:
        report["ece"] = expected_calibration_error([a == b for a, b in zip(y_true, y_pred)], scores)
    return report


def cross_validate(statements: Sequence[dict], estimators: dict, *, target: str, n_splits: int = 5,
                   random_state: int = 0) -> dict:
    """Out-of-fold predictions of several estimators on the *same* folds, and their reports.

    Folds are stratified by the target's gold label and grouped by document
    (statements of one article never straddle train and test), as the
    held-out evaluation is on unseen articles.

    Parameters
    ----------
    statements : sequence of dict
        Annotated statements (:func:`civicdiscourse.stance.load_annotations`).
    estimators : dict of name → estimator
        Unfitted estimators for ``target``; each is cloned per fold.
    target : {"participation", "development"}

    Returns
    -------
    dict
        ``{"folds": [...], name: {"report": ..., "fold_semeval": [...], "predictions": [...]}}``.
    """
    if target not in TARGETS:
        raise ValueError(f"target must be one of {TARGETS}, got {target!r}")
    texts = np.array([statement_text(s) for s in statements], dtype=object)
    y = np.array([s[target] for s in statements], dtype=object)
    groups = np.array([s["doc_id"] for s in statements], dtype=object)
    smallest = min(int((y == c).sum()) for c in set(y))
    splits = max(2, min(n_splits, smallest)) if smallest >= 2 else n_splits
    folds = list(StratifiedGroupKFold(n_splits=splits, shuffle=True, random_state=random_state).split(texts, y, groups))
    out: dict = {"folds": [test.tolist() for _, test in folds], "n_splits": splits}
    for name, estimator in estimators.items():
        pred = np.empty(len(y), dtype=object)
        score = np.zeros(len(y))
        fold_scores = []
        for train, test in folds:
            model = clone(estimator).fit(texts[train], y[train])
            labelled = model.predict_with_score(texts[test])
            pred[test] = [label for label, _ in labelled]
            score[test] = [s for _, s in labelled]
            fold_scores.append(semeval_f1(y[test], pred[test]))
        out[name] = {"report": stance_report(y, pred, score), "fold_semeval": fold_scores,
                     "predictions": pred.tolist(), "scores": score.tolist()}
    return out
