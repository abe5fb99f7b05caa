"""The notebooks: jupytext pairs in sync and output-free, parameters cells, data through the corpus module,
and (with ../shared) every notebook reproduces the committed figures/MANIFEST."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jupytext
import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]-*.py"))
FIGURES = REPO / "figures"


def test_notebooks_exist_in_order():
    names = [p.stem for p in NOTEBOOKS]
    assert names[:1] == ["01-corpus-overview"]
    assert all(re.fullmatch(r"\d\d-[a-z0-9-]+", n) for n in names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_paired_ipynb_is_in_sync_and_has_no_outputs(path):
    ipynb = path.with_suffix(".ipynb")
    assert ipynb.exists(), f"run: uv run jupytext --sync {path.relative_to(REPO)}"
    raw = json.loads(ipynb.read_text(encoding="utf-8"))
    for cell in raw["cells"]:
        assert not cell.get("outputs") and cell.get("execution_count") is None, "commit notebooks without outputs"
    source, paired = jupytext.read(path), jupytext.read(ipynb)
    assert [(c.cell_type, c.source) for c in source.cells] == [(c.cell_type, c.source) for c in paired.cells], \
        f"out of sync: uv run jupytext --sync {path.relative_to(REPO)}"
    assert raw["metadata"]["kernelspec"]["name"] == "python3"  # papermill/JupyterLab need a kernelspec


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_cell_and_data_access(path):
    nb = jupytext.read(path)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and "figures_dir = None" in tagged[0].source
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    # Data only through civicdiscourse.corpus: no paths into ../shared, no direct file reading.
    assert not re.search(r"shared/|\.\./|open\(|read_csv|read_json|Path\(", code)


def test_manifest_lists_exactly_the_committed_files():
    from civicdiscourse.reproduce import Manifest

    manifest = Manifest.read(FIGURES / "MANIFEST")
    on_disk = {p.relative_to(FIGURES).as_posix() for p in FIGURES.rglob("*") if p.is_file() and p.name != "MANIFEST"}
    assert set(manifest.files) == on_disk
    assert set(manifest.notebooks) == {p.stem for p in NOTEBOOKS}
    from civicdiscourse.viz import sha256_file

    for relative, (sha, _) in manifest.files.items():
        assert sha256_file(FIGURES / relative) == sha, relative


@pytest.mark.shared
@pytest.mark.slow
def test_every_notebook_reproduces_the_committed_manifest(mirror, tmp_path):
    """`civicdiscourse reproduce --check`: runs all notebooks on the real corpus (minutes; cached data help)."""
    from civicdiscourse.reproduce import reproduce

    os.environ.setdefault("CIVICDISCOURSE_MIRROR", str(mirror))
    result = reproduce(root=REPO, check=True, reports_dir=tmp_path / "reports", progress=False)
    assert result.problems == []
