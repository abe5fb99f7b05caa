"""TopicModel: vocabulary rules, scikit-learn conventions, determinism, labels and persistence."""

from __future__ import annotations

import random

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.utils.estimator_checks import parametrize_with_checks

from civicdiscourse.corpus import Corpus, Document
from civicdiscourse.topics import TopicModel, default_stopwords, tokenize_documents, variant_key
from civicdiscourse.topics.vocabulary import TermMapper

# Three synthetic themes; «شهرداري» (Arabic ye) and «پائين»/«پایین» are spelling variants,
# «می‌شود»/«میشود» a verb the stopwords must remove in either spelling.
THEMES = {
    "city": ["شهرداری", "شهرداري", "پارک", "بودجه", "مترو", "شورای", "عوارض", "پسماند", "پائین", "پایین"],
    "sport": ["فوتبال", "تیم", "لیگ", "بازیکن", "مربی", "ورزشگاه", "قهرمانی", "دروازه‌بان"],
    "health": ["بیمارستان", "پزشک", "واکسن", "بیمار", "پرستار", "دارو", "درمان", "سلامت"],
}
FILLER = ["از", "به", "که", "می‌شود", "میشود", "است", "گفت", "این", "در", "خبرنگار", "ایسنا"]


def themed_documents(n_per_theme: int = 30, *, seed: int = 0) -> list[Document]:
    """Synthetic news: each document draws words from one theme plus function words."""
    rng = random.Random(seed)
    months = ["2020-01-15", "2020-02-10", "2020-03-05"]
    jalali = {"2020-01-15": "1398-10-25", "2020-02-10": "1398-11-21", "2020-03-05": "1398-12-15"}
    outlets = ["Alef", "Be"]
    docs = []
    for t, (theme, words) in enumerate(THEMES.items()):
        for i in range(n_per_theme):
            body = rng.choices(words, k=12) + rng.choices(FILLER, k=8)
            rng.shuffle(body)
            date = months[(i + t) % 3]
            docs.append(Document(id=f"synthetic:{theme}-{i}", title="", text=" ".join(body), date=date,
                                 jalali_date=jalali[date], outlet=outlets[i % 2], source="synthetic"))
    return docs


@pytest.fixture(scope="module")
def documents():
    return themed_documents()


@pytest.fixture(scope="module")
def fitted(documents):
    return TopicModel(3, random_state=0, min_df=2, cache=False).fit(documents)


# --- vocabulary rules --------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("آئین‌نامه", "آیین‌نامه"),
    ("آیین‌نامه", "آییننامه"),
    ("می‌شود", "میشود"),
    ("مسئول", "مسیول"),
    ("مؤسسه", "موسسه"),
    ("آب", "اب"),
    ("اجزاء", "اجزا"),
    ("ة", "ه"),
])
def test_variant_key_merges_spellings(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("شهر", "شهرداری"),
    ("بار", "باران"),
    ("کار", "کارها"),
])
def test_variant_key_keeps_distinct_words(a, b):
    assert variant_key(a) != variant_key(b)


@pytest.mark.parametrize(("token", "lemmatize", "expected"), [
    ("شهرداری", False, "شهرداری"),
    ("میشود", False, None),            # stopword in its ZWNJ-less spelling too
    ("ایسنا", False, None),            # agency name
    ("خبرنگار", False, None),          # newsroom word
    ("قرار", False, None),             # light-verb complement
    ("ب", False, None),                # shorter than min_length
    ("آئین‌نامه", False, "ایین‌نامه".replace("\u200c", "")),
    ("شهرداری‌ها", True, "شهرداری"),   # plural → lemma
    ("کتاب‌ها", True, "کتاب"),
    ("می‌روند", True, None),           # verbs are dropped when lemmatising
])
def test_term_mapper(token, lemmatize, expected):
    mapper = TermMapper(stop_words=default_stopwords(), lemmatize=lemmatize, min_length=2)
    assert mapper.key(token) == expected


def test_topics_are_clean_and_separate_themes(fitted):
    stop = set(default_stopwords())
    top = fitted.top_terms(6)
    theme_of = {variant_key(w): theme for theme, words in THEMES.items() for w in words}
    for terms in top:
        assert not stop & set(terms)
        assert len({variant_key(t) for t in terms}) == len(terms)  # no spelling duplicates
        assert len({theme_of[variant_key(t)] for t in terms}) == 1
    assert sorted(theme_of[variant_key(t[0])] for t in top) == ["city", "health", "sport"]
    # the Persian spelling wins over the Arabic-ye variant as the shown form
    assert "شهرداری" in fitted.vocabulary_ and "شهرداري" not in fitted.vocabulary_


