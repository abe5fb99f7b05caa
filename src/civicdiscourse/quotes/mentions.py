"""Who is speaking: parse the subject of an attribution into a mention.

A mention is the way a clause refers to its speaker:

``name``        a personal name, with or without honorifics, optionally with a title
                before it («شهردار منطقه ۹ علیرضا …») or after it («X، مدیر …،», “X” مدیر …)
``surname``     a single rare word standing alone as the subject («حناچی گفت:»), or a
                token of a person already named in the document
``pronoun``     «وی»، «او»، «ایشان»
``this_title``  «این مقام مسئول»، «این مدیر»، «این نماینده» …
``title``       a bare title («شهردار تهران گفت:»)
``org``         an organisation speaking («روابط عمومی شهرداری … اعلام کرد»)
``none``        no subject: omitted, continuing the previous speaker

Names come from :mod:`.names` (rules and lexicons, offline). Spans are
offsets into ``Layout.key``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text import ZWNJ
from .layout import Layout
from .lexicon import (
    HONORIFIC_PAIRS,
    HONORIFICS,
    KEPT_HONORIFICS,
    ORG_HEADS,
    PRONOUNS,
    ROLE_CONTINUATIONS,
    ROLE_WITH,
    STOP,
    TITLE_HEADS,
    frequency,
    is_common_word,
)
from .openers import ADVERBS, RELATIVE_TIME, TIME_NOUNS, TIME_WORDS, is_number, opener_end
from .tokens import tokens
from .names import (
    CLOSE_FOR,
    FIRST_NAMES,
    OPEN_MARKS,
    RANK_GRADES,
    RANKS,
    SURNAME_ENDINGS,
    Token,
    is_first_name_like,
    is_verb_like,
    loose,
    namey,
    parse_name,
    quoted_name,
    surname_shaped,
)

PREPOSITIONS = frozenset("از به با برای که درباره حضور توسط سوی نزد همراه میان بین علیه".split())
EVENT_NOUNS = frozenset("مراسم نشست جلسه همایش دیدار آیین بازدید برنامه گردهمایی سفر اجلاس هم‌اندیشی همایش".replace(
    ZWNJ, "").split())
THIS_TITLE_EXTRA = frozenset({"مقام", "مسیول", "مسوول", "مدیر", "مقامات"})
_PREFIX = re.compile(r"^[\s\W_]*?(?:(?:به گزارش|به نوشته|به نقل از|بنا بر|بنابر|براساس|بر اساس|طبق)"
                     r"[^،؛:\n]{0,120}?[،؛:][\s]*)+")
_LEAD_JUNK = re.compile(r"^[\s»”.،,:;؛*\-–—_/|()\[\]]+")  # opening marks stay: they may wrap a name

@dataclass(frozen=True)
class Mention:
    kind: str
    start: int
    end: int
    name: tuple[int, int] | None = None
    role: tuple[int, int] | None = None


NONE_KIND = "none"
SCAN_CHARS = 400  # a subject starts within the first words of its clause


def strip_prefix(layout: Layout, start: int, end: int) -> int:
    """Skip leading punctuation and agency boilerplate («به گزارش …،»).

    The boilerplate is kept when it runs into a name without a comma
    («به گزارش فارس از قزوین سید مسعود …، گفت»): the scan then passes over it.
    """
    segment = layout.match[start:end]
    m = _PREFIX.match(segment)
    if m and not any(t.w in HONORIFICS or t.w in FIRST_NAMES or is_first_name_like(t.w)
                     for t in tokens(layout, start, start + m.end())):
        start += m.end()
        segment = layout.match[start:end]
    m = _LEAD_JUNK.match(segment)
    return start + (m.end() if m else 0)


# «حاج/حاجی/میرزا/شیخ» open surnames too («حاجی بابایی»).
_SURNAME_HONORIFICS = frozenset({"حاج", "حاجی", "میرزا", "شیخ"})


def without_honorifics(layout: Layout, span: tuple[int, int]) -> tuple[int, int]:
    """A name span without the honorifics that open it («دکتر علی رضایی» → «علی رضایی»), so that a speaker
    is one person however the text addressed them; an honorific before a lone word stays when it may
    begin a surname («حاجی بابایی»)."""
    toks = [t for t in tokens(layout, *span) if not t.is_punct]
    k = 0
    while k < len(toks):
        if k + 1 < len(toks) and (toks[k].w, toks[k + 1].w) in HONORIFIC_PAIRS:
            step = 2
        elif toks[k].w in HONORIFICS and toks[k].w not in KEPT_HONORIFICS:
            step = 1
        else:
            break
        rest = len(toks) - k - step
        if rest == 0 or rest == 1 and step == 1 and toks[k].w in _SURNAME_HONORIFICS:
            break
        k += step
    return (toks[k].start, span[1]) if 0 < k < len(toks) else span


# Titles that name a relation to someone («وکیل X», «همسر X»): a name right after them is the other person.
RELATIONAL_HEADS = frozenset("وکیل همسر پدر مادر فرزند دختر پسر برادر خواهر".split())
# Titles that name a relation only when a name follows the head word at once: «نماینده آیت‌الله سیستانی» is
# his representative, «وزیر احمدی‌نژاد» served in his government; «نماینده مجلس علی مطهری» is the member of
# parliament himself.
AGENT_HEADS = frozenset("نماینده مشاور دستیار وزیر معاون".split())
_PLACE_TITLES = frozenset("شهردار استاندار فرماندار بخشدار دهیار".split())
# Provinces written in more than one word: the words after the first («خراسان رضوی», «سیستان و بلوچستان»).
_PROVINCE_TAILS = {"خراسان": (("رضوی",), ("شمالی",), ("جنوبی",)), "آذربایجان": (("شرقی",), ("غربی",)),
                   "سیستان": (("و", "بلوچستان"),), "چهارمحال": (("و", "بختیاری"),),
                   "کهگیلویه": (("و", "بویراحمد"), ("و", "بویر", "احمد"))}


def _province_tail(toks: list[Token], k: int) -> int:
    """How many words after ``toks[k]`` complete a province's name (0 if none)."""
    for tail in _PROVINCE_TAILS.get(toks[k].w, ()):
        if tuple(t.w for t in toks[k + 1:k + 1 + len(tail)]) == tail:
            return len(tail)
    return 0


