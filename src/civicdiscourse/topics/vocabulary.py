"""From token types to topic-model terms: variants, lemmas, stopwords, counts.

Every token *type* is mapped once to a term **key** (or dropped):

1. verb forms are dropped: words hazm's Lemmatizer knows as a conjugation but
   not as a word of its lexicon («تواند», «می‌کنید», «گرفت»; «بازی», «نشست»,
   «پرداخت» stay because they are nouns too); optional lemmatising reduces
   the rest to their lemma («شهرداری‌ها» → «شهرداری»);
2. a *variant key* that folds spellings a Persian reader sees as one word:
   ZWNJ or none («می‌شود»/«میشود»), hamza seat and madda («مسئول»/«مسیول»,
   «آیین»/«آئین», «آ»/«ا»), «ة»/«ه», a final «ء»;
3. the stopword test (on the type, its lemma and its key), and a minimum
   length.

A term is shown as its most frequent surface form, so variants never appear
as two terms of one topic.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from ..text import ZWNJ, normalize, stopwords
from .tokens import TokenTable

_VARIANT = str.maketrans({ZWNJ: "", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ی", "ة": "ه"})

# Words that are not in hazm's list but carry no topic in Persian news: parts of
# light verbs and reporting phrases, vague quantities and time words, agency and
# outlet names, and newsroom furniture (photo credits, "read more", links).
TOPIC_STOPWORDS = (
    # light-verb complements and connectives
    "قرار اعلام انجام صورت توجه اشاره عنوان اساس جمله طریق دنبال مورد موارد ادامه بیان نظر "
    "تاکید تأکید مطرح ارائه اقدام حضور سوی درباره دلیل علت نشان بخش طور شکل حال حالی همین "
    "اینکه چنین چنان چرا چگونه چطور کدام هیچ همه همگی برخی بعضی تمام تمامی کل دیگر دیگری "
    "خود خودش خویش یکی دو سه چهار پنج شش هفت هشت نه ده صد هزار میلیون میلیارد "
    "یکصد دویست سیصد چهارصد پانصد ششصد هفتصد هشتصد نهصد بیست سی چهل پنجاه شصت هفتاد هشتاد نود "
    "یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده نیم ربع "
    "نخست اول دوم سوم اولین دومین سومین آخرین بیش بیشتر کمتر بسیار خیلی زیادی چند چندین "
    "ها های ای هایی ترین تر اند ام ایم اید "
    # time words
    "سال سالهای سال‌های ساله امسال امروز امروزه دیروز فردا هفته ماه ماهه روز روزهای روزه شب ساعت "
    "زمان زمانی اکنون هم‌اکنون حاضر گذشته آینده اخیر اخیرا اخیراً پیش پس قبل بعد طول مدت دوره "
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند شنبه یکشنبه دوشنبه "
    "سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه "
    # reporting and newsroom words, agency and outlet names
    "خبر اخبار گزارش گزارشی خبرنگار خبرنگاران خبرگزاری رسانه رسانه‌ها منبع منابع نقل مطلب "
    "عکس تصویر تصاویر ویدئو ویدیو فیلم لینک کلیک بیشتر بخوانید مشاهده "
    "ایسنا ایرنا ایلنا ایکنا تسنیم فارس مهر خبرآنلاین تابناک عصرایران مشرق روزنو "
    "صبحانه همشهری آنلاین سایت پایگاه کانال تلگرام اینستاگرام توییتر "
    # verbs and verb parts hazm's list misses
    "کرد کرده کردند کرده‌اند کردن کند کنند کنیم کنید می‌کند می‌کنند شد شده شدن شدند شده‌اند "
    "شود شوند می‌شود می‌شوند خواهد خواهند باشد باشند بود بودند بوده است هست هستند نیست "
    "دارد دارند داشت داشتند داشته داده دهد دهند می‌دهد گرفت گرفته گیرد می‌گیرد رسید رسیده "
    "گفت گفته گوید می‌گوید افزود کرد نشده نمی‌شود نمی‌کند ندارد ندارند نبود نیز "
    "وی ایشان آنها آن‌ها اینها این‌ها"
).split()


def default_stopwords(extra: Iterable[str] = ()) -> list[str]:
    """The topic models' default stopwords, sorted.

    hazm's list and the news boilerplate of :func:`civicdiscourse.text.stopwords`
    plus :data:`TOPIC_STOPWORDS` plus ``extra`` — all normalised.
    """
    words = stopwords(extra=TOPIC_STOPWORDS)
    return sorted(words | {normalize(w) for w in extra})


def variant_key(word: str) -> str:
    """Spelling-insensitive key of a normalised word (see module docstring).

    >>> variant_key("آئین‌نامه") == variant_key("آیین نامه".replace(" ", ""))
    True
    """
    key = word.translate(_VARIANT)
    return key[:-1] if key.endswith("ء") and len(key) > 2 else key


_KEY_MEMO: dict[tuple, dict[str, str | None]] = {}  # TermMapper settings → token → key
_KEY_MEMO_SIZE = 2


@lru_cache(maxsize=1)
def _lemmatizer():
    from hazm import Lemmatizer

    return Lemmatizer()


def _is_verb_form(token: str) -> bool:
    lemmatizer = _lemmatizer()
    return token in lemmatizer.verbs and token not in lemmatizer.words


class TermMapper:
    """Maps token types to term keys (``None`` = dropped); a pure function of its settings.

    Parameters
    ----------
    stop_words : iterable of str
        Words to drop; compared on type, lemma and variant key.
    lemmatize : bool
        Reduce inflected nouns to their lemma (and drop every verb lemma).
    min_length : int
        Shorter terms are dropped.
    drop_verbs : bool
        Drop words that are only known as verb forms.
    """

    def __init__(self, *, stop_words: Iterable[str], lemmatize: bool, min_length: int,
                 drop_verbs: bool = True) -> None:
        normalised = {normalize(w) for w in stop_words}
        self.stop = normalised | {variant_key(w) for w in normalised}
        self.lemmatize = lemmatize
        self.min_length = min_length
        self.drop_verbs = drop_verbs

    def keys(self, tokens: Iterable[str]) -> list[str | None]:
        """:meth:`key` of every token; each distinct token is mapped once per process and setting.

        Fitting several models on one corpus (``select_k``, stability, then the
        reported model) maps the same ~10⁵ types each time; the results are a
        pure function of the settings, so they are remembered.
        """
        settings = (frozenset(self.stop), self.lemmatize, self.min_length, self.drop_verbs)
        memo = _KEY_MEMO.pop(settings, None)
        if memo is None:
            memo = {}
        _KEY_MEMO[settings] = memo  # most recent last
        while len(_KEY_MEMO) > _KEY_MEMO_SIZE:
            _KEY_MEMO.pop(next(iter(_KEY_MEMO)))
        out = []
        for token in tokens:
            try:
                out.append(memo[token])
            except KeyError:
                out.append(memo.setdefault(token, self.key(token)))
        return out

    def key(self, token: str) -> str | None:
        if token in self.stop:
            return None
        if self.drop_verbs and _is_verb_form(token):
            return None
        if self.lemmatize:
            lemma = _lemmatizer().lemmatize(token)
            if "#" in lemma or lemma in self.stop:
                return None
            token = lemma
        key = variant_key(token)
        if len(key) < self.min_length or key in self.stop:
            return None
        return key


def count_matrix(table: TokenTable, mapper: TermMapper, *, key_index: dict[str, int] | None = None):
    """Document–term count matrix of ``table``.

    Parameters
    ----------
    table : TokenTable
    mapper : TermMapper
    key_index : dict, optional
        Fixed ``key → column`` map (transform); when ``None`` the columns are
        all keys seen, sorted, and their display forms are learned (fit).

    Returns
    -------
    X : scipy.sparse.csr_matrix of int64
    keys : list of str
        Key of each column (only when learning; else ``key_index`` order).
    display : list of str
        Most frequent surface form of each column (only when learning).
    """
    type_keys = mapper.keys(table.types)
    if key_index is None:
        keys = sorted({k for k in type_keys if k is not None})
        key_index = {k: i for i, k in enumerate(keys)}
    else:
        keys = list(key_index)
    column_of_type = np.fromiter((key_index.get(k, -1) if k is not None else -1 for k in type_keys),
                                 dtype=np.int64, count=len(type_keys))
    columns = column_of_type[table.ids]
    rows = table.doc_index
    keep = columns >= 0
    X = sp.csr_matrix((np.ones(int(keep.sum()), dtype=np.int64), (rows[keep], columns[keep])),
                      shape=(len(table), len(keys)))
    X.sum_duplicates()
    display = _display_forms(table, column_of_type, len(keys)) if keys else []
    return X, keys, display


def _display_forms(table: TokenTable, column_of_type: np.ndarray, n_columns: int) -> list[str]:
    counts = table.type_counts()
    best: list[tuple[int, str] | None] = [None] * n_columns
    for t, column in enumerate(column_of_type):
        if column < 0:
            continue
        candidate = (-int(counts[t]), table.types[t])  # most frequent, then alphabetical
        if best[column] is None or candidate < best[column]:
            best[column] = candidate
    return [b[1] if b is not None else "" for b in best]


def document_frequency_filter(X, *, min_df: float | int, max_df: float | int,
                              max_features: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Columns kept by the df limits (scikit-learn's semantics) and columns cut for being too frequent.

    Returns
    -------
    kept : ndarray of int
        Column indices, ascending.
    too_frequent : ndarray of int
        Columns above ``max_df`` (the learned, corpus-specific stopwords).
    """
    n_docs = X.shape[0]
    df = np.bincount(X.indices, minlength=X.shape[1]) if X.nnz else np.zeros(X.shape[1], np.int64)
    high = max_df if isinstance(max_df, (int, np.integer)) and not isinstance(max_df, bool) else max_df * n_docs
    low = min_df if isinstance(min_df, (int, np.integer)) and not isinstance(min_df, bool) else min_df * n_docs
    too_frequent = np.flatnonzero(df > high)
    mask = (df >= low) & (df <= high)
    kept = np.flatnonzero(mask)
    if max_features is not None and len(kept) > max_features:
        totals = np.asarray(X.sum(axis=0)).ravel()[kept]
        order = np.lexsort((kept, -totals))[:max_features]  # most frequent first, ties by column
        kept = np.sort(kept[order])
    return kept, too_frequent


def validate_df(min_df: float | int, max_df: float | int) -> None:
    """Raise ``ValueError`` for a float outside [0, 1] or a negative int."""
    for name, value in (("min_df", min_df), ("max_df", max_df)):
        if isinstance(value, float) and not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} as a float must be in [0, 1], got {value}")
        if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and value < 0:
            raise ValueError(f"{name} as an int must be >= 0, got {value}")
