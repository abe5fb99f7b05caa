"""civicdiscourse.cache: content hashes, code fingerprints, the disk memory and the text table."""

from __future__ import annotations

import numpy as np
import pytest

from civicdiscourse import cache, quotes
from civicdiscourse.corpus import Corpus, Document
from civicdiscourse.topics import TopicModel

DOC = Document(id="t:1", title="شورای شهر", text="شهردار تهران گفت: پروژه تمام می‌شود.", outlet="خبر")


class _Plain:
    def __init__(self, a, *, note=None):
        self.a = a
        self.other = note  # stored under another name: its content would be missed


def _other_doc():
    return Document(id="t:1", title="شورای شهر", text="شهردار تهران گفت: پروژه تمام شد.", outlet="خبر")


@pytest.mark.parametrize(("a", "b", "equal"), [
    ({"x": 1, "y": [1, 2]}, {"y": [1, 2], "x": 1}, True),          # dict order does not matter
    ({"b", "a"}, {"a", "b"}, True),                                 # nor set order
    ([1, 2], (1, 2), False),                                        # list and tuple differ
    ([1], [1.0], False),                                            # int and float differ
    ([True], [1], False),
    (["1"], [1], False),
    ("می‌شود", "میشود", False),                                       # ZWNJ counts
    (np.arange(3), np.arange(3), True),
    (np.arange(3), np.arange(3, dtype=np.int32), False),            # dtype counts
    (DOC, Document(**{f: getattr(DOC, f) for f in ("id", "title", "text", "outlet")}), True),
    (DOC, _other_doc(), False),
    (Corpus([DOC], name="a"), Corpus([DOC], name="a"), True),
    (Corpus([DOC], name="a"), Corpus([_other_doc()], name="a"), False),
    (TopicModel(5, random_state=0), TopicModel(5, random_state=0), True),
    (TopicModel(5, random_state=0), TopicModel(5, random_state=1), False),
    (quotes.QuoteExtractor(), quotes.QuoteExtractor(min_confidence=0.0), True),
    (quotes.QuoteExtractor(), quotes.QuoteExtractor(min_confidence=0.5), False),
])
def test_stable_hash_is_by_content(a, b, equal):
    assert (cache.stable_hash(a) == cache.stable_hash(b)) is equal


def test_stable_hash_counts_learned_state_and_refuses_guesses():
    unfitted = TopicModel(2, random_state=0)
    fitted = TopicModel(2, random_state=0).fit(np.array([[1.0, 0, 2], [0, 3, 1], [2, 1, 0]]))
    assert cache.stable_hash(unfitted) != cache.stable_hash(fitted)
    with pytest.raises(TypeError, match="cannot hash"):
        cache.stable_hash(lambda x: x)
    with pytest.raises(TypeError, match="cannot hash"):
        cache.stable_hash(object())
    with pytest.raises(TypeError, match="cannot hash"):
        cache.stable_hash(_Plain(1, note="x"))


@pytest.mark.parametrize(("module", "includes", "excludes"), [
    ("civicdiscourse.topics.evaluation", ["civicdiscourse.topics.model", "civicdiscourse.topics.vocabulary",
                                          "civicdiscourse.text"], ["civicdiscourse.quotes", "civicdiscourse.viz"]),
    ("civicdiscourse.quotes", ["civicdiscourse.quotes.extract", "civicdiscourse.quotes.lexicon",
                               "civicdiscourse.corpus"],  # the lexicon loads PEYMA inside a function
     ["civicdiscourse.topics", "civicdiscourse.stance"]),
    ("civicdiscourse.viz.wordclouds", ["civicdiscourse.viz", "civicdiscourse.viz.fonts"], ["civicdiscourse.quotes"]),
])
def test_dependencies_follow_imports(module, includes, excludes):
    found = cache.dependencies(module)
    assert module in found and "civicdiscourse" in found
    assert all(m in found for m in includes), set(includes) - set(found)
    assert not any(m in found for m in excludes)


def test_code_fingerprint_depends_on_the_modules():
    topics = cache.code_fingerprint("civicdiscourse.topics.model")
    assert topics == cache.code_fingerprint("civicdiscourse.topics.evaluation")  # same closure
    assert topics != cache.code_fingerprint("civicdiscourse.quotes")
    with pytest.raises(ValueError, match="not a civicdiscourse module"):
        cache.dependencies("numpy")


