"""The Statement record (GUIDE.md §2) and its JSON form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

# Output key order is part of the contract (deterministic JSONL).
STATEMENT_FIELDS = (
    "doc_id", "speaker", "role", "role_class", "cue", "quote", "quote_start", "quote_end", "kind", "pronoun",
    "confidence", "speaker_start", "speaker_end", "cue_start", "cue_end", "anaphor",
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement.

    Offsets are ``[start, end)`` into the input text exactly as given.
    ``speaker`` is the speaker's name as written at its fullest mention
    (pronouns, titles and omitted subjects resolved), or the title /
    organisation that stands for an unnamed speaker; ``None`` if nobody could
    be found (such statements are only returned with ``keep_unattributed``).
    ``speaker_start``/``speaker_end`` locate that fullest mention.
    ``pronoun`` is true when this statement reaches its speaker through an
    anaphor, named in ``anaphor``: ``"pronoun"`` («وی/او/ایشان»), ``"title"``
    (a bare title or «این مقام مسئول») or ``"omitted"`` (no subject).

    Behaves like a read-only mapping too (``st["speaker"]``) so code written
    for parsed JSONL works on extractor output unchanged.
    """

    doc_id: str | None
    speaker: str | None
    role: str | None
    role_class: str
    cue: str
    quote: str
    quote_start: int
    quote_end: int
    kind: str
    pronoun: bool
    confidence: float
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    anaphor: str | None = None

    def to_dict(self) -> dict:
        """Plain dict in the contract's key order."""
        record = asdict(self)
        return {name: record[name] for name in STATEMENT_FIELDS}

    def __getitem__(self, name: str):
        if name not in STATEMENT_FIELDS:
            raise KeyError(name)
        return getattr(self, name)

    def keys(self):
        return STATEMENT_FIELDS

    def get(self, name: str, default=None):
        return getattr(self, name, default) if name in STATEMENT_FIELDS else default


assert tuple(f.name for f in fields(Statement)) == STATEMENT_FIELDS
