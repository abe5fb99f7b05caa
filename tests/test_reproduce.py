"""civicdiscourse.reproduce and `civicdiscourse reproduce`: parameters, kernel, MANIFEST, --check."""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
import pytest

from civicdiscourse.cli import main
from civicdiscourse.reproduce import Manifest, compare, execute_notebook, find_notebooks, inject_parameters, reproduce

TINY = '''# %% [markdown]
# A tiny notebook: seeded numbers, a Persian figure and a table.

# %% tags=["parameters"]
seed = 0
n = 5
figures_dir = None
expected_python = None

# %%
import sys

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from civicdiscourse import viz
from civicdiscourse.reproduce import Outputs

if expected_python is not None:
    assert sys.executable == expected_python, (sys.executable, expected_python)
viz.use_persian()
out = Outputs(figures_dir)
values = np.random.default_rng(seed).integers(1, 10, size=n)
table = pd.DataFrame({"ماه": [viz.jalali_month_label(f"1402-{i + 1:02d}") for i in range(n)], "تعداد": values})
out.table(table, "counts")

# %%
fig, ax = plt.subplots(figsize=(4, 2.5))
ax.bar(range(n), values)
ax.set_title("تعداد خبر در هر ماه")
out.figure(fig, "counts")
'''


def _project(root: Path, source: str = TINY, name: str = "01-tiny") -> Path:
    (root / "notebooks").mkdir(parents=True, exist_ok=True)
    path = root / "notebooks" / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    return root


def _code(source: str):
    return nbformat.v4.new_code_cell(source)


def test_parameters_are_injected_after_the_parameters_cell():
    nb = nbformat.v4.new_notebook(cells=[_code("import os"), _code("seed = 0"), _code("print(seed)")])
    nb.cells[1].metadata["tags"] = ["parameters"]
    inject_parameters(nb, {"seed": 7, "sources": ["ir-news"]})
    assert [c.source for c in nb.cells][1:3] == [
        "seed = 0", "# Parameters injected by `civicdiscourse reproduce`\nseed = 7\nsources = ['ir-news']"]
    inject_parameters(nb, {"seed": 8})  # replaces the earlier injection
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(nb.cells) == 4 and len(injected) == 1 and injected[0].source.endswith("seed = 8")


def test_parameters_go_first_without_a_parameters_cell():
    nb = nbformat.v4.new_notebook(cells=[_code("print(seed)")])
    inject_parameters(nb, {"seed": 1})
    assert nb.cells[0].source.endswith("seed = 1")
    with pytest.raises(ValueError, match="identifier"):
        inject_parameters(nb, {"not valid": 1})


def test_find_notebooks_by_name_or_prefix(tmp_path):
    _project(tmp_path, name="01-tiny")
    _project(tmp_path, name="02-other")
    (tmp_path / "notebooks" / "helper.py").write_text("x = 1\n")
    assert [p.stem for p in find_notebooks(tmp_path / "notebooks")] == ["01-tiny", "02-other"]
    assert [p.stem for p in find_notebooks(tmp_path / "notebooks", "02")] == ["02-other"]
    assert [p.stem for p in find_notebooks(tmp_path / "notebooks", ["01-tiny"])] == ["01-tiny"]
    with pytest.raises(ValueError, match="available: 01-tiny, 02-other"):
        find_notebooks(tmp_path / "notebooks", "03")


def test_failing_cell_raises_and_keeps_the_executed_copy(tmp_path):
    from nbclient.exceptions import CellExecutionError

    _project(tmp_path, source=TINY + "\n# %%\nraise RuntimeError('boom')\n")
    with pytest.raises(CellExecutionError, match="boom"):
        execute_notebook(tmp_path / "notebooks" / "01-tiny.py", output=tmp_path / "out.ipynb")
    assert "boom" in (tmp_path / "out.ipynb").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reproduced(tmp_path_factory):
    """The tiny project reproduced twice (the manifests and the root)."""
    root = _project(tmp_path_factory.mktemp("project"))
    # The notebook asserts that its kernel runs this very interpreter.
    first = reproduce(root=root, progress=False, parameters={"expected_python": sys.executable})
    text = (root / "figures" / "MANIFEST").read_text(encoding="utf-8")
    second = reproduce(root=root, progress=False, parameters={"expected_python": sys.executable})
    return root, text, (root / "figures" / "MANIFEST").read_text(encoding="utf-8"), first, second


