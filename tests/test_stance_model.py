"""Stance estimators, determinism, the shipped model, the reference article, aggregation."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from test_stance_rules import DEVELOPMENT, PARTICIPATION

from civicdiscourse import stance
from civicdiscourse.stance import (
    LexiconStance,
    StanceClassifier,
    SupervisedStance,
    cross_validate,
    semeval_f1,
    stance_report,
)


def _synthetic_statements() -> list[dict]:
    """Our rule tables as statements with gold labels for both targets."""
    gold: dict[str, dict[str, str]] = {}
    for text, label in PARTICIPATION:
        gold.setdefault(text, {})["participation"] = label
    for text, label in DEVELOPMENT:
        gold.setdefault(text, {})["development"] = label
    rows = []
    for i, (text, labels) in enumerate(sorted(gold.items())):
        rows.append({"doc_id": f"synthetic:{i // 3}", "quote": text, "cue": "گفت", "speaker": f"گوینده {i % 4}",
                     "role_class": ("mayor", "expert", "citizen")[i % 3], "participation": labels.get("participation", "none"),
                     "development": labels.get("development", "none")})
    return rows


def test_semeval_metric_and_report():
    gold = ["favor", "against", "none", "none", "favor"]
    pred = ["favor", "none", "none", "favor", "favor"]
    assert semeval_f1(gold, pred) == pytest.approx((0.8 + 0.0) / 2)
    report = stance_report(gold, pred, scores=[0.9, 0.5, 0.8, 0.6, 0.7])
    assert report["confusion"] == [[0, 0, 1], [0, 2, 0], [0, 1, 1]]  # rows/cols: against, favor, none
    assert report["per_label"]["favor"]["precision"] == pytest.approx(2 / 3)
    assert 0.0 <= report["ece"] <= 1.0


def test_lexicon_fit_learns_only_calibration():
    texts = [t for t, _ in PARTICIPATION]
    labels = [y for _, y in PARTICIPATION]
    unfitted = LexiconStance(target="participation")
    fitted = clone(unfitted).fit(texts, labels)
    assert fitted.predict(texts).tolist() == unfitted.predict(texts).tolist()
    assert set(fitted.calibration_) == set(stance.LABELS)
    proba = fitted.predict_proba(texts)
    assert proba.shape == (len(texts), 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert list(fitted.classes_) == list(stance.LABELS)


@pytest.mark.parametrize("bad", [{"target": "housing"}])
def test_estimators_validate_target(bad):
    with pytest.raises(ValueError, match="target"):
        LexiconStance(**bad).predict(["متن"])
    with pytest.raises(ValueError, match="target"):
        SupervisedStance(**bad).fit(["الف", "ب"], ["favor", "none"])


def test_estimators_follow_sklearn_conventions():
    est = SupervisedStance(target="development", C=0.5, polarity=False)
    assert est.get_params()["C"] == 0.5 and clone(est).get_params() == est.get_params()
    with pytest.raises(Exception, match="not fitted"):
        est.predict(["پروژه"])
    with pytest.raises(ValueError, match="labels"):
        est.fit(["پروژه"], ["maybe"])
    with pytest.raises(ValueError, match="labels"):
        SupervisedStance(rule_labels=("opposed",)).fit(["پروژه", "باران"], ["favor", "none"])


def test_supervised_learns_and_explains():
    rows = _synthetic_statements()
    texts = [stance.statement_text(r) for r in rows]
    y = [r["development"] for r in rows]
    model = SupervisedStance(target="development", polarity=False, min_df=1).fit(texts, y)
    assert (model.predict(texts) == np.array(y, dtype=object)).mean() > 0.8
    explained = model.explain("احداث پل غیرهمسطح آغاز شد")
    assert explained["label"] in stance.LABELS
    assert explained["features"] and all(set(f) == {"feature", "contribution"} for f in explained["features"])
    assert sum(explained["probabilities"].values()) == pytest.approx(1.0, abs=1e-3)


def test_supervised_rule_labels_decide_a_label_missing_from_training():
    rows = [r for r in _synthetic_statements() if r["participation"] != "against"]
    texts = [stance.statement_text(r) for r in rows]
    y = [r["participation"] for r in rows]
    probe = "شورایاری‌ها باید منحل شوند"  # the rules say against; training has no against at all
    plain = SupervisedStance(target="participation", min_df=1, rule_labels=()).fit(texts, y)
    assert "against" not in plain.classes_ and plain.predict([probe])[0] != "against"
    ruled = SupervisedStance(target="participation", min_df=1, rule_labels=("against",)).fit(texts, y)
    assert list(ruled.classes_) == list(stance.LABELS)
    assert ruled.predict([probe])[0] == "against"
    proba = ruled.predict_proba([probe, "هوا امروز آفتابی است"])
    assert proba.shape == (2, 3) and np.allclose(proba.sum(axis=1), 1.0)
    explained = ruled.explain(probe)
    assert explained["label"] == "against" and explained["decided_by"] == "rules"
    assert any(c["kind"] == "critique" for c in explained["cues"])


@pytest.mark.parametrize(("class_weight", "expected"), [
    ("balanced", "balanced"),
    (None, None),
    ("sqrt_balanced", "sqrt"),
])
def test_supervised_class_weight(class_weight, expected):
    y = np.array(["favor"] * 3 + ["none"] * 5, dtype=object)
    weights = SupervisedStance(class_weight=class_weight)._class_weight(y)
    if expected == "sqrt":
        assert weights["favor"] == pytest.approx((8 / (2 * 3)) ** 0.5)
        assert weights["none"] == pytest.approx((8 / (2 * 5)) ** 0.5)
    else:
        assert weights == expected


_TRAIN_SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_stance_model import _synthetic_statements
from civicdiscourse.stance import StanceClassifier, SupervisedStance, statement_text
from civicdiscourse.stance.classifier import dumps
rows = _synthetic_statements()
texts = [statement_text(r) for r in rows]
clf = StanceClassifier(method="supervised", random_state=7)
clf.estimators_ = {{t: SupervisedStance(target=t, polarity=False, min_df=1, random_state=7).fit(texts, [r[t] for r in rows])
                   for t in ("participation", "development")}}
clf.n_train_ = len(rows)
sys.stdout.buffer.write(dumps(clf) + repr(clf.predict(rows)).encode())
"""


