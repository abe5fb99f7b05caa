"""Topic coherence and diversity from document co-occurrence.

All measures count *documents*: ``D(w)`` is the number of documents that
contain ``w`` and ``D(w, v)`` the number containing both, over the same
tokenisation the model was fitted on (a binary document–term matrix).
With ``N`` documents, ``P(w) = D(w) / N``.

* **NPMI** (Bouma 2009; Lau et al. 2014) of a pair:
  ``log(P(w,v) / (P(w) P(v))) / -log P(w,v)``, in [-1, 1]. A pair that never
  co-occurs scores -1 (the limit), a pair present in every document 1.
  A topic's NPMI is the mean over all pairs of its top words.
* **UMass** (Mimno et al. 2011), with words in rank order ``w1 … wn``:
  the mean over ``i > j`` of ``log((D(wi, wj) + 1) / D(wj))`` (the mean, not
  the sum, so that values compare across ``n``; ≤ 0 in practice).
* **c_v** (Röder et al. 2015) with boolean-*document* probabilities (instead
  of the paper's 110-token sliding window): each top word gets the vector of
  its NPMI with every top word (itself included, NPMI 1), the topic the sum of
  those vectors; c_v is the mean cosine between word and topic vectors.
* **Diversity** (Dieng et al. 2020): the share of distinct words among the top
  words of all topics (1 = no word shared).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

MEASURES = ("npmi", "c_v", "umass")


class Cooccurrence:
    """Document frequencies and pairwise co-document counts of some columns.

    Parameters
    ----------
    X : array-like or sparse matrix, shape (n_documents, n_terms)
        Term counts (any non-zero counts as presence).
    columns : sequence of int
        Columns to count (typically the union of the topics' top words).
    """

    def __init__(self, X, columns: Sequence[int]) -> None:
        columns = np.asarray(sorted(set(int(c) for c in columns)), dtype=np.int64)
        sub = sp.csc_matrix(X)[:, columns]
        sub = (sub != 0).astype(np.float64)
        self.n_documents = int(X.shape[0])
        self.position = {int(c): i for i, c in enumerate(columns)}
        self.df = np.asarray(sub.sum(axis=0)).ravel()
        self.co = (sub.T @ sub).toarray()

    def counts(self, words: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """``D(w)`` for each word and the matrix ``D(w, v)`` (diagonal: ``D(w)``)."""
        idx = np.array([self.position[int(w)] for w in words], dtype=np.int64)
        return self.df[idx], self.co[np.ix_(idx, idx)]

    def npmi_matrix(self, words: Sequence[int]) -> np.ndarray:
        """Pairwise NPMI of ``words`` (diagonal 1; never co-occurring -1)."""
        df, co = self.counts(words)
        n = float(self.n_documents)
        with np.errstate(divide="ignore", invalid="ignore"):
            p_joint = co / n
            p = df / n
            pmi = np.log(p_joint / np.outer(p, p))
            result = pmi / -np.log(p_joint)
        result[co == 0] = -1.0
        result[(co > 0) & (p_joint >= 1.0)] = 1.0  # -log 1 = 0: both words in every document
        np.fill_diagonal(result, np.where(df > 0, 1.0, -1.0))
        return result


def _pairs_mean(matrix: np.ndarray) -> float:
    n = matrix.shape[0]
    if n < 2:
        return float("nan")
    upper = matrix[np.triu_indices(n, k=1)]
    return float(upper.mean())


def npmi(cooc: Cooccurrence, words: Sequence[int]) -> float:
    """Mean NPMI over all pairs of ``words``."""
    return _pairs_mean(cooc.npmi_matrix(words))


def umass(cooc: Cooccurrence, words: Sequence[int]) -> float:
    """Mean UMass score over ordered pairs (``words`` in rank order)."""
    df, co = cooc.counts(words)
    n = len(words)
    if n < 2:
        return float("nan")
    scores = [np.log((co[i, j] + 1.0) / df[j]) if df[j] > 0 else 0.0 for i in range(1, n) for j in range(i)]
    return float(np.mean(scores))


def c_v(cooc: Cooccurrence, words: Sequence[int]) -> float:
    """c_v with one-set segmentation and boolean-document NPMI vectors (γ = 1)."""
    if len(words) < 2:
        return float("nan")
    vectors = cooc.npmi_matrix(words)
    topic = vectors.sum(axis=0)
    norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(topic)
    with np.errstate(divide="ignore", invalid="ignore"):
        cosines = np.where(norms > 0, vectors @ topic / norms, 0.0)
    return float(cosines.mean())


def topic_diversity(topics: Sequence[Sequence]) -> float:
    """Share of distinct words among all topics' top words (words may be ids or strings)."""
    total = sum(len(t) for t in topics)
    if total == 0:
        return float("nan")
    return len({w for t in topics for w in t}) / total


def coherence_table(X, topics: Sequence[Sequence[int]]) -> pd.DataFrame:
    """NPMI, c_v and UMass of each topic.

    Parameters
    ----------
    X : array-like or sparse matrix, shape (n_documents, n_terms)
        Document–term counts of the reference documents.
    topics : sequence of sequence of int
        Each topic's top-word columns, best first.

    Returns
    -------
    pandas.DataFrame
        One row per topic, columns ``npmi``, ``c_v``, ``umass``.
    """
    cooc = Cooccurrence(X, [w for t in topics for w in t])
    rows = [{"npmi": npmi(cooc, t), "c_v": c_v(cooc, t), "umass": umass(cooc, t)} for t in topics]
    return pd.DataFrame(rows, columns=list(MEASURES))
