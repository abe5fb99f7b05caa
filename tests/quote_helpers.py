"""Shared by the quotes tests: statements as tuples, with their offsets checked."""

from civicdiscourse.quotes import extract_statements


def brief(text: str, *, pronoun: bool = False) -> list[tuple]:
    """(speaker, cue, kind, quote[, pronoun]) of every statement, checking offsets on the way."""
    out = []
    for st in extract_statements(text):
        assert text[st.quote_start:st.quote_end] == st.quote
        assert text[st.cue_start:st.cue_end] == st.cue
        if st.speaker_start is not None:
            assert text[st.speaker_start:st.speaker_end] == st.speaker
        row = (st.speaker, st.cue, st.kind, st.quote)
        out.append(row + (st.pronoun,) if pronoun else row)
    return out


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, cue) of every statement."""
    return [(st.speaker, st.cue) for st in extract_statements(text)]
