"""`civicdiscourse corpus ...` end to end through the mirror."""

import json

import pytest

from civicdiscourse import corpus
from civicdiscourse.cli import main


@pytest.fixture()
def env(mirror, data_home, monkeypatch):
    monkeypatch.setenv("CIVICDISCOURSE_MIRROR", str(mirror))
    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(data_home))


def test_list_names_every_source(capsys):
    assert main(["corpus", "list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert names == corpus.available()
    assert names == ["ir-news", "fars-news", "fars-2023", "hamshahri-rss", "radiofarda-rss", "peyma", "arman",
                     "persian-stance", "lexipers"]


def test_info_prints_card_and_measured_counts(env, capsys):
    assert main(["corpus", "info", "fars-2023"]) == 0
    out = capsys.readouterr().out
    assert "records loaded: 243; skipped: 2" in out
    assert "dedupe: 243 → 218 documents (0 same URL, 25 same normalised text, 0 near-identical text)" in out
    assert "municipal (after dedupe): strict" in out


def test_export_municipal_jsonl_roundtrips(env, tmp_path, capsys):
    out = tmp_path / "municipal.jsonl"
    assert main(["corpus", "export", "fars-2023", "--municipal", "-o", str(out)]) == 0
    assert "exported" in capsys.readouterr().err
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all({"id", "text", "date", "jalali_date", "outlet"} <= r.keys() for r in records)
    again = corpus.load_jsonl(out)
    assert [d.id for d in again] == [r["id"] for r in records]
    assert all(corpus.is_municipal(f"{d.title}\n{d.text}") for d in again)


def test_export_csv(env, tmp_path):
    out = tmp_path / "docs.csv"
    assert main(["corpus", "export", "radiofarda-rss", "--format", "csv", "--limit", "5", "-o", str(out)]) == 0
    loaded = corpus.load_csv(out)
    assert len(loaded) == 5 and loaded[0].outlet == "Radio Farda"


def test_unknown_name_is_a_clean_error(env, capsys):
    assert main(["corpus", "info", "nope"]) == 2
    assert "unknown corpus 'nope'" in capsys.readouterr().err
