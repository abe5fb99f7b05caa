"""The Persian font that ships as a Python dependency, and its fallbacks.

``fontpkg-noto-sans-arabic`` installs Noto Sans Arabic (a variable font) inside
site-packages, so a fresh virtual environment renders Persian without any
system font. :func:`register_fonts` adds it to matplotlib's font manager; it is
idempotent and changes no rcParams (see :mod:`civicdiscourse.viz.style`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PERSIAN_FAMILY = "Noto Sans Arabic"
# Glyphs Noto Sans Arabic lacks (arrows, some dashes in older releases, symbols)
# come from matplotlib's bundled DejaVu Sans, which also covers Persian letters.
FALLBACK_FAMILIES = ("DejaVu Sans",)


def font_path() -> Path:
    """Path of the Noto Sans Arabic font file installed by ``fontpkg-noto-sans-arabic``.

    This is the file to give to ``WordCloud(font_path=...)``.
    """
    import fontpkg_noto_sans_arabic as package

    found = sorted((Path(package.ROOT) / "files").glob("*.ttf"))
    if not found:
        raise FileNotFoundError(f"no .ttf file inside {package.ROOT}; reinstall fontpkg-noto-sans-arabic")
    return found[0]


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Add the Persian font to matplotlib's font manager (once); return its family name.

    Only the font list is touched: ``rcParams`` stay as they are until the user
    opts in with :func:`~civicdiscourse.viz.persian_style` or
    :func:`~civicdiscourse.viz.use_persian`.
    """
    from matplotlib import font_manager

    path = font_path()
    if not any(Path(entry.fname) == path for entry in font_manager.fontManager.ttflist):
        font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def font_families() -> list[str]:
    """The ``font.family`` list the Persian style uses: Persian font first, then fallbacks."""
    return [register_fonts(), *FALLBACK_FAMILIES]


def is_registered() -> bool:
    """True if matplotlib's font manager resolves the Persian family to the packaged file."""
    from matplotlib import font_manager

    try:
        found = font_manager.findfont(font_manager.FontProperties(family=PERSIAN_FAMILY), fallback_to_default=False)
    except ValueError:
        return False
    return Path(found) == font_path()
