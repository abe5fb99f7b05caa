"""Statement confidence: the estimated probability that a statement is right.

"Right" is what the evaluation counts as a hit (:mod:`civicdiscourse.evaluate`): the quote overlaps an
annotated statement and the speaker is that statement's speaker. The estimate is a logistic regression
on a few categorical facts of how the statement was found (:func:`features`), fitted on the annotated
development set by ``scripts/fit_quote_confidence.py``, which also prints its cross-validated
calibration. Its weights ship in ``confidence.json`` beside this module, so scoring needs no
scikit-learn and no annotations.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..cache.code import register_data_input

MODEL_PATH = Path(__file__).with_name("confidence.json")

# Upper ends of the quote-length buckets, in words.
_LENGTHS = (3, 8, 20, 60)


def _length_bucket(words: int) -> str:
    low = 1
    for high in _LENGTHS:
        if words <= high:
            return f"{low}-{high}"
        low = high + 1
    return f"{low}+"


def features(raw, quote: str) -> dict[str, str]:
    """The categorical facts the confidence of one resolved statement is computed from.

    Parameters
    ----------
    raw : civicdiscourse.quotes.extract.Raw
        The statement after speaker resolution.
    quote : str
        Its quote as written.

    Returns
    -------
    dict of str to str
        ``form`` (colon, mark, that, judge, marker, prep, source), ``cue_shape``, ``kind``, how the
        subject was written (``mention``; ``inherited`` when it came from an earlier clause), the
        ``anaphor`` it was resolved through, what the speaker is (``entity``: a named person, an
        organisation, a bare title, nobody), whether a title is known (``role``), whether the statement
        sits inside another speaker's quote (``nested``) and the quote length in words (``length``).
    """
    entity = raw.entity
    if entity is None:
        who = "none"
    else:
        who = "named" if entity.named else "org" if entity.org else "title"
    return {
        "form": raw.form,
        "cue_shape": raw.cue.shape,
        "kind": raw.kind,
        "mention": raw.mention.kind,
        "inherited": str(raw.inherited),
        "anaphor": str(raw.anaphor),
        "entity": who,
        "role": str(entity is not None and entity.role is not None),
        "nested": str(bool(raw.extras.get("nested"))),
        "length": _length_bucket(len(quote.split())),
    }


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic regression over ``name=value`` indicator features.

    Attributes
    ----------
    intercept : float
    weights : dict of str to float
        One weight per ``name=value``; a value never seen in fitting weighs 0.
    """

    intercept: float
    weights: dict[str, float]

    def predict(self, facts: dict[str, str]) -> float:
        """Probability that a statement with these facts is right, rounded to three decimals."""
        z = self.intercept + sum(self.weights.get(f"{name}={value}", 0.0) for name, value in facts.items())
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    @classmethod
    def fit(cls, rows: Sequence[dict[str, str]], right: Sequence[bool], *, C: float = 0.3) -> ConfidenceModel:
        """Fit on ``rows`` of :func:`features` and whether each statement was right.

        ``C`` is scikit-learn's inverse L2 strength; the solver is deterministic, so the same rows give
        the same weights.
        """
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression

        vectorizer = DictVectorizer(sparse=False, sort=True)
        matrix = vectorizer.fit_transform(rows)
        model = LogisticRegression(C=C, max_iter=5000).fit(matrix, list(right))
        weights = {name: round(float(w), 6) for name, w in zip(vectorizer.feature_names_, model.coef_[0])}
        return cls(round(float(model.intercept_[0]), 6), weights)

    def to_json(self) -> str:
        return json.dumps({"intercept": self.intercept, "weights": self.weights}, ensure_ascii=False, indent=1,
                          sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> ConfidenceModel:
        data = json.loads(text)
        return cls(float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()})


@dataclass(frozen=True)
class Judged:
    """Every candidate statement of an annotated set, with what its confidence is checked against.

    Attributes
    ----------
    facts : list of dict
        :func:`features` of each statement.
    right : numpy.ndarray of bool
        Whether it is right (quote overlaps an annotated statement whose speaker it names).
    documents : list of str
        Its document id (folds are grouped by document).
    shipped : numpy.ndarray of float
        The confidence the shipped model gives it.
    """

    facts: list
    right: object
    documents: list
    shipped: object

    def held_out(self, *, folds: int = 5, C: float = 0.3):
        """Each statement's confidence from a model fitted without its document (``folds`` folds grouped
        by document, :class:`sklearn.model_selection.GroupKFold`: no random choice)."""
        import numpy as np
        from sklearn.model_selection import GroupKFold

        scores = np.zeros(len(self.facts))
        for train, test in GroupKFold(folds).split(self.facts, self.right, self.documents):
            model = ConfidenceModel.fit([self.facts[k] for k in train], self.right[train], C=C)
            scores[test] = [model.predict(self.facts[k]) for k in test]
        return scores


def judge(gold, *, extractor=None, progress: bool = False) -> Judged:
    """Run ``extractor`` (default :class:`~civicdiscourse.quotes.QuoteExtractor`) on every document of
    ``gold`` (:func:`civicdiscourse.evaluate.load_gold`) and judge each candidate statement."""
    import numpy as np
    from tqdm import tqdm

    from ..evaluate import judged
    from . import QuoteExtractor

    extractor = extractor or QuoteExtractor()
    found = {doc_id: extractor.candidates(gold.texts[doc_id], doc_id=doc_id)
             for doc_id in tqdm(sorted(gold.texts), desc="extracting", unit="doc", disable=not progress)}
    verdicts = judged(gold, {doc_id: [s for s, _ in pairs] for doc_id, pairs in found.items()})
    return Judged([found[d][j][1] for d, j, _ in verdicts], np.array([r for *_, r in verdicts], dtype=bool),
                  [d for d, _, _ in verdicts], np.array([found[d][j][0].confidence for d, j, _ in verdicts]))


def reliability(right, scores, *, bins: int = 10):
    """Statements per equal-width confidence bin: how many, their mean confidence, the share right.

    Returns
    -------
    pandas.DataFrame
        One row per non-empty bin: ``low``, ``high``, ``statements``, ``mean_confidence``, ``share_right``.
    """
    import numpy as np
    import pandas as pd

    right, scores = np.asarray(right, dtype=float), np.asarray(scores, dtype=float)
    which = np.clip((scores * bins).astype(int), 0, bins - 1)
    rows = [{"low": b / bins, "high": (b + 1) / bins, "statements": int((which == b).sum()),
             "mean_confidence": float(scores[which == b].mean()), "share_right": float(right[which == b].mean())}
            for b in range(bins) if (which == b).any()]
    return pd.DataFrame(rows, columns=["low", "high", "statements", "mean_confidence", "share_right"])


@lru_cache(maxsize=1)
def shipped_model() -> ConfidenceModel:
    """The model fitted on the development set and shipped with the package."""
    return ConfidenceModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


def shipped_confidence(facts: dict[str, str]) -> float:
    """The shipped model's :meth:`~ConfidenceModel.predict`, memoised: a few hundred combinations of facts
    recur across documents."""
    return _shipped_probability(tuple(facts.items()))


@lru_cache(maxsize=8192)
def _shipped_probability(items: tuple[tuple[str, str], ...]) -> float:
    return shipped_model().predict(dict(items))


def _model_digest() -> str:
    return hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()[:16]


register_data_input(__name__, _model_digest)  # cached statements carry the confidences of this model
