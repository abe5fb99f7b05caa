"""Who gets quoted: statements as a table, and figures by role, speaker, kind and outlet.

The input is statements as produced by :mod:`civicdiscourse.quotes` (Statement
objects or the JSONL dicts, GUIDE.md §2), optionally with stance added by
:mod:`civicdiscourse.stance`. The tables built here hold names, roles and
counts — never the quoted text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

from ._axes import axes_or_new, label_bars, legend_below, persian_ticks
from .labels import ROLE_GROUPS, format_number, label, role_label
from .palettes import GREY, KIND_COLORS, OKABE_ITO, color_map

STATEMENT_COLUMNS = ("doc_id", "speaker", "speaker_key", "role_class", "role_group", "kind", "pronoun",
                     "confidence", "outlet", "source", "date", "jalali_month", "municipal",
                     "participation", "development")


def _value(statement, key):
    if isinstance(statement, Mapping):
        return statement.get(key)
    return getattr(statement, key, None)


def statements_frame(statements: Iterable, *, documents=None, municipal_ids: Iterable[str] | None = None):
    """One row per statement: speaker, role class and group, kind, outlet, dates, stance labels.

    Parameters
    ----------
    statements : iterable of Statement or dict
    documents : Corpus or mapping of id → Document, optional
        Supplies ``outlet``, ``source``, ``date`` and ``jalali_month``.
    municipal_ids : iterable of str, optional
        Ids of municipal documents (``municipal`` column; None when not given).
    """
    import pandas as pd

    from ..text import fold

    chosen = set(municipal_ids) if municipal_ids is not None else None
    rows = []
    for st in statements:
        doc = None
        doc_id = _value(st, "doc_id")
        if documents is not None and doc_id is not None:
            try:
                doc = documents[doc_id]
            except (KeyError, IndexError, TypeError):
                doc = None
        speaker = _value(st, "speaker")
        role_class = _value(st, "role_class") or "unknown"
        stance = {t: (v.get("label") if isinstance(v, Mapping) else v)
                  for t in ("participation", "development") for v in [_value(st, t)]}
        rows.append({
            "doc_id": doc_id, "speaker": speaker, "speaker_key": fold(speaker) if speaker else None,
            "role_class": role_class, "role_group": ROLE_GROUPS.get(role_class, "other"),
            "kind": _value(st, "kind"), "pronoun": bool(_value(st, "pronoun")),
            "confidence": _value(st, "confidence"),
            "outlet": (doc.outlet if doc is not None else None) or "?",
            "source": doc.source if doc is not None else None,
            "date": doc.date if doc is not None else None,
            "jalali_month": doc.jalali_date[:7] if doc is not None and doc.jalali_date else None,
            "municipal": (doc_id in chosen) if chosen is not None else None,
            **stance,
        })
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))


def role_counts(frame):
    """Statements per role class and kind (``direct``/``indirect``), most quoted first."""
    table = frame.pivot_table(index="role_class", columns="kind", values="doc_id", aggfunc="count", fill_value=0)
    table = table.reindex(columns=["direct", "indirect"], fill_value=0)
    table["statements"] = table.sum(axis=1)
    table["documents"] = frame.groupby("role_class")["doc_id"].nunique()
    return table.sort_values(["statements"], ascending=False, kind="stable")


def top_speakers(frame, *, n: int = 15):
    """The ``n`` most quoted speakers (spelling variants merged): statements, documents, role class.

    The name shown is the speaker's most frequent written form, normalised.
    """
    import pandas as pd

    named = frame.dropna(subset=["speaker_key"])
    if named.empty:
        return pd.DataFrame(columns=["speaker", "role_class", "statements", "documents"])
    grouped = named.groupby("speaker_key", sort=True)
    table = pd.DataFrame({
        "speaker": grouped["speaker"].agg(_display_form),
        "role_class": grouped["role_class"].agg(lambda s: s.value_counts().sort_index().idxmax()),
        "statements": grouped.size(), "documents": grouped["doc_id"].nunique(),
    })
    table = table.sort_values(["statements", "documents", "speaker"], ascending=[False, False, True], kind="stable")
    return table.head(n).reset_index(drop=True)


def _display_form(spellings) -> str:
    """The most frequent spelling, normalised (Arabic «ي/ك» shown as Persian «ی/ک»); ties alphabetical."""
    from ..text import normalize

    counts = spellings.map(normalize).value_counts()
    return min(counts.index, key=lambda form: (-counts[form], form))


def kind_shares(frame, *, by: str = "outlet", min_statements: int = 1):
    """Share of direct and indirect statements per group of ``by`` (with the count)."""
    counts = frame.pivot_table(index=by, columns="kind", values="doc_id", aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=["direct", "indirect"], fill_value=0)
    total = counts.sum(axis=1)
    shares = counts.div(total.where(total > 0), axis=0)
    shares["statements"] = total
    return shares[shares["statements"] >= min_statements].sort_values("statements", ascending=False, kind="stable")


ROLE_GROUP_ORDER = ("city", "state", "society", "expert", "other")


def role_group_counts(frame, *, by: str = "municipal"):
    """Statements per role group (columns, in :data:`ROLE_GROUP_ORDER`) for each value of ``by`` (rows)."""
    table = frame.dropna(subset=[by]).pivot_table(index=by, columns="role_group", values="doc_id",
                                                  aggfunc="count", fill_value=0)
    return table[[g for g in ROLE_GROUP_ORDER if g in table.columns]]


def quote_frequencies(statements: Iterable, *, by: str = "role_group", doc_ids: Iterable[str] | None = None,
                      groups: Iterable[str] | None = None) -> dict:
    """Token frequencies of the quoted text per group (``role_group`` or ``role_class``), for wordclouds.

    Parameters
    ----------
    statements : iterable of Statement or dict
    by : {"role_group", "role_class"}
    doc_ids : iterable of str, optional
        Only statements of these documents.
    groups : iterable of str, optional
        Groups to return, in this order (default: all found, sorted); keys
        are the Persian group names.
    """
    from .wordclouds import token_frequencies

    chosen = set(doc_ids) if doc_ids is not None else None
    texts: dict[str, list[str]] = {}
    for st in statements:
        if chosen is not None and _value(st, "doc_id") not in chosen:
            continue
        role_class = _value(st, "role_class") or "unknown"
        group = ROLE_GROUPS.get(role_class, "other") if by == "role_group" else role_class
        texts.setdefault(group, []).append(_value(st, "quote") or "")
    order = list(groups) if groups is not None else sorted(texts)
    return {role_label(g): token_frequencies(texts.get(g, [])) for g in order}


def plot_role_classes(frame, *, ax=None, title: str | None = "چه کسانی نقل می‌شوند؟ گفته‌ها به تفکیک نقش گوینده"):
    """Horizontal bars of statements per role class, split into direct and indirect quotes."""
    table = role_counts(frame).iloc[::-1]
    ax = axes_or_new(ax, (7.0, 1.0 + 0.45 * len(table)))
    names = [role_label(r) for r in table.index]
    ax.barh(names, table["direct"], color=KIND_COLORS["direct"], height=0.65, label=label("direct"))
    bars = ax.barh(names, table["indirect"], left=table["direct"], color=KIND_COLORS["indirect"], height=0.65,
                   label=label("indirect"))
    ax.bar_label(bars, labels=[format_number(v) for v in table["statements"]], padding=2, fontsize="small")
    ax.set_xlim(0, table["statements"].max() * 1.15)
    ax.set_xlabel(label("statements"))
    persian_ticks(ax, "x")
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def plot_top_speakers(frame, *, n: int = 15, ax=None, title: str | None = "پرنقل‌قول‌ترین گویندگان"):
    """The most quoted speakers, coloured by role class."""
    from matplotlib.patches import Patch

    table = top_speakers(frame, n=n).iloc[::-1]
    ax = axes_or_new(ax, (7.0, 1.0 + 0.4 * max(len(table), 1)))
    colours = color_map(sorted(set(table["role_class"])), name="tol-muted")
    bars = ax.barh(table["speaker"], table["statements"], color=[colours[r] for r in table["role_class"]],
                   height=0.7)
    label_bars(ax, bars)
    handles = [Patch(color=c, label=role_label(r)) for r, c in colours.items()]
    ax.legend(handles=handles, loc="lower right", frameon=False, fontsize="small")
    ax.set_xlabel(label("statements"))
    ax.set_xlim(0, max(table["statements"].max(), 1) * 1.15)
    persian_ticks(ax, "x")
    if title:
        ax.set_title(title)
    return ax


def plot_kind_shares(frame, *, by: str = "outlet", min_statements: int = 5, ax=None, group_labels=None,
                     title: str | None = "نقل مستقیم و غیرمستقیم"):
    """100 % bars per group: share of direct vs indirect statements (``n`` written at the end)."""
    table = kind_shares(frame, by=by, min_statements=min_statements).iloc[::-1]
    ax = axes_or_new(ax, (7.0, 1.0 + 0.45 * max(len(table), 1)))
    names = [(group_labels or {}).get(g, role_label(g) if by in ("role_class", "role_group") else str(g))
             for g in table.index]
    ax.barh(names, table["direct"], color=KIND_COLORS["direct"], height=0.65, label=label("direct"))
    bars = ax.barh(names, table["indirect"], left=table["direct"], color=KIND_COLORS["indirect"], height=0.65,
                   label=label("indirect"))
    ax.bar_label(bars, labels=[f"n={format_number(v)}" for v in table["statements"]], padding=3, fontsize="x-small")
    ax.set_xlim(0, 1.18)
    ax.set_xticks(np.linspace(0, 1, 5))
    persian_ticks(ax, "x", percent=True)
    legend_below(ax, ncols=2)
    if title:
        ax.set_title(title)
    return ax


def plot_role_groups(frame, *, by: str = "municipal", ax=None, group_labels=None,
                     title: str | None = "مقام‌های رسمی و شهروندان: سهم هر گروه از گفته‌ها"):
    """Share of statements per role group (city officials, state, society, experts, other) in each group of ``by``.

    ``by="municipal"`` compares municipal with other news (needs the
    ``municipal`` column); any other column works too (e.g. ``"outlet"``).
    """
    table = role_group_counts(frame, by=by)
    order = list(table.columns)
    shares = table.div(table.sum(axis=1), axis=0)
    default_names = {True: label("municipal"), False: label("other")}
    names = [(group_labels or default_names).get(i, str(i)) for i in shares.index]
    ax = axes_or_new(ax, (7.0, 1.4 + 0.55 * len(shares)))
    left = np.zeros(len(shares))
    colours = dict(zip(ROLE_GROUP_ORDER, [OKABE_ITO[3], OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[5], GREY]))
    for group in order:
        colour = colours[group]
        values = shares[group].to_numpy()
        ax.barh(names, values, left=left, color=colour, height=0.6, label=role_label(group))
        for y, (x0, v) in enumerate(zip(left, values)):
            if v >= 0.06:
                ax.text(x0 + v / 2, y, format_number(v, percent=True), ha="center", va="center",
                        fontsize="x-small", color="white" if group in ("city", "state") else "black")
        left += values
    ax.set_xlim(0, 1)
    persian_ticks(ax, "x", percent=True)
    legend_below(ax, ncols=3, fontsize="small")
    if title:
        ax.set_title(title)
    return ax
