"""After resolution: complete surnames and join titles to the people who hold them.

:func:`complete_surnames` – a person known only by a surname («رییسی») takes the
full name written anywhere in the text («سید ابراهیم رییسی»), even outside a
subject position; when several full names share that surname, the one written
last just before («… به نازنین احمدی … / احمدی گفت»).

:func:`surnames_written_apart` – a surname the text always writes with the same next word
(«دهبانی صابر») takes that word.

:func:`merge_title_holders` – a title that speaks through an article goes to
the one person who speaks alongside it.

News reports often name a speaker once and otherwise call them by a title that
is never written next to the name («فرمانده ستاد مقابله با کرونا در تهران
گفت: … / زالی افزود: …»), or by a longer form of a title given to the name
once («معاون حمل‌ونقل ترافیک» / «معاون حمل‌ونقل و ترافیک شهرداری تهران»).
After resolution such a title is an unnamed entity of its own. When exactly
one named speaker in the same stretch of statements (interleaved, or within
:data:`GAP` statements) holds a title with the same head word, or failing that
exactly one named speaker has no title at all, the title is theirs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from ..text import fold
from .extract import Raw
from .layout import Layout
from .lexicon import AMBIGUOUS_FIRST_NAMES, HONORIFICS, KEPT_HONORIFICS, TITLE_HEADS, frequency
from .mentions import parse_role
from .names import FIRST_NAMES, OPEN_MARKS, Token, namey, parse_name, quoted_name
from .openers import ADVERBS, TIME_NOUNS
from .tokens import tokens

_ALSO = re.compile(r" *(?:نیز|هم)(?!\w)")
TITLE_WORDS = 10  # words around a name searched for its title
NEAR = 400  # characters between a full name and the lone surname that takes it when the text has several
UNLISTED_FIRST_NAME_MAX = 1_000_000  # hazm frequency: «بامداد», «طناز» stay below, everyday nouns mostly above
GAP = 2  # statements between the title's stretch and the person's that still count as the same stretch
_WORD, _RAW = attrgetter("w"), attrgetter("raw")
# What opens a name for :func:`_opening_names`: an honorific or an unambiguous first name.
_NAME_OPENERS = frozenset(HONORIFICS | (FIRST_NAMES - AMBIGUOUS_FIRST_NAMES))


@lru_cache(maxsize=16384)  # titles and the words around names come back within and across documents
def folded(text: str) -> str:
    """:func:`~civicdiscourse.text.fold`, memoised."""
    return fold(text)


def _head(layout: Layout, span) -> str:
    words = folded(layout.key[span[0]:span[1]]).split()
    return words[0] if words else ""


def merge_title_holders(layout: Layout, raws: list[Raw]) -> None:
    """Re-point the statements of unnamed title entities to their holder, in place (see module doc)."""
    said: dict[int, list[int]] = {}
    entities = {}
    for k, raw in enumerate(raws):
        if raw.entity is not None and not raw.extras.get("nested"):  # a voice quoted by another holds no title here
            said.setdefault(id(raw.entity), []).append(k)
            entities[id(raw.entity)] = raw.entity
    also = {id(r.entity) for r in raws if r.entity is not None and _ALSO.match(layout.match, r.mention.end)}
    # «مدیر آموزش منطقه هم گفت»: «نیز/هم» marks a new voice, not the person already speaking
    titles = [e for e in entities.values() if not e.named and not e.org and e.role is not None and id(e) not in also
              and not e.indefinite]
    if not titles:
        return
    people = [e for e in entities.values() if e.named]
    for title in titles:
        start, end = min(said[id(title)]), max(said[id(title)])
        near = [p for p in people if min(said[id(p)]) <= end + GAP + 1 and start - GAP - 1 <= max(said[id(p)])]
        head = _head(layout, title.role)
        inside = {t.w for t in tokens(layout, *title.role)}  # «همسر علی رضایی» is held by someone else
        near = [p for p in near if not set(p.words) <= inside]
        same = [p for p in near if p.role is not None and _head(layout, p.role) == head]
        bare = [p for p in near if p.role is None]
        holder = same[0] if len(same) == 1 else bare[0] if not same and len(bare) == 1 else None
        if holder is None:
            continue
        if holder.role is None or holder.role[1] - holder.role[0] < title.role[1] - title.role[0]:
            holder.role = title.role
        for k in said[id(title)]:
            raws[k].entity = holder
            raws[k].anaphor = "title"


def name_words(layout: Layout, span: tuple[int, int]) -> tuple[str, ...]:
    """The words of a name, without honorifics and punctuation (as names are compared).

    Memoised per document: entity linking asks for the same few names again and again.
    """
    memo = layout.cache.setdefault("name_words", {})
    words = memo.get(span)
    if words is None:
        words = memo[span] = tuple([t.w for t in tokens(layout, *span) if t.w not in HONORIFICS and not t.is_punct])
    return words


def _written_full_names(layout: Layout) -> dict[str, set[tuple[int, int]]]:
    """Every «first name(s) + word» of the text, by that last word; when the name goes on with a second
    surname word («حمیدرضا حاجی بابایی»), also by that word and by the two («بابایی», «حاجی بابایی»).
    Cached on the layout."""
    found = layout.cache.get("full_names")
    if found is not None:
        return found
    toks = tokens(layout, 0, len(layout.key))
    found = {}
    for k in compress(count(1), map(FIRST_NAMES.__contains__, map(_WORD, toks[:-1]))):  # tokens after a first name
        if not namey(toks[k]):  # «حسن مردم» is no name
            continue
        j = k - 1
        while j > 0 and k - j < 4 and (toks[j - 1].w in FIRST_NAMES or toks[j - 1].w in KEPT_HONORIFICS):
            j -= 1
        found.setdefault(toks[k].w, set()).add((toks[j].start, toks[k].end))
        if k + 1 < len(toks) and parse_name(toks, j) >= k + 2 - j:  # «حمیدرضا حاجی بابایی»: a two-word surname
            span = (toks[j].start, toks[k + 1].end)
            found.setdefault(f"{toks[k].w} {toks[k + 1].w}", set()).add(span)
            found.setdefault(toks[k + 1].w, set()).add(span)
    layout.cache["full_names"] = found
    return found


def _unlisted_full_names(layout: Layout, word: str) -> set[tuple[int, int]]:
    """Every «rare word + ``word``» written at least twice alike («بامداد افشار», «طناز طباطبایی»: a first
    name no list has). A name is written the same way again; a chance pair («توییت میرسلیم») seldom is."""
    cache = layout.cache.setdefault("unlisted_full_names", {})
    if word not in cache:
        cache[word] = _scan_unlisted(layout, word)
    return cache[word]


def _scan_unlisted(layout: Layout, word: str) -> set[tuple[int, int]]:
    spans = set()
    toks = tokens(layout, 0, len(layout.key))
    for k in _indices_of(layout, word, start=1):  # the few tokens that are ``word``
        before, tok = toks[k - 1], toks[k]
        if (layout.key[before.end:tok.start] == " " and len(before.w) > 2
                and not before.w.endswith(("ها", "های"))  # «کمپ‌های لبنان»
                and frequency(before.w) < UNLISTED_FIRST_NAME_MAX and namey(before) and namey(tok)):
            spans.add((before.start, tok.end))
    if not spans or max(Counter(name_words(layout, span) for span in spans).values()) < 2:
        return set()
    return spans


def _indices_of(layout: Layout, word: str, *, start: int = 0) -> list[int]:
    """Indices of the document's tokens from ``start`` on whose lookup form is ``word``.

    The lookup forms are listed once per document (cached on the layout) and searched with ``list.index``:
    a long document is asked about a dozen surnames.
    """
    words = layout.cache.get("words")
    if words is None:
        words = layout.cache["words"] = list(map(_WORD, tokens(layout, 0, len(layout.key))))
    found = []
    k = start - 1
    while True:
        try:
            k = words.index(word, k + 1)
        except ValueError:
            return found
        found.append(k)


def _opening_names(toks: list[Token]):
    """(index, length) of every name that opens with an unambiguous first name or an honorific."""
    end = 0  # a name does not open inside the one before
    for k in compress(count(), map(_NAME_OPENERS.__contains__, map(_WORD, toks))):  # the few tokens that may open one
        if k < end:
            continue
        n = parse_name(toks, k)
        if n >= 2:
            yield k, n
            end = k + n


def appositions(layout: Layout) -> list[tuple[tuple[int, int], list[str], list[str]]]:
    """Every personal name of the text that opens with an unambiguous first name or an honorific, with
    the words right after it («X، رئیس …») and right before it («رئیس … X»). Cached on the layout."""
    found = layout.cache.get("appositions")
    if found is not None:
        return found
    toks = tokens(layout, 0, len(layout.key))
    found = []
    for k, n in _opening_names(toks):
        after = k + n + (1 if k + n < len(toks) and toks[k + n].raw in "،," else 0)
        before = [t.w for t in toks[max(0, k - TITLE_WORDS):k]]
        following = [t.w for t in toks[after:after + TITLE_WORDS]]
        found.append(((toks[k].start, toks[k + n - 1].end), before, following))
    layout.cache["appositions"] = found
    return found


def titles_after_names(layout: Layout, start: int = 0, end: int | None = None,
                       ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(name span, title span) for every name of ``[start, end)`` (as in :func:`appositions`) followed by a
    title, after a comma or a closing quote mark or at once («به گفته X، نماینده تبریز …», «با حضور X رئیس …»)."""
    toks = tokens(layout, start, len(layout.key) if end is None else end)
    out = []
    for k, n in _opening_names(toks):
        j = k + n
        while j < len(toks) and toks[j].raw in "،,»”\"":
            j += 1
        if j < len(toks) and toks[j].w in TITLE_HEADS:
            r = parse_role(toks, j)
            out.append(((toks[k].start, toks[k + n - 1].end), (toks[j].start, toks[j + r - 1].end)))
    return out


