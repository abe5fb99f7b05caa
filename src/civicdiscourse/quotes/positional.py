"""A subject recognised by where it stands, not by what it is.

Persian news puts the subject first: «ترکیه روز یکشنبه از … خبر داد», «روزنامه X
در گزارشی اعلام کرد که …», «رزم حسینی افزود: …». When no name, title or
organisation from the lexicons opens a clause that ends in a reporting cue,
the noun phrase that opens it is still its subject — provided nothing in the
clause marks that phrase as an object («را») or opens another clause (a verb,
«که»), and it is followed by what may follow a subject (an adverbial, a
preposition, a number, or the cue itself; a comma only after a name).

A two- or three-word phrase ending in a surname-shaped word («… حسینی») or
opening with a first name is taken as a person's name. Anything else is a
``positional`` mention: the resolver gives it to a person already named
(«نژادبهرام» for «زهرا نژاد بهرام») or else makes it an organisation
(countries, newspapers, the police), which «وی» never refers to.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..text import ZWNJ
from .layout import Layout
from .lexicon import ORG_HEADS, PRONOUNS, STOP, TITLE_HEADS, frequency, is_common_word, learned_surnames
from .mentions import NOT_SUBJECT, PREPOSITIONS, Mention, strip_prefix
from .openers import TIME_NOUNS, opener_end
from .names import (CLOSE_FOR, FIRST_NAMES, OPEN_MARKS, SURNAME_ENDINGS, TANWIN_ADVERBS, Token, _infinitive,
                    is_plural_noun, is_verb_like)
from .tokens import tokens

POSITIONAL = "positional"
SURNAMES = learned_surnames()  # «حسینی» is common as a word, but a surname after a name-like word
MAX_WORDS = 4
_GLUED_ENDINGS = tuple(sorted({h for h in TITLE_HEADS | ORG_HEADS if len(h) >= 3} | {"وی"}))
MAX_GAP = 20  # words between a positional subject and its cue
# What may follow a subject before its cue.
_FOLLOWERS = frozenset("در با از به بر برای درباره ضمن نیز هم همچنین امروز دیروز صبح عصر ظهر شب شامگاه بامداد روز "
                       "طی پیش پس اخیرا بلافاصله".split())
_NUMBERS = frozenset("دو سه چهار پنج شش هفت هشت نه ده صد هزار میلیون".split())
_NEVER_SUBJECT = frozenset("این آن همین همان چنین یک یکی هر همه برخی بعضی چند اگرچه هرچند شاید آنچه بنده "
                           "خیلی اینک امام حضرت".split()) | TIME_NOUNS | NOT_SUBJECT


def _word(tok: Token) -> bool:
    return not (tok.is_punct or tok.w in STOP or tok.w in PREPOSITIONS or tok.w in _FOLLOWERS
                or is_verb_like(tok) or any(ch.isdigit() for ch in tok.w))


def _plain_clause(rest: list[Token]) -> bool:
    """Whether the words between the phrase and its cue leave it the subject.

    «را» may make the phrase an object; a verb or «که» opens another clause (often a heading
    glued to the sentence); a pronoun or a long run means the subject is elsewhere.
    """
    return len(rest) <= MAX_GAP and not any(
        t.w in ("را", "که") or t.w in PRONOUNS or is_verb_like(t) or _glued(t.w) for t in rest)


@lru_cache(maxsize=65536)  # tries every cut of a rare word; the same words come back across documents
def _glued(w: str) -> bool:
    """Two words written as one where a heading ran into the sentence («…کرونا» + «وزیر», «…کرونا» +
    «محمدی»): a rare word that splits into two ordinary words, or ends with a title or «وی»."""
    if is_common_word(w) or is_plural_noun(w):  # «ساکنان» is no «ساک» + «نان»
        return False
    if any(len(w) - len(head) >= 3 and w.endswith(head) for head in _GLUED_ENDINGS):
        return True
    return any(is_common_word(w[:cut]) and (is_common_word(w[cut:]) or w[cut:] in FIRST_NAMES)
               for cut in range(3, len(w) - 2))


def _adverb(tok: Token) -> bool:
    """«رسماً», «به‌تازگی», «حتی»: an adverb after the subject, never part of it."""
    return tok.w in TANWIN_ADVERBS or tok.w in ("حتی", "هنوز", "اکنون") or tok.raw.startswith("به" + ZWNJ)


def _person(words: list[Token]) -> bool:
    """«رزم حسینی», «صادق نامدار»: two or three words, the last shaped like a surname, none a verb."""
    if not 2 <= len(words) <= 3:
        return False
    last = words[-1].w
    first_name = words[0].w in FIRST_NAMES
    return (last in SURNAMES or (last.endswith(SURNAME_ENDINGS) or first_name) and not is_common_word(last)
            or first_name and last.endswith(SURNAME_ENDINGS)  # «رزم حسینی»: a common adjective after a first name
            or first_name and len(words) == 2 and not _infinitive(last))  # «صادق نامدار», «عادل آذر»


def positional_subject(layout: Layout, start: int, cue: int, *,
                       known: Callable[[str], bool] | None = None) -> Mention | None:
    """The noun phrase opening the clause ``[start, cue)`` as its subject, or None.

    ``cue`` is the start of the reporting cue the clause leads up to; ``known`` tells the name
    words the document has already shown (a known surname is a phrase of its own).
    """
    known = known or (lambda w: False)
    start = strip_prefix(layout, start, cue)
    toks = tokens(layout, start, cue)
    i = 0
    while i < len(toks) and toks[i].is_punct and toks[i].raw not in OPEN_MARKS:
        i += 1
    i = opener_end(toks, i)  # adverbs, dates, time phrases, «در همین حال», «پس از X،»
    closer = None
    if i < len(toks) and toks[i].raw in OPEN_MARKS:  # «"رود مکنزی" از انجمن … گفت»
        closer = CLOSE_FOR[toks[i].raw]
        i += 1
    j = i
    while j < len(toks) and j - i < MAX_WORDS + 1 and _word(toks[j]) and not _adverb(toks[j]):
        j += 1
        if toks[j - 1].w.endswith("ها") or known(toks[j - 1].w) and j - 1 == i:
            break  # «لبنانی‌ها …», «قالیباف …»: a bare plural or a name already known ends the phrase
    words = toks[i:j]
    if not words or len(words) > MAX_WORDS or words[0].w in _NEVER_SUBJECT:
        return None
    if any(_glued(t.w) for t in words) or len(words) > 1 and not _person(words) and not all(
            frequency(t.w) or ZWNJ in t.raw for t in words):
        return None  # an organisation's name is made of known (or compound) words; a rare one is a glued heading
    after = j
    if closer is not None:
        if after >= len(toks) or toks[after].raw not in (closer, "”", "»", '"'):
            return None
        after += 1
    comma_ok = closer is not None or _person(words)  # «X، Y و Z» is more often a list than a subject
    if after < len(toks) and not (toks[after].w in _FOLLOWERS or toks[after].raw in "،," and comma_ok
                                  or _adverb(toks[after]) or toks[after].w in _NUMBERS
                                  or words[-1].w.endswith("ها") or known(words[-1].w)):
        return None
    if not _plain_clause(toks[after:]):
        return None
    span = (words[0].start, words[-1].end)
    if _person(words):
        return Mention("name", span[0], span[1], span)
    # «هاشمی …», «ترکیه …»: the resolver makes it a person already named, else an organisation
    return Mention(POSITIONAL, span[0], span[1], span, span)
