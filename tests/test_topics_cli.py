"""``civicdiscourse topics``: output shape, determinism (also across processes), real corpus."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from test_topics_model import themed_documents

from civicdiscourse.cli import main
from civicdiscourse.topics import default_stopwords, variant_key


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("topics-cli") / "docs.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for doc in themed_documents():
            handle.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return path


@pytest.fixture(autouse=True)
def _data_home(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(tmp_path_factory.getbasetemp() / "cd-data"))


def _run(capsys, *args) -> str:
    assert main(["topics", *args]) == 0
    return capsys.readouterr().out


def test_json_output(capsys, jsonl):
    out = json.loads(_run(capsys, "--corpus", str(jsonl), "-k", "3", "--seed", "1", "--min-df", "2",
                          "--format", "json"))
    assert out["corpus"]["documents"] == 90
    assert out["model"] == {"method": "nmf", "k": 3, "seed": 1, "lemmatize": False, "min_df": 2, "max_df": 0.5,
                            "stability_seeds": [1, 2, 3]}
    assert set(out["metrics"]) >= {"npmi", "c_v", "umass", "diversity", "stability", "n_terms"}
    assert len(out["topics"]) == 3
    for topic in out["topics"]:
        assert len(topic["terms"]) == 10 and set(topic) >= {"npmi", "c_v", "umass", "share", "name"}


def test_text_output(capsys, jsonl):
    out = _run(capsys, "--corpus", str(jsonl), "-k", "3", "--method", "lda", "--min-df", "2", "--stability", "0")
    lines = out.strip().splitlines()
    assert lines[0].endswith("lda k=3 seed=0") and len(lines) == 5
    assert lines[-1].startswith("mean npmi") and "stability n/a" in lines[-1]


@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_same_seed_same_bytes_in_process(capsys, jsonl, method):
    args = ["--corpus", str(jsonl), "-k", "3", "--seed", "7", "--method", method, "--min-df", "2",
            "--format", "json", "--stability", "2"]
    assert _run(capsys, *args) == _run(capsys, *args)


def test_same_seed_same_bytes_in_a_fresh_interpreter(capsys, jsonl, tmp_path):
    """Another interpreter, another hash seed, a cold token cache: identical bytes."""
    args = ["topics", "--corpus", str(jsonl), "-k", "3", "--seed", "7", "--min-df", "2", "--format", "json"]
    here = _run(capsys, *args[1:]).encode("utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "CIVICDISCOURSE_DATA": str(tmp_path)}
    there = subprocess.run([sys.executable, "-m", "civicdiscourse", *args], env=env, capture_output=True,
                           check=True).stdout
    assert there == here and len(here) > 500


def test_save_writes_loadable_model(capsys, jsonl, tmp_path):
    from civicdiscourse.topics import TopicModel

    _run(capsys, "--corpus", str(jsonl), "-k", "3", "--min-df", "2", "--stability", "0",
         "--save", str(tmp_path / "m.joblib"))
    assert TopicModel.load(tmp_path / "m.joblib").n_topics_ == 3


@pytest.mark.shared
def test_real_corpus_topics_are_clean(load_source, tmp_path, monkeypatch):
    """IR-News sample: no stopwords and no spelling duplicates among the top terms."""
    from civicdiscourse.topics import TopicModel

    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(tmp_path))
    docs = load_source("ir-news")[:800]
    model = TopicModel(6, random_state=0, min_df=3).fit(docs)
    stop = set(default_stopwords())
    for terms in model.top_terms(10):
        assert not stop & set(terms)
        assert len({variant_key(t) for t in terms}) == 10
