"""Statements quoted from a document: «در این نامه آمده است: …», «در بیانیه X آمده است که …»,
«متن پیام X به این شرح است: …».

A letter, statement or tweet speaks for its author. The sentence names the
document, not a speaker: either the author stands right after the document
noun («در بیانیه دفتر نخست‌وزیری عراق آمده است:») and is the speaker, or the
document is one already introduced («در بخش دیگری از این نامه آمده است:»): its
author is the author of the last document of that kind quoted, else the subject
of the sentence that introduced it («اعضای شورا در نامه‌ای به … خواستار … شدند»; when a
heading ran into that sentence, the body named last before the document), else
whoever spoke last, organisations included (the resolver reads ``extras["document"]``).
With a colon the statement is direct (up to the closing mark of a quotation opened
right after it, or to the end of the paragraph); with «که» it is indirect, up to the
end of the sentence.

«بر اساس این حکم، …», «طبق این گزارش، …» report what an introduced document says, indirect
to the end of the sentence; the document must have an author in the text («دادگاه X حکم … را
صادر کرد»), since «این گزارش» is as often the reporter's own story.
"""

from __future__ import annotations

import re

from .cues import Cue
from .extract import Raw, SiteFinder, trim_span
from .layout import Layout
from .lexicon import ORG_HEADS, TITLE_HEADS
from .mentions import NONE_KIND, Mention, parse_subject, tokens
from .positional import positional_subject

DOCUMENT = Cue("آمده است")
LOOKBACK = 3  # sentences searched back for the one that introduced the document
_NOUNS = "نامه|بیانیه|اطلاعیه|توییت|توئیت|یادداشت|متن|پیام|گزارش|اعلامیه|پست|قطعنامه|دستورالعمل|ابلاغیه|حکم|رای"
_PART = r"(?:(?:بخش|قسمت)(?: ?های)?(?: دیگری| دیگر| پایانی| نخست| اول| دوم| سوم)?|ادامه|پایان|بخشی|قسمتی) (?:از )?"
# (The look-behind is written after «در », stepping back over it, so that a search skips in C from one «در » to
# the next instead of trying it at every letter.)
_ATTRIBUTION = re.compile(
    rf"در (?<![^\s.»”\"؟!:،]در )(?:{_PART})?(?:(?:این|آن|همین|همان) )?(?P<noun>{_NOUNS})(?: ?ای)?"
    r"(?P<author>[^:.\n؟!]{0,100}?)"
    r" *(?P<cue>(?:آمده|نوشته شده|ذکر شده|عنوان شده|تاکید شده)(?: *است)?)(?P<end> *:| +که )")
# «بر اساس این حکم، A», «طبق این گزارش، A»: what a document already introduced says, indirect up to the sentence end
_BASED_ON = re.compile(rf"(?<![^\s.»”\"؟!:،])(?P<cue>بر *اساس|طبق|بنا *بر|به *موجب) +(?:این|همین) +"
                       rf"(?P<noun>{_NOUNS})(?! ?ها)(?P<end> *[،,] *| +)")  # not «بر اساس این گزارش‌ها»
_CUE_WORDS = ("آمده", "نوشته شده", "ذکر شده", "عنوان شده", "تاکید شده", "شرح", "اساس", "طبق", "بنا", "موجب")
_TEXT_OF = re.compile(rf" *متن +(?:کامل +)?(?:{_NOUNS})(?: ?ای)? *")
_FULL_TEXT = re.compile(r"(?<!\w)(?P<cue>(?:بدین|به این|به) +شرح(?: +زیر)? +(?:است|می *باشد))(?P<end> *:)")


