"""Coherence, diversity and stability against values worked out by hand.

The toy corpus (five documents over four words, written as Persian
sentences below) has document frequencies D(a)=4, D(b)=3, D(c)=2, D(d)=1
and co-document counts D(a,b)=2, D(a,c)=2, D(b,c)=1, D(b,d)=1, D(a,d)=D(c,d)=0.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from civicdiscourse import topics
from civicdiscourse.topics.coherence import Cooccurrence

A, B, C, D = "شهرداری", "بودجه", "پارک", "فوتبال"
SENTENCES = [
    f"{A} برای {B} {C} را تصویب کرد",
    f"{A} از {B} سخن گفت",
    f"{A} به {C} رسید",
    f"{A} جلسه ندارد",
    f"{B} {D} کم است",
]
# columns of the hand-made matrix: a, b, c, d
MATRIX = np.array([[1, 1, 1, 0], [1, 1, 0, 0], [1, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 1]])

# NPMI(x, y) = log(P(x,y) / (P(x) P(y))) / -log P(x,y), N = 5
NPMI_AB = math.log((2 / 5) / (4 / 5 * 3 / 5)) / -math.log(2 / 5)   # = log(5/6)/log(5/2) ≈ -0.198978
NPMI_AC = math.log((2 / 5) / (4 / 5 * 2 / 5)) / -math.log(2 / 5)   # = log(5/4)/log(5/2) ≈ +0.243529
NPMI_BC = math.log((1 / 5) / (3 / 5 * 2 / 5)) / -math.log(1 / 5)   # = log(5/6)/log(5)   ≈ -0.113283


@pytest.mark.parametrize(("pair", "expected"), [
    ((0, 1), -0.198978),
    ((0, 2), 0.243529),
    ((1, 2), -0.113283),
    ((2, 3), -1.0),       # never together: the limit -1
    ((1, 3), math.log((1 / 5) / (3 / 5 * 1 / 5)) / -math.log(1 / 5)),  # log(5/3)/log(5) ≈ 0.317
])
def test_pairwise_npmi(pair, expected):
    cooc = Cooccurrence(MATRIX, range(4))
    assert cooc.npmi_matrix(list(pair))[0, 1] == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(("words", "measure", "expected"), [
    # mean over the three pairs
    ([0, 1, 2], "npmi", (NPMI_AB + NPMI_AC + NPMI_BC) / 3),          # ≈ -0.022910
    ([0, 1, 2], "npmi", -0.022910),
    # UMass, rank order a, b, c: mean of log((D(b,a)+1)/D(a)), log((D(c,a)+1)/D(a)), log((D(c,b)+1)/D(b))
    ([0, 1, 2], "umass", (math.log(3 / 4) + math.log(3 / 4) + math.log(2 / 3)) / 3),  # ≈ -0.326943
    ([2, 1, 0], "umass", (math.log(2 / 2) + math.log(3 / 2) + math.log(3 / 3)) / 3),  # order matters
    ([2, 3], "npmi", -1.0),
    ([2, 3], "umass", math.log(1 / 2)),
    # c_v: word vectors = rows of [[1, ab, ac], [ab, 1, bc], [ac, bc, 1]], topic = their sum,
    # mean cosine(word, topic); worked out to 0.540521
    ([0, 1, 2], "c_v", 0.540521),
    ([2, 3], "c_v", 0.0),  # vectors (1,-1) and (-1,1) sum to zero: cosine taken as 0
])
def test_topic_coherence(words, measure, expected):
    cooc = Cooccurrence(MATRIX, range(4))
    score = {"npmi": topics.npmi, "umass": topics.umass, "c_v": topics.c_v}[measure](cooc, words)
    assert score == pytest.approx(expected, abs=1e-6)


def test_coherence_table_over_project_tokenisation():
    """The model's own vectorisation of the Persian sentences gives the same counts as MATRIX."""
    model = topics.TopicModel(1, min_df=1, max_df=1.0, cache=False).fit(SENTENCES)
    counts = model.vectorize(SENTENCES)
    columns = [model.vocabulary_[w] for w in (A, B, C, D)]
    np.testing.assert_array_equal((counts[:, columns].toarray() > 0).astype(int), MATRIX)
    table = topics.coherence_table(counts, [columns[:3], columns[2:]])
    assert table.loc[0, "npmi"] == pytest.approx(-0.022910, abs=1e-6)
    assert table.loc[0, "umass"] == pytest.approx(-0.326943, abs=1e-6)
    assert table.loc[1, "npmi"] == -1.0
    assert list(table.columns) == ["npmi", "c_v", "umass"]


def test_perfect_pair_and_single_word():
    matrix = np.array([[1, 1], [1, 1]])
    cooc = Cooccurrence(matrix, [0, 1])
    assert topics.npmi(cooc, [0, 1]) == 1.0  # both in every document
    assert math.isnan(topics.npmi(cooc, [0]))


@pytest.mark.parametrize(("top", "expected"), [
    ([["الف", "ب"], ["ج", "د"]], 1.0),
    ([["الف", "ب"], ["الف", "د"]], 3 / 4),
    ([["الف", "ب"], ["ب", "الف"]], 1 / 2),
    ([[1, 2, 3], [3, 4, 5], [5, 6, 1]], 6 / 9),
])
def test_topic_diversity(top, expected):
    assert topics.topic_diversity(top) == pytest.approx(expected)


def test_match_topics_hungarian():
    run_a = [["شهر", "پارک", "مترو"], ["تیم", "لیگ", "گل"], ["نرخ", "دلار", "ارز"]]
    run_b = [["دلار", "ارز", "بورس"], ["شهر", "مترو", "پارک"], ["تیم", "لیگ", "مربی"]]
    pairs, jaccard = topics.match_topics(run_a, run_b)
    assert pairs.tolist() == [[0, 1], [1, 2], [2, 0]]
    np.testing.assert_allclose(jaccard, [1.0, 2 / 4, 2 / 4])


def test_match_topics_is_one_to_one_not_greedy():
    # J = [[3/4, 2/4], [2/4, 0]]: greedy takes 0↔0 (3/4) and is left with 1↔1 (0);
    # the optimal pairing 0↔1, 1↔0 scores 2/4 + 2/4.
    run_a = [["شهر", "پارک", "مترو"], ["شهر", "بودجه"]]
    run_b = [["شهر", "پارک", "مترو", "بودجه"], ["پارک", "مترو", "تیم"]]
    pairs, jaccard = topics.match_topics(run_a, run_b)
    assert pairs.tolist() == [[0, 1], [1, 0]]
    np.testing.assert_allclose(jaccard, [2 / 4, 2 / 4])