def test_data_a_module_registers_is_part_of_the_fingerprint(monkeypatch):
    """Learned data kept outside the source (PEYMA first names) keys the cache of all code using it."""
    from civicdiscourse.cache import code

    monkeypatch.setattr(code, "_DATA_INPUTS", dict(code._DATA_INPUTS))
    data = {"digest": "a"}
    code.register_data_input("civicdiscourse.quotes.lexicon", lambda: data["digest"])
    first = cache.code_fingerprint("civicdiscourse.quotes")
    assert first == cache.code_fingerprint("civicdiscourse.quotes")
    data["digest"] = "b"
    code.code_fingerprint.cache_clear()  # a new process: the fingerprint is computed again
    assert cache.code_fingerprint("civicdiscourse.quotes") != first
    topics = cache.code_fingerprint("civicdiscourse.topics.model")  # code that does not use the lexicon
    data["digest"] = "c"
    code.code_fingerprint.cache_clear()
    assert cache.code_fingerprint("civicdiscourse.topics.model") == topics
    code.code_fingerprint.cache_clear()


def test_memory_computes_once_then_reads(tmp_path):
    memory = cache.Memory(tmp_path)
    docs = Corpus([DOC, _other_doc()], name="tiny")
    first = memory.call(cache.stable_hash, docs)
    again = memory.call(cache.stable_hash, docs)
    assert first == again == cache.stable_hash(docs)
    assert (memory.hits, memory.misses) == (1, 1)
    assert memory.call(cache.stable_hash, Corpus([DOC], name="tiny")) != first  # other input, other entry
    assert memory.misses == 2
    path = memory.path(cache.stable_hash, docs)
    assert path.exists() and path.parent.name == cache.code_fingerprint("civicdiscourse.cache.hashing")[:24]
    wrapped = memory.cache(cache.stable_hash)
    assert wrapped(docs) == first and memory.hits == 2


def test_memory_bound_methods_and_torn_files(tmp_path):
    memory = cache.Memory(tmp_path)
    X = np.array([[1.0, 0, 2], [0, 3, 1], [2, 1, 0], [1, 1, 1]])
    model = memory.call(TopicModel(2, random_state=0).fit, X)
    again = memory.call(TopicModel(2, random_state=0).fit, X)
    assert again is not model and np.array_equal(again.components_, model.components_)
    assert memory.path(TopicModel(2, random_state=0).fit, X) != memory.path(TopicModel(2, random_state=1).fit, X)
    path = memory.path(TopicModel(2, random_state=0).fit, X)
    path.write_bytes(b"torn")
    assert np.array_equal(memory.call(TopicModel(2, random_state=0).fit, X).components_, model.components_)
    with pytest.raises(TypeError, match="module-level"):
        memory.call(lambda: 1)


def test_memory_can_be_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENABLE_ENV, "0")
    memory = cache.Memory(tmp_path)
    assert memory.call(cache.stable_hash, [1]) == cache.stable_hash([1])
    assert (memory.hits, memory.misses) == (0, 0) and not any(tmp_path.iterdir())


def test_old_code_versions_are_pruned(tmp_path):
    memory = cache.Memory(tmp_path)
    path = memory.path(cache.stable_hash, [1])
    function_dir = path.parent.parent
    for i in range(5):
        (function_dir / f"old{i}").mkdir(parents=True)
    memory.call(cache.stable_hash, [1])
    assert len([p for p in function_dir.iterdir() if p.is_dir()]) == cache.KEEP_VERSIONS
    assert path.exists()


def test_text_table_maps_and_persists(tmp_path):
    texts = ["شهرداری تهران", "شورای شهر", "شهرداری تهران"]
    table = cache.TextTable(cache.stable_hash, location=tmp_path)
    assert table.map(texts) == [cache.stable_hash(t) for t in texts]
    assert table.path().exists()
    cache.TextTable._loaded.clear()  # a new process reads the file
    assert table.map(texts[:2]) == [cache.stable_hash(t) for t in texts[:2]]
    off = cache.TextTable(cache.stable_hash, location=tmp_path / "off", enabled=False)
    assert off.map(texts) == [cache.stable_hash(t) for t in texts] and not (tmp_path / "off").exists()
