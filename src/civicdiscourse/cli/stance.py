"""``civicdiscourse stance STATEMENTS.jsonl|- [-o OUT] [--method ...] [--explain]``."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from typing import IO

from .. import stance


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stance", help="add participation/development stance (label + score) to statements",
        description="Reads Statement JSONL (e.g. from `civicdiscourse quotes`) and writes it back with "
                    '"participation" and "development" = {"label", "score"} added to each line.')
    parser.add_argument("input", help="Statement JSONL file, or - for stdin")
    parser.add_argument("-o", "--output", default="-", help="file to write (default: stdout)")
    parser.add_argument("--method", choices=stance.METHODS, default=None,
                        help=f"stance method (default: {stance.DEFAULT_METHOD})")
    parser.add_argument("--explain", action="store_true", help='also add "stance_explain" with the cues/features')
    parser.add_argument("--seed", type=int, default=0, help="random seed of model training")
    parser.set_defaults(func=run)


def _statements(handle: IO[str], name: str) -> Iterator[dict]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{name}:{number}: malformed JSON: {exc.msg}") from None
        if not isinstance(record, dict) or "quote" not in record:
            raise ValueError(f"{name}:{number}: expected a statement object with a 'quote' field")
        yield record


def run(args: argparse.Namespace) -> int:
    clf = stance.load_default(args.method, random_state=args.seed)
    with contextlib.ExitStack() as stack:
        source = sys.stdin if args.input == "-" else stack.enter_context(open(args.input, encoding="utf-8"))
        sink = sys.stdout if args.output == "-" else stack.enter_context(open(args.output, "w", encoding="utf-8"))
        for record in clf.annotate(_statements(source, args.input)):
            if args.explain:
                record["stance_explain"] = clf.explain(record)
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
        sink.flush()
    return 0
