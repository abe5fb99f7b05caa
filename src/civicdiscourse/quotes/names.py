"""Personal names, recognised offline with rules and lexicons.

A name is: honorifics («سید», «دکتر», «حجت‌الاسلام»), one or more first names
(the hand-written list, compounds such as «محمدرضا» or «حسینعلی», «…الله»),
then a surname of one to three words — a further word is taken only when it
is a surname part («نژاد», «زاده») or a rare word shaped like a surname.
Names wrapped in quote marks (“فرشید اسحاقی”) are taken as written.
Rarity comes from hazm's word frequencies (shipped with hazm, no download).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from ..text import ZWNJ
from .lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    FIRST_NAME_TAILS,
    HONORIFIC_PAIRS,
    HONORIFICS,
    ORG_HEADS,
    STOP,
    TITLE_HEADS,
    first_names,
    frequency,
    is_common_word,
    learned_surnames,
    verb_stems,
)

FIRST_NAMES = first_names()

# Letters that spellings of one name swap (چ/ج «حناچی/حناجی», پ/ب, ژ/ز, گ/ک, madda): folded when comparing names.
CONSONANT_FOLD = str.maketrans({"چ": "ج", "پ": "ب", "ژ": "ز", "گ": "ک", "آ": "ا", "ة": "ه"})
_CONSONANT_FOLDED: dict[str, str] = {}


def consonant_folded(word: str) -> str:
    """``word`` with :data:`CONSONANT_FOLD` applied (memoised: ``translate`` is slow on Persian text, and the
    same words are folded in document after document)."""
    folded = _CONSONANT_FOLDED.get(word)
    if folded is None:
        if len(_CONSONANT_FOLDED) > 500_000:
            _CONSONANT_FOLDED.clear()
        folded = _CONSONANT_FOLDED[word] = word.translate(CONSONANT_FOLD)
    return folded

PUNCT = frozenset("،,:;؛«»“”\"„")

OPEN_MARKS = frozenset("«“\"„")

CLOSE_FOR = {"«": "»", "“": "”", '"': '"', "„": "”"}

_VERB_WORDS = frozenset("است نیست هست بود بودند شد شدند شود شوند باشد باشند کرد کردند کند کنند دارد دارند "
                        "داشت داده دهد گرفت گیرد کرده شده بوده اند هستند نیستند نبود نشد نشده نکرد نکردند "
                        "ندارد ندارند نداشت نباشد نباشند بودم بودیم بودید آمد آمدند آمده انجام "
                        "کنم کنیم کنید شوم شویم شوید باشم باشیم باشید کردم کردیم کردید شدم شدیم شدید "
                        "دارم داریم دارید هستم هستیم هستید".split())

# The lexicons are written in ``lexicon.key`` form, which also folds «ئ» and drops «ء» («رئیس» → «رییس»);
# token lookups must use the same form.
_LOOSE = str.maketrans({ZWNJ: None, "ئ": "ی", "ء": None})


_LOOSE_CACHE: dict[str, str] = {}


def loose(raw: str) -> str:
    """Lookup form of a token: ZWNJ removed, «ئ» → «ی», «ء» dropped (as in the lexicons)."""
    w = _LOOSE_CACHE.get(raw)
    if w is None:
        if len(_LOOSE_CACHE) > 500_000:  # news vocabulary is bounded; keep memory so too
            _LOOSE_CACHE.clear()
        w = _LOOSE_CACHE[raw] = raw.translate(_LOOSE)
    return w


class Token(NamedTuple):
    start: int
    end: int
    raw: str
    w: str  # loose form: ZWNJ removed
    is_punct: bool

# One-word reporting verbs («گفتند», «افزود»): hazm's word list has lemmas only, so these look rare.
_REPORTING_WORDS = frozenset(f"{stem}{end}" for stem in ("گفت", "افزود", "نوشت", "فرمود", "پرسید", "خواست", "دانست")
                             for end in ("", "ند", "ه"))


def is_verb_like(tok: Token) -> bool:
    w = tok.w
    return (w in _VERB_WORDS or w in _REPORTING_WORDS or tok.raw.startswith(("می" + ZWNJ, "نمی" + ZWNJ))
            or w in {"می", "نمی"} or w.endswith(("هاست", "هاند"))
            or w.endswith("ند") and w[:-2] in _VERB_WORDS  # «داشتند», «گرفتند»: a listed past stem, plural
            or first_or_second_person(w))


_PERSON_ENDINGS = ("یم", "ید", "م")
# Adjectives a speaker says of themselves in the first person («امیدوارم», «معتقدم»).
_PREDICATES = frozenset("امیدوار معتقد مطمین موافق مخالف متاسف خوشحال نگران شرمنده ممنون متشکر مدیون".split())
# Verb prefixes and the shortest stem each takes: a bare stem (a past one, «دادیم») needs three letters and a
# first-person ending («درید», «بسام», «داوید» are names).
_VERB_PREFIXES = (("نمی", 2), ("می", 2), ("ب", 3), ("ن", 3), ("", 3))


@lru_cache(maxsize=65536)  # asked of words a subject scan passes over
def first_or_second_person(w: str) -> bool:
    """A verb or a predicate in the first or second person («بتوانم», «دادیم», «امیدوارم»): a word hazm's
    list does not have that is a verb stem of hazm's, or a common word, with a personal ending. It never
    names who speaks in the third person («امیدوارم بتوانم … آن‌ها به ما می‌گویند»)."""
    if frequency(w) or w in FIRST_NAMES:
        return False
    for ending in _PERSON_ENDINGS:
        if not w.endswith(ending):
            continue
        base = w[:-len(ending)]
        if base in _PREDICATES or ending == "یم" and len(base) >= 4 and is_common_word(base):
            return True  # «امیدوارم», «نیازمندیم»; a common noun with «م» is «my …» («خواهرم گفت»)
        if any(base.startswith(prefix) and len(base) - len(prefix) >= shortest and base[len(prefix):] in verb_stems()
               and (prefix or ending != "ید") for prefix, shortest in _VERB_PREFIXES):
            return True
    return False


def is_plural_noun(w: str) -> bool:
    """«سراهای», «دستیاران», «شهرداران»: a plural noun is never part of a personal name."""
    for ending in ("هایی", "هایش", "های", "ها"):  # «سراهای» is plural, «حاج‌رسولیها» a surname
        if w.endswith(ending) and len(w) > len(ending) + 1:
            stem = w[:-len(ending)]
            return stem in TITLE_HEADS or is_common_word(stem)
    return w in _PEOPLE_PLURALS or (w.endswith("ان") and len(w) > 4 and w[:-2] in TITLE_HEADS)


def people_plural(w: str) -> bool:
    """A plural of people («ساکنان», «اهالی», «کارشناسان», «پژوهشگران», «آمریکایی‌ها»), not of things («سال‌ها»)."""
    if w in _PEOPLE_PLURALS:
        return True
    for ending in ("ها", "ان"):
        stem = w[:-len(ending)]
        if w.endswith(ending) and len(stem) > 2 and (stem in TITLE_HEADS or stem.endswith(_PEOPLE_SUFFIXES)):
            return True
    return False


# Suffixes of nouns for people («پژوهشگر», «هنرمند», «پیمانکار», «آمریکایی»), before a plural ending.
_PEOPLE_SUFFIXES = ("گر", "مند", "کار", "یی", "ی", "چی", "دار", "شناس", "نگار", "ده")

_PEOPLE_PLURALS = frozenset("""ساکنان شهروندان کارشناسان کشاورزان مسئولان مسوولان مدیران نمایندگان دانشجویان کارگران
فعالان معلمان پزشکان پرستاران بازیکنان هواداران کاسبان مغازه‌داران رانندگان مردمان شاهدان حاضران معترضان
تظاهرکنندگان کارمندان بازنشستگان دستیاران همکاران وکلای اعضای مردم اهالی همسایگان همسایهها
نامزدها رسانهها زنان مردان""".replace("\u200c", "").split())

@lru_cache(maxsize=65536)  # asked of every word a subject scan passes over
def is_first_name_like(w: str) -> bool:
    """Unlisted but regular first names: «…الله», «…الدین», and glued «سیدمهدی», «میرحسین»."""
    if len(w) > 5 and w.endswith(("الله", "الدین")) and not w.startswith(("آیت", "حجت", "بسم")) and not w.endswith(
            ("شاالله", "شالله")):  # «ان‌شاءالله», «ماشاءالله» (hamza folded away) are no names
        return True
    if w.startswith(("سید", "سیده")) and len(w) > 5:
        return True
    if len(w) < 6:
        return False
    for cut in range(2, len(w) - 1):  # two first names written as one word («حسینعلی», «محمدمهدی»)
        if w[:cut] in FIRST_NAMES and (w[cut:] in FIRST_NAMES or w[cut:] in FIRST_NAME_TAILS):
            return True
    return w.startswith(("میر", "امیر")) and w[3 if w[0] == "م" else 4:] in FIRST_NAMES

_PREPOSITION_PREFIX = "به" + ZWNJ  # «به‌روز» (up to date) is no «بهروز»: names are written in one piece


def _first_name_at(toks: list[Token], i: int) -> int:
    """Number of tokens forming first name(s) at ``i`` (0 if none)."""
    names = FIRST_NAMES
    j = i
    while j < len(toks):
        w = toks[j].w
        if (w in names or is_first_name_like(w)) and not toks[j].raw.startswith(_PREPOSITION_PREFIX):
            j += 1
        elif j > i and w in FIRST_NAME_TAILS:
            j += 1
        elif w == "ولی" and j + 1 < len(toks) and toks[j + 1].w == "الله":
            j += 2
        else:
            break
        if j - i >= 3:
            break
    return j - i

_NAMEY: dict[str, bool] = {}
_HAS_DIGIT = re.compile(r"\d")


def namey(tok: Token) -> bool:
    """Could this token be part of a name (no stop word, title, verb, number or plural)?"""
    answer = _NAMEY.get(tok.raw)  # a token's lookup form and punctuation flag follow from its raw text
    if answer is None:
        if len(_NAMEY) > 500_000:
            _NAMEY.clear()
        answer = _NAMEY[tok.raw] = not (
            tok.is_punct or tok.w in STOP or tok.w in TITLE_HEADS or tok.w in ORG_HEADS or is_verb_like(tok)
            or tok.w in HONORIFICS or _HAS_DIGIT.search(tok.w) or is_plural_noun(tok.w))  # «اردیبهشت۹۶»
    return answer

# Military ranks take a grade and a corps before the name («سرتیپ دوم پاسدار …», «سرهنگ دوم …»).
RANKS = frozenset({"سردار", "سرلشکر", "سرتیپ", "سرهنگ", "سرگرد", "سروان", "ستوان", "دریادار", "دریابان",
                    "امیر", "ارتشبد", "سپهبد"})
RANK_GRADES = frozenset({"دوم", "یکم", "سوم", "پاسدار", "خلبان"})


def _honorifics_at(toks: list[Token], i: int) -> int:
    j = i
    while j < len(toks):
        if toks[j].w in HONORIFICS or (toks[j].w in RANKS and j + 1 < len(toks) and toks[j + 1].w in RANK_GRADES):
            j += 1
        elif j > i and toks[j].w in RANK_GRADES and toks[j - 1].w in RANKS | RANK_GRADES:
            j += 1
        elif j + 1 < len(toks) and (toks[j].w, toks[j + 1].w) in HONORIFIC_PAIRS:
            j += 2
        else:
            break
    return j - i

def parse_name(toks: list[Token], i: int, *, known: Callable[[str], bool] | None = None) -> int:
    """Length in tokens of a personal name starting at ``i`` (0 if none)."""
    h = _honorifics_at(toks, i)
    j = i + h
    f = _first_name_at(toks, j)
    if f == 0 and h == 0:
        return 0
    j += f
    if (f and j + 1 < len(toks) and toks[j].w in TITLE_HEADS and toks[i + h].w not in AMBIGUOUS_FIRST_NAMES
            and (toks[j + 1].w in TITLE_HEADS or toks[j + 1].raw in "،,")):
        return h + f + 1  # «علیرضا دبیر، عضو شورا»: a surname that is also a title word, before the title
    if f >= 2 and (j >= len(toks) or not namey(toks[j])) and toks[j - 1].w in FIRST_NAMES:
        return h + f  # «محمدرضا عارف گفت»: the last «first name» is the surname
    if f and j + 1 < len(toks) and toks[j].w in _HAJ and namey(toks[j + 1]):
        j += 1  # «حمیدرضا حاجی بابایی»: after a first name «حاجی» opens the surname, it is no honorific
    elif j >= len(toks) or not namey(toks[j]):
        return h + f if f and h else 0  # «دکتر علی» alone is still a name; a lone first name is not
    if (f and h == 0 and toks[i].w in AMBIGUOUS_FIRST_NAMES and f == 1 and is_common_word(toks[j].w)
            and toks[j].w not in SURNAME_PARTS):  # «رحمان زاده» is «رحمان‌زاده» written apart
        return 0
    if _glued(toks[j].w) or _infinitive(toks[j].w) or toks[j].w == "آباد":  # «علی آباد کتول» is a town
        return h + f if f and h else 0
    j += 1  # first surname token (any non-stop word)
    if (f and toks[j - 1].w in SURNAME_PARTS and j < len(toks) and toks[j].w in FIRST_NAMES
            and toks[j].w not in AMBIGUOUS_FIRST_NAMES and _closes_name(toks, j + 1)):
        j += 1  # «زهرا نژاد بهرام»: a surname opening with «نژاد» goes on with a word that is also a first name
    for _ in range(2):  # up to two more surname tokens: «نژاد», «زاده» … or rare words before a boundary
        if (j + 1 < len(toks) and toks[j + 1].w == "ای" and namey(toks[j]) and not is_common_word(toks[j].w)
                and toks[j].w not in FIRST_NAMES):
            j += 2  # «اژه ای»: «اژه‌ای» with its suffix written apart
        elif j < len(toks) and namey(toks[j]) and not _glued(toks[j].w) and toks[j].w not in TANWIN_ADVERBS and (
                not _ezafe_of_common(toks[j].w)) and (
                toks[j].w in SURNAME_PARTS or surname_shaped(toks[j].w) or (
                    not is_common_word(toks[j].w) and toks[j].w not in FIRST_NAMES and _closes_name(toks, j + 1))
                or (f and toks[j].w not in FIRST_NAMES and _before_apposition(toks, j + 1))
                or (f and j - i - h > f and toks[j].w not in FIRST_NAMES and _before_today(toks, j + 1))
        ) and not (j + 1 < len(toks) and toks[j + 1].w == "را"):
            j += 1
        else:
            break
    return j - i


def _infinitive(w: str) -> bool:
    """«پرداختن», «نپرداختن»: a verbal noun after a first name («امید») is never its surname."""
    return w.endswith(("تن", "دن")) and (is_common_word(w) or w.startswith("ن") and is_common_word(w[1:]))


# Adverbs with a (dropped) tanwin, rare enough to pass for a surname («مهدی X صراحتا گفت»).
TANWIN_ADVERBS = frozenset("""صراحتا رسما شخصا اخیرا قبلا مجددا دقیقا اساسا ضمنا فعلا بعدا واقعا عملا کاملا
نهایتا اصلا حتما تقریبا مستقیما غالبا معمولا ظاهرا متقابلا""".split())


_HAJ = frozenset({"حاج", "حاجی"})


def _ezafe_of_common(w: str) -> bool:
    """«دکترای», «آقای»: a common word ending in «ا» with the ezafe «ی» opens a phrase after a name
    («سعید X دکترای اپیدمیولوژی»); it never ends one (surnames write «ایی»: «طباطبایی»)."""
    return w.endswith("ای") and len(w) > 3 and is_common_word(w[:-1]) and w not in learned_surnames()


def _before_apposition(toks: list[Token], k: int) -> bool:
    """Is token ``k`` a title in apposition («… نوری قائم مقام …», «… شعاع، استاندار …»)?"""
    if k < len(toks) and toks[k].raw in "،," and k + 1 < len(toks):
        k += 1
    return k < len(toks) and toks[k].w in TITLE_HEADS

def _before_today(toks: list[Token], k: int) -> bool:
    """Is token ``k`` «امروز/دیروز/امشب»? A common word between a surname and it is the surname's second part
    («رضا انجم شعاع امروز …»)."""
    return k < len(toks) and toks[k].w in _TODAY


_TODAY = frozenset({"امروز", "دیروز", "امشب"})


def _closes_name(toks: list[Token], k: int) -> bool:
    """May a name end before token ``k``? (end, punctuation, a title, an adverbial)."""
    if k >= len(toks):
        return True
    tok = toks[k]
    return tok.is_punct or tok.w in TITLE_HEADS or tok.w in STOP or is_verb_like(tok)

SURNAME_ENDINGS = ("ی", "یان", "پور", "زاده", "فر", "نیا", "لو", "وند", "راد", "منش")

def surname_shaped(w: str) -> bool:
    return ((w.endswith(SURNAME_ENDINGS) or w.endswith(_COMPOUND_ENDINGS) and len(w) > 6)
            and not is_common_word(w) and w not in FIRST_NAMES)


# Second parts of compound surnames written as one word («کریمی‌نژاد», «رفیعی‌تبار»; ZWNJ is folded away).
_COMPOUND_ENDINGS = ("نژاد", "تبار", "نسب", "مقدم", "پناه", "بخش", "دوست", "خواه", "آبادی")

SURNAME_PARTS = frozenset("نژاد زاده پور نیا فر راد منش وند کیا لو آبادی دوست خواه پناه بخش مقدم اصل تبار نسب فرد "
                          "زاد یار نژادی زادگان پوری خانی آذر".split())

_GLUE_PREFIXES = ("در", "با", "به", "از", "عصر", "صبح", "ظهر", "شب", "روز")

@lru_cache(maxsize=65536)  # asked of most words after a first name
def _glued(w: str) -> bool:
    """A function word glued to the next one («درحاشیه», «عصرامروز»): never part of a name."""
    for prefix in _GLUE_PREFIXES:
        rest = w[len(prefix):]
        if w.startswith(prefix) and len(rest) > 1 and (rest in STOP or rest in {"امروز", "دیروز"}
                                                       or rest.endswith("ای") and rest[:-1] in STOP):  # «درابتدای»
            return True
    return False

def quoted_name(toks: list[Token], i: int) -> int:
    """A name in quote marks (“فرشید اسحاقی”): length including the marks, or 0."""
    closer = CLOSE_FOR.get(toks[i].raw)
    if closer is None:
        return 0
    for j in range(i + 1, min(i + 6, len(toks))):
        if toks[j].raw == closer or (toks[j].raw in "”\"»"):
            inner = toks[i + 1:j]
            if not 1 <= len(inner) <= 4 or not all(namey(t) or t.w in HONORIFICS for t in inner):
                return 0
            after = toks[j + 1] if j + 1 < len(toks) else None
            starts_name = (_first_name_at(toks, i + 1) > 0 or _honorifics_at(toks, i + 1) > 0
                           or (len(inner) >= 2 and inner[0].w in AMBIGUOUS_FIRST_NAMES))  # «هدایت …»
            foreign = len(inner) >= 2 and not any(is_common_word(t.w) or t.w in FIRST_NAMES for t in inner)
            if starts_name or foreign or (after is not None and (after.w in TITLE_HEADS or after.raw in "،," or (
                    after.w == "یکی" and j + 2 < len(toks) and toks[j + 2].w == "از"))):  # “X” یکی از ساکنان
                return j - i + 1
            return 0
    return 0
