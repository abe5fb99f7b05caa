"""What may open a clause before its subject: adverbs, connectives, dates and time phrases.

:func:`opener_end` skips them («در همین حال X …», «۱۱ بهمن ۱۳۹۷، X …», «روز پنجشنبه X …»,
«پس از انتشار این خبر، X …»); the word sets are shared with :mod:`.mentions`, where time
words also end a title («سخنگوی وزارت تاکنون …»).
"""

from __future__ import annotations

from .lexicon import ORG_HEADS
from .names import OPEN_MARKS, TANWIN_ADVERBS, Token, is_verb_like, loose

# Time adverbs end a subject or a title («کارشناسان معمولاً …», «سخنگوی وزارت تاکنون …») and may precede one.
TIME_WORDS = frozenset(loose(w) for w in (
    "گاهی همواره معمولا اغلب تاکنون هنوز حالا الان اینک هم‌اکنون اخیرا قبلا پیشتر بعدها بارها چندی پیش این‌بار "
    "بامداد شامگاه همزمان زودتر "
    "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه").split()) | TANWIN_ADVERBS
TIME_NOUNS = frozenset(loose(w) for w in "روزها روز روزهای هفته هفته‌های سال سال‌های ماه ماه‌های ایام بار زمان".split())
RELATIVE_TIME = frozenset("گذشته آینده جاری پیش اخیر قبل بعد".split())
ADVERBS = frozenset(loose(w) for w in (
    "همچنین نیز سپس اما ولی البته امروز دیروز و هم همچنان بلافاصله ضمنا اکنون "
    "مثلا دوباره مجددا متاسفانه خوشبختانه خداروشکر خداراشکر الحمدلله قطعا احتمالا طبیعتا اتفاقا گرچه اگرچه هرچند").split()) | TIME_WORDS

_MONTHS = frozenset(loose(w) for w in (
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند "
    "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه ژوییه اوت سپتامبر اکتبر نوامبر دسامبر").split())
# Connectives that lead into the subject without being part of it («در همین حال X …», «با این وجود X …»).
_CONNECTIVES = (("با", "این", "وجود"), ("با", "این", "حال"),
                ("از", "سوی", "دیگر"), ("از", "طرف", "دیگر"), ("در", "مقابل"), ("در", "عین", "حال"),
                ("هر", "چند"), ("در", "حالی", "که"), ("با", "وجود", "این"), ("چرا", "که"), ("چراکه",),
                ("زیرا", "که"), ("زیرا",), ("همانطور", "که"), ("درحالیکه",), ("درصورتیکه",), ("همانطوری", "که"), ("همانگونه", "که"),
                ("چنانکه",), ("چنان", "که"), ("وقتی",), ("هنگامی", "که"), ("زمانی", "که"), ("در", "ادامه"), ("آنطور", "که"), ("آنطوری", "که"), ("آنگونه", "که"))
# «پس از X،», «به دنبال X،»: a prepositional phrase that opens a clause and ends at its comma.
_OPENING_PREPOSITIONS = (("پس", "از"), ("بعد", "از"), ("قبل", "از"), ("پیش", "از"), ("در", "پی"), ("به", "دنبال"),
                         ("طی",))
_OPENING_PHRASE = 12  # tokens before the comma
_OPENING_PHRASES: dict[str, list[tuple[tuple[str, ...], bool]]] = {}  # first word -> (phrase, runs to a comma)
for _phrase, _to_comma in [(c, False) for c in _CONNECTIVES] + [(p, True) for p in _OPENING_PREPOSITIONS]:
    _OPENING_PHRASES.setdefault(_phrase[0], []).append((_phrase, _to_comma))
# «در این زمینه X …», «در همین راستا X …», «در این جلسه X …»: the topic or occasion just named
_TOPIC_NOUNS = frozenset("حال راستا باره زمینه خصوص رابطه ارتباط مورد میان بین".split())
_OCCASION_NOUNS = frozenset("جلسه نشست دیدار مراسم همایش".split())
_TIME_ADVERBS = TIME_WORDS | {"امروز", "دیروز", "اکنون"}
# «ساعاتی پس از …», «مدتی بعد …»: an indefinite stretch of time before «پس/بعد/قبل/پیش»
_TIME_STRETCHES = frozenset("ساعاتی ساعتی دقایقی لحظاتی مدتی چندی روزی".split())
_BEFORE_AFTER = frozenset("پس بعد قبل پیش".split())
# «در این جلسه که … حضور داشتند، X گفت»: a place or occasion described by a «که» clause that ends at the
# comma after its verb.
_RELATIVE_OPENING = 60  # tokens up to that comma
_FINITE_ENDINGS = ("ند", "شد", "بود", "کرد", "گردید", "است", "داشت", "یافت", "گرفت")


# Every word that may set off one of the openers of :func:`opener_end` (numbers and commas aside).
_DEMONSTRATIVES = ("این", "همین", "آن", "همان")
_OPENER_WORDS = (frozenset({"در", "همین", "این", "آن", "همان", "چند"}) | TIME_NOUNS | ADVERBS | _TIME_STRETCHES | _MONTHS
                 | frozenset(_OPENING_PHRASES))


