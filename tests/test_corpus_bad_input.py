"""Bad input: a clear error naming file and line, or a quarantine report with errors="skip"."""

import json

import pytest

from civicdiscourse import corpus
from civicdiscourse.corpus.errors import RecordError
from civicdiscourse.corpus.readers import READERS

GOOD = {"id": "a1", "text": "شهردار منطقه ۲ گفت: کار ادامه دارد.", "outlet": "آزمون"}


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "x", "text": "متن"', "malformed JSON"),
        ('{"text": "متنی بدون شناسه"}', "missing field 'id'"),
        ('{"id": "x"}', "empty or missing field 'text'"),
        ('{"id": "x", "text": "   "}', "empty or missing field 'text'"),
        ('{"id": "x", "text": 42}', "must be a string"),
        ('["id", "text"]', "expected a JSON object"),
        ('{"id": "a1", "text": "تکراری"}', "duplicate id 'a1'"),
    ],
)
def test_jsonl_errors_name_file_and_line(tmp_path, bad_line, message):
    path = write_lines(tmp_path / "docs.jsonl", [json.dumps(GOOD, ensure_ascii=False), "", bad_line])
    with pytest.raises(RecordError, match=message) as caught:
        corpus.load_jsonl(path)
    assert caught.value.path == str(path) and caught.value.line == 3
    assert f"{path}:3:" in str(caught.value)


def test_jsonl_skip_reports_every_left_out_line(tmp_path):
    lines = [json.dumps(GOOD, ensure_ascii=False), "{broken", '{"id": "b"}', json.dumps({"id": "c", "text": "خوب"})]
    loaded = corpus.load_jsonl(write_lines(tmp_path / "docs.jsonl", lines), errors="skip")
    assert [d.id for d in loaded] == ["a1", "c"]
    assert [(p.line, p.reason.split(":")[0]) for p in loaded.quarantine.problems] == [
        (2, "malformed JSON"), (3, "empty or missing field 'text'")]
    report = loaded.quarantine.report()
    assert report.startswith("2 record(s) skipped") and "docs.jsonl:2" in report
    assert len(loaded) + len(loaded.quarantine) == len(lines)


def test_jsonl_keeps_extra_fields_and_lists(tmp_path):
    record = dict(GOOD, categories="شهری|اجتماعی", reporter="آزمون")
    loaded = corpus.load_jsonl(write_lines(tmp_path / "d.jsonl", [json.dumps(record, ensure_ascii=False)]))
    doc = loaded["a1"]
    assert doc.categories == ["شهری", "اجتماعی"] and doc.extra["reporter"] == "آزمون"
    assert doc.to_dict()["reporter"] == "آزمون"


def test_wrong_encoding_is_named(tmp_path):
    path = tmp_path / "cp1256.jsonl"
    path.write_bytes(json.dumps(GOOD, ensure_ascii=False).encode("utf-8") + b"\n" +
                     '{"id": "b", "text": "شهر"}'.encode("cp1256") + b"\n")
    with pytest.raises(RecordError, match="not valid UTF-8") as caught:
        corpus.load_jsonl(path)
    assert caught.value.line == 2


def test_csv_loader(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text('id,text,date\n1,"سطر اول\nادامه",2020-01-01\n2,,2020-01-02\n3,شهر,2020-01-03\n',
                    encoding="utf-8")
    with pytest.raises(RecordError, match="empty or missing field 'text'") as caught:
        corpus.load_csv(path)
    assert caught.value.line == 4  # the quoted newline makes row 2 start on line 4
    loaded = corpus.load_csv(path, errors="skip")
    assert [d.id for d in loaded] == ["1", "3"] and loaded["1"].date == "2020-01-01"
    assert loaded.quarantine.problems[0].line == 4


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "docs.csv"
    path.write_text("id,body\n1,شهر\n", encoding="utf-8")
    with pytest.raises(RecordError, match="no column 'text'"):
        corpus.load_csv(path)


def test_folder_loader(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\nمتن خبر", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("", encoding="utf-8")
    with pytest.raises(RecordError, match="empty file"):
        corpus.load_folder(tmp_path)
    loaded = corpus.load_folder(tmp_path, errors="skip")
    assert [d.id for d in loaded] == ["user:a.txt"] and loaded[0].title == "عنوان"
    assert len(loaded.quarantine) == 1


def test_unknown_errors_policy(tmp_path):
    path = write_lines(tmp_path / "d.jsonl", ["{bad"])
    with pytest.raises(ValueError, match="errors must be"):
        corpus.load_jsonl(path, errors="ignore")


@pytest.mark.parametrize(
    ("reader", "content", "message", "line"),
    [
        ("ir-news", "only###three###fields\n\n", "header has 3 '###' fields", 1),
        ("ir-news", "t###ع###u###[]###2020-01-01 10:00:00###۱###[]\n1\n1\tجمله\nبدون شناسه\n",
         "without a TAB", 4),
        ("ir-news", "t###ع###u###[]###دیروز###۱###[]\n1\n1\tجمله\n", "unparseable date", 1),
        ("fars-json", '[{"title": "ع", "link": "x"}]', "record 0: missing field", None),
        ("fars-json", '[{"title": "ع",\n "link": }]', "invalid JSON", 2),
        ("peyma", "شهر|O\nبدون برچسب\n", "not a 'token<sep>TAG' line", 2),
    ],
)
def test_source_readers_name_file_and_line(tmp_path, reader, content, message, line):
    path = tmp_path / "file"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RecordError, match=message) as caught:
        list(READERS[reader](path, "file", "toy"))
    assert caught.value.line == line
