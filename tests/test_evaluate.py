"""Evaluation metrics on hand-computed toy cases."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from civicdiscourse.evaluate import (GoldSet, GoldStatement, judged, load_gold, match, normalize_name, rewrite_gold,
                                     score)

TEXT = "علی گفت: الف ب پ.\nوی افزود: ت ث ج.\nرضا گفت: چ ح."
Q1, Q2, Q3 = ((TEXT.index(q), TEXT.index(q) + len(q)) for q in ("الف ب پ.", "ت ث ج.", "چ ح."))


def gold_statement(start, end, speaker, kind="direct", anaphor=None, cue="گفت"):
    return GoldStatement("d", speaker, True, None, "other", cue, start, end, kind, anaphor)


def gold_set(statements):
    return GoldSet({"d": TEXT}, {"d": statements}, [], {"d": "toy"})


def pred(start, end, speaker, kind="direct", cue="گفت"):
    return {"quote_start": start, "quote_end": end, "speaker": speaker, "kind": kind, "cue": cue}


GOLD = [gold_statement(*Q1, "علی"), gold_statement(*Q2, "علی", anaphor="pronoun", cue="افزود"),
        gold_statement(*Q3, "رضا", kind="indirect")]


def test_perfect_prediction():
    result = score(gold_set(GOLD), {"d": [pred(*Q1, "علی"), pred(*Q2, "علی", cue="افزود"),
                                          pred(*Q3, "رضا", kind="indirect")]})
    for metric in ("exact", "overlap", "span"):
        assert result[metric]["f1"] == 1.0
    assert result["speaker_accuracy"] == result["cue_accuracy"] == 1.0


def test_hand_computed_case():
    # 1: exact span, right speaker; 2: overlapping span, wrong speaker (unresolved «وی»);
    # 3: missed; plus one spurious prediction. Exact: trimming the final «.» still matches.
    predictions = [pred(Q1[0], Q1[1] - 1, "علی"), pred(Q2[0] + 2, Q2[1] - 1, "وی", cue="افزود"), pred(0, 3, "علی")]
    result = score(gold_set(GOLD), {"d": predictions})
    assert result["exact"] == {"precision": round(1 / 3, 4), "recall": round(1 / 3, 4), "f1": round(1 / 3, 4),
                               "tp": 1}
    assert result["span"]["tp"] == 2 and result["span"]["precision"] == round(2 / 3, 4)
    assert result["overlap"]["tp"] == 1
    assert result["overlap"]["recall"] == round(1 / 3, 4)
    assert result["speaker_accuracy"] == 0.5
    assert result["cue_accuracy"] == 1.0
    assert result["by_kind"]["indirect"]["recall"] == 0.0
    assert result["by_kind"]["direct"]["recall"] == 1.0
    assert result["by_anaphor"]["pronoun"] == {"gold": 1, "recall": 1.0, "speaker_accuracy": 0.0}


def test_judged_marks_what_the_overlap_metric_counts():
    predictions = [pred(Q1[0], Q1[1] - 1, "علی"), pred(Q2[0] + 2, Q2[1] - 1, "وی", cue="افزود"), pred(0, 3, "علی"),
                   pred(*Q3, None, kind="indirect")]
    verdicts = judged(gold_set(GOLD), {"d": predictions})
    # right speaker; wrong speaker; overlap lost to the larger pair; no speaker is never right
    assert verdicts == [("d", 0, True), ("d", 1, False), ("d", 2, False), ("d", 3, False)]
    assert sum(r for *_, r in verdicts) == score(gold_set(GOLD), {"d": predictions})["overlap"]["tp"]


def test_role_class_accuracy_counts_statements_with_the_right_speaker():
    gold = [dataclasses.replace(GOLD[0], role_class="mayor"), GOLD[1], GOLD[2]]
    predictions = [dict(pred(*Q1, "علی"), role_class="mayor"), dict(pred(*Q2, "علی", cue="افزود"), role_class="expert"),
                   dict(pred(*Q3, "حسن", kind="indirect"), role_class="other")]
    result = score(gold_set(gold), {"d": predictions})
    # statement 3 has the wrong speaker and does not count; of the other two, one role class agrees
    assert result["role_class_accuracy"] == 0.5


def test_matching_is_one_to_one_largest_overlap_first():
    gold = [gold_statement(0, 10, "x"), gold_statement(10, 20, "x")]
    predicted = [pred(5, 18, "x")]
    assert match(gold, predicted) == [(1, 0)]


def test_no_predictions():
    result = score(gold_set(GOLD), {})
    assert result["overlap"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0}


@pytest.mark.parametrize(("a", "b"), [
    ("آیت‌الله علیرضا اعرافی", "علیرضا اعرافی"),
    ("سيد مهدي  كريمي", "سید مهدی کریمی"),
    ("فلاح‌جلودار", "فلاح جلودار"),
    ("«محمد رضایی»", "محمد رضایی"),
    # «الله» of a given name and its spelling «اله», with or without a space or ZWNJ
    ("رحمت‌الله کریمی", "رحمت‌اله کریمی"),
    ("رحمت الله کریمی", "رحمت‌اله کریمی"),
    ("عبدالله کریمی", "عبداله کریمی"),
    ("عطاءالله کریمی", "عطاالله کریمی"),
    ("آیت اله حسن کریمی", "حسن کریمی"),
    ("آیت‌الله العظمی حسن کریمی", "حسن کریمی"),
    # a title with a number is the same whatever digits write it
    ("شهردار منطقه 18", "شهردار منطقه ۱۸"),
    ("شهرداری منطقه‌١٧", "شهرداری منطقه ۱۷"),
])
def test_name_normalisation(a, b):
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(("a", "b"), [
    ("رحمت‌الله کریمی", "رحمت کریمی"),  # «الله» is part of the given name, not an honorific
    ("ولی‌الله کریمی", "ولی کریمی"),
    ("حسن کریمی", "حسین کریمی"),
    ("شهردار منطقه ۱۸", "شهردار منطقه ۱۹"),
])
def test_name_normalisation_keeps_different_names_apart(a, b):
    assert normalize_name(a) != normalize_name(b)


def test_load_gold_rebuilds_statements_and_reports_problems(tmp_path):
    text = "علی گفت: سلام."
    digest = hashlib.sha256(text.encode()).hexdigest()
    good = {"doc_id": "toy:1", "text_sha256": digest, "annotator": "T", "statements": [
        {"speaker_span": [0, 3], "named": True, "role_span": None, "role_class": "other", "mention_span": [0, 3],
         "anaphor": None, "cue_span": [4, 7], "quote_span": [9, 14], "kind": "direct",
         "participation": "none", "development": "none"}]}
    stale = dict(good, doc_id="toy:2", text_sha256="0" * 64)
    path = tmp_path / "part.jsonl"
    path.write_text("\n".join([json.dumps(good), json.dumps(stale), '{"doc_id": "toy:3", "stat']) + "\n",
                    encoding="utf-8")
    gold = load_gold([path], loader=lambda name: {"toy:1": _Doc(text), "toy:2": _Doc(text)})
    assert list(gold.statements) == ["toy:1"]
    (statement,) = gold.statements["toy:1"]
    assert (statement.speaker, statement.cue, statement.quote_start, statement.quote_end) == ("علی", "گفت", 9, 14)
    assert len(gold.problems) == 2


class _Doc:
    def __init__(self, text):
        self.text = text


# (pattern, replacement, the three gold quotes as the rewritten text has them)
REWRITES = [
    (" ", "  ", ["الف  ب  پ.", "ت  ث  ج.", "چ  ح."]),
    ("\n", "\r\n", ["الف ب پ.", "ت ث ج.", "چ ح."]),
    ("الف ", "", ["ب پ.", "ت ث ج.", "چ ح."]),  # a span edge inside a removed match moves to where it was
    ("[.]", lambda m: "…", ["الف ب پ…", "ت ث ج…", "چ ح…"]),
]


@pytest.mark.parametrize(("pattern", "replacement", "quotes"), REWRITES)
def test_rewrite_gold_carries_the_spans_along(pattern, replacement, quotes):
    rewritten = rewrite_gold(gold_set(GOLD), pattern, replacement)
    text = rewritten.texts["d"]
    assert [text[g.quote_start:g.quote_end] for g in rewritten.statements["d"]] == quotes
    assert [g.speaker for g in rewritten.statements["d"]] == [g.speaker for g in GOLD]

