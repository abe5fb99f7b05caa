"""Stance aggregated by speaker, role class, outlet and month — DataFrames ready to plot.

Each aggregate has one row per group and, per target, the counts of
``favor``/``against``/``none``, the share of statements that take a side
(``*_share``: favor + against over all) and the net position
(``*_net``: (favor − against) / statements that take a side, in [−1, 1];
NaN when none does).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..text import fold
from .rules import LABELS, TARGETS


def _label(value) -> tuple[str | None, float]:
    if isinstance(value, dict):
        return value.get("label"), float(value.get("score", np.nan))
    return value, np.nan


def to_frame(statements: Iterable[dict], *, documents=None) -> pd.DataFrame:
    """One row per statement with its stance labels and scores, speaker key, outlet and month.

    Parameters
    ----------
    statements : iterable of dict
        Statements with ``participation``/``development`` either as
        ``{"label", "score"}`` (classifier output) or as a gold label string.
    documents : Corpus or mapping of doc_id → Document, optional
        Fills ``outlet`` and ``date`` for statements that lack them
        (the output of ``civicdiscourse quotes`` carries only ``doc_id``).
    """
    rows = []
    for st in statements:
        row = {key: st.get(key) for key in ("doc_id", "speaker", "role", "role_class", "outlet", "date", "kind")}
        if documents is not None and (row["outlet"] is None or row["date"] is None):
            try:
                doc = documents[row["doc_id"]]
            except (KeyError, TypeError):
                doc = None
            if doc is not None:
                row["outlet"] = row["outlet"] or doc.outlet
                row["date"] = row["date"] or doc.date
        for target in TARGETS:
            row[target], row[f"{target}_score"] = _label(st.get(target))
        rows.append(row)
    frame = pd.DataFrame(rows, columns=["doc_id", "speaker", "role", "role_class", "outlet", "date", "kind",
                                        *[c for t in TARGETS for c in (t, f"{t}_score")]])
    frame["speaker_key"] = frame["speaker"].map(lambda s: fold(s) if isinstance(s, str) else None)
    frame["month"] = pd.to_datetime(frame["date"], errors="coerce").dt.strftime("%Y-%m")
    frame["role_class"] = frame["role_class"].fillna("unknown")
    frame["outlet"] = frame["outlet"].fillna("unknown")
    return frame


def aggregate(frame: pd.DataFrame, by: str | list[str], *, min_statements: int = 1) -> pd.DataFrame:
    """Counts, side-taking share and net stance per group of ``by`` column(s)."""
    keys = [by] if isinstance(by, str) else list(by)
    frame = frame.dropna(subset=keys)
    grouped = frame.groupby(keys, sort=True)
    out = pd.DataFrame({"statements": grouped.size()})
    for target in TARGETS:
        counts = pd.crosstab([frame[k] for k in keys], frame[target]).reindex(columns=list(LABELS), fill_value=0)
        for label in LABELS:
            out[f"{target}_{label}"] = counts[label].reindex(out.index, fill_value=0).astype(int)
        sided = out[f"{target}_favor"] + out[f"{target}_against"]
        out[f"{target}_share"] = sided / out["statements"]
        out[f"{target}_net"] = (out[f"{target}_favor"] - out[f"{target}_against"]) / sided.replace(0, np.nan)
    out = out[out["statements"] >= min_statements]
    return out.sort_values("statements", ascending=False, kind="stable")


def by_speaker_in_document(frame: pd.DataFrame) -> pd.DataFrame:
    """Per (document, speaker)."""
    return aggregate(frame, ["doc_id", "speaker_key"])


def by_speaker(frame: pd.DataFrame, *, min_statements: int = 1) -> pd.DataFrame:
    """Per speaker across the corpus (names folded, so spelling variants meet)."""
    return aggregate(frame, "speaker_key", min_statements=min_statements)


def by_role_class(frame: pd.DataFrame) -> pd.DataFrame:
    return aggregate(frame, "role_class")


def by_outlet(frame: pd.DataFrame) -> pd.DataFrame:
    return aggregate(frame, "outlet")


def by_month(frame: pd.DataFrame) -> pd.DataFrame:
    """Per calendar month (``YYYY-MM``), in time order."""
    return aggregate(frame, "month").sort_index()
