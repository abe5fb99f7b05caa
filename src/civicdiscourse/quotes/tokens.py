"""Tokens of a prepared document: one regex pass, cached on the layout, split at lost line ends.

A token keeps its offsets into ``Layout.key``, its text as written and its lookup form
(:func:`~.names.loose`, the form the lexicons are written in).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, repeat

from .cues import trie_regex
from .layout import VERB_ENDINGS, Layout
from .lexicon import frequency, is_common_word, word_frequencies
from .names import _LOOSE_CACHE, FIRST_NAMES, PUNCT, Token, loose

_TOKEN = r"[^\s،,:;؛.!?؟«»“”\"„()\[\]{}/\\…*\-–—_|]+|[،,:;؛«»“”\"„]"
# What lies between tokens: exactly the characters that cannot start one.
_GAP_AND_TOKEN = re.compile(r"([\s.!?؟()\[\]{}/\\…*\-–—_|]*)(" + _TOKEN + ")")


def tokens(layout: Layout, start: int, end: int) -> list[Token]:
    """Tokens of ``layout.key`` lying inside ``[start, end)``.

    The document is tokenised once (cached on the layout); a call is a slice.
    """
    cache = layout.cache
    if "tokens" not in cache:
        toks = _split_glued_surnames(_split_glued(_scan(layout.key), cache.get("glue")))
        cache["tokens"] = toks = _split_glued_first_names(toks)
        cache["token_starts"] = [t.start for t in cache["tokens"]]
        cache["token_ends"] = [t.end for t in cache["tokens"]]
    first = bisect_left(cache["token_starts"], start)
    last = bisect_right(cache["token_ends"], end, lo=first)
    return cache["tokens"][first:last]


def _scan(key: str) -> list[Token]:
    """All tokens of ``key``, built without a Python step per token.

    One ``findall`` yields (gap, token) pairs; running sums of their lengths are the offsets.
    This is several times cheaper than one match object per token, and tokenising is a fifth
    of the extractor's time.
    """
    pieces = list(chain.from_iterable(_GAP_AND_TOKEN.findall(key)))
    bounds = list(accumulate(map(len, pieces)))
    raws = pieces[1::2]
    lookup = list(map(_LOOSE_CACHE.get, raws))
    if None in lookup:
        lookup = [w if w is not None else loose(raw) for raw, w in zip(raws, lookup)]
    rows = zip(bounds[0::2], bounds[1::2], raws, lookup, map(PUNCT.__contains__, raws))
    return list(map(tuple.__new__, repeat(Token), rows))  # plain tuple.__new__: a third of Token()'s cost


def _split_glued(toks: list[Token], points: list[int] | None) -> list[Token]:
    """Split tokens at the glue points of :func:`~.layout.glue_points` («شدندوی» → «شدند», «وی»)."""
    if not points:
        return toks
    starts = [t.start for t in toks]
    out = list(toks)
    for cut in sorted(points, reverse=True):  # right to left: earlier indices stay valid
        k = bisect_right(starts, cut) - 1
        tok = toks[k] if k >= 0 else None
        if tok is None or not tok.start < cut < tok.end or len(tok.raw) <= 4 or out[k] is not tok:
            continue
        left, right = tok.raw[:cut - tok.start], tok.raw[cut - tok.start:]
        out[k:k + 1] = [Token(tok.start, cut, left, loose(left), False), Token(cut, tok.end, right, loose(right), False)]
    return out


def _split_glued_surnames(toks: list[Token]) -> list[Token]:
    """Split a lost line end before a surname named elsewhere in the text («…تهرانمحمدی درباره …»).

    Surnames are the rare words that follow a first name in the document; a token that is no word
    of hazm's list, ends with one and starts with a known word of three letters or more (a word of
    hazm's list, or one the document writes on its own) is split.
    """
    words = word_frequencies()
    candidates = [k for k, t in enumerate(toks) if len(t.w) > 6 and t.w not in words and t.w == t.raw]
    if not candidates:
        return toks  # no unknown long word: nothing can be glued
    surnames = {b.w for a, b in zip(toks, toks[1:]) if a.w in FIRST_NAMES and len(b.w) > 3 and not b.is_punct
                and not is_common_word(b.w)}
    if not surnames:
        return toks
    endings = tuple(surnames)
    written: set[str] | None = None  # words of this document: «کرونا» is newer than hazm's list
    out = list(toks)
    for k in reversed(candidates):  # right to left: earlier indices stay valid
        tok = toks[k]
        w = tok.w
        if not w.endswith(endings) or w in surnames:
            continue
        if written is None:
            written = {t.w for t in toks}
        name = next((n for n in surnames if w.endswith(n) and len(w) - len(n) > 2
                     and (frequency(w[:len(w) - len(n)]) or w[:len(w) - len(n)] in written)), None)
        if name is not None:
            cut = tok.start + len(w) - len(name)
            head = w[:len(w) - len(name)]
            out[k:k + 1] = [Token(tok.start, cut, head, head, False), Token(cut, tok.end, name, name, False)]
    return out


# A first name (after «سید» or not) closing a token, or «سید» alone closing it before a first name.
_NAME_TAIL = re.compile(r"(?:سیده?)?(?:" + trie_regex(sorted(FIRST_NAMES)) + r")$")
_SEYYED_TAIL = re.compile(r"سیده?$")


def _split_glued_first_names(toks: list[Token]) -> list[Token]:
    """Split a heading that ran into the name opening the next sentence («…شیمیاییعلیرضا زالی»,
    «…لاهیجانسیداسماعیل میرغضنفری», «…اعلام شدعلی اصغر خالقی»).

    A token that is no word of hazm's list is split where what comes before is a word of the list of
    four letters or more («خدارضا» is one name) or ends like a finite verb (the list has no verbs),
    and what follows is a first name, «سید» + a first name, or «سید» alone before a first name,
    provided the next token can go on a name.
    """
    words = word_frequencies()
    candidates = [k for k, t in enumerate(toks[:-1]) if len(t.w) >= 5 and t.w not in words and t.w == t.raw]
    out = list(toks)
    for k in reversed(candidates):  # right to left: earlier indices stay valid
        tok, nxt = toks[k], toks[k + 1]
        w = tok.w
        if nxt.is_punct or is_common_word(nxt.w) and nxt.w not in FIRST_NAMES:
            continue
        cut = _name_cut(w, _NAME_TAIL) or (_name_cut(w, _SEYYED_TAIL) if nxt.w in FIRST_NAMES else None)
        if cut is not None:
            head, name = w[:cut], w[cut:]
            out[k:k + 1] = [Token(tok.start, tok.start + cut, head, head, False),
                            Token(tok.start + cut, tok.end, name, name, False)]
    return out


def _name_cut(w: str, tail: re.Pattern) -> int | None:
    """The first place from the left where ``tail`` runs to the end of ``w`` after a word that may end a
    heading, or None."""
    pos = 2
    while (m := tail.search(w, pos, len(w))) is not None and m.start() < len(w) - 2:
        c = m.start()
        head = w[:c]
        if head not in FIRST_NAMES and (c >= 4 and frequency(head) or head.endswith(VERB_ENDINGS)):
            return c
        pos = c + 1
    return None
