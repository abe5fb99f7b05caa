"""``civicdiscourse quotes``: JSONL in, Statement JSONL out, clear errors."""

from __future__ import annotations

import io
import json
import sys

from civicdiscourse.cli import main

DOCS = [{"id": "a", "text": "علی رضایی گفت: پل تمام شد.\nوی افزود: خیابان باز است.", "title": "t"},
        {"id": "b", "text": "خبری بدون نقل قول."}]


def _write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def test_cli_writes_statement_jsonl(tmp_path):
    source, out = tmp_path / "docs.jsonl", tmp_path / "statements.jsonl"
    _write(source, [json.dumps(d, ensure_ascii=False) for d in DOCS])
    assert main(["quotes", str(source), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert [(r["doc_id"], r["speaker"], r["cue"], r["pronoun"]) for r in records] == [
        ("a", "علی رضایی", "گفت", False), ("a", "علی رضایی", "افزود", True)]
    assert "علی" in lines[0]  # ensure_ascii=False
    assert list(records[0])[:3] == ["doc_id", "speaker", "role"]
    text = DOCS[0]["text"]
    assert all(text[r["quote_start"]:r["quote_end"]] == r["quote"] for r in records)
    main(["quotes", str(source), "-o", str(tmp_path / "again.jsonl")])
    assert (tmp_path / "again.jsonl").read_bytes() == out.read_bytes()


def test_cli_reads_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(DOCS[0], ensure_ascii=False) + "\n"))
    assert main(["quotes", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_cli_bad_line_names_file_and_line(tmp_path, capsys):
    source = tmp_path / "docs.jsonl"
    _write(source, [json.dumps(DOCS[0], ensure_ascii=False), '{"id": "x", "text": ', '{"text": "بی‌شناسه"}'])
    assert main(["quotes", str(source), "-o", str(tmp_path / "out.jsonl")]) == 2
    err = capsys.readouterr().err
    assert f"{source}:2" in err and "malformed JSON" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_skip_reports_bad_lines(tmp_path, capsys):
    source = tmp_path / "docs.jsonl"
    _write(source, [json.dumps(DOCS[0], ensure_ascii=False), "not json", '{"text": "بی‌شناسه"}'])
    assert main(["quotes", str(source), "--errors", "skip"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert "2 record(s) skipped" in captured.err and f"{source}:3" in captured.err


def test_cli_keeps_statements_without_a_speaker_only_when_asked(monkeypatch, capsys):
    line = json.dumps({"id": "c", "text": "وی افزود: خیابان باز است."}, ensure_ascii=False) + "\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(line))
    assert main(["quotes", "-"]) == 0
    assert capsys.readouterr().out == ""
    monkeypatch.setattr(sys, "stdin", io.StringIO(line))
    assert main(["quotes", "-", "--keep-unattributed"]) == 0
    [record] = [json.loads(out) for out in capsys.readouterr().out.splitlines()]
    assert (record["speaker"], record["cue"], record["quote"]) == (None, "افزود", "خیابان باز است.")
