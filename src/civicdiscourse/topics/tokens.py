"""Tokenise a corpus once, keep the tokens on disk.

Tokenising all of IR-News is the slow part of a topic run; vocabulary choices
(stopwords, lemmas, ``min_df``) are cheap because they act on word *types*.
So the cache stores the output of :class:`civicdiscourse.text.PersianAnalyzer`
without any filtering (``stop_words=None, min_length=1``), as a
:class:`TokenTable`: the distinct types plus one integer array of type ids.

Cache files live under ``get_data_home() / "tokens"`` and are named by a
fingerprint of the input texts and of everything that decides the tokens: the
analyzer parameters and the source of :mod:`civicdiscourse.text` (a change to
the tokenizer invalidates every cache).
"""

from __future__ import annotations

import hashlib
import inspect
import multiprocessing
import os
import tempfile
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import numpy as np

from .. import text as _text
from ..corpus import get_data_home

TOKEN_CACHE_VERSION = 1
_MEMORY: dict[str, "TokenTable"] = {}  # last tables used in this process, by cache file
_MEMORY_SIZE = 2
_CHUNK = 500  # documents per parallel task


@dataclass(frozen=True)
class TokenTable:
    """Tokens of a list of documents, stored compactly.

    Attributes
    ----------
    types : list of str
        Distinct tokens, in order of first appearance.
    ids : ndarray of int32
        Every token of every document, as an index into ``types``.
    lengths : ndarray of int64
        Number of tokens per document; ``ids`` is their concatenation.
    """

    types: list[str]
    ids: np.ndarray
    lengths: np.ndarray

    def __len__(self) -> int:
        return len(self.lengths)

    @property
    def doc_index(self) -> np.ndarray:
        """Document number of every token (same length as ``ids``)."""
        return np.repeat(np.arange(len(self.lengths)), self.lengths)

    def document(self, i: int) -> list[str]:
        """The tokens of document ``i``."""
        start = int(self.lengths[:i].sum())
        return [self.types[t] for t in self.ids[start:start + int(self.lengths[i])]]

    def type_counts(self) -> np.ndarray:
        """How often each type occurs in all documents."""
        return np.bincount(self.ids, minlength=len(self.types))


def _analyzer(params: dict) -> _text.PersianAnalyzer:
    return _text.PersianAnalyzer(stop_words=None, min_length=1, **params)


@lru_cache(maxsize=1)
def _text_module_hash() -> str:
    return hashlib.sha256(inspect.getsource(_text).encode("utf-8")).hexdigest()[:16]


def fingerprint(texts: Sequence[str], params: dict) -> str:
    """Hex key naming the tokens of ``texts`` under analyzer ``params``."""
    digest = hashlib.sha256()
    digest.update(f"v{TOKEN_CACHE_VERSION}|{_text_module_hash()}|{sorted(params.items())!r}|{len(texts)}".encode())
    for doc in texts:
        encoded = doc.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    return digest.hexdigest()[:32]


def _tokenize_chunk(texts: Sequence[str], params: dict) -> tuple[list[str], np.ndarray, np.ndarray]:
    analyzer = _analyzer(params)
    index: dict[str, int] = {}
    ids: list[int] = []
    lengths = np.empty(len(texts), dtype=np.int64)
    for d, doc in enumerate(texts):
        tokens = analyzer(doc)
        lengths[d] = len(tokens)
        ids.extend(index.setdefault(t, len(index)) for t in tokens)
    return list(index), np.asarray(ids, dtype=np.int32), lengths


def _merge(parts: list[tuple[list[str], np.ndarray, np.ndarray]]) -> TokenTable:
    index: dict[str, int] = {}
    ids, lengths = [], []
    for types, local_ids, local_lengths in parts:
        remap = np.array([index.setdefault(t, len(index)) for t in types], dtype=np.int32)
        ids.append(remap[local_ids] if len(local_ids) else local_ids)
        lengths.append(local_lengths)
    return TokenTable(types=list(index),
                      ids=np.concatenate(ids) if ids else np.zeros(0, np.int32),
                      lengths=np.concatenate(lengths) if lengths else np.zeros(0, np.int64))


