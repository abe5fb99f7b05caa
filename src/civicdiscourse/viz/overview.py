"""Corpus overview: sizes, duplicates, municipal share, outlets and dates — tables and figures.

:func:`corpus_overview` does the counting once (dedupe and the municipal rule
are the slow part); the ``plot_*`` functions draw its tables. The tables hold
counts and dates only — no article text — so they may be committed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tqdm.auto import tqdm

from ._axes import axes_or_new, label_bars, persian_ticks
from .labels import format_number, jalali_month_label, label, persian_digits
from .palettes import GREY, OKABE_ITO


@dataclass
class CorpusOverview:
    """Counts behind the overview figures.

    Attributes
    ----------
    sizes : pandas.DataFrame
        One row per source: ``documents``, ``duplicates_url``, ``duplicates_text``,
        ``duplicates_near``, ``deduplicated``, ``municipal``, ``municipal_share``, ``dated``,
        ``first_date``, ``last_date`` (ISO), ``outlets``, ``skipped_records``.
    outlets : pandas.DataFrame
        ``source, outlet, documents, municipal`` after deduplication.
    periods : pandas.DataFrame
        ``source, year, month, documents, municipal``: Jalali year and
        ``YYYY-MM`` month of the deduplicated, dated documents.
    """

    sizes: object
    outlets: object
    periods: object


def corpus_overview(corpora: Mapping[str, object] | Iterable[object], *, strict: bool = True,
                    progress: bool = True) -> CorpusOverview:
    """Count documents, duplicates, municipal articles, outlets and months per source.

    Parameters
    ----------
    corpora : mapping of name to Corpus, or iterable of Corpus
        As returned by :func:`civicdiscourse.corpus.load` (not yet deduplicated).
    strict : bool
        The municipal rule (:meth:`Corpus.municipal`).
    progress : bool
        Show a tqdm bar over sources.
    """
    import pandas as pd

    if not isinstance(corpora, Mapping):
        corpora = {c.name: c for c in corpora}
    sizes, outlets, periods = [], [], []
    for name, loaded in tqdm(corpora.items(), desc="overview", unit="source", disable=not progress):
        deduped = loaded.dedupe()
        report = deduped.dedupe_report
        municipal_ids = {doc.id for doc in deduped.municipal(strict=strict)}
        dates = sorted(doc.date for doc in deduped if doc.date)
        sizes.append({
            "source": name, "documents": len(loaded), "duplicates_url": report.by_url,
            "duplicates_text": report.by_text, "duplicates_near": report.by_near, "deduplicated": len(deduped),
            "municipal": len(municipal_ids),
            "municipal_share": len(municipal_ids) / len(deduped) if len(deduped) else 0.0,
            "dated": len(dates), "first_date": dates[0] if dates else None, "last_date": dates[-1] if dates else None,
            "outlets": len({doc.outlet for doc in deduped}), "skipped_records": len(loaded.quarantine),
        })
        per_outlet: Counter = Counter()
        per_month: Counter = Counter()
        for doc in deduped:
            is_municipal = doc.id in municipal_ids
            per_outlet[(doc.outlet or "?", is_municipal)] += 1
            if doc.jalali_date:
                per_month[(doc.jalali_date[:7], is_municipal)] += 1
        for outlet in sorted({o for o, _ in per_outlet}):
            outlets.append({"source": name, "outlet": outlet, "documents": per_outlet[(outlet, True)]
                            + per_outlet[(outlet, False)], "municipal": per_outlet[(outlet, True)]})
        for month in sorted({m for m, _ in per_month}):
            periods.append({"source": name, "year": month[:4], "month": month,
                            "documents": per_month[(month, True)] + per_month[(month, False)],
                            "municipal": per_month[(month, True)]})
    return CorpusOverview(
        sizes=pd.DataFrame(sizes),
        outlets=pd.DataFrame(outlets, columns=["source", "outlet", "documents", "municipal"]),
        periods=pd.DataFrame(periods, columns=["source", "year", "month", "documents", "municipal"]),
    )


def plot_sizes(sizes, *, ax=None, title: str | None = "اندازهٔ منابع خبری"):
    """Horizontal bars per source: loaded, after removing duplicates, municipal."""
    import numpy as np

    ax = axes_or_new(ax, (7.5, 0.9 + 0.75 * len(sizes)))
    order = sizes.iloc[::-1]  # first source on top
    y = np.arange(len(order))
    height = 0.26
    columns = (("documents", "loaded", OKABE_ITO[4]), ("deduplicated", "deduplicated", OKABE_ITO[0]),
               ("municipal", "municipal", OKABE_ITO[3]))
    for offset, (column, key, colour) in zip((height, 0, -height), columns):
        bars = ax.barh(y + offset, order[column], height=height, color=colour, label=label(key))
        label_bars(ax, bars)
    ax.set_yticks(y, order["source"])
    ax.set_xlabel(label("documents"))
    ax.set_xlim(0, order["documents"].max() * 1.15)
    persian_ticks(ax, "x")
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def plot_municipal_share(sizes, *, ax=None, title: str | None = "سهم خبرهای شهری پس از حذف تکراری‌ها"):
    """Bars of the municipal share per source (percent of deduplicated documents)."""
    ax = axes_or_new(ax, (6.5, 0.9 + 0.5 * len(sizes)))
    order = sizes.iloc[::-1]
    bars = ax.barh(order["source"], order["municipal_share"], color=OKABE_ITO[3], height=0.6)
    label_bars(ax, bars, decimals=1, percent=True)
    ax.set_xlim(0, max(order["municipal_share"].max() * 1.25, 0.01))
    ax.set_xlabel(label("share"))
    persian_ticks(ax, "x", percent=True)
    if title:
        ax.set_title(title)
    return ax


def plot_duplicates(sizes, *, ax=None, title: str | None = "خبرهای تکراری حذف‌شده"):
    """Stacked bars per source: duplicates found by URL, by identical normalised text, by near-identical text."""
    ax = axes_or_new(ax, (6.5, 0.9 + 0.5 * len(sizes)))
    order = sizes.iloc[::-1]
    left = 0
    for column, color, name in (("duplicates_url", OKABE_ITO[0], "نشانی (URL) یکسان"),
                                ("duplicates_text", OKABE_ITO[1], "متن یکسان"),
                                ("duplicates_near", OKABE_ITO[2], "متن تقریباً یکسان")):
        bars = ax.barh(order["source"], order[column], left=left, color=color, height=0.6, label=name)
        left = left + order[column]
    totals = left
    ax.bar_label(bars, labels=[format_number(v) for v in totals], padding=2, fontsize="small")
    ax.set_xlim(0, max(totals.max() * 1.2, 1))
    ax.set_xlabel(label("documents"))
    persian_ticks(ax, "x")
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def plot_outlets(outlets, *, ax=None, title: str | None = "رسانه‌ها: همهٔ خبرها و خبرهای شهری"):
    """Horizontal bars per outlet (deduplicated), the municipal part highlighted."""
    frame = outlets.sort_values(["documents", "outlet"], ascending=[True, False])
    ax = axes_or_new(ax, (7.0, 0.9 + 0.42 * len(frame)))
    names = [f"{outlet} ({source})" if outlet != source else outlet
             for outlet, source in zip(frame["outlet"], frame["source"])]
    ax.barh(names, frame["documents"] - frame["municipal"], color=GREY, height=0.65, label=label("other"))
    bars = ax.barh(names, frame["municipal"], left=frame["documents"] - frame["municipal"], color=OKABE_ITO[3],
                   height=0.65, label=label("municipal"))
    ax.bar_label(bars, labels=[format_number(v) for v in frame["documents"]], padding=2, fontsize="small")
    ax.set_xlim(0, frame["documents"].max() * 1.15)
    ax.set_xlabel(label("documents"))
    persian_ticks(ax, "x")
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def plot_periods(periods, *, max_months: int = 36, title: str | None = "توزیع زمانی خبرها (تقویم شمسی)"):
    """One panel per dated source: documents per Jalali month (per year when the span is long).

    Returns the figure.
    """
    import matplotlib.pyplot as plt

    sources = list(dict.fromkeys(periods["source"]))
    if not sources:
        raise ValueError("no dated documents to plot")
    fig, axes = plt.subplots(len(sources), 1, figsize=(8.0, 2.3 * len(sources)), squeeze=False)
    for ax, source in zip(axes[:, 0], sources):
        rows = periods[periods["source"] == source]
        by_year = rows["month"].nunique() > max_months
        key = "year" if by_year else "month"
        grouped = rows.groupby(key, sort=True)[["documents", "municipal"]].sum()
        ticks = [persian_digits(k) if by_year else jalali_month_label(k) for k in grouped.index]
        x = range(len(grouped))
        ax.bar(x, grouped["documents"] - grouped["municipal"], color=GREY, label=label("other"))
        ax.bar(x, grouped["municipal"], bottom=grouped["documents"] - grouped["municipal"], color=OKABE_ITO[3],
               label=label("municipal"))
        step = max(1, len(ticks) // 12)
        ax.set_xticks(list(x)[::step], ticks[::step], rotation=45, ha="right", fontsize="small")
        ax.set_ylabel(label("documents"))
        persian_ticks(ax, "y")
        ax.set_title(f"{source} — {'سال' if by_year else 'ماه'}", fontsize="medium")
    axes[0, 0].legend(loc="upper left", frameon=False, fontsize="small")
    if title:
        fig.suptitle(title, x=0.98, ha="right")
    fig.tight_layout()
    return fig
