"""Interview answers: a line that opens with a person's name and a colon («کریمی: …»).

Question-and-answer interviews write no reporting verb: the interviewer's line
is labelled with the outlet («خبرنگار:», the agency's name) and the answer with
the interviewee's name or surname. A paragraph is an answer when its label is
a name the document already knows (a subject elsewhere, or a word written right
after a first name); its quote is the rest of the paragraph, ``cue`` is
``None`` (GUIDELINES: interview answers have no cue) and the label is the
speaker mention.
"""

from __future__ import annotations

import re

from .cues import Cue
from .extract import Raw, SiteFinder, trim_span
from .layout import Layout
from .mentions import Mention
from .names import FIRST_NAMES
from .tokens import tokens

ANSWER = Cue("")
_LABEL = re.compile(r"[ \t]*([^\s:،,.؟?!«»“”\"()]+(?: [^\s:،,.؟?!«»“”\"()]+){0,2})[ \t]*[:：][ \t]*(?=\S)")


def interview_answers(layout: Layout, finder: SiteFinder, raws: list[Raw]) -> list[Raw]:
    """Statements for the answer paragraphs of an interview (see module doc)."""
    labelled = [(k, m) for k, (ps, pe) in enumerate(layout.paragraphs)
                if (m := _LABEL.match(layout.match, ps, pe)) is not None and m.end() < pe]
    if len(labelled) < 2:  # an interview has several answers; one «X: …» line is a heading or a caption
        return []
    taken = {r.paragraph for r in raws}
    after_first_name = {b.w for a, b in _pairs(tokens(layout, 0, len(layout.key))) if a.w in FIRST_NAMES}
    out = []
    for k, m in labelled:
        ps, pe = layout.paragraphs[k]
        if k in taken or any(r.quote[0] <= ps < r.quote[1] for r in raws):
            continue
        words = [t for t in tokens(layout, m.start(1), m.end(1)) if not t.is_punct]
        if not words or not all(finder.is_known(t.w) or t.w in after_first_name for t in words):
            continue
        name = (words[0].start, words[-1].end)
        quote = trim_span(layout, m.end(), pe)
        if quote[1] > quote[0]:
            out.append(Raw(ANSWER, (m.end(1), m.end(1)), quote, "direct", "colon",
                           Mention("surname", name[0], name[1], name), False, (ps, pe), k))
    return out


def _pairs(toks):
    return zip(toks, toks[1:])
