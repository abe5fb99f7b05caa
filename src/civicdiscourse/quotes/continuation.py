"""Direct quotes that go on over the following lines.

IR-News writes one sentence per line, so a speech after «گفت:» is cut at the first
line end although the speaker goes on («… گفت: A. / B. / C. / وی افزود: …»). In a
document laid out that way, a direct quote that reaches the end of its line runs
on over the next lines while each is a finished sentence (a heading has no final
mark), holds no reporting cue and no other statement, and opens with no agency
credit and no interview label («خبرنگار: …»): it stops before the next attribution,
narration or heading (GUIDELINES, "Quotes over several lines"). Articles written in
paragraphs are left alone.
"""

from __future__ import annotations

import re

from .extract import Raw, SiteFinder, trim_span
from .interview import LABEL as _LABEL
from .layout import Layout

LINE_PER_SENTENCE = 0.6  # share of one-sentence lines that marks the layout
MAX_LINES = 12
_FINISHED = re.compile(r"[.!?؟…»”\"][\s\u200c]*$")
_CREDIT = re.compile(r"[\s»”\"]*(?:به گزارش|به نقل از|انتهای پیام)")


def run_on(layout: Layout, finder: SiteFinder, raws: list[Raw]) -> None:
    """Extend direct colon quotes over the following lines, in place (see module doc)."""
    if not any(raw.form == "colon" and raw.kind == "direct" for raw in raws):
        return  # nothing could run on: the layout need not be looked at
    lines = [(s, e) for s, e in layout.paragraphs if layout.match[s:e].strip()]
    if not lines or sum(layout.sentence_count(s, e) == 1 for s, e in lines) < LINE_PER_SENTENCE * len(lines):
        return
    taken = sorted(r.quote[0] for r in raws) + sorted(r.cue_span[0] for r in raws)
    for raw in raws:
        if raw.form != "colon" or raw.kind != "direct":
            continue
        k = raw.paragraph
        if trim_span(layout, raw.quote[1], layout.paragraphs[k][1])[0] < layout.paragraphs[k][1]:
            continue  # the quote was closed inside its line
        end = raw.quote[1]
        for s, e in layout.paragraphs[k + 1:k + 1 + MAX_LINES]:
            text = layout.match[s:e]
            if (not text.strip() or not _FINISHED.search(text) or _CREDIT.match(text) or _LABEL.match(text)
                    or any(s <= t < e for t in taken) or finder.cue_matches_within(s, e)):
                break
            end = e
        raw.quote = trim_span(layout, raw.quote[0], end)

