"""``civicdiscourse stance``: JSONL in, the same JSONL with stance out, streaming from stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from civicdiscourse.cli import main

STATEMENTS = [
    {"doc_id": "s:1", "speaker": "الف", "cue": "گفت", "kind": "direct", "quote": "بودجه مشارکتی باید گسترش یابد",
     "quote_start": 0, "quote_end": 10, "extra_field": [1, 2]},
    {"doc_id": "s:1", "speaker": "ب", "cue": "گفت", "kind": "direct", "quote": "ساخت برج در باغات باید متوقف شود",
     "quote_start": 11, "quote_end": 30},
    {"doc_id": "s:2", "speaker": "ج", "cue": "افزود", "kind": "indirect", "quote": "هوا امروز آفتابی است",
     "quote_start": 0, "quote_end": 5},
]
EXPECTED = [("favor", "none"), ("none", "against"), ("none", "none")]


@pytest.fixture()
def statements_file(tmp_path):
    path = tmp_path / "statements.jsonl"
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in STATEMENTS) + "\n", encoding="utf-8")
    return path


def _check(lines: list[str]) -> None:
    records = [json.loads(line) for line in lines if line.strip()]
    assert [(r["participation"]["label"], r["development"]["label"]) for r in records] == EXPECTED
    for record, original in zip(records, STATEMENTS):
        assert {k: record[k] for k in original} == original  # every input field kept as is
        assert 0.0 <= record["participation"]["score"] <= 1.0


@pytest.mark.parametrize("method", ["lexicon", "keyword"])
def test_cli_file_to_file(statements_file, tmp_path, method, monkeypatch):
    # No annotations reachable: the rule methods run uncalibrated instead of failing.
    monkeypatch.setattr("civicdiscourse.stance.classifier.annotation_files", list)
    out = tmp_path / "out.jsonl"
    assert main(["stance", str(statements_file), "-o", str(out), "--method", method]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    if method == "lexicon":
        _check(lines)
    else:
        assert [json.loads(x)["participation"]["label"] for x in lines] == ["favor", "none", "none"]  # substring rule


def test_cli_explain(statements_file, tmp_path, monkeypatch):
    monkeypatch.setattr("civicdiscourse.stance.classifier.annotation_files", list)
    out = tmp_path / "out.jsonl"
    assert main(["stance", str(statements_file), "-o", str(out), "--method", "lexicon", "--explain"]) == 0
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    cues = first["stance_explain"]["participation"]["cues"]
    assert any(c["text"] == "بودجه مشارکتی" for c in cues)


def test_cli_rejects_non_statements(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("civicdiscourse.stance.classifier.annotation_files", list)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "سند"}\n', encoding="utf-8")
    assert main(["stance", str(bad), "--method", "lexicon"]) == 2
    assert "quote" in capsys.readouterr().err


def test_cli_reads_stdin_in_a_pipe(statements_file, mirror, data_home):
    env = {**os.environ, "CIVICDISCOURSE_MIRROR": str(mirror), "CIVICDISCOURSE_DATA": str(data_home),
           "HF_HUB_OFFLINE": "1"}
    with open(statements_file, encoding="utf-8") as stdin:
        result = subprocess.run([sys.executable, "-m", "civicdiscourse", "stance", "-"], stdin=stdin, env=env,
                                capture_output=True, text=True, check=True)
    _check(result.stdout.splitlines())
