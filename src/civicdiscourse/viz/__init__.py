"""Persian-correct figures and wordclouds.

Importing this package changes no matplotlib settings. Opt in with
:func:`persian_style` (a context manager) or :func:`use_persian`; both register
the packaged Noto Sans Arabic font with a DejaVu Sans fallback. matplotlib ≥
3.11 shapes Persian itself: pass plain strings, never reshaped ones.

>>> from civicdiscourse import viz
>>> with viz.persian_style():                       # doctest: +SKIP
...     ax = viz.plot_wordcloud({"شهرداری": 5, "مشارکت": 3}, title="نمونه")
...     viz.save_figure(ax.figure, "figures/sample.png")
"""

from .fonts import FALLBACK_FAMILIES, PERSIAN_FAMILY, font_families, font_path, is_registered, register_fonts
from .html import highlight_spans
from .labels import (
    LABELS,
    ROLE_GROUP_LABELS,
    ROLE_GROUPS,
    ROLE_LABELS,
    format_number,
    jalali_month_label,
    label,
    number_formatter,
    persian_digits,
    role_label,
)
from .output import save_figure, save_table, sha256_file
from .overview import (
    CorpusOverview,
    corpus_overview,
    plot_duplicates,
    plot_municipal_share,
    plot_outlets,
    plot_periods,
    plot_sizes,
)
from .palettes import KIND_COLORS, OKABE_ITO, STANCE_COLORS, TOL_MUTED, color_map, palette
from .reliability import plot_reliability
from .speakers import (
    kind_shares,
    plot_kind_shares,
    plot_role_classes,
    plot_role_groups,
    plot_top_speakers,
    quote_frequencies,
    role_counts,
    role_group_counts,
    statements_frame,
    top_speakers,
)
from .stance_plots import (
    explanation_text,
    plot_net_stance_over_time,
    plot_stance_by,
    plot_stance_targets,
    stance_shares,
)
from .style import DPI, persian_style, rc_params, use_persian
from .topic_plots import (
    plot_k_selection,
    plot_topic_comparison,
    plot_topic_heatmap,
    plot_topic_shares_over_time,
    plot_topic_wordclouds,
    topic_term_weights,
    topic_titles,
)
from .wordclouds import make_wordcloud, plot_wordcloud, token_frequencies, wordcloud_grid

__all__ = [
                     "DPI",
                     "FALLBACK_FAMILIES",
                     "KIND_COLORS",
                     "LABELS",
                     "OKABE_ITO",
                     "PERSIAN_FAMILY",
                     "ROLE_GROUPS",
                     "ROLE_GROUP_LABELS",
                     "ROLE_LABELS",
                     "STANCE_COLORS",
                     "TOL_MUTED",
                     "CorpusOverview",
                     "color_map",
                     "corpus_overview",
                     "explanation_text",
                     "font_families",
                     "font_path",
                     "format_number",
                     "highlight_spans",
                     "is_registered",
                     "jalali_month_label",
                     "kind_shares",
                     "label",
                     "make_wordcloud",
                     "number_formatter",
                     "palette",
                     "persian_digits",
                     "persian_style",
                     "plot_duplicates",
                     "plot_k_selection",
                     "plot_kind_shares",
                     "plot_municipal_share",
                     "plot_net_stance_over_time",
                     "plot_outlets",
                     "plot_periods",
                     "plot_reliability",
                     "plot_role_classes",
                     "plot_role_groups",
                     "plot_sizes",
                     "plot_stance_by",
                     "plot_stance_targets",
                     "plot_top_speakers",
                     "plot_topic_comparison",
                     "plot_topic_heatmap",
                     "plot_topic_shares_over_time",
                     "plot_topic_wordclouds",
                     "plot_wordcloud",
                     "quote_frequencies",
                     "rc_params",
                     "register_fonts",
                     "role_counts",
                     "role_group_counts",
                     "role_label",
                     "save_figure",
                     "save_table",
                     "sha256_file",
                     "stance_shares",
                     "statements_frame",
                     "token_frequencies",
                     "top_speakers",
                     "topic_term_weights",
                     "topic_titles",
                     "use_persian",
                     "wordcloud_grid",
]
