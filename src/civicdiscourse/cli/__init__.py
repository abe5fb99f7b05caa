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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="civicdiscourse", description=__doc__.splitlines()[0])
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `civicdiscourse quotes ... | head`
        return 0
    except (KeyError, ValueError, OSError) as exc:
        print(f"civicdiscourse: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
