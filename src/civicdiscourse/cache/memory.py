"""The disk caches: :class:`Memory` (one entry per call) and :class:`TextTable` (one file per function)."""

from __future__ import annotations

import functools
import hashlib
import inspect
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from .code import _PACKAGE, code_fingerprint, library_versions
from .hashing import stable_hash

ENABLE_ENV = "CIVICDISCOURSE_CACHE"
KEEP_VERSIONS = 3


def _describe(func: Callable) -> tuple[str, str, object]:
    """``(name, module, bound object or None)`` of a function or bound method."""
    bound = getattr(func, "__self__", None)
    if bound is not None and not inspect.ismodule(bound):
        cls = type(bound)
        return f"{cls.__qualname__}.{func.__name__}", cls.__module__, bound
    module = getattr(func, "__module__", None)
    name = getattr(func, "__qualname__", None)
    if not module or not name or "<" in name:
        raise TypeError(f"only module-level functions and methods can be cached, not {func!r}")
    return name, module, None


def _code_key(module: str) -> str:
    if module == _PACKAGE or module.startswith(_PACKAGE + "."):
        return code_fingerprint(module)
    top = module.split(".")[0]
    try:
        return f"{top}-{metadata.version(top)}"
    except metadata.PackageNotFoundError:
        raise TypeError(f"cannot fingerprint the code of module {module!r}: not in {_PACKAGE} "
                        "and not an installed distribution") from None


def enabled_by_default() -> bool:
    """False when ``$CIVICDISCOURSE_CACHE`` is ``0``, ``false``, ``no`` or ``off``."""
    return os.environ.get(ENABLE_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


class Memory:
    """Cache function results on disk under the data home.

    Parameters
    ----------
    location : path-like, optional
        Cache folder; default ``<data home>/memo``.
    enabled : bool, optional
        Default: :func:`enabled_by_default` (``$CIVICDISCOURSE_CACHE``).

    Attributes
    ----------
    hits, misses : int
        Calls served from the cache and calls computed, in this process.
    """

    def __init__(self, location: str | os.PathLike | None = None, *, enabled: bool | None = None) -> None:
        self.location = location
        self.enabled = enabled
        self.hits = 0
        self.misses = 0

    def _root(self) -> Path:
        if self.location is not None:
            return Path(self.location)
        from ..corpus import get_data_home

        return get_data_home() / "memo"

    def _enabled(self) -> bool:
        return enabled_by_default() if self.enabled is None else bool(self.enabled)

    def path(self, func: Callable, *args, **kwargs) -> Path:
        """Where the result of ``func(*args, **kwargs)`` is (or would be) stored."""
        name, module, bound = _describe(func)
        code = _code_key(module)
        key = stable_hash((f"{module}.{name}", library_versions(), bound, list(args), kwargs))
        return self._root() / f"{module}.{name}" / code[:24] / f"{key[:40]}.pickle"

    def call(self, func: Callable, *args, **kwargs):
        """``func(*args, **kwargs)``, from the cache when this exact call was computed by this exact code."""
        if not self._enabled():
            return func(*args, **kwargs)
        path = self.path(func, *args, **kwargs)
        try:
            with open(path, "rb") as handle:
                result = pickle.load(handle)
        except FileNotFoundError:
            pass
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            path.unlink(missing_ok=True)  # unreadable (torn or from an incompatible class): recompute
        else:
            self.hits += 1
            return result
        self.misses += 1
        result = func(*args, **kwargs)
        _write_pickle(path, result)
        return result

    def cache(self, func: Callable) -> Callable:
        """``func`` wrapped so that every call goes through :meth:`call`."""

        @functools.wraps(func)
        def cached(*args, **kwargs):
            return self.call(func, *args, **kwargs)

        cached.memory = self
        return cached

    def clear(self) -> None:
        """Remove every cached result under this memory's folder."""
        shutil.rmtree(self._root(), ignore_errors=True)


class TextTable:
    """``func(text)`` for many texts, each result kept under the data home by the text's digest.

    For a pure module-level function of one string applied to a whole corpus
    (thousands of calls): one file per function and code version holds every
    result, read once per process. The code fingerprint is that of ``func``'s
    module (see :func:`code_fingerprint`); results must be picklable.

    Parameters
    ----------
    func : callable
        Module-level function of one ``str``.
    location : path-like, optional
        Cache folder; default ``<data home>/memo``.
    enabled : bool, optional
        Default: :func:`enabled_by_default`.
    """

    _loaded: dict[Path, dict] = {}  # per process: table file → its entries

    def __init__(self, func: Callable[[str], object], *, location: str | os.PathLike | None = None,
                 enabled: bool | None = None) -> None:
        self.func = func
        self.location = location
        self.enabled = enabled

    def path(self) -> Path:
        """The file holding this function's results."""
        name, module, bound = _describe(self.func)
        if bound is not None:
            raise TypeError("TextTable needs a module-level function, not a bound method")
        memory = Memory(self.location)
        version = stable_hash((_code_key(module), library_versions()))
        return memory._root() / f"{module}.{name}" / version[:24] / "table.pickle"

    def map(self, texts) -> list:
        """``[func(text) for text in texts]``, computing only texts not seen before."""
        texts = list(texts)
        if not (enabled_by_default() if self.enabled is None else self.enabled):
            return [self.func(text) for text in texts]
        path = self.path()
        table = self._loaded.get(path)
        if table is None:
            table = self._loaded[path] = _read_table(path)
        keys = [hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest() for text in texts]
        missing = {key: text for key, text in zip(keys, texts) if key not in table}
        if missing:
            fresh = {key: self.func(text) for key, text in missing.items()}
            table.update(_read_table(path))  # entries other processes added meanwhile
            table.update(fresh)
            _write_pickle(path, table)
        return [table[key] for key in keys]


def _read_table(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            table = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return {}  # absent, torn or from an incompatible class: start afresh
    return table if isinstance(table, dict) else {}


def _write_pickle(path: Path, obj) -> None:
    """Write ``obj`` atomically (parallel kernels share the folder); a new code version prunes old ones."""
    fresh = not path.parent.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            pickle.dump(obj, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    if fresh:
        _prune(path.parent.parent, keep=path.parent)


def _prune(function_dir: Path, *, keep: Path) -> None:
    """Drop the results of all but the newest :data:`KEEP_VERSIONS` code versions of one function."""
    versions = sorted((p for p in function_dir.iterdir() if p.is_dir() and p != keep),
                      key=lambda p: p.stat().st_mtime, reverse=True)
    for old in versions[KEEP_VERSIONS - 1:]:
        shutil.rmtree(old, ignore_errors=True)


_DEFAULT = Memory()


def memory() -> Memory:
    """The process-wide :class:`Memory` (data-home folder, ``$CIVICDISCOURSE_CACHE`` honoured)."""
    return _DEFAULT
