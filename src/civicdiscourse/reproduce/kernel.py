"""A Jupyter kernel that runs the *current* interpreter, whatever kernelspecs are installed.

In a fresh virtual environment there may be no kernelspec, or a ``python3``
spec that points at another Python. The kernel manager here resolves every
kernel name to ``sys.executable -m ipykernel_launcher`` so notebooks run with
exactly the packages of the environment that runs ``civicdiscourse reproduce``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid

from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from traitlets import default

KERNEL_NAME = "civicdiscourse"
DISPLAY_NAME = "Python (civicdiscourse)"


def current_kernel_spec() -> KernelSpec:
    """The kernelspec of the running interpreter (nothing is written to disk)."""
    return KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        name=KERNEL_NAME, display_name=DISPLAY_NAME, language="python",
        metadata={"debugger": False},
    )


class CurrentInterpreterSpecManager(KernelSpecManager):
    """Every kernel name resolves to :func:`current_kernel_spec`."""

    def find_kernel_specs(self) -> dict[str, str]:
        return {KERNEL_NAME: ""}

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        return current_kernel_spec()


class CurrentInterpreterKernelManager(AsyncKernelManager):
    """``AsyncKernelManager`` whose kernels run ``sys.executable`` (for nbclient)."""

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return CurrentInterpreterSpecManager()

    # Unix sockets where available: no TCP port is opened (and ipykernel does not warn about an
    # unencrypted TCP kernel). The socket path must be absolute: the kernel runs in the notebook's folder.
    @default("transport")
    def _transport_default(self) -> str:
        return "ipc" if os.name == "posix" else "tcp"

    @default("ip")
    def _ip_default(self) -> str:
        if self.transport == "ipc":
            return os.path.join(tempfile.gettempdir(), f"civicdiscourse-kernel-{uuid.uuid4().hex[:12]}-ipc")
        return super()._ip_default()


def kernel_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment of the notebook kernel: ours, with a fixed hash seed, one BLAS thread and the inline backend.

    ``MPLBACKEND`` is dropped (CI sets ``Agg``) so the kernel uses
    matplotlib-inline and executed notebooks show their figures.

    When ``PYTHONDONTWRITEBYTECODE`` is set (and no ``PYTHONPYCACHEPREFIX``),
    every kernel would compile numpy, pandas, scikit-learn, matplotlib … from
    source again — several CPU seconds per kernel, the largest fixed cost of a
    run. Kernels then keep their bytecode under ``<data home>/pycache``
    instead: nothing is written next to any source file, and Python still
    recompiles a module whose source changed.
    """
    env = {key: value for key, value in os.environ.items() if key != "MPLBACKEND"}
    if env.get("PYTHONDONTWRITEBYTECODE") and not env.get("PYTHONPYCACHEPREFIX"):
        from ..corpus import get_data_home

        del env["PYTHONDONTWRITEBYTECODE"]
        env["PYTHONPYCACHEPREFIX"] = str(get_data_home() / "pycache")
    env["PYTHONHASHSEED"] = "0"
    env.setdefault("HF_HUB_OFFLINE", "1")
    # One BLAS/OpenMP thread: sums are then added in the same order on every machine, so
    # factorisations (NMF, LDA) give the same bits whatever the number of cores.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(name, "1")
    env.update(extra or {})
    return env
