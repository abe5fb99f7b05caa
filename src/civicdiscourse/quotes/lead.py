"""Lead de-duplication: drop first-paragraph statements that the body repeats.

Repeated means the same word n-grams, or, for a one-line summary lead, mostly the
same words, unless the body goes on from the lead («… افزود:»).
"""

from __future__ import annotations

import re

from .extract import Raw
from .layout import Layout

_GRAM = 4
_GOES_ON = frozenset({"افزود", "ادامه داد", "اضافه کرد"})
_AGENCY = re.compile(r"\W*(?:به گزارش|به نقل از)")  # used with match(): anchored at pos


def _runs(words: list[str], n: int):
    """The n-word runs of ``words``, in order, built at C speed."""
    return zip(*(words[k:] for k in range(n)))


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return set(_runs(words, n))


def _lead_paragraph(layout: Layout) -> float | None:
    """How much of a lead's vocabulary the body must repeat for the lead to be a summary (None: no lead).

    A one-sentence first line without the agency formula is a summary lead (news sites put it above the
    body); it is the more certainly one when the body opens with «به گزارش …».
    """
    start, end = layout.paragraphs[0]
    if "به گزارش" in layout.match[start:end]:
        return None
    if sum(1 for s, _ in layout.sentences if start <= s < end) > 1 and end - start > 300:
        return None
    following = next((p for p in layout.paragraphs[1:] if p[1] > p[0]), None)
    if following and _AGENCY.match(layout.match, following[0], following[1]):
        return 0.5
    return 0.75


def drop_repeated_lead(layout: Layout, raws: list[Raw], *, threshold: float = 0.4) -> list[Raw]:
    """Drop statements of the first paragraph whose content the body repeats.

    Repeated = a share ``threshold`` of the quote's word n-grams recur in the body, or, for a summary
    lead (:func:`_lead_paragraph`), most of its content words do (the body paraphrases the lead).
    """
    if len(layout.paragraphs) < 2 or not any(r.paragraph == 0 for r in raws):
        return raws
    first_body = next((r for r in raws if r.paragraph > 0), None)
    if first_body is not None and (first_body.cue.name in _GOES_ON or first_body.paragraph == 1 and (
            first_body.mention.kind == "pronoun" or first_body.inherited)):
        return raws  # «وی افزود: …», «وی بیان داشت: …» right after the first paragraph: the body continues it
    body_start = layout.paragraphs[1][0]
    body = _words(layout.match[body_start:])
    body_grams: dict[int, set] = {}
    lead_share = _lead_paragraph(layout)
    opening = tuple(_words(layout.match[slice(*layout.paragraphs[0])])[:6])
    if lead_share is None and len(opening) == 6 and opening not in _runs(body, 6):  # searched, not put in a set
        return raws  # a first paragraph with the agency formula that the body does not copy is the story's start
    vocabulary = {w for w in body if len(w) > 2} if lead_share is not None else set()  # only a summary lead's
    kept = []
    for raw in raws:
        if raw.paragraph == 0:
            words = _words(layout.match[raw.quote[0]:raw.quote[1]])
            n = _GRAM if len(words) >= 8 else 2
            grams = _grams(words, n)
            if n not in body_grams:
                body_grams[n] = _grams(body, n)
            if grams and len(grams & body_grams[n]) / len(grams) >= threshold:
                continue
            content = [w for w in words if len(w) > 2 and not w.isdigit()]
            if lead_share is not None and content and sum(w in vocabulary for w in content) / len(content) >= lead_share:
                continue
        kept.append(raw)
    return kept


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    """Words of the (already normalised) match text, madda folded."""
    return _WORD.findall(text.replace("آ", "ا"))
