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
# # 04 — Stance: who speaks for citizen participation and for urban development?
#
# Every statement in municipal news gets a stance toward two targets — **citizen participation**
# and **urban development** — from `civicdiscourse.stance` (the shipped model, trained on our
# annotations in `corpus/annotations`): *favour*, *against* or *none* (no position on that
# target). We compare role classes, outlets and months, and audit examples with `explain`, which
# lists the cues that decided each label.

# %% tags=["parameters"]
sources = ["ir-news", "fars-news", "fars-2023", "hamshahri-rss", "radiofarda-rss"]
method = None  # stance method: None = the shipped default, or "lexicon" / "supervised" / "keyword"
month_source = "ir-news"  # the densely dated source used for the month plot
min_statements = 10  # smallest group shown in the role and outlet figures
examples = 3  # audited examples per target and side
seed = 0  # random_state of the stance model
figures_dir = None  # set by `civicdiscourse reproduce`; None = only show the figures

# %%
from functools import reduce

from civicdiscourse import cache, corpus, quotes, stance, viz
from civicdiscourse.reproduce import Outputs

viz.use_persian()
out = Outputs(figures_dir)
docs = reduce(lambda a, b: a + b, (corpus.load(name, progress=False) for name in sources)).dedupe()
municipal = docs.municipal()
extract = cache.memory().cache(quotes.QuoteExtractor().extract)  # reused until the quotes code changes
statements = [s.to_dict() for doc in municipal for s in extract(doc.text, doc_id=doc.id)]
classifier = stance.load_default(method, random_state=seed)
annotated = list(classifier.annotate(statements))
frame = viz.statements_frame(annotated, documents=docs)
print(f"{len(municipal)} municipal articles, {len(frame)} statements; stance method: {classifier.method_}")

# %% [markdown]
# ## Overall
#
# Most statements take no side on either target: a mayor announcing a budget speaks about the
# city but not *for* or *against* participation.

# %%
overall = stance.aggregate(frame.assign(all="همهٔ گفته‌ها"), "all")
out.table(overall, "overall", index=True)
overall.T

# %% [markdown]
# ## By role class

# %%
by_role = stance.aggregate(frame, "role_class", min_statements=min_statements)
out.table(by_role, "by-role", index=True)
fig = viz.plot_stance_targets(by_role, by="role_class", title="موضع گویندگان به تفکیک نقش")
out.figure(fig, "by-role")

# %% [markdown]
# ## By outlet

# %%
by_outlet = stance.aggregate(frame, "outlet", min_statements=min_statements)
out.table(by_outlet, "by-outlet", index=True)
fig = viz.plot_stance_targets(by_outlet, by="outlet", title="موضع گفته‌ها به تفکیک رسانه")
out.figure(fig, "by-outlet")

# %% [markdown]
# ## By month
#
# Net stance = (favour − against) / statements that take a side, per Jalali month of the
# `month_source` articles (months with at least five statements).

# %%
monthly = stance.aggregate(frame[frame["source"] == month_source], "jalali_month")
out.table(monthly, "by-month", index=True)
ax = viz.plot_net_stance_over_time(monthly, min_statements=5)
out.figure(ax.figure, "by-month")

# %% [markdown]
# ## Audited examples
#
# The highest-scoring statements on each side, with the cues `explain` reports. (Quotes are
# shown here only, in the executed notebook under `reports/`; they are never committed.)

# %%
for target in stance.TARGETS:
    for side in ("favor", "against"):
        chosen = sorted((st for st in annotated if st[target]["label"] == side),
                        key=lambda st: (-st[target]["score"], st["doc_id"], st["quote_start"]))[:examples]
        print(f"=== {viz.label(target)} — {viz.label(side)} ({len(chosen)})")
        for st in chosen:
            print(f"[{st['speaker']} · {viz.role_label(st['role_class'])}] {st['quote'][:200]}")
            print("   because:", viz.explanation_text(classifier.explain(st)[target]))
