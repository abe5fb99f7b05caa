"""Persian normaliser and tokenizer: (input, expected) tables."""

import pickle

import pytest
from sklearn.feature_extraction.text import CountVectorizer

from civicdiscourse.text import (
    PersianAnalyzer,
    PersianNormalizer,
    fold,
    normalize,
    normalize_with_offsets,
    stopwords,
    tokenize,
)

ZWNJ = "\u200c"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كتاب", "کتاب"),  # Arabic kaf
        ("علي", "علی"),  # Arabic yeh
        ("مصطفى", "مصطفی"),  # alef maksura
        (f"می{ZWNJ}روم", f"می{ZWNJ}روم"),  # ZWNJ kept
        (f"می{ZWNJ}{ZWNJ}روم", f"می{ZWNJ}روم"),  # runs collapse
        (f"کتاب {ZWNJ}ها", "کتاب ها"),  # ZWNJ next to a space is dropped
        (f"{ZWNJ}شهر{ZWNJ}", "شهر"),  # ZWNJ at the edges
        ("بِسْمِ", "بسم"),  # diacritics
        ("شــــهر", "شهر"),  # tatweel
        ("تهران\u00a0امروز", "تهران امروز"),  # no-break space
        ("برنامه\u00adریزی", f"برنامه{ZWNJ}ریزی"),  # a soft hyphen written for a ZWNJ
        ("برنامه \u00adریزی", "برنامه ریزی"),  # … and dropped next to a space, like a ZWNJ
        ("\u200fسلام\u200e", "سلام"),  # direction marks
        ("منطقه ٢١", "منطقه ۲۱"),  # Arabic-Indic digits become Persian
        ("منطقه 21", "منطقه 21"),  # Latin digits kept by default
        ("«من شهردارم»", "«من شهردارم»"),  # guillemets untouched
        ("“فرشید” گفت", "“فرشید” گفت"),  # curly quotes untouched
        ("ادارت و پناسیل", "ادارت و پناسیل"),  # typos are not "fixed"
    ],
)
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "digits", "expected"),
    [
        ("منطقه 21 و ٣", "persian", "منطقه ۲۱ و ۳"),
        ("منطقه ۲۱ و ٣", "latin", "منطقه 21 و 3"),
        ("۱۴۰۲", "keep", "۱۴۰۲"),
    ],
)
def test_digit_policy(raw, digits, expected):
    assert normalize(raw, digits=digits) == expected


def test_unknown_digit_policy_is_an_error():
    with pytest.raises(ValueError, match="digits must be one of"):
        normalize("۱", digits="roman")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("می روم", f"می{ZWNJ}روم"),
        ("کتاب ها", f"کتاب{ZWNJ}ها"),
    ],
)
def test_hazm_spacing(raw, expected):
    assert normalize(raw, spacing=True) == expected


@pytest.mark.parametrize(
    ("raw", "span", "original"),
    [
        ("علي\u0640\u0640 گفت", (4, 7), "گفت"),
        (f"شهرداري{ZWNJ}{ZWNJ}ها گفتند", (11, 16), "گفتند"),
        ("\u200fوي گفت: بايد", (8, 12), "بايد"),
        ("بِسْمِ الله", (0, 3), "بِسْم"),  # a span stops at its last kept letter
    ],
)
def test_offsets_map_back_to_the_original(raw, span, original):
    mapped = normalize_with_offsets(raw)
    start, end = mapped.span(*span)
    assert raw[start:end] == original


def test_offset_text_equals_fast_normaliser():
    samples = ["كتاب  \u200c ها", "\u200c\u200cشهر\u0640", "a\u00a0\u200cb", "", "۱٢3"]
    for sample in samples:
        assert normalize_with_offsets(sample).text == normalize(sample)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("تأکید", "تاکید"),
        (f"شهرداری{ZWNJ}ها", "شهرداری ها"),
        ("آمار", "امار"),
        ("كريم", "کریم"),
    ],
)
def test_fold(raw, expected):
    assert fold(raw) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"شهرداری{ZWNJ}ها می{ZWNJ}گویند", [f"شهرداری{ZWNJ}ها", f"می{ZWNJ}گویند"]),
        ("منطقه ۲۱، تهران.", ["منطقه", "۲۱", "تهران"]),
        ("«من شهردارم»", ["من", "شهردارم"]),
        ("“طرح” و \"برنامه\"", ["طرح", "و", "برنامه"]),
        ("۱۲٫۵ درصد", ["۱۲٫۵", "درصد"]),
    ],
)
def test_tokenize(text, expected):
    assert tokenize(text) == expected


def test_analyzer_never_splits_at_zwnj_unlike_sklearn_default():
    text = f"شهروندان می{ZWNJ}گویند شهرداری{ZWNJ}ها"
    default = CountVectorizer().build_analyzer()(text)
    assert "می" in default  # the default token_pattern cuts at ZWNJ
    ours = PersianAnalyzer()(text)
    assert ours == ["شهروندان", f"می{ZWNJ}گویند", f"شهرداری{ZWNJ}ها"]


def test_analyzer_in_vectorizer_drops_stopwords_and_boilerplate():
    analyzer = PersianAnalyzer(stop_words=stopwords())
    vectorizer = CountVectorizer(analyzer=analyzer).fit(["به گزارش ایسنا شهرداری تهران پروژه را آغاز کرد"])
    assert sorted(vectorizer.get_feature_names_out()) == sorted(["آغاز", "پروژه", "تهران", "شهرداری"])


def test_analyzer_is_picklable():
    analyzer = PersianAnalyzer(stop_words=["و"], lemmatize=True)
    clone = pickle.loads(pickle.dumps(analyzer))
    assert clone("كتاب‌ها و خانه") == analyzer("كتاب‌ها و خانه")


def test_stopwords_are_extendable_and_normalised():
    words = stopwords(extra=["شهرداري"])
    assert "شهرداری" in words and "به" in words and "ایسنا" in words
    assert "ایسنا" not in stopwords(boilerplate=False)


def test_normalizer_transformer():
    out = PersianNormalizer(digits="latin").fit_transform(["منطقه ۲۱", "كتاب"])
    assert list(out) == ["منطقه 21", "کتاب"]
