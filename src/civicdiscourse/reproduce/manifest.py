"""``figures/MANIFEST``: what every figure and table is, byte for byte, and what made it.

A plain text file, one record per line, sorted, so that two runs on the same
inputs give the same file and a ``git diff`` of it reads well::

    format 1
    package civicdiscourse 0.1.0
    library matplotlib 3.11.2
    corpus ir-news e038037915945faa
    notebook 01-corpus-overview 3f2a… {}
    file 01-corpus-overview/sizes.png 85e7… 01-corpus-overview

``corpus`` lines carry the manifest fingerprint of each source (it changes
when any pinned file changes); ``notebook`` lines the sha256 of the notebook
source and the parameters it was run with.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..viz.output import sha256_file

FORMAT = 1
HEADER = "# civicdiscourse figures manifest: regenerate with `civicdiscourse reproduce`, verify with `--check`"
LIBRARIES = ("matplotlib", "numpy", "pandas", "scikit-learn", "wordcloud", "pillow", "hazm",
             "fontpkg-noto-sans-arabic")


@dataclass
class Manifest:
    """Parsed manifest: environment records, notebooks and files.

    Attributes
    ----------
    environment : dict
        ``("package"|"library"|"corpus", name) → version or fingerprint``.
    notebooks : dict
        Notebook name → ``(source sha256, parameters as JSON)``.
    files : dict
        Path relative to the figures folder → ``(sha256, notebook name)``.
    """

    environment: dict = field(default_factory=dict)
    notebooks: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)

    def dumps(self) -> str:
        lines = [HEADER, f"format {FORMAT}"]
        lines += [f"{kind} {name} {value}" for (kind, name), value in sorted(self.environment.items())]
        lines += [f"notebook {name} {sha} {params}" for name, (sha, params) in sorted(self.notebooks.items())]
        lines += [f"file {path} {sha} {notebook}" for path, (sha, notebook) in sorted(self.files.items())]
        return "\n".join(lines) + "\n"

    def write(self, path: str | os.PathLike) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(self.dumps(), encoding="utf-8")

    @classmethod
    def loads(cls, text: str) -> Manifest:
        manifest = cls()
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            kind, _, rest = line.partition(" ")
            if kind == "format":
                if int(rest) != FORMAT:
                    raise ValueError(f"manifest format {rest} is not supported (expected {FORMAT})")
            elif kind in ("package", "library", "corpus"):
                name, value = rest.split(" ", 1)
                manifest.environment[(kind, name)] = value
            elif kind == "notebook":
                name, sha, params = rest.split(" ", 2)
                manifest.notebooks[name] = (sha, params)
            elif kind == "file":
                path, sha, notebook = rest.split(" ")
                manifest.files[path] = (sha, notebook)
            else:
                raise ValueError(f"manifest line {number}: unknown record {kind!r}")
        return manifest

    @classmethod
    def read(cls, path: str | os.PathLike) -> Manifest:
        return cls.loads(Path(path).read_text(encoding="utf-8"))

    def restricted(self, notebooks) -> Manifest:
        """The same environment, with only the given notebooks and their files."""
        keep = set(notebooks)
        return Manifest(dict(self.environment), {k: v for k, v in self.notebooks.items() if k in keep},
                        {k: v for k, v in self.files.items() if v[1] in keep})


def environment_records() -> dict:
    """Package version, locked library versions and the corpus fingerprint of every source."""
    from importlib.metadata import PackageNotFoundError, version

    from .. import __version__
    from ..corpus.manifest import load_manifest

    records = {("package", "civicdiscourse"): __version__}
    for name in LIBRARIES:
        try:
            records[("library", name)] = version(name)
        except PackageNotFoundError:
            records[("library", name)] = "absent"
    for name, source in load_manifest().items():
        records[("corpus", name)] = source.fingerprint
    return records


def notebook_record(path: str | os.PathLike, parameters: dict) -> tuple[str, str]:
    """``(sha256 of the notebook source, parameters as compact sorted JSON)``."""
    return sha256_file(path), json.dumps(parameters, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def file_records(figures_dir: str | os.PathLike, notebook: str) -> dict:
    """``{relative path: (sha256, notebook)}`` for every file under ``figures_dir/notebook``."""
    root = Path(figures_dir)
    folder = root / notebook
    records = {}
    for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
        if path.is_file():
            relative = path.relative_to(root).as_posix()
            if any(ch.isspace() for ch in relative):
                raise ValueError(f"figure file names must not contain spaces: {relative!r}")
            records[relative] = (sha256_file(path), notebook)
    return records


def compare(expected: Manifest, actual: Manifest) -> list[str]:
    """Every difference between two manifests, one readable line each (empty if identical)."""
    problems = []
    for key in sorted(set(expected.environment) | set(actual.environment)):
        old, new = expected.environment.get(key), actual.environment.get(key)
        if old != new:
            problems.append(f"{key[0]} {key[1]}: manifest has {old or '—'}, this run has {new or '—'}")
    for name in sorted(set(expected.notebooks) | set(actual.notebooks)):
        old, new = expected.notebooks.get(name), actual.notebooks.get(name)
        if old is None:
            problems.append(f"notebook {name}: not in the manifest")
        elif new is None:
            problems.append(f"notebook {name}: in the manifest but not run")
        else:
            if old[0] != new[0]:
                problems.append(f"notebook {name}: source changed since the manifest was written")
            if old[1] != new[1]:
                problems.append(f"notebook {name}: parameters {old[1]} in the manifest, {new[1]} now")
    for path in sorted(set(expected.files) | set(actual.files)):
        old, new = expected.files.get(path), actual.files.get(path)
        if old is None:
            problems.append(f"{path}: new file (made by {new[1]}), not in the manifest")
        elif new is None:
            problems.append(f"{path}: missing (the manifest says {old[1]} makes it)")
        elif old[0] != new[0]:
            problems.append(f"{path}: content differs (sha256 {old[0][:12]}… expected, {new[0][:12]}… now)")
    return problems
