"""Plot helpers for topics, speakers and stance, on small synthetic inputs (no corpus needed)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from civicdiscourse import viz
from civicdiscourse.corpus import Corpus, Document


@pytest.fixture(autouse=True)
def _style():
    with viz.persian_style():
        yield
    plt.close("all")


class FakeModel:
    """The attributes of a fitted TopicModel the plot helpers use."""

    terms_ = np.array(["شهرداری", "پل", "بودجه", "فوتبال", "تیم", "گل"])
    components_ = np.array([[3.0, 2.0, 1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.1, 3.0, 2.0, 1.0]])
    topic_labels_ = {1: "ورزش"}  # noqa: RUF012 (read-only stand-in)

    def topic_names(self):
        return ["topic0", "ورزش"]

    def top_terms(self, n):
        return [[str(self.terms_[j]) for j in np.argsort(-row, kind="stable")[:n]] for row in self.components_]


def test_topic_titles_number_unnamed_topics_in_persian():
    assert viz.topic_titles(FakeModel(), n_terms=2) == ["۱. شهرداری، پل", "ورزش"]


def test_topic_term_weights_keep_positive_weights_in_order():
    weights = viz.topic_term_weights(FakeModel(), n_terms=4)
    assert list(weights) == ["۱. شهرداری، پل، بودجه", "ورزش"]
    assert weights["ورزش"] == {"فوتبال": 3.0, "تیم": 2.0, "گل": 1.0, "بودجه": 0.1}


def test_topic_figures():
    titles = viz.topic_titles(FakeModel())
    monthly = pd.DataFrame({"n_documents": [30, 2, 40], "topic0": [0.7, 0.1, 0.4], "ورزش": [0.3, 0.9, 0.6]},
                           index=pd.Index(["1399-01", "1399-02", "1399-03"], name="jalali_month"))
    fig = viz.plot_topic_shares_over_time(monthly, titles=titles, min_documents=20)
    panels = [ax for ax in fig.axes if ax.axison]
    assert len(panels) == 2 and len(panels[0].lines[0].get_xdata()) == 2  # the 2-document month is left out
    assert [t.get_text() for t in panels[0].get_xticklabels()] == ["فروردین ۱۳۹۹", "خرداد ۱۳۹۹"]
    ax = viz.plot_topic_heatmap(monthly, titles=titles)
    assert ax.texts[0].get_text() == "۷۰٪"
    municipal = monthly.iloc[:2].set_axis(["municipal", "other"])
    ax = viz.plot_topic_comparison(municipal, titles=titles)
    assert len(ax.patches) == 4
    with pytest.raises(ValueError, match="titles"):
        viz.plot_topic_heatmap(monthly, titles=["one"])
    scores = pd.DataFrame({"k": [4, 8], "npmi": [0.1, 0.2], "c_v": [0.5, 0.6], "stability": [0.9, 0.7]})
    assert len(viz.plot_k_selection(scores, chosen=8).axes) == 3
    assert len(viz.plot_topic_wordclouds(FakeModel()).axes) == 2


STATEMENTS = [
    {"doc_id": "d1", "speaker": "علی رضایی", "role_class": "mayor", "kind": "direct", "quote": "پل تا پایان سال تمام می‌شود",
     "participation": {"label": "none", "score": 0.9}, "development": {"label": "favor", "score": 0.8}},
    {"doc_id": "d1", "speaker": "علي رضايي", "role_class": "mayor", "kind": "indirect", "quote": "بودجه پل تامین شد",
     "participation": {"label": "none", "score": 0.9}, "development": {"label": "favor", "score": 0.7}},
    {"doc_id": "d2", "speaker": "مریم احمدی", "role_class": "citizen", "kind": "direct", "quote": "از ما نظر نخواستند",
     "participation": {"label": "against", "score": 0.7}, "development": {"label": "none", "score": 0.6}},
    {"doc_id": "d3", "speaker": None, "role_class": None, "kind": "indirect", "quote": "شورا جلسه گذاشت",
     "participation": {"label": "favor", "score": 0.6}, "development": {"label": "none", "score": 0.6}},
]
DOCS = Corpus([Document(id="d1", text="", outlet="الف", jalali_date="1399-01-02", source="s"),
               Document(id="d2", text="", outlet="ب", jalali_date="1399-02-02", source="s"),
               Document(id="d3", text="", outlet="الف", jalali_date=None, source="s")])


@pytest.fixture
def frame():
    return viz.statements_frame(STATEMENTS, documents=DOCS, municipal_ids=["d1", "d3"])


def test_statements_frame(frame):
    assert frame["role_class"].tolist() == ["mayor", "mayor", "citizen", "unknown"]
    assert frame["role_group"].tolist() == ["city", "city", "society", "other"]
    assert frame["outlet"].tolist() == ["الف", "الف", "ب", "الف"]
    assert frame["jalali_month"].fillna("-").tolist() == ["1399-01", "1399-01", "1399-02", "-"]
    assert frame["municipal"].tolist() == [True, True, False, True]
    assert frame["development"].tolist() == ["favor", "favor", "none", "none"]
    assert "quote" not in frame  # tables built from it can be committed


def test_speaker_tables(frame):
    top = viz.top_speakers(frame, n=5)
    first = top.iloc[0]
    assert (first["role_class"], first["statements"], first["documents"]) == ("mayor", 2, 1)
    assert first["speaker"] == "علی رضایی"  # spellings merged and shown normalised
    assert len(top) == 2  # Arabic and Persian spellings merged; the unnamed statement left out
    counts = viz.role_counts(frame)
    assert counts.loc["mayor", ["direct", "indirect", "statements"]].tolist() == [1, 1, 2]
    shares = viz.kind_shares(frame, by="outlet")
    assert shares.loc["الف", "direct"] == pytest.approx(1 / 3)
    groups = viz.role_group_counts(frame, by="municipal")
    assert groups.loc[True].to_dict() == {"city": 2, "society": 0, "other": 1} and list(groups.columns) == ["city", "society",
                                                                                              "other"]


def test_quote_frequencies_by_group():
    words = viz.quote_frequencies(STATEMENTS, doc_ids=["d1", "d2"], groups=["city", "society"])
    assert list(words) == ["مدیریت شهری", "شهروندان و جامعهٔ مدنی"]
    assert words["مدیریت شهری"]["پل"] == 2


def test_speaker_figures(frame):
    assert viz.plot_role_classes(frame).get_title(loc="right")
    ax = viz.plot_top_speakers(frame)
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "علی رضایی"
    assert viz.plot_kind_shares(frame, by="role_class", min_statements=1).get_yticklabels()
    ax = viz.plot_role_groups(frame)
    assert [t.get_text() for t in ax.get_yticklabels()] == [viz.label("other"), viz.label("municipal")]


def test_reliability_figure():
    from civicdiscourse.quotes.confidence import reliability

    table = reliability([True, False, True, True], [0.95, 0.35, 0.31, 0.92])
    ax = viz.plot_reliability(table)
    heights = sorted(round(bar.get_height(), 3) for bar in ax.patches)
    assert heights == [0.5, 1.0]  # bin 0.3–0.4: one of two right; bin 0.9–1.0: both right
    assert [t.get_text() for t in ax.texts] == ["n=۲", "n=۲"]
    assert ax.get_xlabel() == viz.label("confidence") and ax.get_title(loc="right")


def test_stance_shares_and_figures(frame):
    from civicdiscourse import stance

    by_role = stance.aggregate(frame, "role_class")
    shares = viz.stance_shares(by_role, "development")
    assert shares.loc["mayor", ["favor", "none", "against", "statements"]].tolist() == [1.0, 0.0, 0.0, 2]
    ax = viz.plot_stance_by(by_role, target="participation", by="role_class")
    assert viz.role_label("citizen") in [t.get_text() for t in ax.get_yticklabels()]
    assert len(viz.plot_stance_targets(by_role, by="role_class").axes) == 2
    monthly = stance.aggregate(frame, "jalali_month")
    ax = viz.plot_net_stance_over_time(monthly, min_statements=1)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["فروردین ۱۳۹۹", "اردیبهشت ۱۳۹۹"]
    with pytest.raises(ValueError, match="stance.aggregate"):
        viz.stance_shares(frame, "participation")


@pytest.mark.parametrize(("explanation", "expected"), [
    ({"cues": [{"text": "مشارکت", "effect": "favor"}]}, "مشارکت (favor)"),
    ({"features": [{"feature": "w:پل", "contribution": 0.5}]}, "w:پل (+0.50)"),
    ({"cues": []}, "—"),
])
def test_explanation_text(explanation, expected):
    assert viz.explanation_text(explanation) == expected


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("علی گفت", [(0, 3, "speaker")], '<mark style="background:#56B4E966;padding:0 1px" title="گوینده">علی</mark> گفت'),
    ("a<b", [], "a&lt;b"),
    ("«ما»", [(0, 4, "quote"), (1, 3, "speaker")],
     ('<mark style="background:#009E7340;padding:0 1px" title="quote">«</mark>'
      '<mark style="background:#56B4E966;padding:0 1px" title="گوینده">ما</mark>'
      '<mark style="background:#009E7340;padding:0 1px" title="quote">»</mark>')),
])
def test_highlight_spans(text, spans, expected):
    html = viz.highlight_spans(text, spans, labels={"speaker": "گوینده"})
    assert html.startswith('<div dir="rtl"') and html.endswith("</div>")
    assert html[html.index(">") + 1:-len("</div>")] == expected
