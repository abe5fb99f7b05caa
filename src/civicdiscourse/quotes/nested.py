"""Statements reported inside another speaker's direct quote.

Speakers report what others said: «روحانی گفت: وزارت بهداشت در جلسات اعلام کرد که …»,
«وی افزود: برخی اعضا می‌گفتند که …». Inside a direct quote, a clause whose subject is
named explicitly — a name, a title, an organisation or a group — and whose reporting
cue is followed by «که», a colon or (for verbs that take one) a bare clause is a
statement of its own, nested in the outer one; an indirect one ends at a semicolon or where «اما/ولی»
gives the speaker's answer to it.

Pronouns and omitted subjects inside a quote are left alone: there «او گفت که …»
points at someone the outer speaker talks about, and which one is guesswork. A
nested statement never changes who speaks next (``extras["nested"]``), and a title
keeps the words the speaker used: it is not resolved to a person of the narration.
"""

from __future__ import annotations

import re

from .extract import BARE_CLAUSE_VERBS, Raw, SiteFinder, trim_span
from .layout import Layout
from .mentions import Mention, group_subject, parse_subject, tokens

_THAT = ("که",)
_NAMED = frozenset({"name", "title", "org"})
_CLAUSE_STARTS = "،,؛;:"
_SENTENCE_LIKE = "؛;:"
_OBJECT_AFTER = re.compile(r" *را(?!\w)")
_PREPOSITIONS = frozenset("در به با از بر برای".split())
_BUT = re.compile(r" *[،,]? *(?<!\w)(?:اما|ولی)(?= )")


def nested_statements(layout: Layout, finder: SiteFinder, raws: list[Raw]) -> list[Raw]:
    """Statements whose cue lies inside the direct quote of one of ``raws`` (see module doc)."""
    taken = {r.cue_span for r in raws}
    out: list[Raw] = []
    for outer in raws:
        if outer.kind != "direct" or outer.extras.get("nested"):
            continue
        begin, end = outer.quote
        matches = finder.cue_matches_within(begin, end)
        cue_starts = frozenset(m.start() for m, _ in matches)
        for m, cue in matches:
            if cue.shape != "verb" or m.span() in taken:
                continue
            raw = _nested(layout, finder, outer, cue, m.span(), cue_starts)
            if raw is not None:
                out.append(raw)
                taken.add(m.span())
    return out


def _named(finder: SiteFinder, mention: Mention) -> bool:
    return mention.kind in _NAMED or mention.kind == "surname" and all(
        finder.is_known(t.w) for t in tokens(finder.layout, *mention.name))


def _subject(layout: Layout, finder: SiteFinder, opening: int, span: tuple[int, int],
             cue_starts: frozenset[int]) -> Mention | None:
    """The named subject of the clause before ``cue``: at the start of its comma clause, else found the way a
    sentence's subject is (past openers, «همانطور که», «در صورتی که»), else a plural verb's group."""
    cue = span[0]
    for k in range(cue - 1, opening - 1, -1):  # the clause opens after the last semicolon or colon
        if layout.match[k] in _SENTENCE_LIKE:
            opening = k + 1
            break
    clause = opening
    for k in range(cue - 1, opening - 1, -1):
        if layout.match[k] in _CLAUSE_STARTS:
            clause = k + 1
            break
    candidates = (
        lambda: parse_subject(layout, clause, cue, known=finder.is_known, strict=True),
        lambda: parse_subject(layout, opening, cue, known=finder.is_known, cue_starts=cue_starts),
        lambda: finder.late_subject(opening, cue, cue_starts),
        lambda: _group_before(layout, clause, span),
    )
    for candidate in candidates:
        mention = candidate()
        # «… شهرداری و سپاه را حماسه عنوان کرد که …»: a phrase before «را» is the object, not the subject
        if mention is not None and _named(finder, mention) and not _OBJECT_AFTER.match(layout.match, mention.end):
            return mention
    return None


def _group_before(layout: Layout, clause: int, span: tuple[int, int]) -> Mention | None:
    """The group a plural verb reports, when only a prepositional phrase stands between them
    («کارشناسان در نظریه خود گفتند»; not «بنده عضو حزبی نیستم و … اعلام کردند»)."""
    cue, cue_end = span
    if not layout.match[cue:cue_end].endswith("ند"):
        return None
    group = group_subject(layout, clause, cue)
    if group is None:
        return None
    between = layout.match[group.end:cue].split()
    return group if not between or between[0] in _PREPOSITIONS else None


def _nested(layout: Layout, finder: SiteFinder, outer: Raw, cue, span: tuple[int, int],
            cue_starts: frozenset[int]) -> Raw | None:
    s, e = span
    sentence = layout.sentence_of(s)
    mention = _subject(layout, finder, max(outer.quote[0], sentence[0]), span, cue_starts)
    if mention is None:
        return None
    after = layout.match[e:e + 6].lstrip(" ")
    stop = min(sentence[1], outer.quote[1])
    if after.startswith(":"):
        kind, form, start = "direct", "colon", e + layout.match[e:].index(":") + 1
    elif after.split(" ", 1)[0] in _THAT:
        kind, form, start = "indirect", "that", e + layout.match[e:].index("که") + 2
    elif cue.name in BARE_CLAUSE_VERBS and len(layout.match[e:stop].split()) >= 4 and not after.startswith(
            ("و ", "،", ",", ".")):  # «وزارت بهداشت اعلام کرد فاصله … باید دو متر باشد»
        kind, form, start = "indirect", "that", e
    else:
        return None
    semicolon = next((k for k in range(start, stop) if layout.match[k] in "؛;"), None)
    stop = semicolon if kind == "indirect" and semicolon is not None else stop
    but = _BUT.search(layout.match, start, stop) if kind == "indirect" else None
    stop = but.start() if but is not None else stop  # «برخی معتقدند A ولی اینطور نیست»: the speaker answers
    begin = start + len(layout.match[start:stop]) - len(layout.match[start:stop].lstrip(" "))
    pair = layout.pair_opened_at(begin) if kind == "direct" else None
    if pair is not None and pair[1] <= outer.quote[1]:  # «… فرمودند: "…"»: what is inside the marks
        form, start, stop = "mark", pair[0] + 1, pair[1]
    quote = trim_span(layout, start, stop, indirect=kind == "indirect")
    if quote[1] <= quote[0]:
        return None
    if mention.kind == "title":  # the words the speaker used, not a person of the narration
        mention = Mention("org", mention.start, mention.end, None, mention.role or (mention.start, mention.end))
    return Raw(cue, span, quote, kind, form, mention, False, sentence, layout.paragraph_index(s),
               extras={"nested": True})
