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
# # 05 — Walkthrough: one municipal article, step by step
#
# A tutorial for students reusing the package: take one real article from the corpus and follow
# it through every stage — loading, normalising, tokenising, the municipal rule, statements with
# their offsets highlighted in the text, and stance with `explain`.
#
# The article is loaded from the corpus at run time; its text appears only in the executed copy of
# this notebook (`reports/`), never in the repository.

# %% tags=["parameters"]
source = "ir-news"
doc_id = None  # None = the municipal article of `source` quoting city government most often
figures_dir = None  # set by `civicdiscourse reproduce` (this notebook writes no figures)

# %%
from IPython.display import HTML, display

from civicdiscourse import cache, corpus, quotes, stance, text, viz

# %% [markdown]
# ## 1. Load
#
# `corpus.load` verifies every file of the source against its sha256 in `corpus/manifest.json`,
# parses it into `Document` records and caches them; `dedupe()` drops repeated articles and
# `municipal()` keeps those about city government.

# %%
docs = corpus.load(source, progress=False).dedupe()
municipal = docs.municipal()
print("\n".join(municipal.steps))
if doc_id is None:  # the article quoting city government (mayors, councils, municipal officials) most
    extract = cache.memory().cache(quotes.extract_statements)  # results kept under the data home
    counts = {doc.id: sum(viz.ROLE_GROUPS.get(s.role_class) == "city" for s in extract(doc.text))
              for doc in municipal}
    doc_id = min(counts, key=lambda i: (-counts[i], i))
doc = docs[doc_id]
{field: getattr(doc, field) for field in ("id", "title", "date", "jalali_date", "outlet", "url", "categories")}

# %% [markdown]
# ## 2. Normalise
#
# `text.normalize` unifies Arabic «ي/ك» with Persian «ی/ک», removes diacritics, tatweel and
# invisible direction marks, and keeps the zero-width non-joiner (ZWNJ) that Persian spelling
# needs («می‌گوید»). `Document.text` itself is never changed: offsets always index the original.

# %%
normalised = text.normalize(doc.text)
print(f"{len(doc.text)} characters → {len(normalised)} (diacritics, tatweel, direction marks, extra ZWNJ removed)")
print("Arabic ي/ك in the original:", sum(doc.text.count(c) for c in "يك"), "→ in the normalised text:",
      sum(normalised.count(c) for c in "يك"))
print("ZWNJ kept:", normalised.count("\u200c"))

# %%
with_offsets = text.normalize_with_offsets(doc.text)
start, end = with_offsets.span(0, min(40, len(with_offsets.text)))
print(repr(with_offsets.text[:40]), "→ original offsets", (start, end))

# %% [markdown]
# ## 3. Tokenise
#
# `text.tokenize` keeps ZWNJ inside words — unlike scikit-learn's default pattern, which would
# split «می‌گوید» into «می» and «گوید».

# %%
tokens = text.tokenize(normalised)
with_zwnj = [t for t in tokens if "\u200c" in t]
print(f"{len(tokens)} tokens, {len(set(tokens))} distinct, {len(with_zwnj)} with a ZWNJ")
print(" | ".join(tokens[:25]))

# %% [markdown]
# ## 4. Why it counts as municipal
#
# `corpus.municipal_evidence` returns the spans (in the folded text) that satisfied the rule.

# %%
folded = text.fold(f"{doc.title}\n{doc.text}")
for s, e, kind in corpus.municipal_evidence(f"{doc.title}\n{doc.text}")[:8]:
    print(kind, "→", folded[s:e])

# %% [markdown]
# ## 5. Statements
#
# `quotes.extract_statements` returns who said what. Offsets index `doc.text` exactly as given,
# so `doc.text[quote_start:quote_end] == quote`. Below, speakers are blue, reporting verbs
# orange and quotes green.

# %%
statements = quotes.extract_statements(doc.text, doc_id=doc.id)
assert all(doc.text[s.quote_start:s.quote_end] == s.quote for s in statements)
viz.statements_frame(statements, documents=docs)[["speaker", "role_class", "kind", "pronoun", "confidence"]]

# %%
spans = [(s.quote_start, s.quote_end, "quote") for s in statements]
spans += [(s.cue_start, s.cue_end, "cue") for s in statements if s.cue_start is not None]
spans += [(s.speaker_start, s.speaker_end, "speaker") for s in statements if s.speaker_start is not None]
display(HTML(viz.highlight_spans(doc.text, spans, labels={"quote": "نقل‌قول", "cue": "فعل گزارشی",
                                                            "speaker": "گوینده"})))

# %% [markdown]
# ## 6. Stance, explained
#
# For each statement: the label toward participation and development, its score, and the cues
# behind it.

# %%
classifier = stance.load_default()
for st in classifier.annotate(s.to_dict() for s in statements):
    explained = classifier.explain(st)
    print(f"[{st['speaker']} · {viz.role_label(st['role_class'])} · {st['kind']}] {st['quote'][:160]}")
    for target in stance.TARGETS:
        print(f"   {target}: {st[target]['label']} ({st[target]['score']:.2f}); because: "
              f"{viz.explanation_text(explained[target])}")
