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
# # 03 — Speakers: who gets quoted in municipal news?
#
# `civicdiscourse.quotes` finds every attributed statement (speaker, role, reporting verb, quote
# span, direct or indirect). We run it on all municipal articles of the news sources and on a
# seeded random sample of the other articles of the same sources, and ask: which roles speak,
# who are the most quoted people, how often they are quoted directly, and how much room city
# officials get compared with citizens and civil society.
#
# Role classes come from `civicdiscourse.quotes.classify_role` (taxonomy in
# `corpus/annotations/GUIDELINES.md`); the coarser groups from `viz.ROLE_GROUPS`.

# %% tags=["parameters"]
sources = ["ir-news", "fars-news", "fars-2023", "hamshahri-rss", "radiofarda-rss"]
sample_other = 300  # non-municipal articles drawn for the comparison
seed = 0  # fixes the sample
top_n = 15  # speakers in the top-speakers figure
min_confidence = 0.0  # e.g. 0.9: keep statements right 19 times in 20 on our annotations (scripts/fit_quote_confidence.py)
figures_dir = None  # set by `civicdiscourse reproduce`; None = only show the figures

# %%
import random
from functools import reduce

from civicdiscourse import cache, corpus, quotes, viz
from civicdiscourse.reproduce import Outputs

viz.use_persian()
out = Outputs(figures_dir)
docs = reduce(lambda a, b: a + b, (corpus.load(name, progress=False) for name in sources)).dedupe()
municipal = docs.municipal()
municipal_ids = {doc.id for doc in municipal}
others = [doc for doc in docs if doc.id not in municipal_ids]
sample = random.Random(seed).sample(others, min(sample_other, len(others)))
print(f"{len(docs)} articles, {len(municipal)} municipal, {len(sample)} others sampled")

# %%
extractor = quotes.QuoteExtractor(min_confidence=min_confidence)
extract = cache.memory().cache(extractor.extract)  # each article's statements kept until the quotes code changes
statements = [s for doc in [*municipal, *sample] for s in extract(doc.text, doc_id=doc.id)]
frame = viz.statements_frame(statements, documents=docs, municipal_ids=municipal_ids)
in_municipal = frame[frame["municipal"]]
print(f"{len(frame)} statements, {len(in_municipal)} in municipal news")

# %% [markdown]
# ## Role classes
#
# Statements per role class in municipal news, split into direct (quote marks or a colon) and
# indirect («… گفت که …») quotes. `other` holds speakers whose role the rules could not place
# (often named people introduced without a title).

# %%
out.table(viz.role_counts(in_municipal), "role-classes", index=True)
ax = viz.plot_role_classes(in_municipal)
out.figure(ax.figure, "role-classes")

# %% [markdown]
# ## Top speakers
#
# Spelling variants of a name are merged (`civicdiscourse.text.fold`); each speaker is shown
# under the most frequent written form and coloured by the role class it most often has.

# %%
top = viz.top_speakers(in_municipal, n=top_n)
out.table(top, "top-speakers")
ax = viz.plot_top_speakers(in_municipal, n=top_n)
out.figure(ax.figure, "top-speakers")
top

# %% [markdown]
# ## Direct and indirect quotes
#
# Per role class in municipal news, and per outlet (groups with at least 10 statements).

# %%
by_role = viz.kind_shares(in_municipal, by="role_class", min_statements=10)
by_outlet = viz.kind_shares(in_municipal, by="outlet", min_statements=10)
out.table(by_role, "kind-by-role", index=True)
out.table(by_outlet, "kind-by-outlet", index=True)
ax = viz.plot_kind_shares(in_municipal, by="role_class", min_statements=10,
                          title="نقل مستقیم و غیرمستقیم به تفکیک نقش گوینده")
out.figure(ax.figure, "kind-by-role")

# %%
ax = viz.plot_kind_shares(in_municipal, by="outlet", min_statements=10,
                          title="نقل مستقیم و غیرمستقیم به تفکیک رسانه")
out.figure(ax.figure, "kind-by-outlet")

# %% [markdown]
# ## Officials and citizens
#
# The share of statements from city government, the national and provincial state, citizens
# and civil society, experts and others — in municipal news and in the sample of other news.

# %%
ax = viz.plot_role_groups(frame, by="municipal")
out.figure(ax.figure, "role-groups")
out.table(viz.role_group_counts(frame, by="municipal"), "role-groups", index=True)

# %% [markdown]
# ## What each role talks about
#
# Wordclouds of the quoted words per role group (municipal news; stopwords removed).

# %%
words = viz.quote_frequencies(statements, doc_ids=municipal_ids, groups=["city", "state", "society", "other"])
fig = viz.wordcloud_grid(words, ncols=2, random_state=seed, suptitle="واژه‌های پربسامد گفته‌ها به تفکیک گروه گوینده")
out.figure(fig, "role-wordclouds")

# %% [markdown]
# ## How far to trust a statement
#
# Every statement carries a `confidence`: the estimated probability that its quote and speaker are
# right, from a model fitted on our annotated articles (`civicdiscourse.quotes.confidence`). Here
# each annotated statement is scored by a model fitted without its article (five folds), and the
# bars show how often the statements of each confidence band are right. Bars on the diagonal mean
# the confidence can be read as a probability; `min_confidence` above then trades statements for
# precision.

# %%
from civicdiscourse.evaluate import load_gold
from civicdiscourse.quotes.confidence import judge, reliability

judged = cache.memory().cache(judge)(load_gold())
held_out = judged.held_out(folds=5)
trust = reliability(judged.right, held_out)
out.table(trust, "confidence-reliability")
ax = viz.plot_reliability(trust)
out.figure(ax.figure, "confidence-reliability")
print(f"{len(held_out)} annotated candidate statements, {judged.right.mean():.1%} right; "
      f"at confidence ≥ 0.9: {judged.right[held_out >= 0.9].mean():.1%} right")

