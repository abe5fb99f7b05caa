"""Where a notebook puts its figures and tables (used inside the notebooks)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..viz.output import save_figure, save_table

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class Outputs:
    """Save figures and aggregate tables of one notebook reproducibly.

    With ``figures_dir=None`` (a notebook opened by hand) nothing is written
    and figures are only shown; ``civicdiscourse reproduce`` injects the
    notebook's own folder under ``figures/``.

    Parameters
    ----------
    figures_dir : path-like or None
        Folder for this notebook's files.
    formats : tuple of str
        Figure formats written by :meth:`figure`.

    Attributes
    ----------
    written : list of pathlib.Path
        Files written so far, in order.
    """

    def __init__(self, figures_dir: str | os.PathLike | None, *, formats: tuple[str, ...] = ("png",)) -> None:
        self.figures_dir = figures_dir
        self.formats = formats
        self.written: list[Path] = []

    def _path(self, name: str, suffix: str) -> Path | None:
        if not _NAME.match(name):
            raise ValueError(f"output name {name!r}: use letters, digits, '-', '_' and '.' only")
        if self.figures_dir is None:
            return None
        path = Path(self.figures_dir) / f"{name}.{suffix}"
        self.written.append(path)
        return path

    def figure(self, fig, name: str) -> None:
        """Save ``fig`` as ``<name>.png`` (and other ``formats``) with fixed dpi and metadata."""
        for fmt in self.formats:
            path = self._path(name, fmt)
            if path is not None:
                save_figure(fig, path)

    def table(self, frame, name: str, *, index: bool = False) -> None:
        """Save an aggregate table (counts, shares, scores — never article text) as ``<name>.csv``."""
        path = self._path(name, "csv")
        if path is not None:
            save_table(frame, path, index=index)