def holder_of(layout: Layout, title: list[str]) -> tuple[int, int] | None:
    """The one person the text names right next to ``title``, in either order («مایک پمپئو، وزیر
    خارجه آمریکا», «دستیار ارتباطات اجتماعی رئیس جمهوری علی ربیعی»), or None."""
    if len(title) < 2:  # a bare head («شهردار») is too weak to name anyone
        return None
    names = {}
    n = len(title)
    for span, before, following in appositions(layout):
        # ``title`` is folded («امریکا»); the words around a name are in lookup form («آمریکا»)
        if [folded(w) for w in following[:n]] == title or [folded(w) for w in before[-n:]] == title:
            names.setdefault(name_words(layout, span), span)
    if len(names) != 1:
        return None
    return next(iter(names.values()))


def quoted_holder_of(layout: Layout, title: list[str]) -> tuple[int, int] | None:
    """The one name the text writes in quote marks right before ``title`` («"بیل د بلاسیو" شهردار
    نیویورک»: foreign names open with no listed first name), or None."""
    if len(title) < 2:
        return None
    toks = tokens(layout, 0, len(layout.key))
    names = {}
    for k in compress(count(), map(OPEN_MARKS.__contains__, map(_RAW, toks))):
        q = quoted_name(toks, k)  # the marks included
        if q < 4:  # two words or more
            continue
        j = k + q + (k + q < len(toks) and toks[k + q].raw in "،,")
        if [folded(t.w) for t in toks[j:j + len(title)]] == title:
            span = (toks[k + 1].start, toks[k + q - 2].end)
            names.setdefault(name_words(layout, span), span)
    return next(iter(names.values())) if len(names) == 1 else None


