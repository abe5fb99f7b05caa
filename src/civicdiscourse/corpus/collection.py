"""The :class:`Corpus`: an ordered, filterable collection of documents."""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..text import fold
from .dates import parse_jalali
from .document import DOCUMENT_FIELDS, Document
from .errors import Quarantine
from .municipal import municipal_flags
from .near import NEAR_THRESHOLD, body_sketch, near_duplicates


@dataclass
class DedupeReport:
    """What :meth:`Corpus.dedupe` removed, and why (``removed`` maps id → kept id)."""

    before: int
    by_url: int = 0
    by_text: int = 0
    by_near: int = 0
    removed: dict[str, str] = field(default_factory=dict)

    @property
    def after(self) -> int:
        return self.before - self.by_url - self.by_text - self.by_near

    def __str__(self) -> str:
        return (f"dedupe: {self.before} → {self.after} documents "
                f"({self.by_url} same URL, {self.by_text} same normalised text, {self.by_near} near-identical text)")


class Corpus:
    """Documents of one or more sources, with provenance of what was done to them.

    Supports ``len``, iteration, indexing by position, slice or document id.
    Every selecting method returns a new :class:`Corpus` and leaves this one
    unchanged; ``steps`` records the chain (e.g. ``["load ir-news",
    "dedupe: 4965 → 4804 …", "municipal(strict=True)"]``).

    Attributes
    ----------
    name : str
        Source name(s).
    quarantine : Quarantine
        Records left out while reading, with file, line and reason.
    steps : list of str
        Human-readable history of this corpus.
    """

    def __init__(self, documents: Iterable[Document], *, name: str = "corpus",
                 quarantine: Quarantine | None = None, steps: list[str] | None = None) -> None:
        self._documents = list(documents)
        self.name = name
        self.quarantine = quarantine if quarantine is not None else Quarantine()
        self.steps = list(steps or [])
        self._index: dict[str, int] | None = None

    # --- container protocol -------------------------------------------------
    def __len__(self) -> int:
        return len(self._documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._documents)

    def __getitem__(self, key: int | slice | str):
        if isinstance(key, slice):
            return self._derive(self._documents[key], f"[{key.start}:{key.stop}:{key.step}]")
        if isinstance(key, str):
            if self._index is None:
                self._index = {doc.id: i for i, doc in enumerate(self._documents)}
            return self._documents[self._index[key]]
        return self._documents[key]

    def __repr__(self) -> str:
        return f"<Corpus {self.name!r}: {len(self)} documents>"

    def __add__(self, other: "Corpus") -> "Corpus":
        quarantine = Quarantine(self.quarantine.problems + other.quarantine.problems)
        return Corpus(self._documents + other._documents, name=f"{self.name}+{other.name}",
                      quarantine=quarantine, steps=[f"({'; '.join(self.steps)}) + ({'; '.join(other.steps)})"])

    def _derive(self, documents: Iterable[Document], step: str) -> "Corpus":
        return Corpus(documents, name=self.name, quarantine=self.quarantine, steps=self.steps + [step])

    # --- selection ------------------------------------------------------------
    def filter(
        self,
        predicate: Callable[[Document], bool] | None = None,
        *,
        source: str | Iterable[str] | None = None,
        outlet: str | Iterable[str] | None = None,
        category: str | None = None,
        contains: str | None = None,
        limit: int | None = None,
    ) -> "Corpus":
        """Documents matching every given condition.

        Parameters
        ----------
        predicate : callable, optional
            ``Document -> bool``.
        source, outlet : str or iterable of str, optional
            Keep these sources / outlets.
        category : str, optional
            Keep documents with this category (compared after :func:`fold`).
        contains : str, optional
            Keep documents whose title or text contains this string (folded).
        limit : int, optional
            Stop after this many matches.
        """
        sources = {source} if isinstance(source, str) else set(source or ())
        outlets = {outlet} if isinstance(outlet, str) else set(outlet or ())
        wanted_category = fold(category).strip() if category else None
        needle = fold(contains) if contains else None

        def keep(doc: Document) -> bool:
            return ((not sources or doc.source in sources)
                    and (not outlets or doc.outlet in outlets)
                    and (wanted_category is None or wanted_category in {fold(c).strip() for c in doc.categories})
                    and (needle is None or needle in fold(f"{doc.title}\n{doc.text}"))
                    and (predicate is None or predicate(doc)))

        kept = []
        for doc in self._documents:
            if keep(doc):
                kept.append(doc)
                if limit is not None and len(kept) >= limit:
                    break
        described = ", ".join(f"{k}={v!r}" for k, v in dict(source=source, outlet=outlet, category=category,
                                                               contains=contains, limit=limit).items() if v)
        return self._derive(kept, f"filter({described or 'predicate'})")

    def between(self, start: str | None = None, end: str | None = None) -> "Corpus":
        """Documents dated within ``[start, end]`` (inclusive; undated ones are dropped).

        Bounds are ISO ``YYYY-MM-DD`` or Jalali ``1399-01-01`` / «۱۳۹۹/۱/۱»
        (a year from 1300 to 1499 is read as Jalali).
        """
        lo, hi = _as_iso(start, "0000-00-00"), _as_iso(end, "9999-99-99")
        kept = [doc for doc in self._documents if doc.date and lo <= doc.date <= hi]
        return self._derive(kept, f"between({start!r}, {end!r})")

    def municipal(self, *, strict: bool = True) -> "Corpus":
        """Articles about Iranian city government (see :mod:`civicdiscourse.corpus.municipal`)."""
        column = 1 if strict else 2
        kept = [doc for doc, facts in zip(self._documents, _facts(self._documents)) if facts[column]]
        return self._derive(kept, f"municipal(strict={strict})")

    def dedupe(self, *, near: float | None = NEAR_THRESHOLD) -> "Corpus":
        """Drop repeated articles: same URL, then same normalised title + text, then near-identical text.

        Parameters
        ----------
        near : float or None, default 0.9
            Also drop a body whose word 5-grams overlap an earlier body's with at least this Jaccard
            similarity (the same report under another title; see :mod:`civicdiscourse.corpus.near`).
            ``None`` keeps exact de-duplication only.

        The first occurrence is kept. The returned corpus has a ``dedupe_report``
        attribute (:class:`DedupeReport`) naming every removed id and the id it repeats.
        """
        report = DedupeReport(before=len(self))
        seen_url: dict[str, str] = {}
        seen_text: dict[bytes, str] = {}
        kept = []
        for doc, facts in zip(self._documents, _facts(self._documents)):
            url = (doc.url or "").strip().rstrip("/")
            if url and url in seen_url:
                report.by_url += 1
                report.removed[doc.id] = seen_url[url]
                continue
            key = facts[0]
            if key in seen_text:
                report.by_text += 1
                report.removed[doc.id] = seen_text[key]
                continue
            if url:
                seen_url[url] = doc.id
            seen_text[key] = doc.id
            kept.append(doc)
        if near is not None:
            repeats = near_duplicates([doc.text for doc in kept], _sketches(kept), threshold=near)
            for k, j in repeats.items():
                report.removed[kept[k].id] = kept[j].id
            report.by_near = len(repeats)
            kept = [doc for k, doc in enumerate(kept) if k not in repeats]
        result = self._derive(kept, str(report))
        result.dedupe_report = report
        return result

    # --- views and export -----------------------------------------------------
    def to_frame(self):
        """A pandas DataFrame with the Document columns (GUIDE.md §2), one row per document."""
        import pandas as pd

        rows = [{name: getattr(doc, name) for name in DOCUMENT_FIELDS} for doc in self._documents]
        return pd.DataFrame(rows, columns=list(DOCUMENT_FIELDS))

    def summary(self) -> dict:
        """Counts a data card reports: documents, outlets, date range, municipal share."""
        dates = sorted(doc.date for doc in self._documents if doc.date)
        return {
            "documents": len(self),
            "outlets": dict(Counter(doc.outlet or "?" for doc in self._documents).most_common()),
            "dated": len(dates),
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
            "skipped_records": len(self.quarantine),
        }

    def to_jsonl(self, path: str | os.PathLike | None = None, *, stream=None) -> None:
        """Write one JSON object per document (the CLI input format)."""
        handle = stream or open(path, "w", encoding="utf-8")
        try:
            for doc in self._documents:
                handle.write(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=False) + "\n")
        finally:
            if stream is None:
                handle.close()

    def to_csv(self, path: str | os.PathLike | None = None, *, stream=None) -> None:
        """Write the Document columns as CSV (lists joined by ``|``)."""
        handle = stream or open(path, "w", encoding="utf-8", newline="")
        try:
            writer = csv.writer(handle)
            writer.writerow(DOCUMENT_FIELDS)
            for doc in self._documents:
                row = [getattr(doc, name) for name in DOCUMENT_FIELDS]
                writer.writerow(["|".join(v) if isinstance(v, list) else ("" if v is None else v) for v in row])
        finally:
            if stream is None:
                handle.close()


