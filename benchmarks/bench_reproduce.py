"""`civicdiscourse reproduce`, cold and warm, against the old way measured in the same run.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python benchmarks/bench_reproduce.py [--jobs N] [--skip-baseline]

Each run is a fresh ``python -c "reproduce(...)"`` process (its start-up and imports count), writing
figures, reports and MANIFEST into a temporary folder (``figures/`` is not touched):

* **baseline** — the old behaviour: one notebook at a time (``jobs=1``), no result cache
  (``CIVICDISCOURSE_CACHE=0``) and kernels compiling every module from source when
  ``PYTHONDONTWRITEBYTECODE`` is set (a throw-away ``PYTHONPYCACHEPREFIX`` per run);
* **now** — the defaults: notebooks in parallel, results cached under the data home, kernel
  bytecode kept under the data home.

*Cold* = empty data home (corpus parsed from the mirror, tokens, results and bytecode computed);
*warm* = the same data home again. Prints wall seconds per run (process start to exit) and the time
``reproduce`` itself reports, per-notebook seconds, the ratios, and whether all runs wrote the same
figure and table hashes (they must). Targets (issue 6): ≤ 5 min cold, ≤ 1 min warm on 2 cores.
Timings on a shared machine are noisy: compare runs of the same invocation only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import json, sys
from civicdiscourse.reproduce import reproduce
r = reproduce(root={root!r}, figures_dir={figures!r}, reports_dir={reports!r}, progress=False,
              jobs={jobs!r}, cache={cache!r})
files = sorted((path, sha) for path, (sha, _) in r.manifest.files.items())
print("RESULT " + json.dumps({{"elapsed": r.elapsed, "durations": r.durations, "jobs": r.jobs, "files": files}}))
"""


def run(label: str, *, data_home: Path, work: Path, jobs: int | None, cache: bool, fresh_bytecode: bool) -> dict:
    figures, reports = work / label / "figures", work / label / "reports"
    env = dict(os.environ, CIVICDISCOURSE_DATA=str(data_home))
    env.pop("PYTHONPYCACHEPREFIX", None)
    if fresh_bytecode and env.get("PYTHONDONTWRITEBYTECODE"):
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="pycache-", dir=work)
    code = CHILD.format(root=str(ROOT), figures=str(figures), reports=str(reports), jobs=jobs, cache=cache)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{label}: reproduce failed\n{done.stderr[-4000:]}")
    line = next(line for line in done.stdout.splitlines() if line.startswith("RESULT "))
    result = json.loads(line[len("RESULT "):])
    result["wall"] = wall
    print(f"  {label:<14} wall {wall:6.1f} s   reproduce {result['elapsed']:6.1f} s   jobs {result['jobs']}   "
          + "  ".join(f"{name[:2]} {seconds:5.1f}" for name, seconds in result["durations"].items()), flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="notebooks at once for the new runs (default: cores)")
    parser.add_argument("--skip-baseline", action="store_true", help="only the new cold and warm runs")
    args = parser.parse_args()
    if not os.environ.get("CIVICDISCOURSE_MIRROR"):
        print("note: CIVICDISCOURSE_MIRROR is not set; the cold runs download the corpora", file=sys.stderr)
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    print("corpus: the five news sources of corpus/manifest.json (notebooks 01-05)")
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-reproduce-") as tmp:
        work = Path(tmp)
        if not args.skip_baseline:
            home = work / "home-baseline"
            for phase in ("cold", "warm"):
                results[f"baseline {phase}"] = run(f"baseline-{phase}", data_home=home, work=work, jobs=1, cache=False,
                                                   fresh_bytecode=True)
        home = work / "home-now"
        for phase in ("cold", "warm"):
            results[f"now {phase}"] = run(f"now-{phase}", data_home=home, work=work, jobs=args.jobs, cache=True,
                                          fresh_bytecode=False)
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    print()
    print(f"{'run':<16}{'wall s':>8}{'reproduce s':>13}{'target s':>10}")
    for label, result in results.items():
        target = 300 if label.endswith("cold") else 60
        print(f"{label:<16}{result['wall']:8.1f}{result['elapsed']:13.1f}{target:10d}")
    if not args.skip_baseline:
        for phase in ("cold", "warm"):
            old, new = results[f"baseline {phase}"], results[f"now {phase}"]
            print(f"{phase}: {old['wall'] / new['wall']:.2f}x faster (wall), "
                  f"{old['elapsed'] / new['elapsed']:.2f}x (reproduce)")
    hashes = {label: dict(result["files"]) for label, result in results.items()}
    first_label, first = next(iter(hashes.items()))
    same = all(files == first for files in hashes.values())
    print(f"figures and tables: {len(first)} files, {'identical in every run' if same else 'DIFFERENT between runs'}")
    for label, files in hashes.items():
        differing = sorted(path for path in set(first) | set(files) if first.get(path) != files.get(path))
        if differing:  # e.g. someone edited the package between runs: the notebooks they touch differ
            print(f"  {label} vs {first_label}: {', '.join(differing)}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
