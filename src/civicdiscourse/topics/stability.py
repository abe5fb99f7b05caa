"""Are the topics real or an artefact of one seed? Match runs, measure overlap.

Two runs of the same model with different seeds are compared by the Jaccard
overlap of their topics' top-word sets. Topics are paired one-to-one so that
the total overlap is largest (Hungarian matching, :func:`scipy.optimize.linear_sum_assignment`,
as in Greene et al. 2014); the stability of a pair of runs is the mean
Jaccard of the matched topics, and the reported stability averages all pairs
of runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.base import clone


def jaccard_matrix(a: Sequence[Sequence], b: Sequence[Sequence]) -> np.ndarray:
    """``J[i, j]`` = Jaccard overlap of topic ``i`` of ``a`` and topic ``j`` of ``b``."""
    sets_a, sets_b = [set(t) for t in a], [set(t) for t in b]
    out = np.zeros((len(sets_a), len(sets_b)))
    for i, x in enumerate(sets_a):
        for j, y in enumerate(sets_b):
            union = len(x | y)
            out[i, j] = len(x & y) / union if union else 0.0
    return out


def match_topics(a: Sequence[Sequence], b: Sequence[Sequence]) -> tuple[np.ndarray, np.ndarray]:
    """One-to-one pairing of the topics of two runs by top-word overlap.

    Returns
    -------
    pairs : ndarray of shape (n_pairs, 2)
        ``(topic in a, topic in b)``, sorted by the topic of ``a``.
    jaccard : ndarray of shape (n_pairs,)
        Overlap of each pair.
    """
    matrix = jaccard_matrix(a, b)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return np.column_stack([rows, cols]), matrix[rows, cols]


@dataclass
class StabilityResult:
    """Seed stability of a topic model.

    Attributes
    ----------
    mean_jaccard : float
        Mean over all pairs of runs of the matched topics' mean Jaccard.
    seeds : list of int
    pairwise : dict
        ``(seed_a, seed_b) → mean Jaccard`` of that pair of runs.
    per_topic : ndarray
        For each topic of the first run, its mean matched Jaccard against the other runs.
    runs : list of list of list of str
        Top terms of each run.
    """

    mean_jaccard: float
    seeds: list[int]
    pairwise: dict = field(default_factory=dict)
    per_topic: np.ndarray = field(default_factory=lambda: np.zeros(0))
    runs: list = field(default_factory=list)


def topic_stability(model, X, *, seeds: Sequence[int] = (0, 1, 2), top_n: int = 10,
                    fitted: dict | None = None) -> StabilityResult:
    """Refit ``model`` (unfitted parameters are used) once per seed and compare the runs.

    Parameters
    ----------
    model : TopicModel
        Its parameters define the runs; ``random_state`` is replaced by each seed.
    X : documents or matrix
        Training data of every run.
    seeds : sequence of int
        At least two.
    top_n : int
        Top words per topic compared.
    fitted : dict, optional
        ``seed → already fitted model`` to reuse (e.g. the model being reported).

    Returns
    -------
    StabilityResult
    """
    seeds = list(seeds)
    if len(seeds) < 2:
        raise ValueError("stability needs at least two seeds")
    fitted = dict(fitted or {})
    runs = []
    for seed in seeds:
        run = fitted.get(seed) or clone(model).set_params(random_state=seed).fit(X)
        runs.append(run.top_terms(top_n))
    pairwise, per_topic = {}, np.zeros(len(runs[0]))
    for (i, a), (j, b) in combinations(enumerate(runs), 2):
        pairs, jaccard = match_topics(a, b)
        pairwise[(seeds[i], seeds[j])] = float(jaccard.mean())
        if i == 0:
            per_topic[pairs[:, 0]] += jaccard
    per_topic /= len(runs) - 1
    return StabilityResult(mean_jaccard=float(np.mean(list(pairwise.values()))), seeds=seeds,
                           pairwise=pairwise, per_topic=per_topic, runs=runs)
