"""Small axis helpers shared by the plot modules (Persian numbers, bar labels)."""

from __future__ import annotations

from .labels import PersianScalarFormatter, format_number, number_formatter


def axes_or_new(ax, figsize: tuple[float, float]):
    """``ax`` itself, or the axes of a new figure of ``figsize``."""
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=figsize)
    return ax


def persian_ticks(ax, axis: str = "x", *, decimals: int | None = 0, percent: bool = False) -> None:
    """Write the numeric ticks of ``axis`` ("x", "y" or "both") in Persian digits.

    ``decimals=None`` keeps matplotlib's choice of decimals (for scores whose
    range is unknown in advance).
    """
    for name in ("x", "y") if axis == "both" else (axis,):
        formatter = (PersianScalarFormatter() if decimals is None and not percent
                     else number_formatter(decimals=decimals or 0, percent=percent))
        getattr(ax, f"{name}axis").set_major_formatter(formatter)


def label_bars(ax, container, *, decimals: int = 0, percent: bool = False, padding: float = 2) -> None:
    """Write each bar's value at its end, in Persian digits."""
    values = [bar.get_width() if _horizontal(container) else bar.get_height() for bar in container]
    ax.bar_label(container, labels=[format_number(v, decimals=decimals, percent=percent) if v else ""
                                    for v in values], padding=padding, fontsize="small")


def _horizontal(container) -> bool:
    return getattr(container, "orientation", "vertical") == "horizontal"


def legend_below(ax, *, ncols: int, fontsize: str = "medium") -> None:
    """A frameless legend centred under the axes, clear of the tick labels whatever the axes height."""
    # borderaxespad is in font-size units, so the gap does not shrink with short axes.
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, 0), ncols=ncols, frameon=False, fontsize=fontsize,
              borderaxespad=2.6)
