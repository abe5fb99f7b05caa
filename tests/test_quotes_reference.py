"""The reference article yields exactly its six annotated statements (read from ../shared at run time)."""

from __future__ import annotations

from civicdiscourse.evaluate import normalize_cue, normalize_name
from civicdiscourse.quotes import extract_statements

EDGE = " \t\n.،,:;؛«»“”\""


def _trim(text: str, start: int, end: int) -> str:
    return text[start:end].strip(EDGE)


def test_reference_article_statements(reference_article):
    text, expected = reference_article
    found = extract_statements(text, doc_id="seed")
    assert len(found) == len(expected) == 6
    for got, want in zip(found, expected):
        assert normalize_name(got.speaker) == normalize_name(want["speaker"])
        assert normalize_cue(got.cue) == normalize_cue(want["cue"])
        assert (got.kind, got.pronoun) == (want["kind"], want["pronoun"])
        assert (got.cue_start, got.cue_end) == tuple(want["cue_span"])
        # spans may differ by surrounding punctuation only
        assert _trim(text, got.quote_start, got.quote_end) == _trim(text, *want["quote_span"])
        assert got.role == want["role"]


def test_reference_article_lead_gives_nothing(reference_article):
    text, _ = reference_article
    lead_end = text.index("\n")
    assert all(s.quote_start > lead_end for s in extract_statements(text))
