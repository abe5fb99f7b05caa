"""Stance of each statement toward citizen participation and urban development.

>>> from civicdiscourse import stance
>>> clf = stance.StanceClassifier(method="lexicon").unfitted_rules()
>>> clf.predict([{"quote": "باید از ظرفیت مشارکت شهروندان در تصمیم‌گیری‌ها استفاده کرد"}])[0]["participation"]["label"]
'favor'

Methods: ``"lexicon"`` (transparent rules, :class:`LexiconStance`),
``"supervised"`` (:class:`SupervisedStance`, trained on ``corpus/annotations``),
``"keyword"`` (the naive floor). :func:`load_default` returns the shipped
method trained/calibrated on our annotations, cached under the data home.
"""

from .aggregate import (
    aggregate,
    by_month,
    by_outlet,
    by_role_class,
    by_speaker,
    by_speaker_in_document,
    to_frame,
)
from .classifier import (
    DEFAULT_METHOD,
    METHODS,
    StanceClassifier,
    load_default,
    make_estimator,
    model_path,
)
from .data import annotation_files, load_annotations, statement_text
from .evaluation import cross_validate, semeval_f1, stance_report
from .lexicon import KeywordStance, LexiconStance
from .rules import LABELS, TARGETS, evidence
from .supervised import SupervisedStance

__all__ = [
    "DEFAULT_METHOD", "LABELS", "METHODS", "TARGETS", "KeywordStance", "LexiconStance", "StanceClassifier",
    "SupervisedStance", "aggregate", "annotation_files", "by_month", "by_outlet", "by_role_class", "by_speaker",
    "by_speaker_in_document", "cross_validate", "evidence", "load_annotations", "load_default", "make_estimator",
    "model_path", "semeval_f1", "stance_report", "statement_text", "to_frame",
]
