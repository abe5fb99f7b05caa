"""``civicdiscourse corpus list | info NAME | fetch NAME | export NAME``."""

from __future__ import annotations

import argparse
import sys

from .. import corpus


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("corpus", help="list, describe, fetch and export the curated corpora")
    actions = parser.add_subparsers(dest="action", required=True)

    actions.add_parser("list", help="the curated sources").set_defaults(func=_list)

    info = actions.add_parser("info", help="data card and measured counts of a source")
    info.add_argument("name")
    info.set_defaults(func=_info)

    fetch = actions.add_parser("fetch", help="download/verify every file of a source")
    fetch.add_argument("name", nargs="+")
    fetch.set_defaults(func=_fetch)

    export = actions.add_parser("export", help="write documents as JSONL (input of `quotes`) or CSV")
    export.add_argument("name", help="source name, or a path to your own .jsonl/.csv")
    export.add_argument("--municipal", action="store_true", help="only Iranian city-government news (strict rule)")
    export.add_argument("--no-dedupe", action="store_true", help="keep repeated articles")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    export.add_argument("--limit", type=int, default=None)
    export.add_argument("-o", "--output", default="-", help="file to write (default: stdout)")
    export.set_defaults(func=_export)


def _list(args: argparse.Namespace) -> int:
    for name in corpus.available():
        src = corpus.source(name)
        print(f"{name:15} {src.kind:10} {len(src.files):5} file(s) {src.size / 1e6:6.1f} MB  {src.title}")
    return 0


def _info(args: argparse.Namespace) -> int:
    print(corpus.info(args.name))
    return 0


def _fetch(args: argparse.Namespace) -> int:
    for name in args.name:
        paths = corpus.fetch(name)
        print(f"{name}: {len(paths)} file(s) verified")
    return 0


def _load_any(name: str) -> corpus.Corpus:
    if name in corpus.available():
        return corpus.load(name)
    if name.endswith(".csv"):
        return corpus.load_csv(name)
    return corpus.load_jsonl(name)


def _export(args: argparse.Namespace) -> int:
    selected = _load_any(args.name)
    if not args.no_dedupe:
        selected = selected.dedupe()
    if args.municipal:
        selected = selected.municipal()
    if args.limit is not None:
        selected = selected[: args.limit]
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="")
    try:
        (selected.to_jsonl if args.format == "jsonl" else selected.to_csv)(stream=out)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"exported {len(selected):,} documents ({'; '.join(selected.steps)})", file=sys.stderr)
    return 0