def test_same_seed_gives_byte_identical_model_and_outputs():
    tests = os.path.dirname(__file__)
    # Two processes with different string-hash seeds, run side by side: set iteration order differs.
    procs = [subprocess.Popen([sys.executable, "-c", _TRAIN_SCRIPT.format(tests=tests)],
                              env={**os.environ, "PYTHONHASHSEED": seed}, stdout=subprocess.PIPE)
             for seed in ("1", "2")]
    runs = [proc.communicate()[0] for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    assert runs[0] and runs[0] == runs[1]


def test_cross_validate_uses_the_same_folds_for_every_method():
    rows = _synthetic_statements() * 2
    for i, r in enumerate(rows):
        rows[i] = {**r, "doc_id": f"synthetic:{i}"}
    ests = {"lexicon": LexiconStance(target="development"),
            "supervised": SupervisedStance(target="development", polarity=False, min_df=1)}
    result = cross_validate(rows, ests, target="development", n_splits=2, random_state=0)
    covered = sorted(i for fold in result["folds"] for i in fold)
    assert covered == list(range(len(rows)))
    assert set(result) >= {"lexicon", "supervised", "folds"}
    assert result["lexicon"]["report"]["n"] == len(rows)


def test_classifier_annotates_streams_and_explains():
    clf = StanceClassifier(method="lexicon").unfitted_rules()
    statements = iter([{"quote": text, "speaker": "x"} for text, _ in PARTICIPATION])
    out = list(clf.annotate(statements, batch_size=4))
    assert [o["participation"]["label"] for o in out] == [y for _, y in PARTICIPATION]
    assert all(0.0 <= o["development"]["score"] <= 1.0 and o["speaker"] == "x" for o in out)
    explained = clf.explain({"quote": "بودجه مشارکتی باید افزایش یابد", "cue": "گفت"})
    assert set(explained) == set(stance.TARGETS)
    assert explained["participation"]["label"] == "favor"
    with pytest.raises(ValueError, match="training data"):
        StanceClassifier(method="supervised").unfitted_rules()


def test_aggregation_frames():
    statements = [
        {"doc_id": "a:1", "speaker": "علی رضایی", "role_class": "mayor", "outlet": "x", "date": "2020-01-05",
         "participation": {"label": "favor", "score": 0.9}, "development": {"label": "none", "score": 0.8}},
        {"doc_id": "a:1", "speaker": "علي رضايي", "role_class": "mayor", "outlet": "x", "date": "2020-01-09",
         "participation": {"label": "against", "score": 0.6}, "development": {"label": "favor", "score": 0.7}},
        {"doc_id": "a:2", "speaker": "مینا احمدی", "role_class": "citizen", "outlet": "y", "date": "2020-02-01",
         "participation": "favor", "development": "against"},
    ]
    frame = stance.to_frame(statements)
    assert list(frame["month"]) == ["2020-01", "2020-01", "2020-02"]
    speakers = stance.by_speaker(frame)
    assert speakers.loc["علی رضایی", "statements"] == 2  # Arabic ي folded into the same speaker
    assert speakers.loc["علی رضایی", "participation_net"] == 0.0
    roles = stance.by_role_class(frame)
    assert roles.loc["citizen", "development_against"] == 1 and roles.loc["citizen", "development_net"] == -1.0
    months = stance.by_month(frame)
    assert list(months.index) == ["2020-01", "2020-02"]
    assert months.loc["2020-01", "participation_share"] == 1.0
    assert stance.by_outlet(frame).loc["x", "development_net"] == 1.0
    per_doc = stance.by_speaker_in_document(frame)
    assert per_doc.loc[("a:1", "علی رضایی"), "statements"] == 2
    assert isinstance(per_doc, pd.DataFrame)


def test_to_frame_fills_outlet_and_date_from_documents():
    class Doc:
        outlet, date = "hamshahri", "2021-03-04"

    frame = stance.to_frame([{"doc_id": "d:1", "speaker": "x", "participation": "none", "development": "favor"}],
                            documents={"d:1": Doc()})
    assert frame.loc[0, "outlet"] == "hamshahri" and frame.loc[0, "month"] == "2021-03"


# --- with ../shared: reference article, annotations, the shipped model --------------------------------------

def _reference_statements(reference_article):
    text, expected = reference_article
    statements = []
    for st in expected:
        start, end = st["quote_span"]
        statements.append({"doc_id": "reference", "quote": text[start:end], "quote_start": start, "quote_end": end,
                           "cue": text[slice(*st["cue_span"])], "speaker": st["speaker"], "kind": st["kind"]})
    return statements, expected


@pytest.mark.parametrize("target", ["participation", "development"])
def test_reference_article_lexicon(reference_article, target):
    statements, expected = _reference_statements(reference_article)
    predicted = LexiconStance(target=target).predict([stance.statement_text(s) for s in statements])
    assert predicted.tolist() == [st[target] for st in expected]


@pytest.fixture(scope="module")
def shared_env(mirror, data_home):
    """Point the corpus module at the mirror and a throw-away data home."""
    env = {"CIVICDISCOURSE_MIRROR": str(mirror), "CIVICDISCOURSE_DATA": str(data_home)}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    yield data_home
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="module")
def shipped(shared_env, mirror):
    # explicit data home and mirror: the cache must land where the test looks, whatever the environment says
    return stance.load_default(data_home=shared_env, mirror=str(mirror))


def test_reference_article_default_model(shipped, reference_article):
    statements, expected = _reference_statements(reference_article)
    predicted = shipped.predict(statements)
    for got, st in zip(predicted, expected):
        assert {t: got[t]["label"] for t in stance.TARGETS} == {t: st[t] for t in stance.TARGETS}


def test_default_model_is_trained_on_annotations_and_cached(shipped, shared_env):
    assert shipped.method_ == stance.DEFAULT_METHOD
    assert shipped.n_train_ >= 100
    cached = stance.model_path(shipped.method_, data_home=shared_env)
    assert cached.exists()
    probe = [{"quote": "پروژه عمرانی افتتاح شد"}]
    assert pickle.loads(cached.read_bytes()).predict(probe) == shipped.predict(probe)


def test_annotations_load_with_their_text(shared_env):
    statements = stance.load_annotations()
    assert len(statements) >= 100
    for s in statements:
        assert s["quote"] and s["quote"] == s["quote"].strip()
        assert len(s["quote"]) == s["quote_end"] - s["quote_start"]
        assert s["participation"] in stance.LABELS and s["development"] in stance.LABELS
    assert json.dumps(statements[0], ensure_ascii=False)
