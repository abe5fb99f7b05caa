"""Real Persian news corpora, by name: verified, cached, filterable.

>>> from civicdiscourse import corpus
>>> corpus.available()[:3]
['ir-news', 'fars-news', 'fars-2023']
>>> news = corpus.load("ir-news").dedupe().municipal()   # doctest: +SKIP
"""

from .collection import Corpus, DedupeReport
from .dates import fars_id_date, iso_to_jalali, jalali_to_iso, parse_jalali
from .document import DOCUMENT_FIELDS, Document
from .errors import ChecksumError, CorpusError, Quarantine, RecordError
from .download import get_data_home
from .info import info
from .loading import available, card, fetch, load, source
from .municipal import is_municipal, municipal_evidence
from .user import iter_jsonl, load_csv, load_folder, load_jsonl

NEWS_SOURCES = ("ir-news", "fars-news", "fars-2023", "hamshahri-rss", "radiofarda-rss")

__all__ = [
    "DOCUMENT_FIELDS", "NEWS_SOURCES", "ChecksumError", "Corpus", "CorpusError", "DedupeReport", "Document",
    "Quarantine", "RecordError", "available", "card", "fars_id_date", "fetch", "get_data_home", "info", "is_municipal",
    "iso_to_jalali", "iter_jsonl", "jalali_to_iso", "load", "load_csv", "load_folder", "load_jsonl",
    "municipal_evidence", "parse_jalali", "source",
]
