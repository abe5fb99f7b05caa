"""``reproduce``: execute every notebook, collect figures and tables, write or check the MANIFEST."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm.auto import tqdm

from .execute import execute_notebook, read_notebook
from .manifest import Manifest, compare, environment_records, file_records, notebook_record

MANIFEST_NAME = "MANIFEST"


@dataclass
class ReproduceResult:
    """What a :func:`reproduce` run did.

    Attributes
    ----------
    manifest : Manifest
        The manifest of this run (only the notebooks that ran, when ``only``).
    problems : list of str
        Differences from the committed manifest (``check=True``; else empty).
    durations : dict
        Notebook name → seconds.
    elapsed : float
        Wall time of the whole run, seconds.
    manifest_path : pathlib.Path or None
        The MANIFEST written (None under ``check``).
    """

    manifest: Manifest
    problems: list[str] = field(default_factory=list)
    durations: dict[str, float] = field(default_factory=dict)
    elapsed: float = 0.0
    manifest_path: Path | None = None


def project_root() -> Path:
    """The source checkout holding ``notebooks/`` (else the working directory)."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[3], Path.cwd()):
        if (candidate / "notebooks").is_dir():
            return candidate
    return Path.cwd()


def find_notebooks(notebooks_dir: str | os.PathLike, only: str | list[str] | None = None) -> list[Path]:
    """Jupytext notebooks ``NN-name.py`` in ``notebooks_dir``, sorted; ``only`` selects by name or prefix.

    ``only="02"`` or ``only="02-topics"`` both pick ``02-topics.py``; an
    unknown name raises ``ValueError`` listing the notebooks.
    """
    found = sorted(p for p in Path(notebooks_dir).glob("[0-9][0-9]-*.py"))
    if not only:
        return found
    wanted = [only] if isinstance(only, str) else list(only)
    chosen = [p for p in found if any(p.stem == w or p.stem.split("-", 1)[0] == w for w in wanted)]
    missing = [w for w in wanted if not any(p.stem == w or p.stem.split("-", 1)[0] == w for p in chosen)]
    if missing:
        raise ValueError(f"no notebook named {', '.join(missing)}; available: {', '.join(p.stem for p in found)}")
    return chosen


def _code_cells(path: Path) -> int:
    return sum(cell.cell_type == "code" for cell in read_notebook(path).cells) + 1  # + injected cell


def reproduce(*, root: str | os.PathLike | None = None, only: str | list[str] | None = None,
              parameters: dict | None = None, check: bool = False, figures_dir: str | os.PathLike | None = None,
              reports_dir: str | os.PathLike | None = None, progress: bool = True,
              timeout: int = 900) -> ReproduceResult:
    """Execute the notebooks headless and write (or check) ``figures/MANIFEST``.

    Parameters
    ----------
    root : path-like, optional
        Project folder with ``notebooks/``, ``figures/``, ``reports/``
        (default :func:`project_root`).
    only : str or list of str, optional
        Run only these notebooks (name or ``NN`` prefix). Without ``check``
        their manifest entries are replaced and the others kept.
    parameters : dict, optional
        Extra parameters injected into every notebook (recorded in the manifest).
    check : bool
        Run into a temporary folder and compare with the committed manifest
        instead of overwriting ``figures/``; differences go to ``problems``.
    figures_dir, reports_dir : path-like, optional
        Override ``<root>/figures`` and ``<root>/reports``.
    progress : bool
        tqdm bar over all code cells.
    timeout : int
        Seconds allowed per cell.
    """
    start = time.perf_counter()
    root = Path(root) if root is not None else project_root()
    notebooks = find_notebooks(root / "notebooks", only)
    if not notebooks:
        raise ValueError(f"no notebooks (NN-name.py) in {root / 'notebooks'}")
    committed_dir = Path(figures_dir) if figures_dir is not None else root / "figures"
    reports = Path(reports_dir) if reports_dir is not None else root / "reports"
    scratch = tempfile.mkdtemp(prefix="civicdiscourse-check-") if check else None
    out_dir = Path(scratch) if check else committed_dir
    manifest = Manifest(environment=environment_records())
    result = ReproduceResult(manifest=manifest)
    try:
        total = sum(_code_cells(p) for p in notebooks)
        with tqdm(total=total, desc="reproduce", unit="cell", disable=not progress) as bar:
            for path in notebooks:
                name = path.stem
                bar.set_postfix_str(name)
                target = out_dir / name
                shutil.rmtree(target, ignore_errors=True)
                target.mkdir(parents=True)
                extra = dict(parameters or {})
                done = [0]

                def advance(index: int, count: int, done=done) -> None:
                    bar.update(index - done[0])
                    done[0] = index

                began = time.perf_counter()
                execute_notebook(path, parameters={**extra, "figures_dir": str(target.resolve())},
                                 output=reports / f"{name}.ipynb", timeout=timeout, on_cell=advance)
                result.durations[name] = time.perf_counter() - began
                manifest.notebooks[name] = notebook_record(path, extra)
                manifest.files.update(file_records(out_dir, name))
        names = [p.stem for p in notebooks]
        manifest_path = committed_dir / MANIFEST_NAME
        if check:
            expected = Manifest.read(manifest_path) if manifest_path.exists() else Manifest()
            if only:
                expected = expected.restricted(names)
            result.problems = compare(expected, manifest)
            if not manifest_path.exists():
                result.problems.insert(0, f"{manifest_path} does not exist")
        else:
            full = manifest
            if only and manifest_path.exists():
                previous = Manifest.read(manifest_path)
                kept = previous.restricted(set(previous.notebooks) - set(names))
                full = Manifest(environment=manifest.environment, notebooks={**kept.notebooks, **manifest.notebooks},
                                files={**kept.files, **manifest.files})
            full.write(manifest_path)
            result.manifest_path = manifest_path
    finally:
        if scratch:
            shutil.rmtree(scratch, ignore_errors=True)
    result.elapsed = time.perf_counter() - start
    return result
