"""The corpus manifest (``corpus/manifest.json``): every source, file, URL and sha256."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One file of a source, as pinned by the manifest."""

    path: str
    url: str
    sha256: str
    size: int
    read: bool = True  # False: fetched and verified, but not parsed into documents


@dataclass(frozen=True, slots=True)
class Source:
    """A named corpus: where its files come from and how to parse them."""

    name: str
    title: str
    kind: str
    repository: str
    homepage: str
    commit: str
    licence: str
    reader: str
    mirror_dir: str
    card: str
    files: tuple[RemoteFile, ...]
    reader_options: dict = field(default_factory=dict, hash=False)

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def fingerprint(self) -> str:
        """Changes whenever any pinned file changes (used to key the parsed cache)."""
        import hashlib

        digest = hashlib.sha256(self.reader.encode())
        for remote in self.files:
            digest.update(f"{remote.path}\0{remote.sha256}\0".encode())
        digest.update(json.dumps(self.reader_options, sort_keys=True).encode())
        return digest.hexdigest()[:16]


def corpus_dir() -> Path:
    """The project's ``corpus/`` folder (source checkout) or its copy inside the wheel."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "corpus", here.parents[1] / "_corpus_data"):
        if (candidate / "manifest.json").exists():
            return candidate
    raise FileNotFoundError("corpus/manifest.json not found next to the package")


@lru_cache(maxsize=4)
def load_manifest(path: Path | None = None) -> dict[str, Source]:
    """Read the manifest into ``{name: Source}``, in manifest order."""
    path = path or corpus_dir() / "manifest.json"
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    sources = {}
    for entry in data["sources"]:
        files = tuple(RemoteFile(**f) for f in entry.pop("files"))
        sources[entry["name"]] = Source(**entry, files=files)
    return sources