def full_name_of(layout: Layout, word: str, *, before: int | None = None) -> tuple[int, int] | None:
    """The span of the full name the text writes for the surname ``word``, or None.

    Names opening with a listed first name come first; a rare word before the surname counts only
    when there are none. One distinct full name is the answer; of several, the one written last
    within :data:`NEAR` characters before ``before`` (the mention being completed).
    """
    spans = _written_full_names(layout).get(word) or _unlisted_full_names(layout, word)
    if not spans:
        return None
    if len({name_words(layout, span) for span in spans}) == 1:
        return min(spans)
    near = [span for span in spans if before is not None and 0 <= before - span[1] <= NEAR]
    return max(near) if near else None


def nearest_namesake(layout: Layout, word: str, *, before: int) -> tuple[int, int] | None:
    """When the text writes several full names (opening with a listed first name) for the surname ``word``,
    the one written last within :data:`NEAR` characters before ``before``; else None."""
    spans = _written_full_names(layout).get(word)
    if not spans or len({name_words(layout, span) for span in spans}) == 1:
        return None
    return full_name_of(layout, word, before=before)


def surnames_written_apart(layout: Layout, entities: list) -> None:
    """Extend a person's name by the word its surname always comes with, in place.

    Texts that write spaces for ZWNJs split compound surnames («دهبانی صابر», «موسوی مبارکه»); their
    second word is often a first name or an everyday word, which :func:`parse_name` does not take. When
    the text writes the surname at least twice and every time with the same next word, that word is part
    of it. The name must end right before it, one space apart.
    """
    toks = tokens(layout, 0, len(layout.key))
    ends = layout.cache["tokens"][2]  # token end offsets, sorted (filled by ``tokens``)
    for entity in entities:
        if entity.org or entity.name is None:
            continue
        k = bisect_left(ends, entity.name[1])
        if k + 1 >= len(toks) or ends[k] != entity.name[1]:
            continue
        nxt = toks[k + 1]
        if layout.key[toks[k].end:nxt.start] != " " or not namey(nxt) or nxt.w in ADVERBS or nxt.w in TIME_NOUNS:
            continue
        written = _indices_of(layout, toks[k].w)
        if len(written) < 2 or written != _followed_by(layout, toks, toks[k].w, nxt.w):
            continue
        entity.name = (entity.name[0], nxt.end)
        entity.words = name_words(layout, entity.name)


def _followed_by(layout: Layout, toks: list[Token], word: str, after: str) -> list[int]:
    """Indices of the tokens ``word`` that one space separates from a next token ``after``."""
    return [k for k in _indices_of(layout, word) if k + 1 < len(toks) and toks[k + 1].w == after
            and layout.key[toks[k].end:toks[k + 1].start] == " "]


def complete_surnames(layout: Layout, entities: list) -> None:
    """Give surname-only people the one full name the text writes for them (see module doc), in place."""
    for entity in entities:
        if not entity.org and (len(entity.words) == 1 or len(entity.words) == 2 and entity.words[0] not in FIRST_NAMES):
            span = full_name_of(layout, " ".join(entity.words), before=entity.first)
            if span is not None:
                entity.name, entity.words = span, name_words(layout, span)
