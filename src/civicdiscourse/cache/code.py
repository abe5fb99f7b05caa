"""Code fingerprints: which package modules a function depends on, and a hash of their source."""

from __future__ import annotations

import ast
import functools
import hashlib
import sys
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

CACHE_VERSION = 1
LIBRARIES = ("numpy", "scipy", "scikit-learn", "pandas", "hazm", "matplotlib", "wordcloud", "pillow",
             "fontpkg-noto-sans-arabic")
_PACKAGE = "civicdiscourse"
_ROOT = Path(__file__).resolve().parents[1]


def _module_file(name: str) -> Path | None:
    """Source file of package module ``name`` (``civicdiscourse.x.y``), or None if there is none."""
    parts = name.split(".")[1:]
    base = _ROOT.joinpath(*parts)
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _imports(name: str, path: Path) -> set[str]:
    """Package modules imported anywhere in ``path`` (top level or inside functions)."""
    is_package = path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            bases = [alias.name for alias in node.names]
            names: list[str] = []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                bases = [".".join(anchor + ([node.module] if node.module else []))]
            else:
                bases = [node.module or ""]
            names = [alias.name for alias in node.names]
        else:
            continue
        for base in bases:
            if base != _PACKAGE and not base.startswith(_PACKAGE + "."):
                continue
            # every enclosing package's __init__ runs on import too
            pieces = base.split(".")
            found.update(".".join(pieces[:i]) for i in range(1, len(pieces) + 1))
            found.update(f"{base}.{n}" for n in names if _module_file(f"{base}.{n}") is not None)
    return {m for m in found if _module_file(m) is not None}


@functools.lru_cache(maxsize=None)
def _closure(name: str) -> tuple[str, ...]:
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        path = _module_file(current)
        if path is None:
            continue
        seen.add(current)
        todo.extend(_imports(current, path) - seen)
    return tuple(sorted(seen))


def dependencies(module: str) -> list[str]:
    """The package modules ``module`` depends on (itself included), found from import statements.

    Imports inside functions count; so do the ``__init__`` modules of every
    package on the way. Modules outside ``civicdiscourse`` are not followed
    (their versions enter the key through :data:`LIBRARIES`).
    """
    if module != _PACKAGE and not module.startswith(_PACKAGE + "."):
        raise ValueError(f"{module!r} is not a {_PACKAGE} module")
    return list(_closure(module))


_DATA_INPUTS: dict[str, Callable[[], str]] = {}


def register_data_input(module: str, digest: Callable[[], str]) -> None:
    """Make ``digest()`` part of the fingerprint of all code that depends on ``module``.

    For data a module derives at run time and keeps outside its source — a
    lexicon learned from a corpus and stored in the data home — which the
    source alone does not describe. ``digest`` is called when a fingerprint is
    computed and should return a short string that changes with the data.
    """
    _DATA_INPUTS[module] = digest
    code_fingerprint.cache_clear()


@functools.lru_cache(maxsize=None)
def code_fingerprint(*modules: str) -> str:
    """Hex sha256 over the source of ``modules`` and of every package module they depend on,
    and over the data those modules registered with :func:`register_data_input`.

    The source is read from disk when called (once per process and set of
    modules), so it describes the code as it is now, which is the code the
    next run will import.
    """
    digest = hashlib.sha256(f"v{CACHE_VERSION}".encode())
    for name in sorted({m for module in modules for m in dependencies(module)}):
        digest.update(f"\0{name}\0".encode())
        digest.update(_module_file(name).read_bytes())
        if name in _DATA_INPUTS:
            digest.update(f"\0data\0{_DATA_INPUTS[name]()}".encode())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def library_versions() -> str:
    """``python=3.12.1 numpy=… …``: the interpreter and :data:`LIBRARIES` versions."""
    parts = [f"python={sys.version_info.major}.{sys.version_info.minor}.{sys.version_info.micro}"]
    for name in LIBRARIES:
        try:
            parts.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{name}=absent")
    return " ".join(parts)