def test_learned_frequency_stopwords(documents):
    docs = [Document(id=d.id, text=d.text + " همایش") for d in documents]  # in every document
    model = TopicModel(3, random_state=0, min_df=2, max_df=0.9, cache=False).fit(docs)
    assert model.stop_words_ == ["همایش"]
    assert "همایش" not in model.vocabulary_


def test_empty_vocabulary_is_an_error():
    with pytest.raises(ValueError, match="empty vocabulary"):
        TopicModel(1, cache=False).fit(["از به که", "در این است"])


@pytest.mark.parametrize(("params", "message"), [
    ({"method": "plsa"}, "method"),
    ({"n_topics": 0}, "n_topics"),
    ({"max_df": 1.5}, "max_df"),
    ({"weighting": "bm25"}, "weighting"),
    ({"method": "lda", "weighting": "tfidf"}, "counts"),
    ({"stop_words": "english"}, "stop_words"),
])
def test_invalid_parameters(documents, params, message):
    with pytest.raises(ValueError, match=message):
        TopicModel(cache=False, **params).fit(documents)


def test_rejects_a_single_string():
    with pytest.raises(ValueError, match="string object received"):
        TopicModel(cache=False).fit("شهرداری تهران")


# --- scikit-learn behaviour ------------------------------------------------------------
def test_not_fitted():
    model = TopicModel(2)
    for call in (lambda: model.transform(["شهر"]), lambda: model.top_terms(), lambda: model.get_feature_names_out()):
        with pytest.raises(NotFittedError):
            call()


def test_transform_shapes_and_names(fitted, documents):
    weights = fitted.transform(documents[:5])
    assert weights.shape == (5, 3) and (weights >= 0).all()
    assert list(fitted.get_feature_names_out()) == ["topic0", "topic1", "topic2"]
    assert len(fitted.terms_) == len(fitted.vocabulary_) == fitted.components_.shape[1]
    # a Corpus and plain strings (title + text) are read the same way
    np.testing.assert_allclose(fitted.transform(Corpus(documents[:5])), weights)
    np.testing.assert_allclose(fitted.transform([d.text for d in documents[:5]]), weights)
    # words never seen in training give an all-zero row, not an error
    assert fitted.transform(["کلمه‌ای ناشناخته"]).sum() == 0


def test_pandas_output_uses_topic_labels(documents):
    model = TopicModel(3, random_state=0, min_df=2, cache=False).fit(documents)
    model.set_topic_labels({1: "ورزش"}).set_output(transform="pandas")
    frame = model.transform(documents[:2])
    assert list(frame.columns) == ["topic0", "ورزش", "topic2"]


def test_lda_fits_documents(documents):
    model = TopicModel(3, method="lda", random_state=0, min_df=2, max_iter=20, cache=False).fit(documents)
    weights = model.transform(documents)
    np.testing.assert_allclose(weights.sum(axis=1), 1.0)
    assert model.perplexity_ > 0 and model.idf_ is None


def test_clone_keeps_parameters_only(fitted):
    copy = clone(fitted)
    assert copy.get_params() == fitted.get_params()
    assert not hasattr(copy, "components_")


def _expected_failed_checks(estimator):
    if estimator.method == "nmf":
        # NMF.transform solves all rows jointly under one stopping tolerance, so a
        # row's loadings move by ~1e-7 when it is transformed in a smaller batch.
        return {"check_methods_subset_invariance": "NMF transform couples rows through its stopping rule"}
    return {}


# Raw text is the main input, but a non-negative document–term matrix is accepted too,
# so scikit-learn's numeric estimator checks apply to the factorisation path.
@parametrize_with_checks([TopicModel(3, cache=False), TopicModel(3, method="lda", max_iter=5, cache=False)],
                         expected_failed_checks=_expected_failed_checks)
def test_sklearn_compatible(estimator, check):
    check(estimator)


