"""Run one jupytext notebook headless with papermill-style parameters."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

INJECTED_TAG = "injected-parameters"


def read_notebook(path: str | os.PathLike):
    """Read a notebook: a jupytext ``py:percent`` file or an ``.ipynb``; returns a NotebookNode."""
    import jupytext

    return jupytext.read(str(path))


def inject_parameters(nb, parameters: Mapping[str, object]):
    """Insert a cell assigning ``parameters`` right after the cell tagged ``parameters``.

    As papermill does: the notebook's defaults stay visible, the injected cell
    (tagged ``injected-parameters``) overrides them; without a ``parameters``
    cell the assignments go first. A previously injected cell is replaced.
    Values are written with ``repr`` and must round-trip through it.
    """
    import nbformat

    nb.cells = [cell for cell in nb.cells if INJECTED_TAG not in cell.get("metadata", {}).get("tags", [])]
    if not parameters:
        return nb
    lines = ["# Parameters injected by `civicdiscourse reproduce`"]
    for name, value in parameters.items():
        if not str(name).isidentifier():
            raise ValueError(f"parameter name {name!r} is not a Python identifier")
        lines.append(f"{name} = {value!r}")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": [INJECTED_TAG]})
    position = next((i + 1 for i, c in enumerate(nb.cells)
                     if c.cell_type == "code" and "parameters" in c.get("metadata", {}).get("tags", [])), 0)
    nb.cells.insert(position, cell)
    return nb


def execute_notebook(path: str | os.PathLike, *, parameters: Mapping[str, object] | None = None,
                     output: str | os.PathLike | None = None, timeout: int = 900,
                     on_cell: Callable[[int, int], None] | None = None, env: Mapping[str, str] | None = None):
    """Execute the notebook at ``path`` in a fresh kernel of the current interpreter.

    Parameters
    ----------
    path : path-like
        ``.py`` (jupytext percent) or ``.ipynb``. The kernel's working
        directory is the notebook's folder.
    parameters : mapping, optional
        Injected after the ``parameters`` cell (:func:`inject_parameters`).
    output : path-like, optional
        Where to write the executed ``.ipynb``.
    timeout : int
        Seconds allowed per cell.
    on_cell : callable, optional
        ``on_cell(index, total)`` after each executed cell (progress bars).
    env : mapping, optional
        Kernel environment; default :func:`~civicdiscourse.reproduce.kernel.kernel_env`.

    Returns
    -------
    nbformat.NotebookNode
        The executed notebook. A failing cell raises
        ``nbclient.exceptions.CellExecutionError``; the partly executed
        notebook is still written to ``output``.
    """
    from jupyter_core.utils import run_sync

    return run_sync(execute_notebook_async)(path, parameters=parameters, output=output, timeout=timeout,
                                            on_cell=on_cell, env=env)


async def execute_notebook_async(path: str | os.PathLike, *, parameters: Mapping[str, object] | None = None,
                                 output: str | os.PathLike | None = None, timeout: int = 900,
                                 on_cell: Callable[[int, int], None] | None = None,
                                 env: Mapping[str, str] | None = None):
    """:func:`execute_notebook` as a coroutine: several notebooks can run at once in one event loop."""
    import nbformat
    from nbclient import NotebookClient

    from .kernel import KERNEL_NAME, CurrentInterpreterKernelManager, kernel_env

    path = Path(path).resolve()
    nb = inject_parameters(read_notebook(path), dict(parameters or {}))
    code_cells = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"]

    def hook(cell, cell_index, **_):
        if on_cell is not None and cell.cell_type == "code":
            on_cell(code_cells.index(cell_index) + 1, len(code_cells))

    client = NotebookClient(nb, kernel_name=KERNEL_NAME, kernel_manager_class=CurrentInterpreterKernelManager,
                            timeout=timeout, resources={"metadata": {"path": str(path.parent)}},
                            on_cell_executed=hook, record_timing=False)
    try:
        await client.async_execute(env=dict(env) if env is not None else kernel_env())
    finally:
        if output is not None:
            output = Path(output)
            output.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, str(output))
    return nb
