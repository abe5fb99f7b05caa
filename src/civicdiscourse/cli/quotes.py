"""``civicdiscourse quotes INPUT.jsonl|- [-o OUT] [--errors raise|skip]``: documents in, statements out."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from ..corpus import Quarantine, RecordError, iter_jsonl


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "quotes", help="extract attributed statements (speaker, cue, quote offsets) as JSONL",
        description="Reads document JSONL (one object per line with at least 'id' and 'text', e.g. from "
                    "`civicdiscourse corpus export`) and writes one Statement object per line. Streams: "
                    "memory does not grow with the input.")
    parser.add_argument("input", help="document JSONL file, or - for stdin")
    parser.add_argument("-o", "--output", default="-", help="file to write (default: stdout)")
    parser.add_argument("--errors", choices=("raise", "skip"), default="raise",
                        help="bad input lines: stop with file:line (raise, default) or skip them and report "
                             "them on stderr (skip)")
    parser.add_argument("--min-confidence", type=float, default=0.0,
                        help="leave out statements whose confidence (the estimated probability that quote and "
                             "speaker are right) is lower, e.g. 0.9")
    parser.add_argument("--keep-unattributed", action="store_true",
                        help="also write statements whose speaker was not found (speaker null)")
    parser.set_defaults(func=run)


def _write(documents, sink, extractor) -> int:
    count = 0
    for doc in documents:
        for statement in extractor.extract(doc.text, doc_id=doc.id):
            sink.write(json.dumps(statement.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


def run(args: argparse.Namespace) -> int:
    from ..quotes import QuoteExtractor

    extractor = QuoteExtractor(min_confidence=args.min_confidence, keep_unattributed=args.keep_unattributed)
    quarantine = Quarantine()
    name = "<stdin>" if args.input == "-" else args.input
    source = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8-sig")
    try:
        documents = iter_jsonl(source, name=name, errors=args.errors, quarantine=quarantine)
        if args.output == "-":
            _write(documents, sys.stdout, extractor)
            sys.stdout.flush()
        else:  # write next to the target and move into place: no half-written output on error
            target = Path(args.output)
            handle, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", suffix=".part")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as sink:
                    _write(documents, sink, extractor)
                os.replace(tmp, target)
            finally:
                Path(tmp).unlink(missing_ok=True)
    except RecordError as error:
        print(f"civicdiscourse quotes: error: {error}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as error:
        print(f"civicdiscourse quotes: error: {name}: not valid UTF-8 ({error.reason})", file=sys.stderr)
        return 2
    finally:
        if source is not sys.stdin:
            source.close()
    if args.errors == "skip" and len(quarantine):
        print(quarantine.report(), file=sys.stderr)
    return 0
