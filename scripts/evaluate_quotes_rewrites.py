"""Score the quote extractor on the development set written other ways: does it hold up?

    CIVICDISCOURSE_MIRROR=../shared/corpora uv run python scripts/evaluate_quotes_rewrites.py [FILES]

Held-out articles may be written with habits the annotated ones lack: straight quote marks for «»,
Latin commas, spaces where others write a ZWNJ, doubled spaces, no line ends. Each rewrite below is
applied to every text of the development set with the gold statements carried along
(:func:`civicdiscourse.evaluate.rewrite_gold`), and the extractor is scored again. A rewrite that
costs much overlap-F1 or speaker accuracy names a habit the rules do not yet handle. All ten rewrites
of all annotation files take about half a minute.
"""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from civicdiscourse.evaluate import load_gold, rewrite_gold, score
from civicdiscourse.quotes import extract_statements
from civicdiscourse.text import ZWNJ

_CURLY = {"«": "“", "»": "”"}
_ARABIC = {"ی": "ي", "ک": "ك"}
_LATIN_DIGITS = {chr(0x06F0 + d): str(d) for d in range(10)}
_PERSIAN_DIGITS = {str(d): chr(0x06F0 + d) for d in range(10)}

# name -> (pattern, replacement); None: the texts as written
REWRITES = {
    "as written": None,
    "straight quotes for «»": ("[«»]", '"'),
    "curly quotes for «»": ("[«»]", lambda m: _CURLY[m.group()]),
    "Latin commas": ("،", ","),
    "Arabic ي and ك": ("[یک]", lambda m: _ARABIC[m.group()]),
    "doubled spaces": (" ", "  "),
    "spaces for ZWNJs": (ZWNJ, " "),
    "no ZWNJs": (ZWNJ, ""),
    "Latin digits": ("[۰-۹]", lambda m: _LATIN_DIGITS[m.group()]),
    "Persian digits": ("[0-9]", lambda m: _PERSIAN_DIGITS[m.group()]),
    "no space after a colon": (": +", ":"),
    "a space before a colon": ("(?<=[^ \n]):", " :"),
    "Latin ? and ;": ("[؟؛]", lambda m: "?" if m.group() == "؟" else ";"),
    "CRLF line ends": ("\n", "\r\n"),
    "no line ends": ("\n", " "),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="annotation files (default: all in corpus/annotations/statements)")
    args = parser.parse_args(argv)
    gold = load_gold(args.files or None)
    if not len(gold):
        print("no usable annotated documents yet", file=sys.stderr)
        return 1
    print(f"# development set: {len(gold)} documents, {sum(map(len, gold.statements.values()))} statements")
    print(f"{'rewrite':28} {'overlap-F1':>10} {'speaker':>8} {'ΔF1':>7}")
    baseline = None
    for name, rewrite in tqdm(REWRITES.items(), desc="rewrites", leave=False):
        rewritten = gold if rewrite is None else rewrite_gold(gold, *rewrite)
        metrics = score(rewritten, {doc_id: extract_statements(text, doc_id=doc_id)
                                    for doc_id, text in rewritten.texts.items()})
        f1 = metrics["overlap"]["f1"]
        baseline = f1 if baseline is None else baseline
        tqdm.write(f"{name:28} {f1:>10.3f} {metrics['speaker_accuracy']:>8.3f} {f1 - baseline:>+7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
