# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01 — The corpus: sources, sizes, dates, outlets, duplicates, municipal share
#
# What news do we have, from whom and from when, how much of it is repeated, and how much of it is
# about **city government** (municipalities and city councils)? Every later notebook starts from the
# answer.
#
# The articles are third-party data. They are loaded through `civicdiscourse.corpus`, which verifies
# every file against the sha256 pinned in `corpus/manifest.json` (from the mirror in
# `$CIVICDISCOURSE_MIRROR`, or downloaded into the cache). This notebook shows counts and dates
# only; no article text is printed.

# %% tags=["parameters"]
sources = ["ir-news", "fars-news", "fars-2023", "hamshahri-rss", "radiofarda-rss"]  # news sources to describe
strict = True  # municipal rule: strict (city-government evidence) or loose (any mention of a mayor)
figures_dir = None  # set by `civicdiscourse reproduce`; None = only show the figures

# %%
import pandas as pd

from civicdiscourse import corpus, viz
from civicdiscourse.reproduce import Outputs

viz.use_persian()
out = Outputs(figures_dir)

# %% [markdown]
# ## Sources and licences
#
# Licences differ between sources; each data card (`corpus.card(name)`) states the licence and the
# known quirks of its source.

# %%
pd.DataFrame([{"source": name, "title": corpus.source(name).title, "licence": corpus.source(name).licence,
               "files": len(corpus.source(name).files), "MiB": round(corpus.source(name).size / 2**20, 1)}
              for name in sources])

# %% [markdown]
# ## Counting
#
# `viz.corpus_overview` loads nothing itself: it counts, per source, the documents as loaded, the
# duplicates `Corpus.dedupe()` removes (same URL first, then same normalised title and text, then
# bodies that are near-identical: the same report under another headline), the
# municipal articles among the rest (`Corpus.municipal(strict=...)`, rule in
# `civicdiscourse.corpus.municipal`), the outlets and the Jalali months.

# %%
corpora = {name: corpus.load(name, progress=False) for name in sources}
overview = viz.corpus_overview(corpora, strict=strict, progress=False)
out.table(overview.sizes, "sizes")
out.table(overview.outlets, "outlets")
out.table(overview.periods, "periods")
overview.sizes

# %% [markdown]
# ## Sizes
#
# IR-News is the largest source; the two RSS sources carry no dates. Municipal news is a small
# share everywhere: the topics, speakers and stance notebooks compare it with the rest.

# %%
ax = viz.plot_sizes(overview.sizes)
out.figure(ax.figure, "sizes")

# %% [markdown]
# ## Duplicates removed
#
# IR-News repeats many URLs (the same article crawled twice); Fars 2023 repeats texts under
# different URLs.

# %%
ax = viz.plot_duplicates(overview.sizes)
out.figure(ax.figure, "duplicates")

# %% [markdown]
# ## Municipal share

# %%
ax = viz.plot_municipal_share(overview.sizes)
out.figure(ax.figure, "municipal-share")

# %% [markdown]
# ## Outlets
#
# IR-News mixes five outlets; the other sources are single outlets.

# %%
ax = viz.plot_outlets(overview.outlets)
out.figure(ax.figure, "outlets")

# %% [markdown]
# ## Dates
#
# Per dated source, documents per Jalali month (per year when a source spans more than three years).

# %%
fig = viz.plot_periods(overview.periods)
out.figure(fig, "periods")
