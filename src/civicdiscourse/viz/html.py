"""Right-to-left HTML for notebooks: a text with character spans highlighted.

Used by the walkthrough to show where each statement's speaker, cue and
quote sit in the article (offsets index the text exactly as given).
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from itertools import pairwise

from .palettes import OKABE_ITO

SPAN_COLORS = {"speaker": "#56B4E966", "cue": "#E69F0066", "quote": "#009E7340"}


def highlight_spans(text: str, spans: Iterable[tuple[int, int, str]], *, labels: dict[str, str] | None = None,
                    colors: dict[str, str] | None = None) -> str:
    """HTML of ``text`` (``dir="rtl"``) with each ``(start, end, kind)`` span wrapped in ``<mark>``.

    Overlapping spans are cut at each other's edges; an inner span's colour
    wins. ``kind`` picks the colour (``speaker``/``cue``/``quote`` by default)
    and a ``title`` tooltip from ``labels``.
    """
    colors = {**SPAN_COLORS, **(colors or {})}
    labels = labels or {}
    spans = sorted({(max(0, s), min(len(text), e), k) for s, e, k in spans if e > s}, key=lambda x: (x[0], -x[1]))
    cuts = sorted({0, len(text), *(p for s, e, _ in spans for p in (s, e))})
    parts = []
    for left, right in pairwise(cuts):
        piece = html.escape(text[left:right]).replace("\n", "<br>")
        covering = [k for s, e, k in spans if s <= left and right <= e]
        if covering:
            kind = covering[-1]  # the innermost (latest-starting, shortest) span
            colour = colors.get(kind, OKABE_ITO[4] + "55")
            tip = html.escape(labels.get(kind, kind))
            piece = f'<mark style="background:{colour};padding:0 1px" title="{tip}">{piece}</mark>'
        parts.append(piece)
    return ('<div dir="rtl" style="text-align:right;line-height:1.9;font-family:\'Noto Sans Arabic\',sans-serif">'
            + "".join(parts) + "</div>")
