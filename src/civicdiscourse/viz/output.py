"""Byte-identical figure and table files.

matplotlib writes the library version (PNG ``Software``), a timestamp (SVG
``Date``, PDF ``CreationDate``) and random ids (SVG) into its files; the
helpers here remove them and fix the resolution, so the same figure always
gives the same bytes and ``figures/MANIFEST`` hashes stay stable.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .style import DPI, SVG_HASHSALT

_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


def sha256_file(path: str | os.PathLike) -> str:
    """Hex sha256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_figure(fig, path: str | os.PathLike, *, dpi: int = DPI, bbox_inches: str | None = "tight") -> str:
    """Save ``fig`` reproducibly (fixed dpi, no version/date metadata); return its sha256.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : path-like
        ``.png`` (default when there is no suffix), ``.svg`` or ``.pdf``.
    dpi : int
        Resolution for raster output.
    bbox_inches : {"tight", None}
        Crop to the drawn content (deterministic) or keep the figure size.
    """
    import matplotlib as mpl

    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(".png")
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in _METADATA:
        raise ValueError(f"unsupported figure format {fmt!r}; use png, svg or pdf")
    path.parent.mkdir(parents=True, exist_ok=True)
    with mpl.rc_context({"svg.hashsalt": SVG_HASHSALT, "svg.fonttype": "path", "pdf.fonttype": 42}):
        fig.savefig(path, format=fmt, dpi=dpi, bbox_inches=bbox_inches, metadata=_METADATA[fmt],
                    facecolor="white")
    return sha256_file(path)


def save_table(frame, path: str | os.PathLike, *, index: bool = False, float_format: str = "%.6g") -> str:
    """Write a pandas DataFrame as UTF-8 CSV with fixed float format and ``\\n`` line ends; return sha256.

    Only aggregates belong in these tables: never write corpus text to a
    committed file.
    """
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(".csv")
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=index, float_format=float_format, lineterminator="\n", encoding="utf-8")
    return sha256_file(path)
