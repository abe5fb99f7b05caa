"""Topics of Persian news: NMF/LDA over the project's tokenizer, with quality measures.

>>> from civicdiscourse import corpus, topics
>>> docs = corpus.load("ir-news").dedupe()                                  # doctest: +SKIP
>>> model = topics.TopicModel(12, method="nmf", random_state=0).fit(docs)   # doctest: +SKIP
>>> model.top_terms(10)                                                     # doctest: +SKIP
>>> print(topics.evaluate(model, docs, stability_seeds=[0, 1, 2]).to_text()) # doctest: +SKIP
>>> topics.select_k(docs, range(6, 21, 2))                                   # doctest: +SKIP
>>> topics.shares_by_month(model, docs, calendar="jalali")                  # doctest: +SKIP

Modules: :mod:`.model` (the estimator), :mod:`.tokens` (token cache),
:mod:`.vocabulary` (variants, lemmas, stopwords), :mod:`.coherence` (NPMI,
c_v, UMass, diversity), :mod:`.stability` (seed stability), :mod:`.evaluation`
(reports, ``select_k``), :mod:`.slices` (shares by month/outlet/municipal/role).
"""

from .coherence import Cooccurrence, c_v, coherence_table, npmi, topic_diversity, umass
from .evaluation import TopicReport, evaluate, select_k
from .model import TopicModel, document_text
from .slices import (document_topics, read_statements, shares_by_month, shares_by_municipal, shares_by_outlet,
                     shares_by_role, topic_shares)
from .stability import StabilityResult, jaccard_matrix, match_topics, topic_stability
from .tokens import TokenTable, cache_path, clear_memory_cache, tokenize_documents
from .vocabulary import TOPIC_STOPWORDS, default_stopwords, variant_key

__all__ = [
    "TOPIC_STOPWORDS", "Cooccurrence", "StabilityResult", "TokenTable", "TopicModel", "TopicReport", "c_v",
    "cache_path",
    "clear_memory_cache", "coherence_table", "default_stopwords", "document_text", "document_topics",
    "evaluate", "jaccard_matrix", "match_topics", "npmi", "read_statements", "select_k", "shares_by_month",
    "shares_by_municipal", "shares_by_outlet", "shares_by_role", "tokenize_documents", "topic_diversity",
    "topic_shares", "topic_stability", "umass", "variant_key",
]
