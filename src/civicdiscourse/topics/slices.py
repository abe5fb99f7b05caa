"""How much each topic weighs in a slice of the corpus: month, outlet, municipal, speaker role.

Every function starts from the *document–topic shares*: each document's
topic weights scaled to sum to 1 (documents with no known term are left
out). A slice's share of a topic is the mean over its documents, so every
document counts once and each row sums to 1.

All functions take the documents as :class:`~civicdiscourse.corpus.Document`
records (e.g. a :class:`~civicdiscourse.corpus.Corpus`) and accept a
precomputed ``doc_topic`` matrix (from ``model.transform(documents)``) to
avoid recomputing it for several slices.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..corpus import Corpus, Document

N_DOCUMENTS = "n_documents"


def document_topics(model, documents: Sequence[Document], *, doc_topic: np.ndarray | None = None) -> pd.DataFrame:
    """Topic shares of each document (rows sum to 1; all-zero rows for empty documents).

    Returns
    -------
    pandas.DataFrame
        Index: document ids; columns: :meth:`TopicModel.topic_names`.
    """
    documents = list(documents)
    weights = model.transform(documents) if doc_topic is None else np.asarray(doc_topic, dtype=float)
    if weights.shape[0] != len(documents):
        raise ValueError(f"doc_topic has {weights.shape[0]} rows for {len(documents)} documents")
    totals = weights.sum(axis=1, keepdims=True)
    shares = np.divide(weights, totals, out=np.zeros_like(weights), where=totals > 0)
    return pd.DataFrame(shares, index=pd.Index([d.id for d in documents], name="id"),
                        columns=list(model.topic_names()))


def topic_shares(model, documents: Sequence[Document], by: str | Callable[[Document], object] | Mapping,
                 *, doc_topic: np.ndarray | None = None, counts: bool = False) -> pd.DataFrame:
    """Mean topic shares per group of documents.

    Parameters
    ----------
    model : TopicModel
        Fitted.
    documents : sequence of Document
    by : str, callable or mapping
        A Document attribute (``"outlet"``, ``"source"``, …), a function
        ``Document → group``, or a mapping ``document id → group`` (a
        document may also map to a list of groups and then counts in each).
        Documents whose group is ``None`` are left out.
    doc_topic : ndarray, optional
        ``model.transform(documents)`` if already computed.
    counts : bool
        Add an ``n_documents`` column.

    Returns
    -------
    pandas.DataFrame
        Index: groups (sorted); columns: topic names (+ ``n_documents``).
    """
    documents = list(documents)
    shares = document_topics(model, documents, doc_topic=doc_topic)
    if isinstance(by, str):
        attribute = by
        key = lambda doc: getattr(doc, attribute)  # noqa: E731
    elif isinstance(by, Mapping):
        key = lambda doc: by.get(doc.id)  # noqa: E731
    else:
        key = by
    row_of, groups = [], []
    nonempty = shares.to_numpy().sum(axis=1) > 0
    for i, doc in enumerate(documents):
        if not nonempty[i]:
            continue
        value = key(doc)
        for group in (value if isinstance(value, (list, tuple, set, frozenset)) else [value]):
            if group is not None:
                row_of.append(i)
                groups.append(group)
    frame = shares.iloc[row_of].reset_index(drop=True)
    frame.insert(0, "_group", groups)
    grouped = frame.groupby("_group", sort=True)
    result = grouped.mean()
    result.index.name = by if isinstance(by, str) else "group"
    if counts:
        result.insert(0, N_DOCUMENTS, grouped.size())
    return result


def _month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def shares_by_month(model, documents: Sequence[Document], *, calendar: str = "gregorian",
                    doc_topic: np.ndarray | None = None, counts: bool = False) -> pd.DataFrame:
    """Topic shares per month, ``"YYYY-MM"`` (Gregorian) or ``"13YY-MM"`` (``calendar="jalali"``).

    Undated documents are left out.
    """
    if calendar not in ("gregorian", "jalali"):
        raise ValueError(f"calendar must be 'gregorian' or 'jalali', got {calendar!r}")
    field = "date" if calendar == "gregorian" else "jalali_date"
    result = topic_shares(model, documents, lambda doc: _month(getattr(doc, field)), doc_topic=doc_topic,
                          counts=counts)
    result.index.name = "month" if calendar == "gregorian" else "jalali_month"
    return result


def shares_by_outlet(model, documents: Sequence[Document], *, doc_topic: np.ndarray | None = None,
                     counts: bool = False) -> pd.DataFrame:
    """Topic shares per outlet (documents without an outlet are left out)."""
    return topic_shares(model, documents, "outlet", doc_topic=doc_topic, counts=counts)


def shares_by_municipal(model, documents: Sequence[Document], *, municipal_ids: Iterable[str] | None = None,
                        strict: bool = True, doc_topic: np.ndarray | None = None,
                        counts: bool = False) -> pd.DataFrame:
    """Topic shares of municipal news versus the rest (index ``"municipal"``, ``"other"``).

    Parameters
    ----------
    municipal_ids : iterable of str, optional
        Ids of the municipal documents; computed with
        :meth:`Corpus.municipal` (``strict``) when omitted.
    """
    documents = list(documents)
    if municipal_ids is None:
        municipal_ids = [doc.id for doc in Corpus(documents).municipal(strict=strict)]
    chosen = set(municipal_ids)
    result = topic_shares(model, documents, lambda doc: "municipal" if doc.id in chosen else "other",
                          doc_topic=doc_topic, counts=counts)
    result.index.name = "municipal"
    return result


def read_statements(source: str | os.PathLike | Iterable[Mapping]) -> list[dict]:
    """Statements from a JSONL file (output of ``civicdiscourse quotes``) or an iterable of dicts."""
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]
    return [dict(s) for s in source]


def shares_by_role(model, documents: Sequence[Document], statements: str | os.PathLike | Iterable[Mapping], *,
                   field: str = "role_class", doc_topic: np.ndarray | None = None,
                   counts: bool = False) -> pd.DataFrame:
    """Topic shares per speaker role: documents in which a speaker of that role is quoted.

    Parameters
    ----------
    statements : path or iterable of dict
        Statement records with ``doc_id`` and ``field`` (see GUIDE.md §2).
        A document with statements of several roles counts once in each of
        them; statements without a role are ignored, as are documents with
        no statement.
    field : str
        The statement key holding the role class.
    """
    roles: dict[str, set] = {}
    for statement in read_statements(statements):
        role = statement.get(field)
        if role is not None and statement.get("doc_id") is not None:
            roles.setdefault(statement["doc_id"], set()).add(role)
    by = {doc_id: sorted(values) for doc_id, values in roles.items()}
    result = topic_shares(model, documents, by, doc_topic=doc_topic, counts=counts)
    result.index.name = field
    return result
