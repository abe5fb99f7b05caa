"""The :class:`TopicModel` estimator: Persian documents → topics (NMF or LDA)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from numbers import Integral

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.preprocessing import normalize as normalize_rows
from sklearn.utils.validation import check_is_fitted, check_non_negative, validate_data

from ..corpus import Corpus, Document
from .tokens import tokenize_documents
from .vocabulary import (TermMapper, count_matrix, default_stopwords, document_frequency_filter,
                         validate_df)

METHODS = ("nmf", "lda")
WEIGHTINGS = ("auto", "tfidf", "count")


def document_text(doc) -> str:
    """The text a topic model reads for one document: title and body of a
    :class:`~civicdiscourse.corpus.Document`, or the string itself."""
    if isinstance(doc, Document):
        return f"{doc.title}\n{doc.text}" if doc.title else doc.text
    if isinstance(doc, str):
        return doc
    raise TypeError(f"expected str or Document, got {type(doc).__name__}")


def is_text_input(X) -> bool:
    """True when ``X`` holds documents (str or Document) rather than a numeric matrix."""
    if isinstance(X, str):
        raise ValueError("Iterable over raw text documents expected, string object received.")
    if isinstance(X, Corpus):
        return True
    if sp.issparse(X) or hasattr(X, "iloc"):
        return False
    if isinstance(X, np.ndarray):
        return X.dtype.kind in "OUS" and X.ndim == 1
    if isinstance(X, (list, tuple)):
        return len(X) > 0 and isinstance(X[0], (str, Document))
    return False


class TopicModel(TransformerMixin, BaseEstimator):
    """Topics of Persian documents, scikit-learn style.

    ``fit`` accepts raw documents (strings, :class:`~civicdiscourse.corpus.Document`
    records or a :class:`~civicdiscourse.corpus.Corpus`; a Document is read as
    title + text) or a precomputed non-negative document–term matrix.
    Documents are normalised and tokenised by
    :class:`civicdiscourse.text.PersianAnalyzer` (ZWNJ-safe; tokens cached on
    disk, see :func:`~civicdiscourse.topics.tokenize_documents`), spelling
    variants are merged, stopwords dropped, and terms outside the document
    frequency limits removed before NMF or LDA is fitted.

    Parameters
    ----------
    n_topics : int
        Number of topics.
    method : {"nmf", "lda"}
        Non-negative matrix factorisation (on TF-IDF) or latent Dirichlet
        allocation (on counts).
    random_state : int, RandomState or None
        Fixes every random choice of the factorisation.
    min_df, max_df : int or float
        Document-frequency limits as in scikit-learn's ``CountVectorizer``
        (int = documents, float = share). Terms above ``max_df`` are the
        corpus-specific stopwords learned in ``fit`` (``stop_words_``).
    max_features : int, optional
        Keep only this many terms, most frequent first.
    stop_words : "persian", iterable of str or None
        ``"persian"`` = :func:`~civicdiscourse.topics.default_stopwords`
        (hazm + news boilerplate + topic-free news words); a list replaces it.
    lemmatize : bool
        Reduce nouns to their lemma (hazm); verb lemmas are dropped.
    drop_verbs : bool
        Drop words hazm knows only as verb forms («تواند», «گرفت»; not «بازی», «نشست»).
    min_length : int
        Shortest term kept (characters).
    weighting : {"auto", "tfidf", "count"}
        Term weighting before factorising; ``"auto"`` = TF-IDF for NMF
        (``log(1 + tf) × idf``, rows l2-normalised) and counts for LDA (which needs counts).
    max_iter : int, optional
        Iterations of the solver (default: 400 for NMF, 10 passes for LDA).
    n_jobs : int, optional
        Processes for a cold tokenisation (LDA itself runs in this process: on
        a few thousand documents its worker start-up outweighs the gain).
    cache : bool
        Cache tokens under the data home (see :func:`~civicdiscourse.corpus.get_data_home`).
    progress : bool
        Show progress bars while tokenising.

    Attributes
    ----------
    components_ : ndarray of shape (n_topics, n_terms)
        Topic–term weights.
    terms_ : ndarray of str, shape (n_terms,)
        The vocabulary, in column order; each term shown in its most frequent spelling.
    vocabulary_ : dict
        Term → column.
    term_keys_ : ndarray of str
        The spelling-insensitive key of each column (how new documents are matched).
    stop_words_ : list of str
        Terms dropped because they occur in more than ``max_df`` of the documents.
    idf_ : ndarray or None
        IDF weights (smoothed, as scikit-learn's) when TF-IDF weighting was used.
    n_iter_ : int
        Solver iterations.
    topic_labels_ : dict of int → str
        Names given with :meth:`set_topic_labels` (saved with the model).
    n_features_in_ : int
        Only when fitted on a numeric matrix.
    input_kind_ : {"text", "matrix"}
    reconstruction_err_ : float
        NMF only. ``perplexity_`` (LDA only) is the training perplexity.

    Examples
    --------
    >>> model = TopicModel(12, random_state=0).fit(corpus.load("ir-news").dedupe())  # doctest: +SKIP
    >>> model.top_terms(10)[0]                                                           # doctest: +SKIP
    """

    def __init__(
        self,
        n_topics: int = 10,
        *,
        method: str = "nmf",
        random_state=None,
        min_df: float | int = 10,
        max_df: float | int = 0.5,
        max_features: int | None = None,
        stop_words: str | Iterable[str] | None = "persian",
        lemmatize: bool = False,
        drop_verbs: bool = True,
        min_length: int = 2,
        weighting: str = "auto",
        max_iter: int | None = None,
        n_jobs: int | None = None,
        cache: bool = True,
        progress: bool = False,
    ) -> None:
        self.n_topics = n_topics
        self.method = method
        self.random_state = random_state
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.stop_words = stop_words
        self.lemmatize = lemmatize
        self.drop_verbs = drop_verbs
        self.min_length = min_length
        self.weighting = weighting
        self.max_iter = max_iter
        self.n_jobs = n_jobs
        self.cache = cache
        self.progress = progress

    # --- fitting ---------------------------------------------------------------
    def fit(self, X, y=None):
        """Learn the vocabulary and the topics of ``X``.

        Parameters
        ----------
        X : Corpus, sequence of str or Document, or array-like/sparse of shape (n_documents, n_terms)
            Raw documents, or non-negative term counts.
        y : ignored

        Returns
        -------
        self
        """
        self._validate_params()
        if is_text_input(X):
            counts = self._learn_vocabulary(X)
        else:
            counts = self._validate_matrix(X, reset=True)
            self.input_kind_ = "matrix"
            n_terms = counts.shape[1]
            names = getattr(self, "feature_names_in_", None)
            self.terms_ = np.asarray(names if names is not None else [f"x{i}" for i in range(n_terms)],
                                     dtype=object)
            self.term_keys_ = self.terms_.copy()
            self.vocabulary_ = {str(t): i for i, t in enumerate(self.terms_)}
            self.stop_words_ = []
        self._fit_factorisation(counts)
        return self

    def _validate_params(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"method must be one of {METHODS}, got {self.method!r}")
        if self.weighting not in WEIGHTINGS:
            raise ValueError(f"weighting must be one of {WEIGHTINGS}, got {self.weighting!r}")
        if self.method == "lda" and self.weighting == "tfidf":
            raise ValueError("LDA models counts; use weighting='count' or 'auto' with method='lda'")
        if not isinstance(self.n_topics, Integral) or isinstance(self.n_topics, bool) or self.n_topics < 1:
            raise ValueError(f"n_topics must be a positive int, got {self.n_topics!r}")
        validate_df(self.min_df, self.max_df)
        if self.max_features is not None and (not isinstance(self.max_features, Integral)
                                              or self.max_features < 1):
            raise ValueError(f"max_features must be a positive int or None, got {self.max_features!r}")
        if self.max_iter is not None and (not isinstance(self.max_iter, Integral) or self.max_iter < 1):
            raise ValueError(f"max_iter must be a positive int or None, got {self.max_iter!r}")

    def _validate_matrix(self, X, *, reset: bool):
        X = validate_data(self, X, reset=reset, accept_sparse=("csr", "csc"),
                          dtype=(np.float64, np.float32), ensure_min_samples=1)
        check_non_negative(X, f"{type(self).__name__} (input)")
        return X

    def _stop_list(self) -> list[str]:
        if self.stop_words is None:
            return []
        if isinstance(self.stop_words, str):
            if self.stop_words != "persian":
                raise ValueError(f"stop_words must be 'persian', a list or None, got {self.stop_words!r}")
            return default_stopwords()
        return list(self.stop_words)

    def _mapper(self) -> TermMapper:
        return TermMapper(stop_words=self._stop_list(), lemmatize=self.lemmatize, min_length=self.min_length,
                          drop_verbs=self.drop_verbs)

    def _tokens(self, X):
        texts = [document_text(doc) for doc in X]
        return tokenize_documents(texts, cache=self.cache, n_jobs=self.n_jobs, progress=self.progress)

    def _learn_vocabulary(self, X):
        counts, keys, display = count_matrix(self._tokens(X), self._mapper())
        kept, too_frequent = document_frequency_filter(counts, min_df=self.min_df, max_df=self.max_df,
                                                       max_features=self.max_features)
        if len(kept) == 0:
            raise ValueError("empty vocabulary: every term was a stopword or outside min_df/max_df; "
                             "lower min_df or raise max_df")
        self.input_kind_ = "text"
        self.terms_ = np.asarray([display[i] for i in kept], dtype=object)
        self.term_keys_ = np.asarray([keys[i] for i in kept], dtype=object)
        self.vocabulary_ = {str(t): i for i, t in enumerate(self.terms_)}
        self.stop_words_ = sorted(display[i] for i in too_frequent)
        return counts[:, kept].astype(np.float64)

    def _resolved_weighting(self) -> str:
        if self.weighting == "auto":
            return "tfidf" if self.method == "nmf" else "count"
        return self.weighting

    def _weigh(self, counts):
        """log(1 + tf) × idf, rows scaled to unit length (or the counts, for LDA)."""
        if self.idf_ is None:
            return counts
        weighted = sp.csr_matrix(counts, dtype=np.float64, copy=True)
        np.log1p(weighted.data, out=weighted.data)
        weighted = weighted @ sp.diags(self.idf_)
        return normalize_rows(weighted, norm="l2", copy=False)

    def _fit_factorisation(self, counts) -> None:
        if self._resolved_weighting() == "tfidf":
            n_docs = counts.shape[0]
            df = np.asarray((sp.csr_matrix(counts) != 0).sum(axis=0)).ravel()
            self.idf_ = np.log((1.0 + n_docs) / (1.0 + df)) + 1.0  # smoothed, as scikit-learn
        else:
            self.idf_ = None
        data = self._weigh(counts)
        n_components = int(self.n_topics)
        if self.method == "nmf":
            # NNDSVD (sparse, near-deterministic start) needs k <= min(shape); else a random start
            init = "nndsvd" if n_components <= min(data.shape) else "random"
            estimator = NMF(n_components=n_components, init=init, random_state=self.random_state,
                            max_iter=self.max_iter or 400, tol=1e-4)
        else:
            estimator = LatentDirichletAllocation(
                n_components=n_components, learning_method="batch", max_iter=self.max_iter or 10,
                max_doc_update_iter=30, random_state=self.random_state)
        estimator.fit(data)
        self.estimator_ = estimator
        self.components_ = estimator.components_
        self.n_iter_ = int(estimator.n_iter_)
        if self.method == "nmf":
            self.reconstruction_err_ = float(estimator.reconstruction_err_)
        else:
            self.perplexity_ = float(estimator.perplexity(data))
        self.topic_labels_ = {}

    # --- using a fitted model ------------------------------------------------------
    def vectorize(self, X):
        """Term counts of ``X`` over the fitted vocabulary (documents or a matrix).

        Returns
        -------
        scipy.sparse.csr_matrix of shape (n_documents, n_terms)
        """
        check_is_fitted(self, "components_")
        if is_text_input(X):
            index = {str(k): i for i, k in enumerate(self.term_keys_)}
            counts, _, _ = count_matrix(self._tokens(X), self._mapper(), key_index=index)
            return counts.astype(np.float64)
        if self.input_kind_ == "text":  # a count matrix over the fitted vocabulary
            return sp.csr_matrix(self._check_width(X))
        return self._validate_matrix(X, reset=False)

    def _check_width(self, X):
        from sklearn.utils import check_array

        X = check_array(X, accept_sparse=("csr", "csc"), dtype=(np.float64, np.float32))
        if X.shape[1] != len(self.terms_):
            raise ValueError(f"X has {X.shape[1]} features, but {type(self).__name__} "
                             f"has {len(self.terms_)} terms")
        check_non_negative(X, f"{type(self).__name__} (input)")
        return X

    def transform(self, X):
        """Document–topic weights (LDA: topic proportions; NMF: non-negative loadings).

        Returns
        -------
        ndarray of shape (n_documents, n_topics)
        """
        check_is_fitted(self, "components_")
        return self.estimator_.transform(self._weigh(self.vectorize(X)))

    def top_term_ids(self, n: int = 10) -> list[list[int]]:
        """Columns of each topic's ``n`` highest-weighted terms, best first (ties: lower column)."""
        check_is_fitted(self, "components_")
        return [list(map(int, np.argsort(-row, kind="stable")[:n])) for row in self.components_]

    def top_terms(self, n: int = 10) -> list[list[str]]:
        """Each topic's ``n`` highest-weighted terms, best first."""
        return [[str(self.terms_[i]) for i in ids] for ids in self.top_term_ids(n)]

    # --- names ---------------------------------------------------------------------
    def set_topic_labels(self, labels: Mapping[int, str] | Sequence[str | None]):
        """Name topics (``{index: name}`` or one entry per topic, ``None`` = unnamed).

        The names are kept by :meth:`save`, used by :meth:`get_feature_names_out`
        (and so as pandas column names with ``set_output(transform="pandas")``)
        and by the slice functions. Returns ``self``.
        """
        check_is_fitted(self, "components_")
        items = labels.items() if isinstance(labels, Mapping) else enumerate(labels)
        updated = dict(self.topic_labels_)
        for index, name in items:
            if not isinstance(index, Integral) or not 0 <= index < self.n_topics_:
                raise ValueError(f"no topic {index!r}; topics are 0..{self.n_topics_ - 1}")
            if name is None or name == "":
                updated.pop(int(index), None)
            else:
                updated[int(index)] = str(name)
        names = [updated.get(i, f"topic{i}") for i in range(self.n_topics_)]
        if len(set(names)) != len(names):
            raise ValueError(f"topic names must be distinct, got {names}")
        self.topic_labels_ = dict(sorted(updated.items()))
        return self

    def topic_names(self) -> list[str]:
        """Label of each topic, or ``topic<i>`` when unnamed."""
        check_is_fitted(self, "components_")
        return [self.topic_labels_.get(i, f"topic{i}") for i in range(self.n_topics_)]

    @property
    def n_topics_(self) -> int:
        return int(self.components_.shape[0])

    def get_feature_names_out(self, input_features=None):
        """Names of the output columns of :meth:`transform`: the topic names.

        (The vocabulary — the *input* terms — is :attr:`terms_`.)
        """
        return np.asarray(self.topic_names(), dtype=object)

    # --- persistence -------------------------------------------------------------------
    def save(self, path: str | os.PathLike) -> None:
        """Write the fitted model, topic labels included (joblib file of plain data).

        The same model always gives the same bytes (see :mod:`.persist`);
        ``random_state`` must be an int or None.
        """
        from .persist import save_model

        check_is_fitted(self, "components_")
        save_model(self, path)

    @classmethod
    def load(cls, path: str | os.PathLike) -> "TopicModel":
        """Read a model written by :meth:`save` (joblib unpickles: load only files you trust)."""
        from .persist import load_model

        return load_model(path, cls)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.sparse = True
        tags.input_tags.positive_only = True
        tags.transformer_tags.preserves_dtype = ["float64"]
        return tags
