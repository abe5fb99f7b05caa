"""Score the quote extractor and the naive baseline on our annotated development set.

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python scripts/evaluate_quotes.py
    uv run python scripts/evaluate_quotes.py --by-file            # one table per annotation file too
    uv run python scripts/evaluate_quotes.py --json metrics.json  # machine-readable copy
    uv run python scripts/evaluate_quotes.py --municipal          # only the articles about city government

Uses whatever ``corpus/annotations/statements/*.jsonl`` exist (records that
cannot be used yet are listed, not fatal). Prints, in one run, the metrics of
``civicdiscourse.quotes.extract_statements`` beside the naive
«cue + colon → rest of line» baseline.
"""

from __future__ import annotations

import argparse
import json
import sys

from civicdiscourse.corpus.municipal import is_municipal
from civicdiscourse.evaluate import GoldSet, evaluate, format_report, load_gold
from civicdiscourse.quotes import extract_statements
from civicdiscourse.quotes.baseline import naive_statements

SYSTEMS = {"quotes": extract_statements, "naive baseline": naive_statements}


def _subset(gold: GoldSet, keep: list[str]) -> GoldSet:
    return GoldSet({d: gold.texts[d] for d in keep}, {d: gold.statements[d] for d in keep}, [],
                   {d: gold.files[d] for d in keep})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="annotation files (default: all in corpus/annotations/statements)")
    parser.add_argument("--by-file", action="store_true", help="also score each annotation file separately")
    parser.add_argument("--json", metavar="PATH", help="write all metrics as JSON")
    parser.add_argument("--municipal", action="store_true",
                        help="score only the documents the strict municipal filter keeps (what the held-out set is)")
    args = parser.parse_args(argv)
    gold = load_gold(args.files or None)
    if args.municipal:
        gold = _subset(gold, [d for d, text in gold.texts.items() if is_municipal(text)])
    for problem in gold.problems:
        print(f"skipped: {problem}", file=sys.stderr)
    if not len(gold):
        print("no usable annotated documents yet", file=sys.stderr)
        return 1
    results = {name: evaluate(gold, system) for name, system in SYSTEMS.items()}
    which = "municipal documents of the development set" if args.municipal else "development set"
    print(f"# {which}: {len(gold)} documents from {len(set(gold.files.values()))} annotation file(s)")
    format_report(results)
    everything = {"all": results}
    if args.by_file:
        for name in sorted(set(gold.files.values())):
            part = _subset(gold, [d for d, f in gold.files.items() if f == name])
            part_results = {n: evaluate(part, s) for n, s in SYSTEMS.items()}
            print(f"\n# {name}: {len(part)} documents")
            format_report(part_results)
            everything[name] = part_results
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(everything, out, ensure_ascii=False, indent=1, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
