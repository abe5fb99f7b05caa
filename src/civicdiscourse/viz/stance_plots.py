"""Stance on participation and development by role, outlet and month.

Input: the aggregates of :func:`civicdiscourse.stance.aggregate` (one row per
group with ``<target>_favor``, ``<target>_against``, ``<target>_none`` counts),
e.g. ``stance.aggregate(frame, "role_class")`` where ``frame`` comes from
:func:`~civicdiscourse.viz.statements_frame` or ``stance.to_frame``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ._axes import axes_or_new, legend_below, persian_ticks
from .labels import format_number, jalali_month_label, label, role_label
from .palettes import STANCE_COLORS

STANCE_ORDER = ("favor", "none", "against")


def stance_shares(aggregate, target: str):
    """``favor``/``none``/``against`` shares of each group's statements for ``target``, plus ``statements``."""
    columns = [f"{target}_{s}" for s in STANCE_ORDER]
    missing = [c for c in columns if c not in aggregate]
    if missing:
        raise ValueError(f"aggregate lacks {missing}; pass the output of stance.aggregate")
    counts = aggregate[columns].set_axis(list(STANCE_ORDER), axis=1)
    total = counts.sum(axis=1)
    shares = counts.div(total.where(total > 0), axis=0)
    shares["statements"] = total
    return shares


def _group_names(index, by: str | None, names: Mapping | None) -> list[str]:
    if names:
        return [names.get(i, str(i)) for i in index]
    if by in ("role_class", "role_group"):
        return [role_label(i) for i in index]
    if by in ("jalali_month",):
        return [jalali_month_label(i) for i in index]
    return [str(i) for i in index]


def plot_stance_by(aggregate, *, target: str = "participation", by: str | None = None, ax=None,
                   min_statements: int = 1, names: Mapping | None = None, title: str | None = None):
    """100 % horizontal bars per group: favour (blue), none (grey), against (vermillion); ``n`` at the end.

    Parameters
    ----------
    aggregate : pandas.DataFrame
        ``stance.aggregate(frame, by)``.
    target : {"participation", "development"}
    by : str, optional
        The grouping column (for Persian names of role classes and months).
    min_statements : int
        Groups with fewer statements are left out.
    names : mapping, optional
        Display name per group.
    """
    shares = stance_shares(aggregate, target)
    shares = shares[shares["statements"] >= min_statements]
    if by != "jalali_month":
        shares = shares.sort_values("statements", kind="stable")
    else:
        shares = shares.iloc[::-1]
    ax = axes_or_new(ax, (7.0, 1.3 + 0.42 * max(len(shares), 1)))
    rows = _group_names(shares.index, by, names)
    left = np.zeros(len(shares))
    for stance in STANCE_ORDER:
        values = shares[stance].fillna(0).to_numpy()
        ax.barh(rows, values, left=left, color=STANCE_COLORS[stance], height=0.65, label=label(stance))
        left += values
    for y, n in enumerate(shares["statements"]):
        ax.text(1.01, y, f"n={format_number(n)}", va="center", fontsize="x-small")
    ax.set_xlim(0, 1.12)
    ax.set_xticks(np.linspace(0, 1, 5))
    persian_ticks(ax, "x", percent=True)
    legend_below(ax, ncols=3)
    ax.set_title(title if title is not None else f"موضع دربارهٔ {label(target)}")
    return ax


def plot_stance_targets(aggregate, *, by: str | None = None, targets: Sequence[str] = ("participation", "development"),
                        min_statements: int = 1, names: Mapping | None = None, title: str | None = None):
    """Side-by-side :func:`plot_stance_by` panels, one per target (same groups); returns the figure."""
    import matplotlib.pyplot as plt

    n = len(stance_shares(aggregate, targets[0]).query("statements >= @min_statements"))
    fig, axes = plt.subplots(1, len(targets), figsize=(6.0 * len(targets), 1.4 + 0.42 * max(n, 1)), sharey=True)
    axes = np.atleast_1d(axes)
    for ax, target in zip(axes[::-1], targets):  # first target on the right
        plot_stance_by(aggregate, target=target, by=by, ax=ax, min_statements=min_statements, names=names)
    if title:
        fig.suptitle(title, x=0.98, ha="right")
    fig.tight_layout()
    return fig


def plot_net_stance_over_time(aggregate, *, targets: Sequence[str] = ("participation", "development"),
                              min_statements: int = 5, ax=None, jalali: bool = True,
                              title: str | None = "خالص موضع در طول زمان"):
    """Net stance ((favour − against) / side-taking statements) per month, one line per target.

    Months with fewer than ``min_statements`` statements are left out.
    """
    from .palettes import OKABE_ITO

    frame = aggregate[aggregate["statements"] >= min_statements].sort_index()
    ax = axes_or_new(ax, (7.5, 3.2))
    x = np.arange(len(frame))
    for target, colour in zip(targets, (OKABE_ITO[0], OKABE_ITO[3])):
        ax.plot(x, frame[f"{target}_net"].to_numpy(dtype=float), marker="o", color=colour, label=label(target))
    ax.axhline(0, color="#888888", linewidth=0.8)
    ticks = [jalali_month_label(m) if jalali else str(m) for m in frame.index]
    step = max(1, len(x) // 10)
    ax.set_xticks(x[::step], ticks[::step], rotation=45, ha="right", fontsize="small")
    ax.set_ylim(-1.05, 1.05)
    persian_ticks(ax, "y", decimals=1)
    ax.set_ylabel("خالص موضع (موافق − مخالف)")
    ax.legend(frameon=False, loc="lower left")
    if title:
        ax.set_title(title)
    return ax


def explanation_text(explanation: Mapping, *, top: int = 8) -> str:
    """One line from ``StanceClassifier.explain(...)[target]``: the cues (lexicon) or features (supervised)."""
    if explanation.get("cues"):
        items = [f"{c['text']} ({c['effect']})" for c in explanation["cues"][:top]]
    elif explanation.get("features"):
        items = [f"{f['feature']} ({f['contribution']:+.2f})" for f in explanation["features"][:top]]
    else:
        items = []
    return ", ".join(items) or "—"
