"""Tokens of a prepared document: one regex pass, cached on the layout, split at lost line ends.

A token keeps its offsets into ``Layout.key``, its text as written and its lookup form
(:func:`~.names.loose`, the form the lexicons are written in).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from operator import itemgetter

from .cues import trie_regex
from .layout import VERB_ENDINGS, Layout
from .lexicon import frequency, is_common_word, word_frequencies
from .names import FIRST_NAMES, PUNCT, Token, loose

_TOKEN = r"[^\s،,:;؛.!?؟«»“”\"„()\[\]{}/\\…*\-–—_|]++|[،,:;؛«»“”\"„]"
# Split at tokens, kept: what lies between two of them (exactly the characters that cannot start one) alternates
# with the tokens themselves. (A word is matched possessively, «++»: it never gives letters back, so the engine
# keeps no state to backtrack into; splitting is the dearest step of tokenising.)
_TOKEN_SPLIT = re.compile("(" + _TOKEN + ")")
_START, _END, _W = itemgetter(0), itemgetter(1), itemgetter(3)  # Token fields, read at C speed


def tokens(layout: Layout, start: int, end: int) -> list[Token]:
    """Tokens of ``layout.key`` lying inside ``[start, end)``.

    The document is tokenised once (cached on the layout); a call is a slice.
    """
    indexed = layout.cache.get("tokens")  # (tokens, their starts, their ends)
    if indexed is None:
        indexed = layout.cache["tokens"] = _indexed_tokens(layout)
    toks, starts, ends = indexed
    first = bisect_left(starts, start)
    return toks[first:bisect_right(ends, end, lo=first)]


def _indexed_tokens(layout: Layout) -> tuple[list[Token], list[int], list[int]]:
    """All tokens of the document, split at lost line ends, with their start and end offsets."""
    scanned, starts, ends = _scan(layout.key)
    toks = _split_glued_surnames(_split_glued(scanned, layout.cache.get("glue")))
    toks = _split_glued_first_names(toks)
    if toks is not scanned:  # a token was split (the splitters return their input list when none is)
        starts, ends = list(map(_START, toks)), list(map(_END, toks))
    return toks, starts, ends


def _scan(key: str) -> tuple[list[Token], list[int], list[int]]:
    """All tokens of ``key`` with their start and end offsets, built without a Python step per token.

    One ``split`` yields gap, token, gap, token, …, gap; running sums of their lengths are the offsets.
    This is several times cheaper than one match object per token, and tokenising is a fifth
    of the extractor's time.
    """
    pieces = _TOKEN_SPLIT.split(key)
    bounds = list(accumulate(map(len, pieces)))
    raws = pieces[1::2]
    starts, ends = bounds[0:-1:2], bounds[1::2]
    rows = zip(starts, ends, raws, _lookup_forms(key, raws, ends), map(PUNCT.__contains__, raws))
    toks = list(map(tuple.__new__, repeat(Token), rows))  # plain tuple.__new__: a third of Token()'s cost
    return toks, starts, ends


# The characters :func:`~.names.loose` changes; a token without any is its own lookup form.
_LOOSE_CHARS = re.compile("[\u200cئء]")


def _lookup_forms(key: str, raws: list[str], ends: list[int]) -> list[str]:
    """The lookup form of each token (``raws[k]`` ends at ``ends[k]``).

    Only the tokens holding a character that :func:`~.names.loose` changes are looked up, found from
    those characters' places in ``key``: about one token in twenty.
    """
    forms = raws.copy()
    for m in _LOOSE_CHARS.finditer(key):
        k = bisect_right(ends, m.start())  # the token holding the character
        if k < len(raws):
            forms[k] = loose(raws[k])
    return forms


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
    after_first_names = compress(toks[1:], map(FIRST_NAMES.__contains__, map(_W, toks)))
    surnames = {b.w for b in after_first_names if len(b.w) > 3 and not b.is_punct and not is_common_word(b.w)}
    if not surnames:
        return toks
    endings = tuple(surnames)
    written = set(map(_W, toks))  # words of this document: «کرونا» is newer than hazm's list
    # distinct words first (at C speed), tokens only when one of them may be glued
    words = word_frequencies()
    glued = {w for w in written if len(w) > 6 and w.endswith(endings) and w not in surnames and w not in words}
    if not glued:
        return toks  # no unknown long word ending with a surname: nothing can be glued
    candidates = [k for k, t in enumerate(toks) if t.w in glued and t.w == t.raw]
    out = list(toks)
    for k in reversed(candidates):  # right to left: earlier indices stay valid
        tok = toks[k]
        w = tok.w
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
    # distinct words first (at C speed), tokens only when one of them ends like a name
    cuts = _words_with_name_cuts(set(map(_W, toks[:-1])))
    if not cuts:
        return toks
    candidates = [k for k, t in enumerate(toks[:-1]) if t.w in cuts and t.w == t.raw]
    out = list(toks)
    for k in reversed(candidates):  # right to left: earlier indices stay valid
        tok, nxt = toks[k], toks[k + 1]
        w = tok.w
        if nxt.is_punct or is_common_word(nxt.w) and nxt.w not in FIRST_NAMES:
            continue
        name_cut, seyyed_cut = cuts[w]
        cut = name_cut or (seyyed_cut if nxt.w in FIRST_NAMES else None)
        if cut is not None:
            head, name = w[:cut], w[cut:]
            out[k:k + 1] = [Token(tok.start, tok.start + cut, head, head, False),
                            Token(tok.start + cut, tok.end, name, name, False)]
    return out


_NAME_CUTS: dict[str, tuple[int | None, int | None]] = {}
_NO_CUTS = (None, None)
_WITHOUT_NAME_CUTS: set[str] = set()  # words met before that no first name can be cut from: nearly all


def _words_with_name_cuts(words: set[str]) -> dict[str, tuple[int | None, int | None]]:
    """The words of ``words`` that a first name or «سید» may be cut from (no word of hazm's list, five letters
    or more), with their :func:`_name_cuts`.

    The words met before without a cut are set aside at C speed, so hazm's list (a big table, slow to probe)
    is asked about each word only once.
    """
    found = {}
    listed = word_frequencies()
    for w in words - _WITHOUT_NAME_CUTS:
        cuts = _name_cuts(w) if len(w) >= 5 and w not in listed else _NO_CUTS
        if cuts != _NO_CUTS:
            found[w] = cuts
            continue
        if len(_WITHOUT_NAME_CUTS) > 500_000:
            _WITHOUT_NAME_CUTS.clear()
        _WITHOUT_NAME_CUTS.add(w)
    return found


def _name_cuts(w: str) -> tuple[int | None, int | None]:
    """``_name_cut`` of ``w`` for a first name and for «سید» (memoised: the same unknown words come back in
    document after document)."""
    cuts = _NAME_CUTS.get(w)
    if cuts is None:
        if len(_NAME_CUTS) > 500_000:
            _NAME_CUTS.clear()
        cuts = _NAME_CUTS[w] = (_name_cut(w, _NAME_TAIL), _name_cut(w, _SEYYED_TAIL))
    return cuts


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