def _pool(processes: int):
    """A process pool whose workers start fast.

    ``fork`` lets workers inherit the imported modules; it is used only when
    the process runs no other Python thread (a Jupyter kernel does), since a
    lock held by another thread at fork time could deadlock the child. The
    worker runs pure-Python regex code, so idle native BLAS threads — what
    CPython's fork warning counts — do not matter. Otherwise ``forkserver``.
    """
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*use of fork\\(\\) may lead to deadlocks",
                                    category=DeprecationWarning)
            return multiprocessing.get_context("fork").Pool(processes)
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn").Pool(processes)


def _compute(texts: Sequence[str], params: dict, *, n_jobs: int | None, progress: bool) -> TokenTable:
    chunks = [texts[i:i + _CHUNK] for i in range(0, len(texts), _CHUNK)]
    workers = n_jobs if n_jobs is not None else min(os.cpu_count() or 1, 4)
    if workers == 1 or len(chunks) < 2:
        from tqdm.auto import tqdm

        parts = [_tokenize_chunk(chunk, params)
                 for chunk in tqdm(chunks, desc="tokenise", unit="chunk", disable=not progress, leave=False)]
    else:
        with _pool(min(workers, len(chunks))) as pool:
            parts = list(pool.imap(partial(_tokenize_chunk, params=params), chunks))
    return _merge(parts)


def _cache_file(key: str, data_home: str | os.PathLike | None) -> Path:
    return get_data_home(data_home) / "tokens" / f"tokens-{key}.npz"


def _save(table: TokenTable, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    types = np.frombuffer("\n".join(table.types).encode("utf-8"), dtype=np.uint8)
    handle, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(out, types=types, ids=table.ids, lengths=table.lengths)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load(path: Path) -> TokenTable:
    with np.load(path) as data:
        raw = data["types"].tobytes().decode("utf-8")
        return TokenTable(types=raw.split("\n") if raw else [], ids=data["ids"], lengths=data["lengths"])


def tokenize_documents(
    texts: Sequence[str],
    *,
    digits: str = "persian",
    spacing: bool = False,
    keep_numbers: bool = False,
    cache: bool = True,
    data_home: str | os.PathLike | None = None,
    n_jobs: int | None = None,
    progress: bool = False,
) -> TokenTable:
    """Tokens of every text, from the cache when this exact input was seen before.

    Parameters
    ----------
    texts : sequence of str
        Documents (raw; normalised here).
    digits, spacing, keep_numbers
        Passed to :class:`civicdiscourse.text.PersianAnalyzer`.
    cache : bool
        Read and write ``<data home>/tokens/``. The last two tables are also
        kept in memory for the life of the process.
    data_home : path, optional
        Overrides :func:`civicdiscourse.corpus.get_data_home`.
    n_jobs : int, optional
        Processes for a cold run (default: up to 4, one per core).
    progress : bool
        Show progress while tokenising.

    Returns
    -------
    TokenTable
    """
    texts = list(texts)
    params = {"digits": digits, "spacing": spacing, "keep_numbers": keep_numbers}
    key = fingerprint(texts, params)
    path = _cache_file(key, data_home) if cache else None
    if cache and path in _MEMORY:  # keyed by file, so another data home gets its own file
        return _MEMORY[path]
    if path is not None and path.exists():
        table = _load(path)
    else:
        table = _compute(texts, params, n_jobs=n_jobs, progress=progress)
        if path is not None:
            _save(table, path)
    if cache:
        _MEMORY[path] = table
        while len(_MEMORY) > _MEMORY_SIZE:
            _MEMORY.pop(next(iter(_MEMORY)))
    return table


def cache_path(texts: Sequence[str], *, digits: str = "persian", spacing: bool = False, keep_numbers: bool = False,
               data_home: str | os.PathLike | None = None) -> Path:
    """Where :func:`tokenize_documents` keeps the tokens of ``texts`` (the file may not exist yet)."""
    params = {"digits": digits, "spacing": spacing, "keep_numbers": keep_numbers}
    return _cache_file(fingerprint(list(texts), params), data_home)


def clear_memory_cache() -> None:
    """Forget the in-process tables (the files on disk stay)."""
    _MEMORY.clear()