def text_facts(text: str) -> tuple[bytes, bool, bool]:
    """What :meth:`Corpus.dedupe` and :meth:`Corpus.municipal` need to know of a document's title and text.

    ``text`` is ``f"{doc.title}\\n{doc.text}"``; the result is
    ``(digest of the normalised text, strict municipal, loose municipal)``:
    the sha256 of the folded text with whitespace runs collapsed (two
    documents are duplicates when it is equal) and :func:`municipal_flags`.
    """
    folded = fold(text)
    digest = hashlib.sha256(" ".join(folded.split()).encode("utf-8", "surrogatepass")).digest()
    return (digest, *municipal_flags(text, folded=folded))


def _facts(documents: list[Document]) -> list[tuple[bytes, bool, bool]]:
    # Folding every text is the slow part of dedupe() and municipal(); the facts are a pure
    # function of the text and of this code, so they are kept under the data home
    # (civicdiscourse.cache.TextTable: keyed by the text's digest and the code fingerprint).
    from ..cache import TextTable

    return TextTable(text_facts).map([f"{doc.title}\n{doc.text}" for doc in documents])


def _sketches(documents: list[Document]) -> list[tuple[int, tuple[int, ...]]]:
    from ..cache import TextTable

    return TextTable(body_sketch).map([doc.text for doc in documents])


def _as_iso(bound: str | None, default: str) -> str:
    if not bound:
        return default
    jalali = parse_jalali(bound)
    if jalali:
        return jalali[1]
    return str(bound)[:10]

