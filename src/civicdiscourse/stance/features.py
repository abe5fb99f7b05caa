"""Feature transformers for the supervised stance model.

All are stateless or learn only sorted tuples, so a fitted model pickles to
the same bytes in every process (sets and frozensets would not: their order
follows the per-process string hash seed).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from ..text import PersianAnalyzer, fold
from .rules import LABELS, THRESHOLDS, evidence


class WordNgrams:
    """Picklable analyzer: :class:`~civicdiscourse.text.PersianAnalyzer` tokens and their n-grams.

    Parameters
    ----------
    ngram_range : tuple of int
        Smallest and largest n.
    """

    def __init__(self, ngram_range: tuple[int, int] = (1, 2)) -> None:
        self.ngram_range = tuple(ngram_range)
        self._analyzer = PersianAnalyzer(stop_words=None, min_length=1, keep_numbers=False)

    def __call__(self, document: str) -> list[str]:
        tokens = self._analyzer(document)
        lo, hi = self.ngram_range
        grams = []
        for n in range(lo, hi + 1):
            grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
        return grams


class LexiconFeatures(TransformerMixin, BaseEstimator):
    """The rule baseline's evidence as features: relevance, favor, against and its vote.

    Parameters
    ----------
    target : {"participation", "development"}
    scale : float
        Evidence values are divided by this, to sit near the TF-IDF range.
    """

    def __init__(self, *, target: str = "participation", scale: float = 3.0) -> None:
        self.target = target
        self.scale = scale

    def fit(self, X, y=None):
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        rows = []
        for text in X:
            ev = evidence(str(text), self.target)
            label, _ = ev.decide(threshold=THRESHOLDS[self.target])
            vote = [float(label == c) for c in LABELS]
            rows.append([ev.relevance / self.scale, ev.favor / self.scale, ev.against / self.scale, *vote])
        return sparse.csr_matrix(np.array(rows, dtype=float).reshape(-1, 3 + len(LABELS)))

    def get_feature_names_out(self, input_features=None):
        return np.array(["lex_relevance", "lex_favor", "lex_against", *(f"lex_vote_{c}" for c in LABELS)], dtype=object)


class PolarityFeatures(TransformerMixin, BaseEstimator):
    """Counts of positive and negative words from a polarity lexicon (e.g. LexiPers).

    Parameters
    ----------
    positive, negative : iterable of str or None
        Words; ``None`` loads LexiPers through :func:`civicdiscourse.corpus.load`
        at fit time (senses with label 1 / -1).
    """

    def __init__(self, *, positive=None, negative=None) -> None:
        self.positive = positive
        self.negative = negative

    def fit(self, X, y=None):
        positive, negative = self.positive, self.negative
        if positive is None or negative is None:
            positive, negative = lexipers_words()
        self.positive_ = tuple(sorted({fold(w) for w in positive} - {""}))
        self.negative_ = tuple(sorted({fold(w) for w in negative} - {""}))
        self.n_features_in_ = 1
        return self

    def transform(self, X):
        pos, neg = frozenset(self.positive_), frozenset(self.negative_)
        rows = []
        for text in X:
            words = fold(str(text)).split()
            n = max(1, len(words))
            p = sum(w in pos for w in words)
            q = sum(w in neg for w in words)
            rows.append([p / n * 10, q / n * 10, float(p > 0), float(q > 0)])
        return sparse.csr_matrix(np.array(rows, dtype=float).reshape(-1, 4))

    def get_feature_names_out(self, input_features=None):
        return np.array(["pol_positive_rate", "pol_negative_rate", "pol_any_positive", "pol_any_negative"], dtype=object)


@lru_cache(maxsize=1)
def lexipers_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Single-word senses of LexiPers with polarity +1 and -1 (loaded once per process)."""
    from .. import corpus

    positive, negative = [], []
    for doc in corpus.load("lexipers", progress=False):
        label = doc.extra.get("label")
        for sense in doc.extra.get("senses", ()):
            if " " in sense.strip():
                continue
            if label == 1:
                positive.append(sense)
            elif label == -1:
                negative.append(sense)
    return tuple(positive), tuple(negative)
