"""``reproduce``: execute every notebook, collect figures and tables, write or check the MANIFEST."""

from __future__ import annotations

import asyncio
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tqdm.auto import tqdm

from .execute import execute_notebook_async, read_notebook
from .kernel import kernel_env
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
    jobs : int
        Notebooks that ran at once.
    manifest_path : pathlib.Path or None
        The MANIFEST written (None under ``check``).
    """

    manifest: Manifest
    problems: list[str] = field(default_factory=list)
    durations: dict[str, float] = field(default_factory=dict)
    elapsed: float = 0.0
    jobs: int = 1
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


def default_jobs(n_notebooks: int | None = None) -> int:
    """Notebooks run at once by default: one per available core (at most one per notebook)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, n_notebooks if n_notebooks is not None else cores))


def reproduce(*, root: str | os.PathLike | None = None, only: str | list[str] | None = None,
              parameters: dict | None = None, check: bool = False, figures_dir: str | os.PathLike | None = None,
              reports_dir: str | os.PathLike | None = None, progress: bool = True,
              timeout: int = 900, jobs: int | None = None, cache: bool = True) -> ReproduceResult:
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
    jobs : int, optional
        Notebooks executed at once, each in its own kernel (default
        :func:`default_jobs`). Each notebook writes only its own folder, so
        the files and the manifest do not depend on ``jobs`` or on which
        notebook finishes first. After a failure no new notebook starts; the
        running ones finish, then the first failure (in notebook order) is raised.
    cache : bool
        Let the notebooks reuse results cached under the data home
        (:mod:`civicdiscourse.cache`); ``False`` sets ``CIVICDISCOURSE_CACHE=0``
        in the kernels, so everything is computed afresh.
    """
    start = time.perf_counter()
    root = Path(root) if root is not None else project_root()
    notebooks = find_notebooks(root / "notebooks", only)
    if not notebooks:
        raise ValueError(f"no notebooks (NN-name.py) in {root / 'notebooks'}")
    jobs = default_jobs(len(notebooks)) if jobs is None else int(jobs)
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    committed_dir = Path(figures_dir) if figures_dir is not None else root / "figures"
    reports = Path(reports_dir) if reports_dir is not None else root / "reports"
    scratch = tempfile.mkdtemp(prefix="civicdiscourse-check-") if check else None
    out_dir = Path(scratch) if check else committed_dir
    manifest = Manifest(environment=environment_records())
    result = ReproduceResult(manifest=manifest, jobs=jobs)
    env = kernel_env(None if cache else {"CIVICDISCOURSE_CACHE": "0"})
    extra = dict(parameters or {})
    try:
        total = sum(_code_cells(p) for p in notebooks)
        with tqdm(total=total, desc="reproduce", unit="cell", disable=not progress) as bar:
            durations = _run_all(notebooks, out_dir=out_dir, reports=reports, extra=extra, env=env,
                                 timeout=timeout, jobs=jobs, bar=bar)
        for path in notebooks:  # in notebook order, whatever order they finished in
            name = path.stem
            result.durations[name] = durations[name]
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


def _run_all(notebooks: list[Path], *, out_dir: Path, reports: Path, extra: dict, env: dict, timeout: int,
             jobs: int, bar) -> dict[str, float]:
    """Execute ``notebooks`` with at most ``jobs`` kernels at once; return seconds per notebook."""
    from jupyter_core.utils import run_sync

    durations: dict[str, float] = {}
    failures: dict[int, BaseException] = {}
    running: list[str] = []

    async def one(index: int, path: Path, slots: asyncio.Semaphore) -> None:
        async with slots:
            if failures:
                return
            name = path.stem
            target = out_dir / name
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            running.append(name)
            bar.set_postfix_str(", ".join(running))
            done = [0]

            def advance(index: int, count: int, done=done) -> None:
                bar.update(index - done[0])
                done[0] = index

            began = time.perf_counter()
            try:
                await execute_notebook_async(path, parameters={**extra, "figures_dir": str(target.resolve())},
                                             output=reports / f"{name}.ipynb", timeout=timeout, on_cell=advance,
                                             env=env)
            except Exception as error:  # noqa: BLE001 - re-raised below, after the others finish
                failures[index] = error
            finally:
                durations[name] = time.perf_counter() - began
                running.remove(name)
                bar.set_postfix_str(", ".join(running))

    async def main() -> None:
        slots = asyncio.Semaphore(jobs)  # FIFO: notebooks start in order
        await asyncio.gather(*(one(i, path, slots) for i, path in enumerate(notebooks)))

    run_sync(main)()
    if failures:
        raise failures[min(failures)]
    return durations
