"""Score a fitted model on its documents, and sweep the number of topics."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sklearn.base import clone

from .coherence import coherence_table, topic_diversity
from .model import TopicModel
from .stability import topic_stability

DECIMALS = 4


@dataclass
class TopicReport:
    """Per-topic and corpus-level quality of a fitted model.

    Attributes
    ----------
    topics : pandas.DataFrame
        One row per topic: ``name``, ``terms`` (list), ``npmi``, ``c_v``,
        ``umass``, ``share`` (mean share of the topic in a document).
    metrics : dict
        ``npmi``, ``c_v``, ``umass`` (means over topics), ``diversity``,
        ``stability`` (mean matched Jaccard, or ``None`` if not computed),
        ``n_documents``, ``n_terms``, ``top_n``.
    """

    topics: pd.DataFrame
    metrics: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """JSON-ready, with floats rounded so equal runs print identically."""
        def clean(value):
            if isinstance(value, (float, np.floating)):
                return None if np.isnan(value) else round(float(value), DECIMALS)
            if isinstance(value, np.integer):
                return int(value)
            return value

        topics = [{"topic": int(i), **{k: clean(v) for k, v in row.items()}}
                  for i, row in self.topics.iterrows()]
        return {"metrics": {k: clean(v) for k, v in self.metrics.items()}, "topics": topics}

    def to_text(self) -> str:
        """A plain-text table: one line per topic, then the corpus-level metrics."""
        lines = []
        for i, row in self.topics.iterrows():
            lines.append(f"{i:>2} {row['name']:<12} npmi {row['npmi']:+.3f}  c_v {row['c_v']:.3f}  "
                         f"umass {row['umass']:+.3f}  share {row['share']:.3f}  | {' · '.join(row['terms'])}")
        m = self.metrics
        stability = "n/a" if m.get("stability") is None else f"{m['stability']:.3f}"
        lines.append(f"mean npmi {m['npmi']:+.4f}  c_v {m['c_v']:.4f}  umass {m['umass']:+.4f}  "
                     f"diversity {m['diversity']:.4f}  stability {stability}  "
                     f"({m['n_documents']} documents, {m['n_terms']} terms, top {m['top_n']})")
        return "\n".join(lines)


def evaluate(model: TopicModel, X, *, top_n: int = 10, stability_seeds: Sequence[int] | None = None) -> TopicReport:
    """Coherence, diversity, prevalence (and optionally seed stability) of a fitted model.

    Parameters
    ----------
    model : TopicModel
        Fitted.
    X : documents or matrix
        The reference documents (normally the training documents); coherence
        counts document co-occurrence in them.
    top_n : int
        Top words per topic scored.
    stability_seeds : sequence of int, optional
        When given, refit once per seed (the model's own seed is reused, not
        refitted) and report the mean matched Jaccard.
    """
    counts = model.vectorize(X)
    ids = model.top_term_ids(top_n)
    scores = coherence_table(counts, ids)
    doc_topic = model.transform(counts if model.input_kind_ == "text" else X)
    totals = doc_topic.sum(axis=1, keepdims=True)
    shares = np.divide(doc_topic, totals, out=np.zeros_like(doc_topic), where=totals > 0).mean(axis=0)
    topics = pd.DataFrame({"name": model.topic_names(), "terms": model.top_terms(top_n),
                           "npmi": scores["npmi"], "c_v": scores["c_v"], "umass": scores["umass"],
                           "share": shares})
    stability = None
    if stability_seeds:
        reuse = {model.random_state: model} if isinstance(model.random_state, int) else {}
        stability = topic_stability(model, X, seeds=stability_seeds, top_n=top_n, fitted=reuse).mean_jaccard
    metrics = {"npmi": float(scores["npmi"].mean()), "c_v": float(scores["c_v"].mean()),
               "umass": float(scores["umass"].mean()), "diversity": topic_diversity(ids),
               "stability": stability, "n_documents": int(counts.shape[0]),
               "n_terms": int(len(model.terms_)), "top_n": top_n}
    return TopicReport(topics=topics, metrics=metrics)


def select_k(X, k_values: Iterable[int], *, model: TopicModel | None = None, seeds: Sequence[int] = (0, 1, 2),
             top_n: int = 10, progress: bool = True) -> pd.DataFrame:
    """Fit one model per number of topics and report its quality.

    Parameters
    ----------
    X : documents or matrix
    k_values : iterable of int
        Numbers of topics to try, e.g. ``range(6, 21, 2)``.
    model : TopicModel, optional
        Template (its parameters except ``n_topics``/``random_state`` are kept);
        default ``TopicModel()``.
    seeds : sequence of int
        The first seed gives the reported model; with two or more seeds the
        ``stability`` column is the mean matched Jaccard across them.
    top_n : int
    progress : bool
        tqdm bar over ``k_values``.

    Returns
    -------
    pandas.DataFrame
        One row per k: ``k``, ``npmi``, ``c_v``, ``umass``, ``diversity``,
        ``stability``, ``seconds`` (fit + scoring time of the reported model).
    """
    from tqdm.auto import tqdm

    template = model if model is not None else TopicModel()
    seeds = list(seeds)
    if not seeds:
        raise ValueError("select_k needs at least one seed")
    rows = []
    for k in tqdm(list(k_values), desc="select_k", unit="k", disable=not progress):
        start = time.perf_counter()
        fitted = clone(template).set_params(n_topics=int(k), random_state=seeds[0]).fit(X)
        report = evaluate(fitted, X, top_n=top_n)
        seconds = time.perf_counter() - start
        stability = (topic_stability(fitted, X, seeds=seeds, top_n=top_n, fitted={seeds[0]: fitted}).mean_jaccard
                     if len(seeds) > 1 else np.nan)
        m = report.metrics
        rows.append({"k": int(k), "npmi": m["npmi"], "c_v": m["c_v"], "umass": m["umass"],
                     "diversity": m["diversity"], "stability": stability, "seconds": seconds})
    return pd.DataFrame(rows, columns=["k", "npmi", "c_v", "umass", "diversity", "stability", "seconds"])