def _place_title(toks: list[Token], i: int) -> int:
    """Tokens of «شهردار منطقه ۲۰ تهران», «استاندار فارس», «شهردار سابق تهران» from the place title at ``i``:
    the title ends with its place."""
    n = len(toks)
    j = i + 1
    tenure = j < n and toks[j].w in {"جدید", "سابق", "اسبق", "پیشین", "وقت", "ویژه", "اسلامی"}  # «فرماندار ویژه تهران»
    k = j + tenure
    district = k < n and toks[k].w in {"منطقه", "ناحیه", "مناطق", "نواحی"}
    area = k < n and toks[k].w in {"استان", "شهرستان", "شهر", "کلانشهر", "بندر", "بخش", "روستای"}
    length = (4 if district else 3 if area else 2) + tenure
    place = i + length - 1
    return length + (_province_tail(toks, place) if place < n else 0)


_PLACE_OFFICES = frozenset("شهرداری استانداری فرمانداری بخشداری دهیاری".split())


def _place_office(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` an office named by its place («شهرداری تهران», «شورای (اسلامی) شهر اهواز»)?"""
    w = toks[j].w
    if w in _PLACE_TITLES or w in _PLACE_OFFICES:
        return True
    if w != "شورای":
        return False
    after = [t.w for t in toks[j + 1:j + 3]]
    return after[:1] == ["شهر"] or after == ["اسلامی", "شهر"]


def _continues(toks: list[Token], k: int) -> bool:
    """Does a title go on at ``toks[k]`` after a place («… شهردار تهران در امور …», «… شهردار تهران و …»)?"""
    if k >= len(toks):
        return False
    nxt = toks[k + 1].w if k + 1 < len(toks) else ""
    return toks[k].w in ROLE_CONTINUATIONS and nxt in ROLE_CONTINUATIONS[toks[k].w] or toks[k].w == "و"


def parse_role(toks: list[Token], i: int, *, cue_starts: frozenset[int] = frozenset()) -> int:
    """Length of a title/organisation phrase starting at the head ``toks[i]``."""
    j = i + 1
    n = len(toks)
    limit = _place_title(toks, i) if toks[i].w in _PLACE_TITLES else 16
    while j < n and j - i < limit:
        tok = toks[j]
        if (_place_office(toks, j) and j + 1 < n and toks[j + 1].w != "و"  # «حوزه شهردار و امور …»: no place
                and not _continues(toks, j + _place_title(toks, j))):
            # «معاون مالی شهردار تهران», «عضو کمیسیون عمران شورای شهر اهواز»: ends with the place; an office
            # where the place was due goes on to its own («قائم مقام شهرداری منطقه ۶ شهرداری تهران»)
            limit = j - i + _place_title(toks, j)
        if tok.raw in OPEN_MARKS and toks[i].w in ORG_HEADS:  # «نشریه «فارین پالیسی»», «روزنامه "اعتماد"»
            close = next((k for k in range(j + 1, min(n, j + 5)) if toks[k].raw == CLOSE_FOR[tok.raw]), None)
            if close is not None and close > j + 1 and all(namey(t) for t in toks[j + 1:close]):
                j = close + 1  # the quoted name closes the phrase
            break
        if tok.raw in "،," and (listed := _listed_to_cue(toks, j + 1, cue_starts)):
            j += 1 + listed  # «عضو کمیسیون فرهنگی، اجتماعی و زیست شهری شورای شهر گفت»
            break
        if tok.is_punct or tok.start in cue_starts or is_verb_like(tok) or tok.w in PRONOUNS or tok.w in TIME_WORDS:
            break
        if tok.w in TIME_NOUNS and j + 1 < n and toks[j + 1].w in RELATIVE_TIME:  # «دولت ایتالیا هفته گذشته»
            break
        if is_number(tok) and j + 1 < n and toks[j + 1].w in TIME_NOUNS:  # «مقام معظم رهبری ۱۵ سال قبل»
            break
        if tok.w in HONORIFICS or (tok.w in FIRST_NAMES and toks[j - 1].w not in _NAMED_AFTER_PEOPLE
                                   and parse_name(toks, j) >= 2):
            break  # «سخنگوی شهرداری علی رضایی»; not «معاون بیمارستان مسیح دانشوری», a place named after someone
        if tok.w in STOP and tok.w not in _NOUNS_IN_TITLES:
            nxt = toks[j + 1] if j + 1 < n else None
            if nxt is not None and (tok.w in ROLE_CONTINUATIONS and nxt.w in ROLE_CONTINUATIONS[tok.w] or (
                    tok.w == "با" and toks[j - 1].w in ROLE_WITH and not nxt.is_punct)):
                j += 2
                continue
            if (tok.w in {"این", "آن"} and nxt is not None and nxt.w in _ABSTRACT_OBJECTS
                    and not (j + 2 < n and toks[j + 2].w == "را")):  # before «را», the object is cut below
                break  # «به گفته سفیر انگلیس این موضوع …»: what the sentence is about, not whose office
            if (nxt is not None and tok.w in {"و", "این", "آن"} and not nxt.is_punct and nxt.w not in STOP
                    and nxt.w not in TIME_NOUNS and nxt.w not in TIME_WORDS
                    and not is_verb_like(nxt) and nxt.start not in cue_starts and nxt.w not in FIRST_NAMES):
                j += 2
                continue
            break
        j += 1
    while j - i > 1 and j < n and toks[j].w in _LIGHT_VERBS and toks[j].start not in cue_starts:
        j -= 1  # «… با حضور X، نماینده تبریز مطرح شد»: the word before a light verb belongs to the predicate
    if j - i > 1 and j < n and toks[j].w == "را":
        j -= 1  # «خزانه‌دار شورا زالی را خطاب قرار داد»: the word before «را» is the object
        if j - i > 2 and toks[j - 1].w in {"این", "آن"}:
            j -= 2  # «مسئولان کشورهای مذکور دلیل این اقدام را …»: so is the noun the demonstrative follows
    return j - i


def _listed_to_cue(toks: list[Token], k: int, cue_starts) -> int:
    """Length of a list item after a comma that runs to the cue (or to the end of the clause's tokens, which
    stop at the cue) and names an organisation, or 0."""
    end = min(len(toks), k + 8)
    for m in range(k, end):
        tok = toks[m]
        if tok.start in cue_starts:
            end = m
            break
        if tok.is_punct or is_verb_like(tok) or (tok.w in STOP and tok.w != "و"):
            return 0
    else:
        if end < len(toks):
            return 0  # too long for a title
    return end - k if any(t.w in ORG_HEADS for t in toks[k:end]) else 0


# Cue heads that are plain nouns inside a title («مسئول واحد خبر شهرداری»); as a cue they start a cue site.
_NOUNS_IN_TITLES = frozenset({"خبر"})
_LIGHT_VERBS = frozenset("شد شدند شده کرد کردند کرده نمود نمودند گردید گرفت گرفتند".split())


def _title_ok(toks: list[Token], i: int, first: int) -> bool:
    if i == first:
        return True
    prev = toks[i - 1]
    if prev.is_punct or prev.w in ADVERBS:
        return True
    if prev.w == "یک":  # «یک عضو شورای شهر»: an indefinite title (the resolver names nobody with it)
        return _title_ok(toks, i - 1, first)
    return prev.w in EVENT_NOUNS and i >= 2 and toks[i - 2].w in {"این", "آن"}


def _indefinite_office(toks: list[Token], i: int, cue_starts) -> bool:
    """«یک عضو شورای شهر تهران»: «یک» before a title of an office (three words or more) is read as a title;
    a shorter phrase («یک شهروند دیگر», «یک فعال سیاسی») stays an indefinite group."""
    return (toks[i].w == "یک" and i + 1 < len(toks) and toks[i + 1].w in TITLE_HEADS
            and parse_role(toks, i + 1, cue_starts=cue_starts) >= 3)


def _span(toks: list[Token], i: int, length: int) -> tuple[int, int]:
    return toks[i].start, toks[i + length - 1].end


def _name_span(toks: list[Token], i: int, length: int) -> tuple[int, int]:
    """Span of a parsed name without a leading military rank and grade («سرتیپ دوم پاسدار»)."""
    skip = 0
    while skip < length - 1 and (toks[i + skip].w in RANKS or toks[i + skip].w in RANK_GRADES):
        skip += 1
    return _span(toks, i + skip, length - skip)


_ONE_OF = frozenset({"یکی", "یکیدیگر"})


def _object(toks: list[Token], j: int) -> bool:
    """Whether «را» right after a name ending at token ``j`` makes the name an object."""
    return j < len(toks) and toks[j].w == "را"


def _role_and_name_after_name(toks: list[Token], j: int, cue_starts) -> tuple[int, tuple[int, int] | None]:
    """After a name ending at token ``j``: an apposition title («، مدیر …،» or «مدیر …»), also after the
    mark closing a quoted name («“مسعود سلیمانی” معاون …»)."""
    k = j
    if k < len(toks) and toks[k].raw in "»”\"" and k + 1 < len(toks) and toks[k + 1].w in TITLE_HEADS | {"،", ","}:
        k += 1
    if k < len(toks) and toks[k].raw in "،,":
        k += 1
    if k < len(toks) and toks[k].w in TITLE_HEADS:
        r = parse_role(toks, k, cue_starts=cue_starts)
        return k + r, _span(toks, k, r)
    if (k + 2 < len(toks) and toks[k].w in _ONE_OF and toks[k + 1].w == "از" and not toks[k + 2].is_punct
            and toks[k + 2].w not in STOP):
        r = parse_role(toks, k + 2, cue_starts=cue_starts)  # «X یکی از ساکنان محله»
        return k + 2 + r, (toks[k].start, toks[k + 1 + r].end)
    return j, None


def parse_subject(layout: Layout, start: int, end: int, *, known: Callable[[str], bool] | None = None,
                  strict: bool = False, cue_starts: frozenset[int] = frozenset(), scan: int = SCAN_CHARS) -> Mention:
    """The speaker mention in ``[start, end)`` (the clause before a cue).

    With ``strict`` only a mention at the clause start counts (used for the
    second cue of a sentence, whose subject is usually inherited).
    """
    start = strip_prefix(layout, start, end)
    toks = tokens(layout, start, min(end, start + scan))
    known = known or (lambda w: False)
    first = next((k for k, t in enumerate(toks) if not t.is_punct or t.raw in OPEN_MARKS), len(toks))
    first = opener_end(toks, first, cue_starts)
    if strict:  # allow only connectors/adverbs before the mention
        while first < len(toks) and (toks[first].w in ADVERBS or toks[first].is_punct) and not (
                first + 1 < len(toks) and (toks[first].w, toks[first + 1].w) == ("ولی", "الله")):  # «ولی الله …»
            first += 1
    adverbs_end = first  # the tokens of [first, adverbs_end) are all adverbs («همچنین X Y نیز …»)
    while adverbs_end < len(toks) and toks[adverbs_end].w in ADVERBS:
        adverbs_end += 1
    i = first
    limit = min(len(toks), first + (1 if strict else 30))
    while i < limit:
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else None
        after_prep = prev is not None and prev.w in PREPOSITIONS
        if may_open(tok):  # most words can only be a known surname or an unlisted name (below)
            if tok.w == "را":
                break
            if tok.raw in OPEN_MARKS:
                q = quoted_name(toks, i)
                if q:
                    name = (toks[i + 1].start, toks[i + q - 2].end)
                    k, role = _role_and_name_after_name(toks, i + q, cue_starts)
                    return Mention("name", toks[i].start, toks[k - 1].end, name, role)
            if tok.is_punct:
                i += 1
                continue
            if tok.w in REVERED and not after_prep:  # «امام علی (ع)», «حضرت …»: cited, not the speaker
                i += 1 + max(1, parse_name(toks, i + 1, known=known))
                continue
            counted = is_number(tok) and i + 2 < len(toks) and toks[i + 1].w in ("نفر", "تن") and toks[i + 2].w == "از"
            if (tok.w in QUANTIFIERS and not _indefinite_office(toks, i, cue_starts) or counted) and (
                    i == first or prev.is_punct or prev.w in ADVERBS):
                group = _quantified_group(toks, i + counted, cue_starts)  # «۳۱ نفر از نمایندگان» like «برخی از …»
                if group is not None:
                    return Mention("org", tok.start, group.end, None, (tok.start, group.end)) if counted else group
            if (tok.w in PRONOUNS and not after_prep and (i == first or prev.is_punct or prev.w in ADVERBS)
                    and not (i + 1 < len(toks) and toks[i + 1].w == "را")):  # «… و او را شایسته … ندانستند»: an object
                return Mention("pronoun", tok.start, tok.end)
            if tok.w == "این" and i + 1 < len(toks) and (toks[i + 1].w in TITLE_HEADS or toks[i + 1].w in THIS_TITLE_EXTRA):
                r = parse_role(toks, i + 1, cue_starts=cue_starts)
                return Mention("this_title", tok.start, toks[i + r].end)
            if tok.w == "این" and (i == first or prev.is_punct or prev.w in ADVERBS):
                # «این بازیگر باسابقه …» / «این فعال سیاسی …»: a person noun standing for the last speaker
                for k in range(i + 2, min(i + 6, len(toks) + 1)):
                    if k == len(toks) or toks[k].start in cue_starts or toks[k].w in _AFTER_SUBJECT:
                        words = toks[i + 1:k]
                        if words and all(namey(t) for t in words) and words[0].w not in _THING_NOUNS:
                            return Mention("this_title", tok.start, words[-1].end)
                        break
            if not after_prep and tok.w in FIRST_NAMES:  # «محمد، یکی از ساکنان محله»: vox pops give a first name only
                c = i + 2 if i + 1 < len(toks) and toks[i + 1].raw in "،," else i + 1
                if c + 1 < len(toks) and toks[c].w in _ONE_OF and toks[c + 1].w == "از":
                    k, role = _role_and_name_after_name(toks, i + 1, cue_starts)
                    if role is not None:
                        return Mention("name", tok.start, toks[k - 1].end, (tok.start, tok.end), role)
            if not after_prep:
                n = parse_name(toks, i, known=known)
                if n and _object(toks, i + n):  # «… وزارت عبدالله نوری را … دانست»: the name is what is spoken of
                    i += n + 1
                    continue
                if n:
                    k, role = _role_and_name_after_name(toks, i + n, cue_starts)
                    return Mention("name", tok.start, toks[k - 1].end, _name_span(toks, i, n), role)
            if tok.w in TITLE_HEADS and not after_prep and _title_ok(toks, i, first):
                r = parse_role(toks, i, cue_starts=cue_starts)
                if r == 1 and known(tok.w):  # «دبیر گفت» after «علیرضا دبیر»: a surname that is also a title word
                    return Mention("surname", tok.start, tok.end, (tok.start, tok.end))
                role = _span(toks, i, r)
                k = i + r
                if k < len(toks) and toks[k].raw in "،,":
                    k += 1
                if k < len(toks):
                    q = quoted_name(toks, k) if toks[k].raw in OPEN_MARKS else 0
                    n = q or parse_name(toks, k, known=known)
                    if n and (tok.w in RELATIONAL_HEADS or r == 1 and tok.w in AGENT_HEADS or _object(toks, k + n)) \
                            and k == i + r:
                        # «وکیل مدافع محمدعلی نجفی», «نماینده آیت‌الله سیستانی»: the name is whose;
                        # «خزانه‌دار شورا زالی را …»: whom
                        end = toks[k + n - 1].end
                        return Mention("title", tok.start, end, None, (tok.start, end))
                    if n:
                        name = (toks[k + 1].start, toks[k + q - 2].end) if q else _name_span(toks, k, n)
                        return Mention("name", tok.start, toks[k + n - 1].end, name, role)
                return Mention("title", tok.start, role[1], None, role)
            if tok.w in ORG_HEADS and i <= adverbs_end:  # «البته شورای …»
                r = parse_role(toks, i, cue_starts=cue_starts)
                return Mention("org", tok.start, toks[i + r - 1].end, None, _span(toks, i, r))
        if not after_prep and known(tok.w):
            n = 2 if i + 1 < len(toks) and known(toks[i + 1].w) else 1
            k, role = _role_and_name_after_name(toks, i + n, cue_starts)
            return Mention("surname", tok.start, toks[k - 1].end, _span(toks, i, n), role)
        if i <= adverbs_end and namey(tok) and tok.w not in ADVERBS:  # «همچنین X Y نیز …»
            unknown = _unknown_name(toks, i, cue_starts)
            if unknown:
                return unknown
        i += 1
    return Mention(NONE_KIND, start, start)


# «یک منبع آگاه», «برخی منابع», «یکی از ساکنان», «برخی اعضای حزب …»: an indefinite or partial group speaks.
REVERED = frozenset("امام حضرت پیامبر".split())
QUANTIFIERS = frozenset("یک یکی برخی بعضی تعدادی شماری جمعی گروهی بسیاری".split())
_GROUP_STOPS = frozenset("این آن همین همان".split())

# Words that may open a mention, or end the search («را»), in the branches of parse_subject before its
# last two (a known surname; an unlisted name at the clause start). A name opens with an honorific,
# a rank, a first name (listed, «…الله», glued «سیدمهدی») or «ولی» of «ولی الله».
_OPENING_WORDS = (frozenset({"را", "این", "ولی"}) | REVERED | QUANTIFIERS | PRONOUNS | FIRST_NAMES | HONORIFICS
                  | RANKS | {pair[0] for pair in HONORIFIC_PAIRS} | TITLE_HEADS | ORG_HEADS)
_MAY_OPEN: dict[str, bool] = {}


def may_open(tok: Token) -> bool:
    """Whether ``tok`` can set off one of the first branches of :func:`parse_subject` (memoised by its text)."""
    answer = _MAY_OPEN.get(tok.raw)
    if answer is None:
        if len(_MAY_OPEN) > 500_000:
            _MAY_OPEN.clear()
        answer = _MAY_OPEN[tok.raw] = (tok.is_punct or tok.w in _OPENING_WORDS or is_number(tok)
                                       or is_first_name_like(tok.w))
    return answer


def _quantified_group(toks: list[Token], i: int, cue_starts) -> Mention | None:
    j = i + 1
    if j + 1 < len(toks) and toks[j].w == "دیگر" and toks[j + 1].w == "از":  # «یکی دیگر از ساکنان»
        j += 1
    if j < len(toks) and toks[j].w == "از":
        j += 1
        if toks[i].w in _ONE_OF and j + 1 < len(toks) and toks[j].w in _GROUP_STOPS and not toks[j + 1].is_punct:
            j += 1  # «یکی از این ساکنان»: one member of the group just named, speaking for themself
    k = j
    while k < len(toks) and k - j < 5:
        tok = toks[k]
        if (tok.w == "و" and k > j and k + 1 < len(toks) and not toks[k + 1].is_punct  # «کارشناسان و تحلیلگران»
                and toks[k + 1].start not in cue_starts and not is_verb_like(toks[k + 1])
                and toks[k + 1].w not in _GROUP_STOPS):
            k += 1
            continue
        if tok.is_punct or tok.start in cue_starts or tok.w in _AFTER_SUBJECT or is_verb_like(tok) or tok.w in {
                "از", "به", "بر", "را", "که", "و"} or tok.w in _GROUP_STOPS or tok.w in STOP and tok.w != "دیگر":
            break  # «برخی اصلاح‌طلبان حتی …»: an adverb ends the group; «برخی دیگر» goes on
        k += 1
    if (k > j and k + 2 <= len(toks) and toks[k].w in ("این", "آن", "همین") and not toks[k + 1].is_punct
            and (k + 2 == len(toks) or toks[k + 2].start in cue_starts or toks[k + 2].w in _AFTER_SUBJECT)):
        k += 2  # «یکی از مسئولان این شرکت گفت»: the demonstrative names whose members speak
    # «برخی (کارشناسان) دلیل آن را … دانستند»: «دلیل آن» is the object, and the group ends before it
    object_next = k > j and k + 1 < len(toks) and toks[k].w in ("این", "آن") and toks[k + 1].w == "را"
    k -= object_next
    if k == j == i + 1 and (k == len(toks) or toks[k].start in cue_starts or object_next) and toks[i].w not in (
            "یک", "یکی"):
        return Mention("org", toks[i].start, toks[i].end, None, (toks[i].start, toks[i].end))  # «برخی معتقدند …»
    # the group ends at its cue, an adverbial, a preposition or the demonstrative opening an object («… این کار را»)
    if k == j or k - j > 5 or (k < len(toks) and not object_next and toks[k].start not in cue_starts
                               and toks[k].raw not in OPEN_MARKS  # «برخی از مسافران «ناچاری» را علت … می‌دانند»
                               and toks[k].w not in _AFTER_SUBJECT
                               and toks[k].w not in {"از", "بر", "به", "،", ","} | _GROUP_STOPS
                               and not _relative_before_cue(toks, k, cue_starts)):
        return None
    return Mention("org", toks[i].start, toks[k - 1].end, None, (toks[i].start, toks[k - 1].end))


def _relative_before_cue(toks: list[Token], k: int, cue_starts) -> bool:
    """«یکی از شهروندان که کارمند بانک است، می‌گوید»: a relative clause closed by a comma right before the cue."""
    if toks[k].w != "که":
        return False
    comma = next((c for c in range(k + 1, min(len(toks), k + 12)) if toks[c].raw in "،,"), None)
    return comma is not None and (comma + 1 == len(toks) or toks[comma + 1].start in cue_starts)


_NO_GROUP = frozenset({"آنچه", "هرچه", "چیزی"})  # «آنچه قابل توجه است … و می‌گویند»: a clause, not who speaks


def group_subject(layout: Layout, start: int, end: int) -> Mention | None:
    """The subject of a plural verb when no person was found («فلسطینیان اعلام کردند»): its first words."""
    start = strip_prefix(layout, start, end)
    toks = tokens(layout, start, min(end, start + 80))
    toks = toks[opener_end(toks, 0):]  # «گاهی برخی می‌گویند», «۱۱ بهمن ۱۳۹۷، وزرای خارجه …»
    words = []
    for tok in toks:
        if tok.w == "دیگر" and len(words) == 1:  # «عده‌ای دیگر می‌گویند»
            words.append(tok)
            continue
        if (tok.is_punct or tok.w in STOP or tok.w in _AFTER_SUBJECT or tok.w in NOT_SUBJECT or is_verb_like(tok)
                or is_number(tok) or len(words) == 4):
            break
        words.append(tok)
        if tok.w.endswith("ها"):  # «لبنانی‌ها پناهندگان را …»: a bare plural takes no modifier; its object follows
            break
    if not words or (toks and toks[0] is not words[0]) or words[0].w in _NO_GROUP:
        return None
    return Mention("org", words[0].start, words[-1].end, None, (words[0].start, words[-1].end))


def _unknown_name(toks: list[Token], i: int, cue_starts) -> Mention | None:
    """A name with an unlisted first name, recognised by its position before a title or a cue."""
    for n in (3, 2, 1):
        if n == 1 and is_common_word(toks[i].w):
            continue
        if i + n < len(toks) and all(namey(t) for t in toks[i:i + n]) and all(frequency(t.w) < 3_000_000
                                                                               for t in toks[i:i + n]):
            k = i + n
            if toks[k].raw in "»”" and k + 2 < len(toks) and toks[k + 1].raw in "،,":
                k += 1  # «کیلی مک‌اننی»، دبیر …: a closing mark whose opening one the text lost
            if toks[k].raw in "،," and k + 1 < len(toks) and toks[k + 1].w in TITLE_HEADS:
                k += 1
            if toks[k].w in TITLE_HEADS and any(not is_common_word(t.w) for t in toks[i:i + n]):
                r = parse_role(toks, k, cue_starts=cue_starts)
                return Mention("name", toks[i].start, toks[k + r - 1].end, _span(toks, i, n), _span(toks, k, r))
    def boundary(k: int) -> bool:  # what may follow a subject: its cue, an adverbial, a comma
        return k >= len(toks) or toks[k].start in cue_starts or toks[k].w in _AFTER_SUBJECT or toks[k].raw in "،,"

    pair = toks[i:i + 2]
    if (len(pair) == 2 and all(namey(t) for t in pair) and not is_common_word(pair[0].w) and boundary(i + 2)
            and pair[1].w.endswith(SURNAME_ENDINGS) and pair[1].w not in FIRST_NAMES):
        return Mention("name", pair[0].start, pair[1].end, (pair[0].start, pair[1].end))
    tok = toks[i]
    if surname_shaped(tok.w) and len(tok.w) > 3 and not tok.w.endswith(_ABSTRACT_ENDINGS) and boundary(i + 1):
        return Mention("surname", tok.start, tok.end, (tok.start, tok.end))
    return None


# Question words, discourse markers and modals: they open or cut a clause, never name who speaks
# («آیا همچنان معتقدند …», «یعنی …», «اصلاح‌طلبان باید …»).
NOT_SUBJECT = frozenset(loose(w) for w in "آیا یعنی مثلا مثلاً به‌نظر بنظر باید نباید شاید گویا لذا".split())
_THING_NOUNS = frozenset("گزارش خبر متن نامه بیانیه اطلاعیه طرح پروژه برنامه موضوع مسئله مساله امر کار اقدام روند "
                         "سند قانون مصوبه لایحه سازمان شرکت نهاد".split())
# Places often named after a person: a name right after them is the place's name.
_NAMED_AFTER_PEOPLE = frozenset(loose(w) for w in (
    "بیمارستان دانشگاه مدرسه دبیرستان هنرستان خیابان بزرگراه بلوار پارک بوستان میدان فرودگاه ورزشگاه "
    "استادیوم درمانگاه کتابخانه مسجد حسینیه").split())
_ABSTRACT_OBJECTS = frozenset("موضوع مسئله مساله امر اقدام روند خبر مطلب نکته".split())
_AFTER_SUBJECT = frozenset("در با ضمن نیز همچنین امروز دیروز صبح عصر ظهر شامگاه بامداد طی حین پیش پس درباره".split()) | TIME_WORDS
_ABSTRACT_ENDINGS = ("ایی", "گی", "یی", "ویی")
