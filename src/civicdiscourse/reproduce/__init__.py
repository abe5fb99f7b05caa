"""Run every notebook headless and record what it made: ``civicdiscourse reproduce``.

Each notebook ``notebooks/NN-name.py`` (jupytext percent) runs in a fresh
kernel of the current interpreter with ``figures_dir`` injected after its
``parameters`` cell; it saves figures and aggregate tables through
:class:`Outputs` into ``figures/NN-name/``. The executed copy goes to
``reports/NN-name.ipynb`` (git-ignored: it may show corpus text), and
``figures/MANIFEST`` records the sha256 of every file with the notebook that
made it, the package and library versions and the corpus fingerprints.
Notebooks run in parallel (``jobs``, one kernel each); every file's bytes are
the same whatever the order they finish in.
"""

from .execute import execute_notebook, execute_notebook_async, inject_parameters, read_notebook
from .kernel import current_kernel_spec
from .manifest import Manifest, compare, environment_records
from .outputs import Outputs
from .run import MANIFEST_NAME, ReproduceResult, default_jobs, find_notebooks, project_root, reproduce

__all__ = [
    "MANIFEST_NAME", "Manifest", "Outputs", "ReproduceResult", "compare", "current_kernel_spec", "default_jobs",
    "environment_records", "execute_notebook", "execute_notebook_async", "find_notebooks", "inject_parameters",
    "project_root", "read_notebook", "reproduce",
]
