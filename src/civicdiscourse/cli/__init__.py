"""``civicdiscourse`` command line: thin wrappers over the package's public functions.

Each sub-command lives in its own module exposing ``register(subparsers)``;
the module names are listed in ``COMMANDS``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMANDS = ("corpus", "topics", "quotes", "stance", "reproduce")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``command``, only that sub-command is registered.

    Registering a sub-command imports its module, and some of them pull in
    scikit-learn and the stance model; ``main`` registers just the one asked
    for, so ``civicdiscourse reproduce`` does not pay for the others.
    """
    parser = argparse.ArgumentParser(prog="civicdiscourse", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS if command not in COMMANDS else (command,):
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def _command(argv: list[str]) -> str | None:
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in COMMANDS else None


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(_command(argv)).parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `civicdiscourse quotes ... | head`
        return 0
    except (KeyError, ValueError, OSError) as exc:
        print(f"civicdiscourse: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
