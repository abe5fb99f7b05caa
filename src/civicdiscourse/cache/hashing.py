"""Hashing arguments by content: the same value gives the same key in every process."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import inspect
import json
import os

import numpy as np


def _init_params(obj) -> dict | None:
    """Constructor parameters of ``obj`` when it stores each under its own name (scikit-learn style)."""
    if hasattr(obj, "get_params") and callable(obj.get_params):
        try:
            return dict(obj.get_params(deep=False))
        except TypeError:
            pass
    try:
        signature = inspect.signature(type(obj))
    except (TypeError, ValueError):
        return None
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in signature.parameters.values()):
        return None
    names = list(signature.parameters)
    if not names or not all(hasattr(obj, n) for n in names):
        return None
    # Any other public state (not a parameter, not learned "_"-suffixed state) would be missed: refuse.
    state = vars(obj) if hasattr(obj, "__dict__") else {}
    if any(not k.startswith("_") and not k.endswith("_") and k not in names for k in state):
        return None
    return {n: getattr(obj, n) for n in names}


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _feed(digest, obj) -> None:  # noqa: C901 - one branch per supported type
    update = digest.update
    if isinstance(obj, str):  # first: by far the most common
        data = obj.encode("utf-8", "surrogatepass")
        update(b"s%d:" % len(data))
        update(data)
    elif obj is None or isinstance(obj, (bool, int, float, complex)):
        update(f"{type(obj).__name__}:{obj!r};".encode())
    elif isinstance(obj, (bytes, bytearray)):
        update(b"b%d:" % len(obj))
        update(bytes(obj))
    elif isinstance(obj, (list, tuple)):
        update(b"%s%d[" % (type(obj).__name__.encode(), len(obj)))
        if all(type(item) in _SCALARS for item in obj):  # fast path, unambiguous: JSON of scalars
            update(json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        else:
            for item in obj:
                _feed(digest, item)
        update(b"]")
    elif isinstance(obj, dict):
        update(b"dict%d{" % len(obj))
        for key_hash, value in sorted(((stable_hash(k), v) for k, v in obj.items()), key=lambda kv: kv[0]):
            update(key_hash.encode())
            _feed(digest, value)
        update(b"}")
    elif isinstance(obj, (set, frozenset)):
        update(b"set%d{" % len(obj))
        for item_hash in sorted(stable_hash(item) for item in obj):
            update(item_hash.encode())
        update(b"}")
    elif isinstance(obj, np.ndarray):
        if obj.dtype.hasobject:
            _feed(digest, ("ndarray", obj.shape, obj.tolist()))
        else:
            update(f"nd:{obj.dtype.str}:{obj.shape};".encode())
            update(np.ascontiguousarray(obj).tobytes())
    elif isinstance(obj, np.generic):
        _feed(digest, obj.item())
    elif isinstance(obj, os.PathLike):
        _feed(digest, ("path", os.fspath(obj)))
    elif _is_corpus(obj):
        update(b"Corpus:")
        _feed(digest, obj.name)
        _feed_documents(digest, list(obj))
    elif _is_document(obj):
        _feed_documents(digest, [obj])
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        cls = type(obj)
        _feed(digest, f"{cls.__module__}.{cls.__qualname__}")
        for f in _fields(cls):
            update(f.encode())
            _feed(digest, getattr(obj, f))
    else:
        params = _init_params(obj) if not callable(obj) or hasattr(obj, "get_params") else None
        if params is None:
            raise TypeError(f"cannot hash an argument of type {type(obj).__qualname__} by content; "
                            "pass plain data (str, numbers, lists, dicts, arrays, documents, estimators)")
        cls = type(obj)
        # Learned state (scikit-learn convention: public attributes ending in "_") is part of the
        # content: two models with equal parameters fitted on different data must not share a key.
        fitted = {name: value for name, value in vars(obj).items()
                  if name.endswith("_") and not name.startswith("_")} if hasattr(obj, "__dict__") else {}
        _feed(digest, (f"{cls.__module__}.{cls.__qualname__}", params, fitted))


@functools.lru_cache(maxsize=None)
def _fields(cls) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _feed_documents(digest, documents) -> None:
    """Documents as one canonical JSON array (C speed: a corpus of thousands hashes in a blink).

    JSON does not tell a tuple from a list inside ``extra``; readers only produce lists.
    """
    from ..corpus.document import Document

    fields = _fields(Document)
    rows = [[getattr(doc, name) for name in fields] for doc in documents]
    digest.update(b"Documents%d:" % len(rows))
    digest.update(json.dumps(rows, ensure_ascii=False, sort_keys=True, default=_json_default)
                  .encode("utf-8", "surrogatepass"))


def _json_default(obj):
    return {"__stable_hash__": stable_hash(obj)}


def _is_corpus(obj) -> bool:
    from ..corpus import Corpus

    return isinstance(obj, Corpus)


def _is_document(obj) -> bool:
    from ..corpus.document import Document

    return isinstance(obj, Document)


def stable_hash(obj) -> str:
    """Hex sha256 of ``obj``'s content, the same in every process and on every machine.

    Supported: ``None``, numbers, ``str``, ``bytes``, lists, tuples, dicts and
    sets of those, numpy arrays, paths, dataclasses (e.g.
    :class:`~civicdiscourse.corpus.Document`), a
    :class:`~civicdiscourse.corpus.Corpus` (its name and documents) and
    objects that keep their constructor parameters as attributes (e.g.
    scikit-learn estimators: their parameters, not their fitted state).

    Raises
    ------
    TypeError
        For anything else (a lambda, an open file …).
    """
    digest = hashlib.sha256()
    _feed(digest, obj)
    return digest.hexdigest()