def test_two_runs_give_identical_manifests(reproduced):
    root, first_text, second_text, first, _ = reproduced
    assert first_text == second_text
    manifest = Manifest.loads(first_text)
    assert set(manifest.files) == {"01-tiny/counts.png", "01-tiny/counts.csv"}
    assert {notebook for _, notebook in manifest.files.values()} == {"01-tiny"}
    assert manifest.environment[("package", "civicdiscourse")]
    assert ("corpus", "ir-news") in manifest.environment
    assert (root / "reports" / "01-tiny.ipynb").exists()
    assert first.elapsed > 0 and set(first.durations) == {"01-tiny"}


def test_manifest_round_trips(reproduced):
    _, text, *_ = reproduced
    assert Manifest.loads(text).dumps() == text


def test_check_passes_then_reports_each_difference(reproduced, capsys):
    root, text, *_ = reproduced
    same = ["reproduce", "--root", str(root), "--check", "--no-progress", "-p", f"expected_python={sys.executable}"]
    assert main(same) == 0
    assert "identical to figures/MANIFEST" in capsys.readouterr().out
    assert (root / "figures" / "MANIFEST").read_text(encoding="utf-8") == text  # --check writes nothing

    notebook = root / "notebooks" / "01-tiny.py"
    original = notebook.read_text(encoding="utf-8")
    notebook.write_text(original.replace("n = 5", "n = 6"), encoding="utf-8")
    try:
        assert main([*same, "-p", "seed=1"]) == 1
    finally:
        notebook.write_text(original, encoding="utf-8")
    out = capsys.readouterr().out
    assert "notebook 01-tiny: source changed" in out
    assert "01-tiny/counts.png: content differs" in out and "01-tiny/counts.csv: content differs" in out
    assert '"seed":1' in out and "4 difference(s)" in out


def test_compare_lists_missing_and_new_files():
    old = Manifest(files={"a/x.png": ("1" * 64, "a"), "a/y.png": ("2" * 64, "a")}, notebooks={"a": ("s", "{}")})
    new = Manifest(files={"a/x.png": ("1" * 64, "a"), "a/z.png": ("3" * 64, "a")}, notebooks={"a": ("s", "{}")},
                   environment={("library", "matplotlib"): "9.9"})
    assert compare(old, new) == [
        "library matplotlib: manifest has —, this run has 9.9",
        "a/y.png: missing (the manifest says a makes it)",
        "a/z.png: new file (made by a), not in the manifest",
    ]
    assert compare(new, new) == []


def test_parallel_run_writes_the_same_files(tmp_path):
    root = _project(tmp_path / "project")
    _project(root, source=TINY.replace("n = 5", "n = 4"), name="02-tiny")
    serial = reproduce(root=root, progress=False, jobs=1, figures_dir=tmp_path / "serial")
    parallel = reproduce(root=root, progress=False, jobs=2, figures_dir=tmp_path / "parallel")
    assert parallel.jobs == 2 and list(parallel.durations) == ["01-tiny", "02-tiny"]
    assert serial.manifest.files == parallel.manifest.files and len(parallel.manifest.files) == 4
    with pytest.raises(ValueError, match="jobs"):
        reproduce(root=root, progress=False, jobs=0)


def test_kernels_keep_bytecode_in_the_data_home(tmp_path, monkeypatch):
    from civicdiscourse.reproduce.kernel import kernel_env

    monkeypatch.setenv("CIVICDISCOURSE_DATA", str(tmp_path))
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.delenv("PYTHONPYCACHEPREFIX", raising=False)
    env = kernel_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env and env["PYTHONPYCACHEPREFIX"] == str(tmp_path / "pycache")
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(tmp_path / "mine"))
    assert kernel_env()["PYTHONPYCACHEPREFIX"] == str(tmp_path / "mine")  # the user's choice stays
    assert kernel_env({"CIVICDISCOURSE_CACHE": "0"})["CIVICDISCOURSE_CACHE"] == "0"


def test_reproduce_command_starts_without_the_other_commands_heavy_imports():
    import subprocess

    probe = ("import sys; from civicdiscourse.cli import build_parser; build_parser('reproduce'); "
             "print(sorted(m for m in ('sklearn', 'civicdiscourse.stance', 'civicdiscourse.topics') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
