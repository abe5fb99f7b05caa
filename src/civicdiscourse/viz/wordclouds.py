"""Wordclouds from the project's own token frequencies.

wordcloud's built-in tokenizer splits Persian words at ZWNJ («می‌گوید» → «می»,
«گوید»), so the frequencies always come from :func:`civicdiscourse.text.tokenize`
(or a topic model's term weights) and are passed to
``WordCloud.generate_from_frequencies`` with the packaged Persian font.

Layouts are cached under the data home (:mod:`civicdiscourse.cache`;
``CIVICDISCOURSE_CACHE=0`` turns it off): drawing the same cloud again only
renders it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from .fonts import font_path
from .palettes import OKABE_ITO

# Suffixes written after a space instead of a ZWNJ («شهرداری های») surface as tokens of their own.
DETACHED_SUFFIXES = frozenset({"ها", "های", "هایی", "ای", "ی", "تر", "ترین", "اند", "ام", "ات"})

# Okabe–Ito without yellow and black: every word stays legible on white.
WORDCLOUD_COLORS = tuple(c for c in OKABE_ITO if c not in ("#F0E442", "#000000"))


def token_frequencies(texts: Iterable[str], *, stopwords: Iterable[str] | None = None, min_length: int = 2,
                      keep_numbers: bool = False) -> Counter:
    """Count normalised tokens over ``texts`` (ZWNJ kept inside words).

    Parameters
    ----------
    texts : iterable of str
        Raw texts; each is normalised with :func:`civicdiscourse.text.normalize`.
    stopwords : iterable of str, optional
        Words to drop; default :func:`civicdiscourse.text.stopwords` (hazm + news boilerplate).
        Detached suffixes (:data:`DETACHED_SUFFIXES`) are always dropped.
    min_length : int
        Shortest token kept, in characters.
    keep_numbers : bool
        Keep numeric tokens.
    """
    from .. import text as ptext

    drop = DETACHED_SUFFIXES | frozenset(ptext.stopwords() if stopwords is None
                                         else (ptext.normalize(w) for w in stopwords))
    counts: Counter = Counter()
    for raw in texts:
        for token in ptext.tokenize(ptext.normalize(raw)):
            if len(token) < min_length or token in drop:
                continue
            if not keep_numbers and not any(c.isalpha() for c in token):
                continue
            counts[token] += 1
    return counts


def make_wordcloud(frequencies: Mapping[str, float], *, max_words: int = 60, width: int = 640, height: int = 360,
                   random_state: int = 0, colors: Iterable[str] = WORDCLOUD_COLORS,
                   background_color: str = "white"):
    """A fitted ``wordcloud.WordCloud`` laid out from ``frequencies`` (positive weights only).

    The layout and colours depend only on ``frequencies`` and ``random_state``.
    Words are horizontal: rotated Persian is hard to read.
    """
    from .. import cache

    weights = {str(word): float(weight) for word, weight in frequencies.items() if weight and weight > 0}
    if not weights:
        raise ValueError("no positive frequencies to draw")
    # Sort so that ties between equal weights cannot depend on dict insertion order.
    ordered = sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    options = {"max_words": max_words, "width": width, "height": height, "random_state": random_state,
               "colors": list(colors), "background_color": background_color}
    # Laying words out is the slow part (~0.3 s a cloud); the layout is plain data, kept in the
    # cache (civicdiscourse.cache: keyed by the weights, the options, this code and the versions
    # of wordcloud, pillow and the font package) and drawn again from there.
    words, layout = cache.memory().call(layout_words, ordered, **options)
    cloud = _wordcloud(**options)
    cloud.words_, cloud.layout_ = dict(words), list(layout)
    return cloud


def _wordcloud(*, max_words: int, width: int, height: int, random_state: int, colors: list[str],
               background_color: str):
    from wordcloud import WordCloud

    def color_func(word, font_size, position, orientation, random_state=None, **kwargs):
        return colors[random_state.randint(0, len(colors) - 1)]

    return WordCloud(font_path=str(font_path()), width=width, height=height, max_words=max_words,
                     random_state=random_state, prefer_horizontal=1.0, background_color=background_color,
                     color_func=color_func, margin=4, min_font_size=8)


def layout_words(ordered: list[tuple[str, float]], *, max_words: int, width: int, height: int, random_state: int,
                 colors: list[str], background_color: str) -> tuple[list, list]:
    """Place the words of a wordcloud: ``(words_, layout_)`` of ``WordCloud.generate_from_frequencies``.

    ``ordered`` is ``[(word, weight), …]``, heaviest first. Plain data (words,
    sizes, positions, colours), so it can be cached and drawn again.
    """
    cloud = _wordcloud(max_words=max_words, width=width, height=height, random_state=random_state, colors=colors,
                       background_color=background_color)
    cloud.generate_from_frequencies(dict(ordered))
    return list(cloud.words_.items()), list(cloud.layout_)


def plot_wordcloud(frequencies: Mapping[str, float], *, ax=None, title: str | None = None, random_state: int = 0,
                   **kwargs):
    """Draw a wordcloud of ``frequencies`` into ``ax`` (a new figure if None); return the axes."""
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(6.4, 3.6))
    cloud = make_wordcloud(frequencies, random_state=random_state, **kwargs)
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax


def wordcloud_grid(groups: Mapping[str, Mapping[str, float]], *, ncols: int = 3, max_words: int = 40,
                   random_state: int = 0, suptitle: str | None = None, panel_size: tuple[float, float] = (4.0, 2.6)):
    """One wordcloud per group (a topic, a speaker role …) in a grid; return the figure.

    Parameters
    ----------
    groups : mapping of str to mapping of str to float
        Panel title → term frequencies or weights. Empty groups are skipped.
    ncols : int
        Panels per row.
    random_state : int
        Seed of every panel's layout (panel *i* uses ``random_state + i``).
    """
    import matplotlib.pyplot as plt

    groups = {name: freqs for name, freqs in groups.items() if any(v > 0 for v in freqs.values())}
    if not groups:
        raise ValueError("no group has positive frequencies")
    ncols = max(1, min(ncols, len(groups)))
    nrows = -(-len(groups) // ncols)
    fig, axes = plt.subplots(nrows, ncols, figsize=(panel_size[0] * ncols, panel_size[1] * nrows), squeeze=False)
    flat = axes.ravel()
    # Right-to-left reading order: the first panel sits top right.
    order = [r * ncols + (ncols - 1 - c) for r in range(nrows) for c in range(ncols)]
    for i, (name, freqs) in enumerate(groups.items()):
        plot_wordcloud(freqs, ax=flat[order[i]], title=name, random_state=random_state + i, max_words=max_words,
                       width=int(panel_size[0] * 100), height=int(panel_size[1] * 90))
    for j in range(len(groups), len(flat)):
        flat[order[j]].set_axis_off()
    if suptitle:
        fig.suptitle(suptitle, x=0.98, ha="right")
    fig.tight_layout()
    return fig
