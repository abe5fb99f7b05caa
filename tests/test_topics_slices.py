"""Topic shares by month (Gregorian/Jalali), outlet, municipal vs other, speaker role; select_k; evaluate."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from test_topics_model import themed_documents

from civicdiscourse.corpus import Document
from civicdiscourse.topics import (TopicModel, document_topics, evaluate, select_k, shares_by_month,
                                   shares_by_municipal, shares_by_outlet, shares_by_role, topic_shares,
                                   topic_stability)


@pytest.fixture(scope="module")
def documents():
    return themed_documents()


@pytest.fixture(scope="module")
def model(documents):
    return TopicModel(3, random_state=0, min_df=2, cache=False).fit(documents)


# A fixed doc-topic matrix makes every expected share computable by hand.
DOCS = [
    Document(id="d1", text="", date="2020-01-05", jalali_date="1398-10-15", outlet="Alef"),
    Document(id="d2", text="", date="2020-01-25", jalali_date="1398-11-05", outlet="Be"),
    Document(id="d3", text="", date="2020-02-10", jalali_date="1398-11-21", outlet="Alef"),
    Document(id="d4", text="", date=None, jalali_date=None, outlet=None),
    Document(id="d5", text="", date="2020-02-11", jalali_date="1398-11-22", outlet="Be"),
]
WEIGHTS = np.array([[3.0, 1.0, 0.0], [0.0, 2.0, 2.0], [1.0, 1.0, 2.0], [0.0, 0.0, 5.0], [0.0, 0.0, 0.0]])
# row shares: d1 (.75, .25, 0), d2 (0, .5, .5), d3 (.25, .25, .5), d4 (0, 0, 1), d5 empty → left out


@pytest.mark.parametrize(("calendar", "expected", "sizes"), [
    ("gregorian", {"2020-01": [0.375, 0.375, 0.25], "2020-02": [0.25, 0.25, 0.5]}, [2, 1]),
    ("jalali", {"1398-10": [0.75, 0.25, 0.0], "1398-11": [0.125, 0.375, 0.5]}, [1, 2]),
])
def test_shares_by_month(model, calendar, expected, sizes):
    result = shares_by_month(model, DOCS, calendar=calendar, doc_topic=WEIGHTS, counts=True)
    assert list(result.index) == list(expected)
    for month, shares in expected.items():
        np.testing.assert_allclose(result.loc[month, model.topic_names()].to_numpy(), shares)
    assert result["n_documents"].tolist() == sizes  # undated d4 and empty d5 are left out


def test_shares_by_outlet_and_rows_sum_to_one(model):
    result = shares_by_outlet(model, DOCS, doc_topic=WEIGHTS)
    np.testing.assert_allclose(result.loc["Alef"].to_numpy(), [0.5, 0.25, 0.25])
    np.testing.assert_allclose(result.loc["Be"].to_numpy(), [0.0, 0.5, 0.5])  # d5 is empty
    np.testing.assert_allclose(result.sum(axis=1), 1.0)


def test_shares_by_municipal_with_given_ids(model):
    result = shares_by_municipal(model, DOCS, municipal_ids=["d1", "d4"], doc_topic=WEIGHTS, counts=True)
    np.testing.assert_allclose(result.loc["municipal", model.topic_names()], [0.375, 0.125, 0.5])
    np.testing.assert_allclose(result.loc["other", model.topic_names()], [0.125, 0.375, 0.5])
    assert result["n_documents"].to_dict() == {"municipal": 2, "other": 2}


def test_shares_by_municipal_applies_the_corpus_rule(model):
    docs = [Document(id="m", text="شهرداری تهران بودجه پارک را تصویب کرد"),
            Document(id="o", text="تیم فوتبال در لیگ برد")]
    result = shares_by_municipal(model, docs, counts=True)
    assert result["n_documents"].to_dict() == {"municipal": 1, "other": 1}


def test_shares_by_role_from_statement_jsonl(model, tmp_path):
    statements = [
        {"doc_id": "d1", "speaker": "الف", "role_class": "official"},
        {"doc_id": "d1", "speaker": "ب", "role_class": "official"},   # same role twice: d1 counts once
        {"doc_id": "d2", "speaker": "ج", "role_class": "citizen"},
        {"doc_id": "d3", "speaker": "د", "role_class": "official"},
        {"doc_id": "d3", "speaker": "ه", "role_class": "citizen"},
        {"doc_id": "d4", "speaker": "و", "role_class": None},         # no role: ignored
    ]
    path = tmp_path / "statements.jsonl"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in statements), encoding="utf-8")
    result = shares_by_role(model, DOCS, path, doc_topic=WEIGHTS, counts=True)
    assert result.index.name == "role_class"
    np.testing.assert_allclose(result.loc["official", model.topic_names()], [0.5, 0.25, 0.25])
    np.testing.assert_allclose(result.loc["citizen", model.topic_names()], [0.125, 0.375, 0.5])
    assert result["n_documents"].to_dict() == {"citizen": 2, "official": 2}
    pd.testing.assert_frame_equal(shares_by_role(model, DOCS, statements, doc_topic=WEIGHTS, counts=True), result)


def test_topic_shares_by_callable_and_labels(documents, model):
    model.set_topic_labels({0: "نخست"})
    try:
        result = topic_shares(model, documents, lambda d: d.id.split(":")[1].split("-")[0])
        assert list(result.columns) == model.topic_names() and result.columns[0] == "نخست"
        # each synthetic theme is dominated by one topic, and different themes by different topics
        dominant = result.idxmax(axis=1)
        assert dominant.nunique() == 3 and (result.max(axis=1) > 0.6).all()
    finally:
        model.set_topic_labels({0: None})


def test_document_topics_from_model(documents, model):
    frame = document_topics(model, documents[:4])
    assert list(frame.index) == [d.id for d in documents[:4]]
    np.testing.assert_allclose(frame.sum(axis=1), 1.0)
    with pytest.raises(ValueError, match="rows"):
        document_topics(model, documents[:4], doc_topic=WEIGHTS)


def test_invalid_calendar(model):
    with pytest.raises(ValueError, match="calendar"):
        shares_by_month(model, DOCS, calendar="lunar", doc_topic=WEIGHTS)


# --- evaluation -----------------------------------------------------------------------
def test_evaluate_report(documents, model):
    report = evaluate(model, documents, top_n=5, stability_seeds=[0, 1])
    assert list(report.topics.columns) == ["name", "terms", "npmi", "c_v", "umass", "share"]
    assert report.metrics["npmi"] == pytest.approx(report.topics["npmi"].mean())
    assert 0 < report.metrics["diversity"] <= 1 and 0 <= report.metrics["stability"] <= 1
    assert report.topics["share"].sum() == pytest.approx(1.0)
    assert report.metrics["n_documents"] == len(documents)
    as_dict = report.to_dict()
    assert as_dict["topics"][0]["terms"] == model.top_terms(5)[0]
    assert "mean npmi" in report.to_text()


def test_stability_of_separable_themes(documents, model):
    result = topic_stability(model, documents, seeds=[0, 1, 2], top_n=5)
    assert result.mean_jaccard == pytest.approx(1.0)  # three clean themes: every seed finds them
    assert set(result.pairwise) == {(0, 1), (0, 2), (1, 2)}
    with pytest.raises(ValueError):
        topic_stability(model, documents, seeds=[0])


def test_select_k_table(documents):
    table = select_k(documents, [2, 3, 5], model=TopicModel(min_df=2, cache=False), seeds=[0, 1], top_n=5,
                     progress=False)
    assert list(table.columns) == ["k", "npmi", "c_v", "umass", "diversity", "stability", "seconds"]
    assert table["k"].tolist() == [2, 3, 5]
    assert table["npmi"].between(-1, 1).all() and table["stability"].between(0, 1).all()
    # three synthetic themes: up to k=3 no topic repeats another's words, at k=5 topics overlap
    diversity = table.set_index("k")["diversity"]
    assert diversity[3] == 1.0 and diversity[5] < 1.0
