"""Colour-blind-safe palettes (Okabe & Ito 2008; Paul Tol's schemes).

Categorical colours come from Okabe–Ito (8 colours) and Tol *muted* (9 + grey);
continuous scales use ``cividis``. Stance labels have fixed colours so that
«موافق/مخالف/بی‌طرف» look the same in every figure.
"""

from __future__ import annotations

from itertools import cycle, islice

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000")
TOL_MUTED = ("#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499")
TOL_BRIGHT = ("#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB")
GREY = "#BBBBBB"
SEQUENTIAL = "cividis"

PALETTES = {"okabe-ito": OKABE_ITO, "tol-muted": TOL_MUTED, "tol-bright": TOL_BRIGHT}

# favour = blue, against = vermillion, none = grey: distinguishable under all three dichromacies.
STANCE_COLORS = {"favor": "#0072B2", "against": "#D55E00", "none": GREY}
KIND_COLORS = {"direct": "#0072B2", "indirect": "#E69F00"}


def palette(n: int | None = None, *, name: str = "okabe-ito") -> list[str]:
    """``n`` categorical colours (hex) from a colour-blind-safe palette.

    Parameters
    ----------
    n : int, optional
        Number of colours; default the palette's own length. Up to 8 uses
        Okabe–Ito; more than the palette holds switches to Tol *muted* (9),
        and beyond that colours repeat (use small multiples instead).
    name : {"okabe-ito", "tol-muted", "tol-bright"}
    """
    if name not in PALETTES:
        raise ValueError(f"unknown palette {name!r}; choose from {', '.join(PALETTES)}")
    colours = PALETTES[name]
    if n is None:
        return list(colours)
    if n > len(colours) and len(TOL_MUTED) >= n:
        colours = TOL_MUTED
    return list(islice(cycle(colours), n))


def color_map(keys, *, name: str = "okabe-ito") -> dict:
    """Stable ``{key: colour}`` for categories, in the order given."""
    keys = list(dict.fromkeys(keys))
    return dict(zip(keys, palette(len(keys), name=name)))
