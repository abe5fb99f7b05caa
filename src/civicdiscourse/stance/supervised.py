"""Supervised stance: TF-IDF words + character n-grams + lexicon evidence → logistic regression."""

from __future__ import annotations

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion
from sklearn.utils.validation import check_is_fitted

from ..text import fold
from .features import LexiconFeatures, PolarityFeatures, WordNgrams
from .lexicon import _check_labels, _check_target, _texts


class SupervisedStance(ClassifierMixin, BaseEstimator):
    """Logistic regression over words, character n-grams and the baseline's evidence, for one target.

    Parameters
    ----------
    target : {"participation", "development"}
        Only used by the lexicon features.
    C : float
        Inverse regularisation strength of the logistic regression.
    word_ngrams : tuple of int
        n-gram range over :class:`~civicdiscourse.text.PersianAnalyzer` tokens.
    char_ngrams : tuple of int or None
        ``char_wb`` n-gram range over folded text; ``None`` (default) disables. Character
        n-grams multiply training time ~8× and did not help in cross-validation.
    min_df : int
        Minimum document frequency of a word or character n-gram.
    lexicon : bool
        Add :class:`~civicdiscourse.stance.features.LexiconFeatures`.
    lexicon_weight : float
        Multiplier of the lexicon features (they are few beside thousands of n-grams).
    polarity : bool
        Add LexiPers polarity counts (:class:`~civicdiscourse.stance.features.PolarityFeatures`); off by
        default (no gain in cross-validation, and it loads LexiPers).
    class_weight : "balanced", dict or None
    random_state : int
        Passed to the logistic regression.

    Attributes
    ----------
    classes_ : ndarray of str
    features_ : FeatureUnion
        Fitted feature extractor.
    model_ : LogisticRegression
    """

    def __init__(self, *, target: str = "participation", C: float = 0.3, word_ngrams: tuple[int, int] = (1, 2),
                 char_ngrams: tuple[int, int] | None = None, min_df: int = 2, lexicon: bool = True,
                 lexicon_weight: float = 5.0, polarity: bool = False, class_weight="balanced",
                 random_state: int = 0) -> None:
        self.target = target
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.lexicon = lexicon
        self.lexicon_weight = lexicon_weight
        self.polarity = polarity
        self.class_weight = class_weight
        self.random_state = random_state

    def _union(self, n_samples: int) -> FeatureUnion:
        min_df = self.min_df if n_samples >= 4 * self.min_df else 1
        parts = [("word", TfidfVectorizer(analyzer=WordNgrams(self.word_ngrams), min_df=min_df, sublinear_tf=True))]
        weights = {"word": 1.0}
        if self.char_ngrams is not None:
            parts.append(("char", TfidfVectorizer(analyzer="char_wb", preprocessor=fold, ngram_range=self.char_ngrams,
                                                  min_df=min_df, sublinear_tf=True, max_features=30000)))
            weights["char"] = 1.0
        if self.lexicon:
            parts.append(("lex", LexiconFeatures(target=self.target)))
            weights["lex"] = self.lexicon_weight
        if self.polarity:
            parts.append(("pol", PolarityFeatures()))
            weights["pol"] = 1.0
        return FeatureUnion(parts, transformer_weights=weights)

    def fit(self, X, y):
        _check_target(self.target)
        texts = _texts(X)
        y = _check_labels(y)
        if len(texts) != len(y):
            raise ValueError(f"X has {len(texts)} statements but y has {len(y)} labels")
        if len(set(y)) < 2:
            raise ValueError("y needs at least two different labels")
        self.features_ = self._union(len(texts))
        matrix = self.features_.fit_transform(texts)
        self.model_ = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=5000,
                                         random_state=self.random_state)
        self.model_.fit(matrix, y)
        self.classes_ = self.model_.classes_
        self.n_features_in_ = 1
        return self

    def _matrix(self, X):
        check_is_fitted(self, "model_")
        return self.features_.transform(_texts(X))

    def predict_proba(self, X) -> np.ndarray:
        matrix = self._matrix(X)
        return self.model_.predict_proba(matrix)

    def predict(self, X) -> np.ndarray:
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]

    def predict_with_score(self, X) -> list[tuple[str, float]]:
        """``(label, probability of that label)`` for each statement."""
        proba = self.predict_proba(X)
        best = proba.argmax(axis=1)
        return [(str(self.classes_[i]), float(p[i])) for i, p in zip(best, proba)]

    def get_feature_names_out(self) -> np.ndarray:
        check_is_fitted(self, "model_")
        return self.features_.get_feature_names_out()

    def explain(self, text: str, *, top: int = 8) -> dict:
        """Label, score and the features that pushed hardest toward (and against) that label."""
        row = self._matrix([text]).tocsr()
        proba = self.model_.predict_proba(row)[0]
        best = int(proba.argmax())
        label = str(self.classes_[best])
        coef = self.model_.coef_
        # Multinomial logits: a feature's pull toward `label` is its weight for `label` minus its mean weight.
        pull = coef[best] - coef.mean(axis=0) if coef.shape[0] > 1 else coef[0] * (1 if best == 1 else -1)
        names = self.get_feature_names_out()
        contributions = [(names[j], float(v * pull[j])) for j, v in zip(row.indices, row.data)]
        contributions.sort(key=lambda item: (-abs(item[1]), item[0]))
        return {
            "target": self.target, "label": label, "score": round(float(proba[best]), 4),
            "probabilities": {str(c): round(float(p), 4) for c, p in zip(self.classes_, proba)},
            "features": [{"feature": n, "contribution": round(v, 4)} for n, v in contributions[:top]],
        }

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
