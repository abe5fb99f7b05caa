"""Figures for topic models: choosing k, topic wordclouds, shares over time, by outlet, municipal vs other.

The functions take a fitted :class:`civicdiscourse.topics.TopicModel` (only
``components_``, ``terms_`` and ``topic_names()`` are used) and the share
tables of :mod:`civicdiscourse.topics.slices` (rows = groups, columns =
topic names, optional ``n_documents`` column).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._axes import axes_or_new, persian_ticks
from .labels import format_number, jalali_month_label, label, number_formatter, persian_digits
from .palettes import GREY, OKABE_ITO, SEQUENTIAL
from .wordclouds import wordcloud_grid

N_DOCUMENTS = "n_documents"
METRIC_LABELS = {"npmi": "انسجام (NPMI)", "c_v": "انسجام (C_V)", "umass": "انسجام (UMass)",
                 "diversity": "تنوع واژه‌ها", "stability": "پایداری (جاکارد)"}


def topic_titles(model, *, n_terms: int = 3) -> list[str]:
    """A readable title per topic: its label if named, else «number: top terms».

    Unnamed topics are numbered from ۱ in Persian digits.
    """
    names = list(model.topic_names())
    labels = getattr(model, "topic_labels_", {}) or {}
    terms = model.top_terms(n_terms)
    return [names[i] if i in labels else f"{persian_digits(i + 1)}. {'، '.join(terms[i])}" for i in range(len(names))]


def topic_term_weights(model, *, n_terms: int = 40) -> dict[str, dict[str, float]]:
    """``{topic title: {term: weight}}`` of the top ``n_terms`` terms per topic (for wordclouds)."""
    titles = topic_titles(model)
    components = np.asarray(model.components_, dtype=float)
    terms = np.asarray(model.terms_)
    result = {}
    for i, row in enumerate(components):
        top = np.argsort(-row, kind="stable")[:n_terms]
        result[titles[i]] = {str(terms[j]): float(row[j]) for j in top if row[j] > 0}
    return result


def plot_topic_wordclouds(model, *, n_terms: int = 40, ncols: int = 3, random_state: int = 0,
                          title: str | None = "موضوع‌ها: واژه‌های پروزن هر موضوع"):
    """One wordcloud per topic, sized by the topic–term weights; returns the figure."""
    return wordcloud_grid(topic_term_weights(model, n_terms=n_terms), ncols=ncols, max_words=n_terms,
                          random_state=random_state, suptitle=title)


def plot_k_selection(scores, *, chosen: int | None = None, metrics: Sequence[str] = ("npmi", "c_v", "stability"),
                     title: str | None = "انتخاب تعداد موضوع‌ها"):
    """One panel per quality measure against k (output of ``topics.select_k``); returns the figure.

    ``chosen`` marks the k used in the rest of the analysis.
    """
    import matplotlib.pyplot as plt

    metrics = [m for m in metrics if m in scores and scores[m].notna().any()]
    if not metrics:
        raise ValueError("scores has none of the requested metrics")
    fig, axes = plt.subplots(1, len(metrics), figsize=(3.3 * len(metrics), 2.9), squeeze=False, sharex=True)
    for ax, metric, colour in zip(axes[0], metrics, OKABE_ITO):
        ax.plot(scores["k"], scores[metric], marker="o", color=colour)
        if chosen is not None:
            ax.axvline(chosen, color=GREY, linestyle="--", linewidth=1)
        ax.set_title(METRIC_LABELS.get(metric, metric), fontsize="medium")
        ax.set_xticks(list(scores["k"]))
        ax.set_xlabel(label("k"))
        persian_ticks(ax, "x")
        persian_ticks(ax, "y", decimals=None)
    if title:
        fig.suptitle(title + (f" (k = {persian_digits(chosen)})" if chosen is not None else ""), x=0.98, ha="right")
    fig.tight_layout()
    return fig


def _topic_columns(shares) -> list[str]:
    return [c for c in shares.columns if c != N_DOCUMENTS]


def _rename(shares, titles: Sequence[str] | None):
    columns = _topic_columns(shares)
    if titles is None:
        return shares[columns]
    if len(titles) != len(columns):
        raise ValueError(f"{len(titles)} titles for {len(columns)} topics")
    return shares[columns].set_axis(list(titles), axis=1)


def plot_topic_shares_over_time(shares, *, titles: Sequence[str] | None = None, ncols: int = 3,
                                jalali: bool = True, min_documents: int = 1,
                                title: str | None = "سهم موضوع‌ها در طول زمان"):
    """Small multiples: each topic's monthly share (``topics.shares_by_month``); returns the figure.

    Months with fewer than ``min_documents`` documents (when the table has an
    ``n_documents`` column) are left out, since one article would make a 100 % month.
    """
    import matplotlib.pyplot as plt

    if N_DOCUMENTS in shares and min_documents > 1:
        shares = shares[shares[N_DOCUMENTS] >= min_documents]
    frame = _rename(shares, titles)
    n = frame.shape[1]
    ncols = max(1, min(ncols, n))
    nrows = -(-n // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols, 2.3 * nrows), sharex=True, sharey=True,
                             squeeze=False)
    x = np.arange(len(frame))
    ticks = [jalali_month_label(m) if jalali else persian_digits(m) for m in frame.index]
    order = [r * ncols + (ncols - 1 - c) for r in range(nrows) for c in range(ncols)]  # right to left
    flat = axes.ravel()
    for i, column in enumerate(frame.columns):
        ax = flat[order[i]]
        ax.fill_between(x, frame[column].to_numpy(), color=OKABE_ITO[0], alpha=0.25, linewidth=0)
        ax.plot(x, frame[column].to_numpy(), color=OKABE_ITO[0], linewidth=1.5)
        ax.set_title(column, fontsize="small")
        persian_ticks(ax, "y", percent=True)
    for j in range(n, len(flat)):
        flat[order[j]].set_axis_off()
    step = max(1, len(x) // 6)
    for ax in flat:
        ax.set_xticks(x[::step], ticks[::step], rotation=45, ha="right", fontsize="x-small")
    for column in range(ncols):  # month names under the lowest panel of every column
        lowest = max((r for r in range(nrows) if axes[r, column].axison), default=None)
        if lowest is not None:
            axes[lowest, column].tick_params(labelbottom=True)
    if title:
        fig.suptitle(title, x=0.98, ha="right")
    fig.tight_layout()
    return fig


def plot_topic_heatmap(shares, *, titles: Sequence[str] | None = None, ax=None, row_labels=None,
                       title: str | None = "سهم موضوع‌ها به تفکیک رسانه"):
    """Heatmap of topic shares (rows = groups such as outlets, columns = topics), values written in."""
    frame = _rename(shares, titles)
    ax = axes_or_new(ax, (1.2 + 0.95 * frame.shape[1], 1.2 + 0.55 * frame.shape[0]))
    values = frame.to_numpy(dtype=float)
    image = ax.imshow(values, cmap=SEQUENTIAL, aspect="auto", vmin=0, vmax=max(values.max(), 1e-9))
    for (r, c), value in np.ndenumerate(values):
        light = value < 0.6 * values.max()
        ax.text(c, r, format_number(value, percent=True), ha="center", va="center", fontsize="x-small",
                color="white" if light else "black")
    ax.set_xticks(range(frame.shape[1]), list(frame.columns), rotation=40, ha="right", fontsize="small")
    rows = row_labels if row_labels is not None else [str(i) for i in frame.index]
    ax.set_yticks(range(frame.shape[0]), rows)
    ax.spines[:].set_visible(False)
    colorbar = ax.figure.colorbar(image, ax=ax, fraction=0.035, pad=0.02)
    colorbar.ax.yaxis.set_major_formatter(number_formatter(percent=True))
    if title:
        ax.set_title(title)
    return ax


def plot_topic_comparison(shares, *, titles: Sequence[str] | None = None, groups: Sequence[str] = ("municipal", "other"),
                          ax=None, title: str | None = "موضوع‌ها در خبرهای شهری و سایر خبرها"):
    """Paired horizontal bars per topic for two groups (``topics.shares_by_municipal``)."""
    frame = _rename(shares, titles)
    missing = [g for g in groups if g not in frame.index]
    if missing:
        raise ValueError(f"groups {missing} not in the table (index: {list(frame.index)})")
    ax = axes_or_new(ax, (7.0, 1.0 + 0.5 * frame.shape[1]))
    order = frame.loc[groups[0]].sort_values().index  # largest municipal topic on top
    y = np.arange(len(order))
    height = 0.38
    for offset, group, colour in zip((height / 2, -height / 2), groups, (OKABE_ITO[3], GREY)):
        values = frame.loc[group, order].to_numpy()
        ax.barh(y + offset, values, height=height, color=colour, label=label(group))
    ax.set_yticks(y, list(order), fontsize="small")
    ax.set_xlabel(label("share"))
    persian_ticks(ax, "x", percent=True)
    ax.legend(loc="lower right", frameon=False)
    if title:
        ax.set_title(title)
    return ax
