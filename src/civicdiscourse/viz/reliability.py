"""How far to trust a score: a reliability diagram of confidence against the share right.

The input is a table from :func:`civicdiscourse.quotes.confidence.reliability` (one row per
confidence bin: ``low``, ``high``, ``statements``, ``mean_confidence``, ``share_right``).
"""

from __future__ import annotations

import numpy as np

from ._axes import axes_or_new, persian_ticks
from .labels import format_number, label
from .palettes import GREY, OKABE_ITO


def plot_reliability(table, *, ax=None, title: str | None = "اطمینان گفته‌ها در برابر درستی آن‌ها"):
    """Share of statements right per confidence bin, against the diagonal of a perfect score.

    Bars span each bin; the dot is the bin's mean confidence; ``n`` is written above each bar.
    """
    ax = axes_or_new(ax, (6.0, 5.0))
    widths = (table["high"] - table["low"]).to_numpy()
    bars = ax.bar(table["low"], table["share_right"], width=widths * 0.92, align="edge", color=OKABE_ITO[4],
                  alpha=0.75, label=label("share_right"))
    ax.bar_label(bars, labels=[f"n={format_number(n)}" for n in table["statements"]], padding=2, fontsize="x-small")
    ax.plot([0, 1], [0, 1], color=GREY, linestyle="--", linewidth=1, label=label("perfect"))
    ax.plot(table["mean_confidence"], table["share_right"], "o", color=OKABE_ITO[5], markersize=4,
            label=label("mean_confidence"))  # where each bin sits on the diagonal
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.1)
    ticks = np.linspace(0, 1, 6)
    ax.set_xticks(ticks)
    ax.set_yticks(ticks)
    persian_ticks(ax, "x", decimals=1)
    persian_ticks(ax, "y", percent=True)
    ax.set_xlabel(label("confidence"))
    ax.set_ylabel(label("share_right"))
    ax.legend(loc="upper left", frameon=False, fontsize="small")
    if title:
        ax.set_title(title)
    return ax
