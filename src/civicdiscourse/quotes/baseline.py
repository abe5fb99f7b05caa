"""The naive baseline: «cue + colon → rest of the line», speaker = the first two words before the cue.

Kept as the yardstick the evaluation script and the benchmark print beside
the real extractor (the issue calibrates it at 56 % of statements found on
the held-out set, a third of those with the right speaker).
"""

from __future__ import annotations

import re

from .statement import Statement

_REPORTED = re.compile(r"^.*?به گزارش[^،:]*[،:]\s*")  # drop the agency prefix, nothing smarter
_CUE = re.compile(
    r"(?:گفت|افزود|اظهار\s*(?:کرد|داشت)|بیان\s*(?:کرد|داشت)|ت[اأ]کید\s*کرد|تصریح\s*کرد|خاطرنشان\s*کرد|ادامه\s*داد"
    r"|عنوان\s*کرد|یادآور\s*شد|توضیح\s*داد|اضافه\s*کرد)\s*:\s*")


def naive_statements(text: str, *, doc_id: str | None = None) -> list[Statement]:
    """Statements found by the naive regex (direct only, speaker unresolved)."""
    text_ = text.replace("ي", "ی").replace("ك", "ک")  # same length: offsets unchanged
    out = []
    offset = 0
    for line in text_.split("\n"):
        for m in _CUE.finditer(line):
            end = len(line.rstrip())
            if m.end() >= end:
                continue
            words = _REPORTED.sub("", line[:m.start()]).split()
            speaker = " ".join(words[:2]) or None
            out.append(Statement(
                doc_id=doc_id, speaker=speaker, role=None, role_class="other", cue=m.group().rstrip(": \t"),
                quote=text[offset + m.end():offset + end], quote_start=offset + m.end(), quote_end=offset + end,
                kind="direct", pronoun=False, confidence=0.5, cue_start=offset + m.start(),
                cue_end=offset + m.start() + len(m.group().rstrip(": \t")),
            ))
            break  # rest of the line is the quote
        offset += len(line) + 1
    return out
