"""Statement confidence: a fitted probability that the statement is right, calibrated on our annotations."""

from __future__ import annotations

import numpy as np
import pytest

from civicdiscourse.evaluate import load_gold
from civicdiscourse.quotes import QuoteExtractor
from civicdiscourse.quotes.confidence import ConfidenceModel, Judged, judge, reliability, shipped_model

ROWS = [{"form": "colon", "entity": "named"}] * 6 + [{"form": "judge", "entity": "none"}] * 6
RIGHT = [True] * 5 + [False] + [False] * 5 + [True]


def test_fit_is_deterministic_and_round_trips():
    model = ConfidenceModel.fit(ROWS, RIGHT, C=1.0)
    assert model == ConfidenceModel.fit(ROWS, RIGHT, C=1.0)
    assert ConfidenceModel.from_json(model.to_json()) == model
    assert model.predict(ROWS[0]) > 0.5 > model.predict(ROWS[-1])
    # a value never seen in fitting weighs nothing: only the seen one counts
    assert model.predict({"form": "colon", "entity": "alien"}) == round(
        1 / (1 + np.exp(-(model.intercept + model.weights["form=colon"]))), 3)


def test_reliability_bins_what_was_scored():
    table = reliability([True, False, True, True, False], [0.95, 0.35, 0.31, 0.92, 0.05])
    assert table.to_dict("list") == {
        "low": [0.0, 0.3, 0.9], "high": [0.1, 0.4, 1.0], "statements": [1, 2, 2],
        "mean_confidence": [0.05, pytest.approx(0.33), pytest.approx(0.935)], "share_right": [0.0, 0.5, 1.0]}


def test_held_out_scores_come_from_models_that_never_saw_the_document():
    documents = [f"d{k}" for k in range(10) for _ in range(len(ROWS))]
    judged = Judged(ROWS * 10, np.array(RIGHT * 10), documents, np.zeros(len(documents)))
    first = judged.held_out(folds=5)
    assert np.array_equal(first, judged.held_out(folds=5))  # no random choice
    # every document is alike, so each fold's model is the model fitted on the rest: the same for all
    assert np.allclose(first[:len(ROWS)], [ConfidenceModel.fit(ROWS * 8, RIGHT * 8).predict(r) for r in ROWS])


@pytest.mark.parametrize(("text", "speaker"), [
    ("علی محمدی، شهردار منطقه ۲، گفت: پل تا پایان سال تمام می‌شود.", "علی محمدی"),
    ("علی محمدی، شهردار منطقه ۲، با اشاره به کمبود نیرو از تعطیلی طرح خبر داد.", "علی محمدی"),
    ("اعضای شورای شهر اعلام کردند که بودجه کافی نیست.", "اعضای شورای شهر"),
])
def test_a_found_speaker_is_far_surer_than_none(text, speaker):
    found = QuoteExtractor(keep_unattributed=True).extract(text)
    lonely = QuoteExtractor(keep_unattributed=True).extract(text.replace(speaker, "وی"))  # «وی» with nobody before
    assert found and {s.speaker for s in found} == {speaker}
    assert lonely and {s.speaker for s in lonely} == {None}
    assert min(s.confidence for s in found) > 2 * max(s.confidence for s in lonely)


@pytest.mark.shared
def test_confidence_is_calibrated_on_the_development_set(load_source):
    """What ``min_confidence`` promises: the statements kept at 0.9 are right nine times in ten, and the mean
    confidence is the share right. In sample, so it checks the shipped model against today's rules."""
    found = judge(load_gold(loader=load_source))
    right, scores = found.right, found.shipped
    assert abs(scores.mean() - right.mean()) < 0.03
    assert right[scores >= 0.9].mean() >= 0.9
    assert right[scores < 0.5].mean() < 0.5


def test_shipped_model_covers_every_form_and_speaker_kind():
    weights = shipped_model().weights
    for name in ("form=colon", "form=mark", "form=that", "form=judge", "entity=named", "entity=org", "entity=title",
                 "entity=none", "anaphor=pronoun", "anaphor=title", "anaphor=omitted"):
        assert name in weights
