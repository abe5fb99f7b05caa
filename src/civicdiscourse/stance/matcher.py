"""Phrase matching over folded Persian tokens, with clauses and negation.

Text is folded (:func:`civicdiscourse.text.fold`), split into word tokens and
punctuation; punctuation and contrastive conjunctions close a clause. A
:class:`Lexicon` maps phrases to weights and finds every hit as a
:class:`Hit` with token positions, so the stance rules can reason about
distance, clause and negation, and ``explain`` can show the words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold
from ._lexicon import NEGATORS, PRE_NEGATORS, VERB_FORMS

# Inflections written solid with the word («پروژهها», «شهروندانی»); with ZWNJ they
# are separate tokens after folding and need no rule.
_SUFFIXES = ("هایی", "های", "ها", "ای", "ان", "ات", "یی", "ی", "ش", "شان")
_SHORT_SUFFIXES = ("های", "ها")
_LONG_VOWELS = frozenset("او")
_TOKEN = re.compile(r"[^\W_]+|[.،,;؛:!?؟]")
_CLAUSE_BREAK = frozenset(".،,;؛:!?؟")
_CONTRAST = frozenset({"ولی", "اما", "لیکن", "ولیکن", "درحالیکه"})


@dataclass(frozen=True, slots=True)
class Tokens:
    """Folded word tokens of a text and the clause each belongs to."""

    words: tuple[str, ...]
    clauses: tuple[int, ...]

    @classmethod
    def from_text(cls, text: str) -> Tokens:
        return _tokens(text)

    @classmethod
    def _build(cls, text: str) -> Tokens:
        words: list[str] = []
        clauses: list[int] = []
        clause = 0
        for token in _TOKEN.findall(fold(text)):
            if token in _CLAUSE_BREAK:
                clause += 1
                continue
            if token in _CONTRAST:
                clause += 1
            words.append(token)
            clauses.append(clause)
        return cls(tuple(words), tuple(clauses))

    def __len__(self) -> int:
        return len(self.words)

    def surface(self, start: int, end: int) -> str:
        return " ".join(self.words[start:end])


@lru_cache(maxsize=16384)
def _tokens(text: str) -> Tokens:
    # Both targets (and the lexicon features) read the same statement: tokenise it once.
    return Tokens._build(text)


@dataclass(frozen=True, slots=True)
class Hit:
    """One lexicon entry found at tokens ``[start, end)``."""

    entry: str
    start: int
    end: int
    weight: float


@lru_cache(maxsize=100_000)
def _bases(word: str) -> tuple[str, ...]:
    """The word and what is left of it after each inflection suffix it ends with."""
    return (word, *(word[: -len(s)] for s in _SUFFIXES if len(word) > len(s) and word.endswith(s)))


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    if word == pattern:
        return True
    suffixes = _SHORT_SUFFIXES if len(pattern) <= 3 else _SUFFIXES
    if pattern[-1] in _LONG_VOWELS and word == pattern + "ی":
        return True  # ezafe after a long vowel is written «ی» even on short words («فرهنگ‌سرای»)
    return word.startswith(pattern) and word[len(pattern):] in suffixes


class Lexicon:
    """Weighted phrases, matched token by token on folded text.

    Parameters
    ----------
    entries : mapping of str to float
        Phrase → weight. A final ``*`` on a word makes it a prefix.
    """

    def __init__(self, entries: Mapping[str, float]) -> None:
        self.entries = dict(entries)
        self.items = tuple((tuple(fold(entry).split()), entry, float(weight)) for entry, weight in self.entries.items())
        self.id = len(_REGISTRY)
        _REGISTRY.append(self)
        _index.cache_clear()

    def find(self, tokens: Tokens) -> list[Hit]:
        """All hits, longest first at each position; a hit inside an earlier one is dropped."""
        return _all_hits(tokens).get(self.id, [])


_REGISTRY: list[Lexicon] = []
_Item = tuple[tuple[str, ...], str, float]


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[int, _Item]]], dict[str, list[tuple[int, _Item]]]]:
    """One index over every lexicon: first word → items, and 2-letter start → prefix items."""
    by_first: dict[str, list[tuple[int, _Item]]] = {}
    prefixed: dict[str, list[tuple[int, _Item]]] = {}
    for lexicon in _REGISTRY:
        for item in lexicon.items:
            first = item[0][0]
            if first.endswith("*"):
                prefixed.setdefault(first[:2], []).append((lexicon.id, item))
            else:
                by_first.setdefault(first, []).append((lexicon.id, item))
    return by_first, prefixed


@lru_cache(maxsize=16384)
def _all_hits(tokens: Tokens) -> dict[int, list[Hit]]:
    # A single pass over the words serves every lexicon; both targets read the same statement.
    by_first, prefixed = _index()
    words = tokens.words
    best: dict[int, dict[int, Hit]] = {}
    for i, word in enumerate(words):
        candidates = [c for base in _bases(word) for c in by_first.get(base, ())
                      if base is word or _word_matches(c[1][0][0], word)]
        candidates.extend(prefixed.get(word[:2], ()))
        for lexicon_id, (pattern, entry, weight) in candidates:
            n = len(pattern)
            if i + n > len(words) or not all(_word_matches(p, w) for p, w in zip(pattern, words[i:i + n])):
                continue
            current = best.setdefault(lexicon_id, {}).get(i)
            if current is None or n > current.end - current.start or (
                    n == current.end - current.start and weight > current.weight):
                best[lexicon_id][i] = Hit(entry, i, i + n, weight)
    hits: dict[int, list[Hit]] = {}
    for lexicon_id, at in best.items():
        kept: list[Hit] = []
        covered_until = 0
        for i in sorted(at):
            if i >= covered_until:
                kept.append(at[i])
                covered_until = at[i].end
        hits[lexicon_id] = kept
    return hits


def is_negator(word: str) -> bool:
    """A negated verb: «نیست», «ندارد», or a verb with the «ن‌» prefix («نشود», «نمی»)."""
    if word in _NEGATORS:
        return True
    return len(word) > 2 and word[0] == "ن" and (word[1:] in VERB_FORMS or word[1:].startswith("می"))


_NEGATORS = frozenset(fold(w) for w in NEGATORS)
_PRE_NEGATORS = frozenset(fold(w) for w in PRE_NEGATORS)
_VERBS = frozenset(VERB_FORMS) | {"می", "هست", "هستند", "هستیم", "باشد", "باشند"}


def negated(tokens: Tokens, hit: Hit, *, before: int = 2, after: int = 5) -> int | None:
    """Position of a negator governing ``hit`` in its clause, or ``None``.

    Persian negates the verb at the end of the clause («لازم نیست», «ضرورتی
    ندارد»), looked for in the ``after`` words following the hit, or puts
    «نه/عدم/بدون/هیچ» in the ``before`` words preceding it.
    """
    if is_negator(tokens.words[hit.end - 1]):
        return None  # the entry carries its own negation («حساب نشده»): a following negator does not undo it
    clause = tokens.clauses[hit.start]
    for j in range(hit.end, min(len(tokens), hit.end + after)):
        word = tokens.words[j]
        if tokens.clauses[j] != clause:
            break
        if is_negator(word):
            return j
        if word in _VERBS:  # an affirmative verb closes the predicate the hit belongs to
            break
    for j in range(max(0, hit.start - before), hit.start):
        if tokens.clauses[j] == clause and tokens.words[j] in _PRE_NEGATORS:
            return j
    return None
