"""``civicdiscourse reproduce [--check] [--only NAME]``: rebuild every figure from the notebooks."""

from __future__ import annotations

import argparse
import ast
import sys


def _parameter(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    if not sep or not name.isidentifier():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    try:
        return name, ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return name, value  # a bare string


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "reproduce", help="execute every notebook headless; write figures/, reports/ and figures/MANIFEST",
        description="Execute notebooks/NN-*.py in a fresh kernel each (corpus from the mirror or cache), "
                    "write executed copies to reports/, figures and tables to figures/, and figures/MANIFEST "
                    "(sha256 of every file). With --check, compare with the committed MANIFEST instead.")
    parser.add_argument("--check", action="store_true",
                        help="run into a temporary folder and report every difference from figures/MANIFEST "
                             "(exit 1 if any); figures/ is left untouched")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="run only this notebook (name or NN prefix; repeatable)")
    parser.add_argument("-p", "--parameter", action="append", type=_parameter, default=[], metavar="NAME=VALUE",
                        help="inject a parameter into every notebook (Python literal or string)")
    parser.add_argument("--root", help="project folder with notebooks/ (default: this checkout)")
    parser.add_argument("--timeout", type=int, default=900, help="seconds allowed per cell (default 900)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="notebooks executed at once, one kernel each (default: one per core; "
                             "outputs do not depend on it)")
    parser.add_argument("--no-cache", action="store_true",
                        help="compute everything afresh: the notebooks ignore results cached under the data home "
                             "(CIVICDISCOURSE_CACHE=0); the parsed corpus and token caches are still used")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from nbclient.exceptions import CellExecutionError

    from ..reproduce import reproduce

    try:
        result = reproduce(root=args.root, only=args.only, parameters=dict(args.parameter), check=args.check,
                           progress=not args.no_progress, timeout=args.timeout, jobs=args.jobs,
                           cache=not args.no_cache)
    except CellExecutionError as error:
        print(f"civicdiscourse reproduce: a notebook cell failed (executed copy in reports/):\n{error}",
              file=sys.stderr)
        return 1
    for name, seconds in result.durations.items():
        files = sum(1 for _, notebook in result.manifest.files.values() if notebook == name)
        print(f"{name}: {files} file(s) in {seconds:.1f} s")
    print(f"{len(result.durations)} notebook(s), {result.jobs} at a time")
    if args.check:
        for problem in result.problems:
            print(f"DIFFERENT  {problem}")
        verdict = (f"{len(result.problems)} difference(s) from figures/MANIFEST" if result.problems
                   else "identical to figures/MANIFEST")
        print(f"check: {verdict}; total runtime {result.elapsed:.1f} s")
        return 1 if result.problems else 0
    print(f"wrote {result.manifest_path} ({len(result.manifest.files)} file(s)); "
          f"total runtime {result.elapsed:.1f} s")
    return 0
