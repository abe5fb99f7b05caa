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
from .lexicon import LexiconStance, _check_labels, _check_target, _texts


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
    class_weight : "balanced", "sqrt_balanced", dict or None
        ``"sqrt_balanced"``: the square root of the "balanced" weights.
    rule_labels : tuple of str
        Labels the transparent rules decide: where :class:`LexiconStance` predicts one of these, it is
        the answer (with the rule's evidence in ``explain``). Meant for a label too rare to learn: by
        default ``against`` (a handful of annotated statements per target, often from one article).
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
                 rule_labels: tuple[str, ...] = ("against",), random_state: int = 0) -> None:
        self.target = target
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.min_df = min_df
        self.lexicon = lexicon
        self.lexicon_weight = lexicon_weight
        self.polarity = polarity
        self.class_weight = class_weight
        self.rule_labels = rule_labels
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
        _check_labels(self.rule_labels)
        self.features_ = self._union(len(texts))
        matrix = self.features_.fit_transform(texts)
        # newton-cg reaches the same optimum as lbfgs here in ~10 iterations instead of ~200 (1 s, not 20 s,
        # on 3,000 statements): the few heavily weighted lexicon columns make lbfgs crawl
        self.model_ = LogisticRegression(C=self.C, class_weight=self._class_weight(y), solver="newton-cg",
                                         max_iter=1000, random_state=self.random_state)
        self.model_.fit(matrix, y)
        # a rule-decided label is a possible output even when the training data has none of it
        self.classes_ = np.array(sorted(set(self.model_.classes_) | set(self.rule_labels)), dtype=object)
        self.n_features_in_ = 1
        return self

    def _class_weight(self, y: np.ndarray):
        if self.class_weight != "sqrt_balanced":
            return self.class_weight
        # halfway (in log scale) between no weighting and "balanced": rare labels count more, but
        # not so much that favor floods the many `none` statements
        labels, counts = np.unique(y, return_counts=True)
        return {str(c): float(np.sqrt(len(y) / (len(labels) * n))) for c, n in zip(labels, counts)}

    def _matrix(self, X):
        check_is_fitted(self, "model_")
        return self.features_.transform(_texts(X))

    def predict_proba(self, X) -> np.ndarray:
        check_is_fitted(self, "model_")
        texts = _texts(X)
        learned = self.model_.predict_proba(self._matrix(texts))
        proba = np.zeros((len(texts), len(self.classes_)))
        proba[:, np.searchsorted(self.classes_, self.model_.classes_)] = learned
        if self.rule_labels:
            rules = LexiconStance(target=self.target)
            classes = list(self.classes_)
            for i, text in enumerate(texts):
                label, _ = rules._decide(text)
                if label in self.rule_labels and label in classes:
                    # the rule's label wins: it takes the model's best probability, the model's choice the rest
                    j, best = classes.index(label), int(proba[i].argmax())
                    if j != best:
                        proba[i, j], proba[i, best] = proba[i, best], proba[i, j]
        return proba

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
        proba = self.predict_proba([text])[0]
        best = int(proba.argmax())
        label = str(self.classes_[best])
        coef = self.model_.coef_
        learned = list(self.model_.classes_)
        # the features' pull toward the label (or, when the rules decided a label the model never saw, toward
        # the model's own choice)
        k = learned.index(label) if label in learned else int(self.model_.predict_proba(row)[0].argmax())
        # Multinomial logits: a feature's pull toward a label is its weight for that label minus its mean weight.
        pull = coef[k] - coef.mean(axis=0) if coef.shape[0] > 1 else coef[0] * (1 if k == 1 else -1)
        names = self.get_feature_names_out()
        contributions = [(names[j], float(v * pull[j])) for j, v in zip(row.indices, row.data)]
        contributions.sort(key=lambda item: (-abs(item[1]), item[0]))
        out = {
            "target": self.target, "label": label, "score": round(float(proba[best]), 4),
            "probabilities": {str(c): round(float(p), 4) for c, p in zip(self.classes_, proba)},
            "features": [{"feature": n, "contribution": round(v, 4)} for n, v in contributions[:top]],
        }
        if self.lexicon or self.rule_labels:
            # the rule evidence behind the lex_* features (and behind a rule-decided label)
            rules = LexiconStance(target=self.target).explain(text)
            out["rule_label"] = rules["label"]
            out["decided_by"] = "rules" if rules["label"] == label and label in self.rule_labels else "model"
            out["cues"] = rules["cues"]
        return out

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
