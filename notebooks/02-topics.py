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
# # 02 — Topics: what the news is about, when, where, and in municipal news
#
# A topic model (NMF on TF-IDF of our ZWNJ-safe tokens, `civicdiscourse.topics`) over the
# deduplicated IR-News articles: five outlets over eight months of 1398–1399, the source with
# both dates and several outlets. We choose the number of topics *k* from coherence and seed
# stability, look at the topics, then at their shares by month, by outlet and in municipal news
# against all other news.

# %% tags=["parameters"]
sources = ["ir-news"]  # corpora to model (dated sources give the time plot)
k_values = [6, 10, 14]  # candidates for the number of topics
seeds = [0, 1]  # select_k: first seed scores, all seeds give the stability
k = 10  # the number of topics used below
method = "nmf"  # "nmf" or "lda"
seed = 0  # random_state of the final model
figures_dir = None  # set by `civicdiscourse reproduce`; None = only show the figures

# %%
from functools import reduce

from civicdiscourse import cache, corpus, topics, viz
from civicdiscourse.reproduce import Outputs

viz.use_persian()
out = Outputs(figures_dir)
memory = cache.memory()  # fitted results kept under the data home, keyed by documents, parameters and code
docs = reduce(lambda a, b: a + b, (corpus.load(name, progress=False) for name in sources)).dedupe()
print(docs.steps[-1])

# %% [markdown]
# ## Choosing k
#
# For each candidate k, `topics.select_k` fits a model and scores its top words: NPMI and C_V
# coherence (do a topic's words occur together in the same articles?) and stability (mean
# Jaccard overlap of matched topics between seeds: does the topic survive a different start?).
# A good k is high on both; past it, topics split into near-duplicates and stability drops.
#
# Fitting is the slow part. `memory.call(f, ...)` returns `f(...)`, computed once and then read
# back from the data home for as long as the documents, the parameters and the source code of
# the package modules involved stay the same (`civicdiscourse.cache`).

# %%
scores = memory.call(topics.select_k, docs, k_values, model=topics.TopicModel(method=method), seeds=seeds,
                     progress=False)
scores = scores.drop(columns="seconds")  # wall time is not reproducible
out.table(scores, "k-selection")
fig = viz.plot_k_selection(scores, chosen=k)
out.figure(fig, "k-selection")
scores

# %% [markdown]
# ## The topics
#
# The final model uses k topics and a fixed seed. Each wordcloud shows a topic's 40 heaviest
# terms, sized by their weight in the topic (not by raw frequency).

# %%
model = memory.call(topics.TopicModel(k, method=method, random_state=seed).fit, docs)
report = memory.call(topics.evaluate, model, docs)
print(report.to_text())
table = report.topics.assign(terms=report.topics["terms"].map(" ".join), title=viz.topic_titles(model))
out.table(table, "topics")

# %%
fig = viz.plot_topic_wordclouds(model, random_state=seed)
out.figure(fig, "topic-wordclouds")

# %% [markdown]
# ## Topic shares over time
#
# A month's share of a topic is the mean of its articles' topic shares (each article counts
# once). Months with fewer than 20 articles are left out.

# %%
titles = viz.topic_titles(model)
doc_topic = memory.call(model.transform, docs)
monthly = topics.shares_by_month(model, docs, calendar="jalali", doc_topic=doc_topic, counts=True)
out.table(monthly, "shares-by-month", index=True)
fig = viz.plot_topic_shares_over_time(monthly, titles=titles, min_documents=20)
out.figure(fig, "shares-by-month")

# %% [markdown]
# ## By outlet

# %%
by_outlet = topics.shares_by_outlet(model, docs, doc_topic=doc_topic, counts=True)
out.table(by_outlet, "shares-by-outlet", index=True)
ax = viz.plot_topic_heatmap(by_outlet, titles=titles)
out.figure(ax.figure, "shares-by-outlet")

# %% [markdown]
# ## Municipal news against all other news
#
# Municipal = the strict city-government rule of `civicdiscourse.corpus.municipal`.

# %%
municipal = memory.call(topics.shares_by_municipal, model, docs, doc_topic=doc_topic, counts=True)
out.table(municipal, "shares-municipal", index=True)
ax = viz.plot_topic_comparison(municipal, titles=titles)
out.figure(ax.figure, "shares-municipal")
