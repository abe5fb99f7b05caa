"""Shared fixtures: where ../shared is, and a throw-away data home.

Tests that need the real corpora use the ``shared_dir`` / ``mirror`` fixtures.
On a user's machine without ../shared they skip with the reason; under
``CI=true`` a missing ../shared is a failure, never a skip.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _find_shared() -> Path | None:
    candidates = [os.environ.get("CIVICDISCOURSE_SHARED"), REPO.parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "corpora").is_dir():
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = _find_shared()
    if found is None:
        reason = "../shared (corpus mirror and reference article) not found; set CIVICDISCOURSE_SHARED"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


@pytest.fixture(scope="session")
def mirror(shared_dir: Path) -> Path:
    return shared_dir / "corpora"


@pytest.fixture(scope="session")
def data_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("civicdiscourse-data")


@pytest.fixture(scope="session")
def load_source(mirror: Path, data_home: Path):
    """``load_source(name)`` loads a curated corpus through the mirror (session-cached)."""
    from civicdiscourse import corpus

    loaded = {}

    def load(name: str):
        if name not in loaded:
            loaded[name] = corpus.load(name, data_home=data_home, mirror=str(mirror), progress=False)
        return loaded[name]

    return load


@pytest.fixture(scope="session")
def reference_article(shared_dir: Path) -> tuple[str, list[dict]]:
    """The reference article's text and its expected statements (read-only, never copied)."""
    import json

    ref = shared_dir / "reference"
    text = (ref / "seed-article.txt").read_text(encoding="utf-8")
    statements = json.loads((ref / "seed-statements.json").read_text(encoding="utf-8"))["statements"]
    return text, statements