def document_quotes(layout: Layout, finder: SiteFinder, raws: list[Raw]) -> list[Raw]:
    """Statements quoted from documents (see module doc), skipping cues already taken."""
    if not any(word in layout.match for word in _CUE_WORDS):  # most articles quote no document: skip the scan
        return []
    taken = [r.cue_span for r in raws]
    authors: dict[str, Mention] = {}
    out = []
    # (match, document noun, where its author is written, whether the statement needs a known author)
    found = [(m, m.group("noun"), m.span("author"), False) for m in _ATTRIBUTION.finditer(layout.match)]
    full_texts = _FULL_TEXT.finditer(layout.match) if "شرح" in layout.match else ()  # most articles have none
    for m in full_texts:  # «متن پیام شهردار به این شرح است:»: the author is in the clause
        ss = layout.sentence_of(m.start("cue"))[0]
        opening = _TEXT_OF.match(layout.match, ss, m.start("cue"))
        if opening:  # «اسامی باشگاه‌ها به شرح زیر است:» is a list, not a document
            found.append((m, "", (opening.end(), m.start("cue")), False))
    quoted = [r.quote for r in raws]  # «X گفت: بر اساس این گزارش، …»: X's own words
    # «بر اساس این گزارش، …» is often the reporter's own report: a statement only when the text says whose it is
    found.extend((m, m.group("noun"), (m.start(), m.start()), True) for m in _BASED_ON.finditer(layout.match)
                 if not any(s <= m.start() < e for s, e in quoted))
    for m, noun, author, needs_author in sorted(found, key=lambda f: f[0].start("cue")):
        cue = m.span("cue")
        if any(s < cue[1] and cue[0] < e for s, e in taken):
            continue
        sentence = layout.sentence_of(cue[0])
        paragraph = layout.paragraph_index(cue[0])
        mention = _author(layout, finder, *author)
        if mention.kind == NONE_KIND and noun:  # «در بخش دیگری از این نامه …»: the document quoted last, else its introduction
            mention = authors.get(noun) or _introduced_by(layout, finder, noun, sentence[0])
        if mention.kind != NONE_KIND and noun:
            authors[noun] = mention
        elif needs_author:
            continue
        if m.group("end").strip() == ":":
            begin = m.end()
            while begin < len(layout.match) and layout.match[begin] == " ":
                begin += 1
            pair = layout.pair_opened_at(begin)
            if pair and pair[1] - pair[0] > 1:
                quote, form = trim_span(layout, pair[0] + 1, pair[1]), "mark"
            else:
                quote, form = trim_span(layout, begin, layout.paragraphs[paragraph][1]), "colon"
            kind = "direct"
        else:  # «… آمده است که A», «بر اساس این حکم، A»
            quote, form, kind = trim_span(layout, m.end(), sentence[1], indirect=True), "that", "indirect"
        if quote[1] > quote[0]:
            out.append(Raw(DOCUMENT, cue, quote, kind, form, mention, False, sentence, paragraph,
                           extras={"document": True}))
    return out


def _introduced_by(layout: Layout, finder: SiteFinder, noun: str, before: int) -> Mention:
    """The subject of the sentence that introduced the document («X در نامه‌ای به Y …»), looking back
    over at most :data:`LOOKBACK` sentences."""
    k = layout.sentences.index(layout.sentence_of(before))
    for ss, se in reversed(layout.sentences[max(0, k - LOOKBACK):k]):
        if not re.search(rf"(?<!\w){noun}", layout.match[ss:se]):
            continue
        # «X در نامه‌ای به Y …», or the document as X's object («دادگاه X حکم پرونده را صادر کرد», «X جدیدترین
        # گزارش خود را منتشر کرد»), not after «طبق/بر اساس» (a source: «طبق گزارش X») nor «این» (the one quoted)
        at = (re.search(rf"(?<!\w)(?:در|با|طی|به|ضمن) +(?:یک +)?{noun}", layout.match[ss:se])
              or re.search(rf"(?<!\w)(?<!طبق )(?<!اساس )(?<!بنابر )(?<!بر )(?<!این )(?<!آن )"
                           rf"(?:(?:\w*ترین|نخستین|اولین|آخرین) +)?{noun}(?!\w)", layout.match[ss:se]))
        end = ss + at.start() if at else se
        mention = parse_subject(layout, ss, end, known=finder.is_known)
        if mention.kind == NONE_KIND:
            mention = positional_subject(layout, ss, end) or _last_body(layout, finder, ss, end) or mention
        return mention
    return Mention(NONE_KIND, before, before)


def _last_body(layout: Layout, finder: SiteFinder, start: int, end: int) -> Mention | None:
    """The organisation or office named last before the document («اطلاعیه شروع فعالیت ادارات کمیته اطلاع
    رسانی ستاد ملی … در اطلاعیه‌ای …»: a heading ran into the sentence, so its start shows no subject)."""
    for tok in tokens(layout, start, end):  # the longest such phrase that runs up to the document
        if tok.w in ORG_HEADS or tok.w in TITLE_HEADS:
            mention = parse_subject(layout, tok.start, end, known=finder.is_known, strict=True)
            if mention.kind in ("org", "title", "name") and mention.end >= _last_word_end(layout, start, end):
                return mention
    return None


def _last_word_end(layout: Layout, start: int, end: int) -> int:
    words = [t for t in tokens(layout, start, end) if not t.is_punct]
    return words[-1].end if words else start


def _author(layout: Layout, finder: SiteFinder, start: int, end: int) -> Mention:
    while start < end and layout.match[start] == " ":
        start += 1
    if start >= end:
        return Mention(NONE_KIND, start, start)
    mention = parse_subject(layout, start, end, known=finder.is_known, strict=True)
    if mention.kind != NONE_KIND:
        return mention
    return positional_subject(layout, start, end) or Mention(NONE_KIND, start, start)