# --- determinism, labels, persistence -------------------------------------------------------
@pytest.mark.parametrize("method", ["nmf", "lda"])
def test_same_seed_same_model(documents, method):
    params = dict(method=method, random_state=3, min_df=2, max_iter=20, cache=False)
    a = TopicModel(3, **params).fit(documents)
    b = TopicModel(3, **params).fit(documents)
    np.testing.assert_array_equal(a.components_, b.components_)
    assert a.top_terms(8) == b.top_terms(8)


def test_labels_validation(fitted):
    model = clone(fitted).fit(themed_documents())
    with pytest.raises(ValueError, match="no topic"):
        model.set_topic_labels({5: "x"})
    with pytest.raises(ValueError, match="distinct"):
        model.set_topic_labels(["شهر", "شهر", None])
    model.set_topic_labels(["شهر", None, "سلامت"]).set_topic_labels({0: None})
    assert model.topic_names() == ["topic0", "topic1", "سلامت"]


def test_labels_persist_through_save_and_load(tmp_path, documents):
    model = TopicModel(3, random_state=0, min_df=2, cache=False).fit(documents)
    model.set_topic_labels({0: "مدیریت شهری", 2: "سلامت"})
    model.save(tmp_path / "a.joblib")
    loaded = TopicModel.load(tmp_path / "a.joblib")
    assert loaded.topic_names() == model.topic_names()
    assert loaded.top_terms(5) == model.top_terms(5)
    np.testing.assert_array_equal(loaded.transform(documents[:4]), model.transform(documents[:4]))
    assert loaded.get_params() == model.get_params()
    loaded.save(tmp_path / "b.joblib")  # deterministic format: same model, same bytes
    assert (tmp_path / "a.joblib").read_bytes() == (tmp_path / "b.joblib").read_bytes()


def test_saved_lda_transforms_like_the_original(tmp_path, documents):
    model = TopicModel(3, method="lda", random_state=1, min_df=2, max_iter=10, cache=False).fit(documents)
    model.save(tmp_path / "lda.joblib")
    loaded = TopicModel.load(tmp_path / "lda.joblib")
    np.testing.assert_array_equal(loaded.transform(documents[:6]), model.transform(documents[:6]))
    assert loaded.perplexity_ == model.perplexity_ and loaded.n_iter_ == model.n_iter_


def test_load_rejects_other_objects(tmp_path):
    import joblib

    joblib.dump(["not", "a model"], tmp_path / "x.joblib")
    with pytest.raises(TypeError):
        TopicModel.load(tmp_path / "x.joblib")


# --- token cache ------------------------------------------------------------------------
def test_token_cache_round_trip(tmp_path, documents):
    from civicdiscourse.topics import clear_memory_cache

    texts = [d.text for d in documents]
    first = tokenize_documents(texts, data_home=tmp_path, n_jobs=1)
    files = list((tmp_path / "tokens").glob("tokens-*.npz"))
    assert len(files) == 1
    clear_memory_cache()
    second = tokenize_documents(texts, data_home=tmp_path)  # read back from disk
    assert second.types == first.types
    np.testing.assert_array_equal(second.ids, first.ids)
    np.testing.assert_array_equal(second.lengths, first.lengths)
    assert second.document(1) == first.document(1)
    # different analyzer parameters or texts get their own file
    tokenize_documents(texts, data_home=tmp_path, keep_numbers=True, n_jobs=1)
    tokenize_documents(texts[:-1], data_home=tmp_path, n_jobs=1)
    assert len(list((tmp_path / "tokens").glob("tokens-*.npz"))) == 3
    clear_memory_cache()


def test_parallel_tokenisation_matches_serial(documents):
    texts = [d.text for d in documents] * 12  # 1080 documents: three chunks
    serial = tokenize_documents(texts, cache=False, n_jobs=1)
    parallel = tokenize_documents(texts, cache=False, n_jobs=2)
    assert serial.types == parallel.types
    np.testing.assert_array_equal(serial.ids, parallel.ids)


@pytest.mark.parametrize(("text", "expected"), [
    ("شهرداری‌ها پارک ساختند", ["شهرداری‌ها", "پارک", "ساختند"]),   # ZWNJ stays inside the word
    ("شهرداري تهران", ["شهرداری", "تهران"]),                          # Arabic ye normalised
    ("۱۲ پروژه در 2020", ["پروژه", "در"]),                             # numbers dropped by default
])
def test_tokens_use_project_analyzer(text, expected):
    assert tokenize_documents([text], cache=False).document(0) == expected
