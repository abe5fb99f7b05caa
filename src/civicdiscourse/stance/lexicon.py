"""Rule-based stance estimators: the transparent baseline and the keyword floor."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression

from ..text import TextInputMixin, fold
from .rules import LABELS, TARGETS, THRESHOLDS, evidence, sigmoid


def _texts(X) -> list[str]:
    if isinstance(X, str):
        raise TypeError("X must be an iterable of statement texts, not a single string")
    return ["" if x is None else str(x) for x in X]


def _check_labels(y) -> np.ndarray:
    y = np.asarray(list(y), dtype=object)
    unknown = sorted(set(y) - set(LABELS))
    if unknown:
        raise ValueError(f"labels must be in {LABELS}, got {unknown}")
    return y


def _check_target(target: str) -> None:
    if target not in TARGETS:
        raise ValueError(f"target must be one of {TARGETS}, got {target!r}")


class _RuleClassifier(TextInputMixin, ClassifierMixin, BaseEstimator):
    """Shared ``predict``/``predict_proba`` for estimators that decide by rule.

    Subclasses implement ``_decide(text) -> (label, margin)``. ``fit`` learns
    only the calibration of the score: for each predicted label, a one-feature
    logistic regression (Platt scaling) of "the label was right" on the
    margin. Unfitted, the score is ``sigmoid(margin)``.
    """

    def fit(self, X, y):
        texts = _texts(X)
        y = _check_labels(y)
        if len(texts) != len(y):
            raise ValueError(f"X has {len(texts)} statements but y has {len(y)} labels")
        decided = [self._decide(t) for t in texts]
        self.classes_ = np.array(LABELS, dtype=object)
        self.calibration_ = {}
        for label in LABELS:
            rows = [(margin, truth == label) for (pred, margin), truth in zip(decided, y) if pred == label]
            correct = sum(ok for _, ok in rows)
            if correct >= 2 and len(rows) - correct >= 2:
                model = LogisticRegression(C=1.0).fit(np.array([[m] for m, _ in rows]), [ok for _, ok in rows])
                self.calibration_[label] = (float(model.coef_[0, 0]), float(model.intercept_[0]))
            else:  # too few to fit a slope: smoothed precision of this label
                p = (correct + 1) / (len(rows) + 2)
                self.calibration_[label] = (0.0, math.log(p / (1 - p)))
        self.n_features_in_ = 1
        return self

    def _score(self, label: str, margin: float) -> float:
        coef, intercept = getattr(self, "calibration_", {}).get(label, (1.0, 0.0))
        return sigmoid(coef * margin + intercept)

    def predict_with_score(self, X) -> list[tuple[str, float]]:
        """``(label, calibrated probability of that label)`` for each statement."""
        out = []
        for text in _texts(X):
            label, margin = self._decide(text)
            out.append((label, self._score(label, margin)))
        return out

    def predict(self, X) -> np.ndarray:
        return np.array([label for label, _ in self.predict_with_score(X)], dtype=object)

    def predict_proba(self, X) -> np.ndarray:
        """Columns in ``LABELS`` order; the two labels not chosen share the rest equally."""
        rows = []
        for label, score in self.predict_with_score(X):
            rest = (1.0 - score) / 2
            rows.append([score if c == label else rest for c in LABELS])
        return np.array(rows)


class LexiconStance(_RuleClassifier):
    """Transparent lexicon-and-rules stance toward one target.

    Parameters
    ----------
    target : {"participation", "development"}
    threshold : float or None
        Relevance (summed weights of target mentions, see ``_lexicon``) a
        statement needs before it can be ``favor``; a weaker mention needs an
        explicit advocacy cue to reach it. ``None``: the target's default
        (``rules.THRESHOLDS``).

    Attributes
    ----------
    classes_ : ndarray of str
        ``("against", "favor", "none")``.
    calibration_ : dict
        Per predicted label, ``(slope, intercept)`` mapping the margin to the
        probability that the label is right.

    Examples
    --------
    >>> clf = LexiconStance(target="participation")
    >>> clf.predict(["مشارکت شهروندان در تصمیم‌گیری‌ها ضروری است"]).tolist()
    ['favor']
    """

    def __init__(self, *, target: str = "participation", threshold: float | None = None) -> None:
        self.target = target
        self.threshold = threshold

    def _decide(self, text: str) -> tuple[str, float]:
        _check_target(self.target)
        return evidence(text, self.target).decide(threshold=self._threshold())

    def _threshold(self) -> float:
        return THRESHOLDS[self.target] if self.threshold is None else float(self.threshold)

    def explain(self, text: str) -> dict:
        """Label, score and every cue that contributed, with its weight and effect."""
        _check_target(self.target)
        ev = evidence(text, self.target)
        label, margin = ev.decide(threshold=self._threshold())
        return {
            "target": self.target, "label": label, "score": round(self._score(label, margin), 4),
            "relevance": round(ev.relevance, 3), "favor": round(ev.favor, 3), "against": round(ev.against, 3),
            "cues": [cue.as_dict() for cue in ev.cues],
        }


_KEYWORDS = {"participation": ("مشارکت",), "development": ("توسعه", "پروژه")}


class KeywordStance(_RuleClassifier):
    """The naive floor: a keyword anywhere → ``favor`` («مشارکت»; «توسعه»/«پروژه»).

    Parameters
    ----------
    target : {"participation", "development"}
    keywords : iterable of str or None
        Override the keywords (folded before matching).
    """

    def __init__(self, *, target: str = "participation", keywords: Iterable[str] | None = None) -> None:
        self.target = target
        self.keywords = keywords

    def _decide(self, text: str) -> tuple[str, float]:
        _check_target(self.target)
        keys = _KEYWORDS[self.target] if self.keywords is None else tuple(self.keywords)
        folded = fold(text)
        hit = any(fold(k) in folded for k in keys)
        return ("favor", 1.0) if hit else ("none", 1.0)

    def explain(self, text: str) -> dict:
        label, margin = self._decide(text)
        keys = _KEYWORDS[self.target] if self.keywords is None else tuple(self.keywords)
        cues = [{"kind": "keyword", "text": k, "weight": 1.0, "effect": "favor"} for k in keys if fold(k) in fold(text)]
        return {"target": self.target, "label": label, "score": round(self._score(label, margin), 4), "cues": cues}
