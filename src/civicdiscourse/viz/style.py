"""Opt-in Persian style: fonts with fallbacks, palette, fixed resolution.

Importing :mod:`civicdiscourse.viz` never edits ``matplotlib.rcParams``; call

>>> with persian_style():            # doctest: +SKIP
...     fig, ax = plt.subplots()
...     ax.set_title("سهم خبرهای شهری")

or :func:`use_persian` once at the top of a notebook.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .fonts import font_families
from .palettes import OKABE_ITO, SEQUENTIAL

DPI = 150
SVG_HASHSALT = "civicdiscourse"


def rc_params(**overrides) -> dict:
    """The rcParams of the Persian style (registers the font first).

    Parameters
    ----------
    **overrides
        rcParams to change on top, with dots written as double underscores
        or passed through a dict: ``rc_params(**{"font.size": 12})``.
    """
    from cycler import cycler

    params = {
        "font.family": font_families(),
        "font.size": 10,
        "axes.titlesize": 12,
        "axes.titlelocation": "right",  # Persian reads from the right
        "axes.prop_cycle": cycler(color=list(OKABE_ITO)),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": True,
        "image.cmap": SEQUENTIAL,
        "figure.dpi": 100,
        "savefig.dpi": DPI,
        "savefig.bbox": "tight",
        "savefig.pad_inches": 0.1,
        "savefig.facecolor": "white",
        "svg.hashsalt": SVG_HASHSALT,  # fixed ids → byte-identical SVG
        "svg.fonttype": "path",
        "pdf.fonttype": 42,
    }
    params.update({key.replace("__", "."): value for key, value in overrides.items()})
    return params


@contextmanager
def persian_style(**overrides) -> Iterator[dict]:
    """Context manager: inside it matplotlib uses the Persian style (:func:`rc_params`).

    Figures created inside keep their fonts after the block; saving them
    outside the block uses the then-current ``savefig.*`` settings, so prefer
    :func:`~civicdiscourse.viz.save_figure` (which fixes dpi and metadata).
    """
    import matplotlib as mpl

    params = rc_params(**overrides)
    with mpl.rc_context(params):
        yield params


def use_persian(**overrides) -> dict:
    """Apply the Persian style to ``matplotlib.rcParams`` for the rest of the session (opt-in).

    Returns the previous values of the changed keys, so
    ``matplotlib.rcParams.update(previous)`` undoes it.
    """
    import matplotlib as mpl

    params = rc_params(**overrides)
    previous = {key: mpl.rcParams[key] for key in params}
    mpl.rcParams.update(params)
    return previous
