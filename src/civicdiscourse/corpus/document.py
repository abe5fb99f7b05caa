"""The :class:`Document` record every reader yields (GUIDE.md §2)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DOCUMENT_FIELDS = (
    "id",
    "title",
    "text",
    "date",
    "jalali_date",
    "outlet",
    "url",
    "categories",
    "tags",
    "source",
)


@dataclass(slots=True)
class Document:
    """One news article (or one record of an annotation resource).

    ``text`` is kept exactly as the source has it (unnormalised) so that
    character offsets computed on it stay valid; ``extra`` carries any
    source-specific fields (e.g. NER tags, stance labels, summary ids).
    """

    id: str
    text: str
    title: str = ""
    date: str | None = None
    jalali_date: str | None = None
    outlet: str | None = None
    url: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    source: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Flat dict: the contract fields first, then ``extra`` keys."""
        record = asdict(self)
        extra = record.pop("extra")
        for key, value in extra.items():
            record.setdefault(key, value)
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> "Document":
        """Inverse of :meth:`to_dict`; unknown keys go to ``extra``."""
        known = {k: record[k] for k in DOCUMENT_FIELDS if k in record}
        extra = {k: v for k, v in record.items() if k not in DOCUMENT_FIELDS and k != "extra"}
        extra.update(record.get("extra") or {})
        known.setdefault("title", "")
        known["categories"] = list(known.get("categories") or [])
        known["tags"] = list(known.get("tags") or [])
        known.setdefault("source", "")
        return cls(**known, extra=extra)