def is_number(tok: Token) -> bool:
    return tok.w.isdigit()


def opener_end(toks: list[Token], i: int, cue_starts: frozenset[int] = frozenset()) -> int:
    """Index of the first token after the openers that may precede a subject.

    Openers are adverbs, connectives («در همین حال»), dates («۱۱ بهمن ۱۳۹۷،»), time phrases
    («روز پنجشنبه», «هفته گذشته», «همین دیروز», «در هفته‌های گذشته», «این بار») and a prepositional
    phrase closed by a comma («پس از انتشار این خبر،»).
    """
    n = len(toks)

    def word(k: int) -> str:
        return toks[k].w if k < n else ""

    while i < n:
        tok = toks[i]
        if tok.w not in _OPENER_WORDS and not is_number(tok) and tok.raw not in "،,":
            return i  # most clauses open with no opener: the checks below would all fail
        start = i
        if word(i) == "در" and word(i + 1) in _DEMONSTRATIVES and (word(i + 2) == "چند" or word(i + 2) in TIME_NOUNS):
            i += 1  # «در این چند روز», «در این روزها»
        if (word(i) in _DEMONSTRATIVES or word(i) == "در") and word(i + 1) == "چند" and word(i + 2) in TIME_NOUNS:
            i += 1  # «این چند روز», «در چند روز گذشته»: then as «این روز…»
        if (word(i) in _DEMONSTRATIVES or word(i) in ("در", "چند")) and (
                word(i + 1) in _TIME_ADVERBS or word(i + 1) in TIME_NOUNS):
            i += 1  # «همین دیروز», «این هفته», «در هفته‌های گذشته», «آن زمان»
        if word(i) == "در" and word(i + 1) in _DEMONSTRATIVES and (
                word(i + 2) in _TOPIC_NOUNS or word(i + 2) in _OCCASION_NOUNS and word(i + 3) != "که"
                and word(i + 3) not in ORG_HEADS):  # not «در این جلسه که … داشتند،» (below), «در جلسه دولت»
            i += 3
        elif word(i) in TIME_NOUNS:
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is not None and (nxt.w in RELATIVE_TIME or nxt.w in TIME_WORDS or is_number(nxt)):
                i += 2
            elif i > start:
                i += 1  # «این بار», «همین روزها»
        elif word(i) in ADVERBS and (word(i), word(i + 1)) != ("ولی", "الله"):  # «ولی الله …» is a name
            i += 1
        elif word(i) in _TIME_STRETCHES and word(i + 1) in _BEFORE_AFTER:
            i += 1 if word(i + 2) == "از" else 2  # «ساعاتی پس از X» goes on as a phrase; «مدتی بعد» ends here
        elif is_number(toks[i]) and word(i + 1) in _MONTHS:  # «۱۱ بهمن ۱۳۹۷»
            i += 3 if i + 2 < n and is_number(toks[i + 2]) else 2
        elif word(i) in _MONTHS and i + 1 < n and is_number(toks[i + 1]):  # «بهمن ۱۳۹۷»
            i += 2
        elif word(i) == "در" and (close := _relative_clause_end(toks, i, cue_starts)) is not None:
            i = close
        else:
            for phrase, to_comma in _OPENING_PHRASES.get(word(i), ()):
                if tuple(t.w for t in toks[i:i + len(phrase)]) != phrase:
                    continue
                if not to_comma:
                    i += len(phrase)
                    break
                close = next((k for k in range(i + len(phrase), min(n, i + _OPENING_PHRASE))
                              if toks[k].raw in "،," or toks[k].raw in OPEN_MARKS or toks[k].start in cue_starts
                              or is_verb_like(toks[k])), None)
                if close is not None and (toks[close].raw in "،," or toks[close].raw in OPEN_MARKS):
                    i = close  # «پس از انتشار این خبر «X» …»: a quoted name opens the clause
                break
        if i < n and toks[i].raw in "،,":
            i += 1
        if i == start:
            return i
    return i


def _relative_clause_end(toks: list[Token], i: int, cue_starts: frozenset[int]) -> int | None:
    """Index of the comma after the verb that closes «در X که … VERB،» opened at ``toks[i]``, or None.

    X is one to three words («این جلسه», «مراسمی», «نشست خبری امروز»); «در حالی که» is a connective.
    A cue inside the clause («در جلسه‌ای که X گفت، …») leaves it alone.
    """
    n = len(toks)
    that = next((k for k in range(i + 2, min(n, i + 5)) if toks[k].w == "که"), None)
    if that is None or toks[i + 1].w == "حالی" or any(t.is_punct for t in toks[i + 1:that]):
        return None
    for k in range(that + 2, min(n, that + _RELATIVE_OPENING)):
        tok = toks[k]
        if tok.start in cue_starts or tok.raw in OPEN_MARKS:
            return None
        verb = toks[k - 1]
        if tok.raw in "،," and (is_verb_like(verb) or verb.w.endswith(_FINITE_ENDINGS) and len(verb.w) > 3):
            return k  # commas between the clause's own phrases («وزیر راه، رییس سازمان …») go on
    return None
